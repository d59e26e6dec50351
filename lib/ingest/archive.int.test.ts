import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test, vi } from "vitest";
import { storeFor } from "@/lib/storage/stores";
import { readAll, storeContent } from "@/lib/storage/test-helpers";
import { readArchiveMember } from "./archive";

vi.hoisted(() => {
  process.env.KINDLING_BLOB_DIR ??= `/tmp/kindling-blobs-test-${process.pid}`;
});

const fixture = "fixtures/corpus/generated/test-automake-check-libyaml/issue-dir/files/logs.tar.xz";
const member = "var/tmp/portage/dev-libs/libyaml-0.2.5-r1/work/yaml-0.2.5/tests/test-suite.log";
const tarBytes = execFileSync("xz", ["-dc", fixture]);
const expected = execFileSync("tar", ["-xOJf", fixture, member]);

test.each([
  ["plain tar (as ingest stores it)", tarBytes],
  ["tar.gz kept compressed", gzipSync(tarBytes)],
  ["tar.xz kept compressed", readFileSync(fixture)],
])("reads one member back from a stored %s", async (_label, stored) => {
  const blob = await storeContent(stored, storeFor("db"));
  const stream = await readArchiveMember(blob.sha256, member);
  expect(stream).not.toBeNull();
  expect((await readAll(stream ?? process.stdin)).equals(expected)).toBe(true);
  expect(await readArchiveMember(blob.sha256, "no/such/member")).toBeNull();
});
