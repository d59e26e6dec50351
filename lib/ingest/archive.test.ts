import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { expect, test } from "vitest";
import { UploadRejected } from "../http/upload-rejected";
import { listArchiveMembers, readUploadBundle, safeMemberPath } from "./archive";
import { decompressStream } from "./decompress";

type Member = Parameters<ReturnType<typeof tar.pack>["entry"]>[0] & { body?: string };

/** A tar built in memory; tar-stream writes whatever header it is given, hostile or not. */
async function tarOf(members: Member[]): Promise<Readable> {
  const pack = tar.pack();
  for (const { body, ...header } of members) {
    await new Promise<void>((resolve, reject) =>
      pack.entry(header, body ?? "", (err) => (err ? reject(err) : resolve())),
    );
  }
  pack.finalize();
  const parts: Buffer[] = [];
  for await (const part of pack) parts.push(part as Buffer);
  return Readable.from([Buffer.concat(parts)]);
}

async function readBundle(stream: Readable, limits = {}) {
  const files: { path: string; body: string }[] = [];
  for await (const member of readUploadBundle(stream, limits)) {
    const parts: Buffer[] = [];
    for await (const part of member.stream) parts.push(part as Buffer);
    files.push({ path: member.path, body: Buffer.concat(parts).toString() });
  }
  return files;
}

async function rejection(promise: Promise<unknown>): Promise<UploadRejected> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UploadRejected);
  return err as UploadRejected;
}

test("lists the members of the libyaml logs.tar.xz", async () => {
  const file = "fixtures/corpus/generated/test-automake-check-libyaml/issue-dir/files/logs.tar.xz";
  const { encoding, stream } = await decompressStream(createReadStream(file));
  expect(encoding).toBe("xz");
  const members = await listArchiveMembers(stream);
  expect(members.map((m) => [m.position, m.path.split("/").pop(), m.type, m.size])).toEqual([
    [0, "config.log", "file", 28423],
    [1, "test-suite.log", "file", 398],
    [2, "test-version.log", "file", 140],
    [3, "test-reader.log", "file", 12747],
  ]);
  expect(members[0].mode).toBe(0o644);
  expect(members[0].mtime).toBeInstanceOf(Date);
});

test("listing keeps links and devices as inert records", async () => {
  const stream = await tarOf([
    { name: "a.txt", body: "hello" },
    { name: "../evil", type: "symlink", linkname: "/etc/passwd" },
    { name: "hard", type: "link", linkname: "a.txt" },
    { name: "dev", type: "character-device", devmajor: 1, devminor: 3 },
    { name: "dir/", type: "directory" },
  ]);
  const members = await listArchiveMembers(stream);
  expect(members.map((m) => [m.path, m.type, m.linkName ?? null])).toEqual([
    ["a.txt", "file", null],
    ["../evil", "symlink", "/etc/passwd"],
    ["hard", "link", "a.txt"],
    ["dev", "other", null],
    ["dir/", "directory", null],
  ]);
});

test("listing a non-tar stream fails as corrupt_archive", async () => {
  const junk = Readable.from([Buffer.alloc(2048, 7)]);
  expect((await rejection(listArchiveMembers(junk))).code).toBe("corrupt_archive");
});

test("an upload bundle yields its files with normalised paths", async () => {
  const stream = await tarOf([
    { name: "./", type: "directory" },
    { name: "./kindling.json", body: '{"atom":"a/b-1"}' },
    { name: "logs/", type: "directory" },
    { name: "logs/build.log", body: "line\n" },
  ]);
  expect(await readBundle(stream)).toEqual([
    { path: "kindling.json", body: '{"atom":"a/b-1"}' },
    { path: "logs/build.log", body: "line\n" },
  ]);
});

test("an unread member is skipped, not lost in the stream", async () => {
  const stream = await tarOf([
    { name: "a", body: "x".repeat(5000) },
    { name: "b", body: "second" },
  ]);
  const seen: string[] = [];
  for await (const member of readUploadBundle(stream)) seen.push(member.path);
  expect(seen).toEqual(["a", "b"]);
});

const hostile: [string, Member[], string][] = [
  ["absolute path", [{ name: "/etc/cron.d/x", body: "x" }], "absolute_path"],
  ["parent segment", [{ name: "logs/../../x", body: "x" }], "parent_path"],
  ["bare parent", [{ name: "..", type: "directory" }], "parent_path"],
  ["symlink", [{ name: "l", type: "symlink", linkname: "/etc/passwd" }], "link_member"],
  ["hard link", [{ name: "h", type: "link", linkname: "kindling.json" }], "link_member"],
  ["character device", [{ name: "c", type: "character-device" }], "special_member"],
  ["block device", [{ name: "b", type: "block-device" }], "special_member"],
  ["fifo", [{ name: "f", type: "fifo" }], "special_member"],
  [
    "duplicate",
    [
      { name: "a", body: "1" },
      { name: "./a", body: "2" },
    ],
    "duplicate_member",
  ],
  ["backslash", [{ name: "a\\..\\b", body: "1" }], "bad_path"],
];

test.each(hostile)("rejects a bundle with a %s", async (_label, members, code) => {
  const err = await rejection(readBundle(await tarOf(members)));
  expect(err.code).toBe(code);
  expect(err.status).toBe(400);
});

test("rejects more members than allowed", async () => {
  const members = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, body: "x" }));
  const err = await rejection(readBundle(await tarOf(members), { maxMembers: 5 }));
  expect([err.code, err.status]).toEqual(["too_many_members", 413]);
});

test("rejects a member over the size cap before reading it", async () => {
  const stream = await tarOf([{ name: "big", body: "x".repeat(2000) }]);
  const err = await rejection(readBundle(stream, { maxMemberBytes: 1000 }));
  expect([err.code, err.status]).toEqual(["member_too_large", 413]);
});

test("rejects a bundle whose members expand past the total cap", async () => {
  const members = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}`, body: "x".repeat(400) }));
  const err = await rejection(readBundle(await tarOf(members), { maxTotalBytes: 1000 }));
  expect([err.code, err.status]).toEqual(["too_large", 413]);
});

test("safeMemberPath normalises harmless forms", () => {
  expect(safeMemberPath("./a//b/./c")).toBe("a/b/c");
  expect(() => safeMemberPath("a/\0b")).toThrow(UploadRejected);
  expect(() => safeMemberPath("./")).toThrow(UploadRejected);
});
