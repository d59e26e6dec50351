// Object keys of the s3 store: built only from a generated uuid and an index,
// and read back by the bucket sweep, which must never claim a key it did not write.
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { chunkKey, chunkSetOfKey, chunkSetPrefix } from "./s3-store";

test("a chunk key names its chunk set and index, and maps back to the set", () => {
  const id = randomUUID();
  expect(chunkKey(id, 12)).toBe(`chunks/${id}/12.gz`);
  expect(chunkKey(id, 12).startsWith(chunkSetPrefix(id))).toBe(true);
  expect(chunkSetOfKey(chunkKey(id, 0))).toBe(id);
});

test.each([
  ["../etc/passwd", 0],
  [`${randomUUID()}/..`, 0],
  ["", 0],
  [randomUUID(), -1],
  [randomUUID(), 1.5],
])("refuses chunk set %j index %d", (id, index) => {
  expect(() => chunkKey(id, index)).toThrow();
});

test.each([
  "chunks/readme.txt",
  "backups/chunks/0b7e3c52-6c1e-4c57-9d0e-0d4f3a4e6f01/0.gz",
  "chunks/0b7e3c52-6c1e-4c57-9d0e-0d4f3a4e6f01/0.gz.tmp",
  "chunks/0b7e3c52-6c1e-4c57-9d0e-0d4f3a4e6f01/x.gz",
  "chunks/0b7e3c52-6c1e-4c57-9d0e-0d4f3a4e6f01/",
])("a key Kindling does not write (%s) belongs to no chunk set", (key) => {
  expect(chunkSetOfKey(key)).toBeNull();
});
