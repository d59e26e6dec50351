import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { crc32, gunzipSync, inflateRawSync } from "node:zlib";
import { expect, test } from "vitest";
import { crc32Combine } from "./crc32-combine";
import { gzipMember, splicedSize, spliceMembers } from "./gzip-member";

async function splice(members: Buffer[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of spliceMembers(Readable.from(members))) parts.push(part);
  return Buffer.concat(parts);
}

test("crc32Combine agrees with crc32 of the concatenation", () => {
  for (const [a, b] of [
    [0, 0],
    [5, 0],
    [0, 7],
    [1000, 1],
    [3, 70_000],
  ]) {
    const left = randomBytes(a);
    const right = randomBytes(b);
    expect(crc32Combine(crc32(left), crc32(right), b)).toBe(crc32(Buffer.concat([left, right])));
  }
});

test("each chunk member gunzips on its own", async () => {
  const raw = Buffer.from("hello\nworld\n");
  expect(gunzipSync(await gzipMember(raw, 6)).equals(raw)).toBe(true);
  expect(gunzipSync(await gzipMember(Buffer.alloc(0), 6)).length).toBe(0);
});

test("spliced members form one valid gzip member of the predicted size", async () => {
  const pieces = [Buffer.from("a\n".repeat(1000)), Buffer.alloc(0), randomBytes(50_000), Buffer.from("tail")];
  const members = await Promise.all(pieces.map((p) => gzipMember(p, 1)));
  const spliced = await splice(members);
  const memberBytes = members.reduce((n, m) => n + m.length, 0);
  expect(spliced.length).toBe(splicedSize(memberBytes, members.length));
  // gunzipSync accepts several members, so also check the body is ONE deflate stream: its
  // only final block is the last one, else inflating would stop early.
  const body = spliced.subarray(10, spliced.length - 8);
  expect(inflateRawSync(body).equals(Buffer.concat(pieces))).toBe(true);
  expect(gunzipSync(spliced).equals(Buffer.concat(pieces))).toBe(true);
});

test("a single empty chunk splices to a valid empty gzip stream", async () => {
  const spliced = await splice([await gzipMember(Buffer.alloc(0), 6)]);
  expect(gunzipSync(spliced).length).toBe(0);
});

test("a foreign member is refused", async () => {
  const { gzipSync } = await import("node:zlib");
  await expect(splice([gzipSync(Buffer.from("x"))])).rejects.toThrow("not a Kindling gzip member");
});
