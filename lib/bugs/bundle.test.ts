import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { expect, test } from "vitest";
import { BUGZILLA_ATTACHMENT_LIMIT, bundleEntries, packBundle } from "./bundle";

async function untar(stream: Readable): Promise<Array<{ name: string; bytes: Buffer }>> {
  const extract = tar.extract();
  const entries: Array<{ name: string; bytes: Buffer }> = [];
  stream.on("error", (err) => extract.destroy(err));
  stream.pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.push({ name: entry.header.name, bytes: Buffer.concat(chunks) });
  }
  return entries;
}

test("emerge-info.txt comes first and big files are xz-compressed", async () => {
  const big = Buffer.from("a log line that repeats\n".repeat(50_000));
  const contents: Record<string, Buffer> = {
    a: Buffer.from("build log\n"),
    b: Buffer.from("Portage 3.0\n"),
    c: big,
  };
  const files = [
    { name: "build.log", size: contents.a.length, blobSha256: "a" },
    { name: "emerge-info.txt", size: contents.b.length, blobSha256: "b" },
    { name: "config.log", size: big.length, blobSha256: "c" },
  ];
  expect(big.length).toBeGreaterThan(BUGZILLA_ATTACHMENT_LIMIT);
  const entries = await untar(
    packBundle(files, "dev-libs_popt-1.19-build1", async (sha) => Readable.from([contents[sha]])),
  );
  expect(entries.map((entry) => entry.name)).toEqual([
    "dev-libs_popt-1.19-build1/emerge-info.txt",
    "dev-libs_popt-1.19-build1/build.log",
    "dev-libs_popt-1.19-build1/config.log.xz",
  ]);
  expect(entries[0].bytes.toString()).toBe("Portage 3.0\n");
  const xz = entries[2].bytes;
  expect(xz.length).toBeLessThan(BUGZILLA_ATTACHMENT_LIMIT);
  expect(spawnSync("xz", ["-dc"], { input: xz, maxBuffer: 4 * big.length }).stdout.equals(big)).toBe(true);
});

test("a missing blob ends the stream with an error", async () => {
  const files = [{ name: "emerge-info.txt", size: 3, blobSha256: "x" }];
  await expect(untar(packBundle(files, "d", async () => null))).rejects.toThrow(/missing/);
});

test("the entry plan names compressed files .xz", () => {
  const plan = bundleEntries([{ name: "big.log", size: BUGZILLA_ATTACHMENT_LIMIT + 1, blobSha256: "" }], "d");
  expect(plan).toMatchObject([{ name: "d/big.log.xz", compress: true }]);
});
