// The viewer's line sources over real stored content: windows of a stored log
// agree with the one line rule, search totals cover the whole file, and archive
// members (hostile names included) are read from the stored tar, never a disk.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { expect, test } from "vitest";
import { LineSplitter, MAX_LINE_CHARS } from "@/lib/analysis/lines";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import { getFileContent } from "@/lib/queries/files";
import { highlightedWindow } from "./highlighted-window";
import { fileLineSource, memberLineSource } from "./line-source";
import { searchLines } from "./search";

async function tarOf(members: Array<[string, string | Buffer]>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of members) pack.entry({ name }, content);
  pack.finalize();
  const pieces: Buffer[] = [];
  for await (const piece of pack as AsyncIterable<Buffer>) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function ingest(files: Array<[string, Buffer]>) {
  const { id: tinderboxId } = await ensureTinderbox(`viewer-int-${randomUUID().slice(0, 8)}`);
  async function* parts() {
    yield { type: "meta" as const, text: JSON.stringify({ atom: "dev-libs/viewer-1.0", status: "failed" }) };
    for (const [name, content] of files)
      yield { type: "file" as const, name, stream: Readable.from([content]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(outcome.message);
  const rows = await db.file.findMany({ where: { buildId: outcome.id } });
  const byName = async (name: string) => {
    const row = rows.find((r) => r.name === name);
    const file = row ? await getFileContent(row.id) : null;
    if (!file) throw new Error(`no file ${name}`);
    return file;
  };
  return byName;
}

test("a stored log's windows and search follow the line rule", async () => {
  const unique = randomUUID();
  const log = [
    `>>> Emerging ${unique}`,
    "crlf line\r",
    "10%\r100% done",
    "\u001b[31merror\u001b[0m: red",
    "x.c:1:2: error: boom",
    "",
  ].join("\n");
  const file = await (await ingest([["build.log", Buffer.from(log)]]))("build.log");
  const source = await fileLineSource(file);
  expect(source.totalLines).toBe(5);
  const window = await highlightedWindow(source, 2, 5, "buildlog");
  expect(window.lines.map((l) => l.n)).toEqual([2, 3, 4, 5]);
  expect(window.lines[0].html).toBe("crlf line");
  expect(window.lines[1].html).toBe("100% done");
  expect(window.lines[2].html).not.toContain("\u001b");
  const result = await searchLines(source.scan(), "ERROR");
  expect(result).toMatchObject({ totalMatches: 2, totalLines: 2, lines: [4, 5] });
});

test("archive members are read from the stored tar; hostile names are just keys", async () => {
  const configLog = [
    "configure:100: checking for gcc",
    "conftest.c:1:10: fatal error: nope.h: No such file or directory",
    "configure: error: no",
  ].join("\n");
  const archive = await tarOf([
    ["work/config.log", `${configLog}\n${randomUUID()}\n`],
    ["../../etc/passwd", "root:x:0:0\n"],
  ]);
  const byName = await ingest([
    ["build.log", Buffer.from(`>>> ${randomUUID()}\n`)],
    ["logs.tar", archive],
  ]);
  const file = await byName("logs.tar");
  expect(file.role).toBe("archive");
  const member = await memberLineSource(file, "work/config.log");
  expect(member?.totalLines).toBe(4);
  expect((await member?.window(3, 3))?.lines).toEqual(["configure: error: no"]);
  const hostile = await memberLineSource(file, "../../etc/passwd");
  expect((await hostile?.window(1, 1))?.lines).toEqual(["root:x:0:0"]);
  expect(await memberLineSource(file, "no/such/member")).toBeNull();
});

test("a member's packed lines window and scan as LineSplitter splits the member's bytes", async () => {
  const tricky = Buffer.concat([
    Buffer.from(`${randomUUID()}\r\ncrlf\r\n\n\nprogress 10%\r100%\n`),
    Buffer.from([0x61, 0xff, 0x0a, 0xe2, 0x82, 0x0a, 0xef, 0xbb, 0xbf, 0x62, 0x0a]),
    Buffer.from(`${"€".repeat(MAX_LINE_CHARS + 3)}\r\n${"x".repeat(70_000)}\nno final newline`),
  ]);
  const splitter = new LineSplitter();
  const expected = [...splitter.push(tricky), ...splitter.end()];
  const byName = await ingest([
    ["build.log", Buffer.from(`>>> ${randomUUID()}\n`)],
    ["logs.tar", await tarOf([["work/tricky.log", tricky]])],
  ]);
  const member = await memberLineSource(await byName("logs.tar"), "work/tricky.log");
  if (!member) throw new Error("member not found");
  expect(member.totalLines).toBe(expected.length);
  const whole = await member.window(1, expected.length + 5);
  expect(whole).toMatchObject({ firstLine: 1, lastLine: expected.length, totalLines: expected.length });
  expect(whole.lines).toEqual(expected);
  expect((await member.window(6, 8)).lines).toEqual(expected.slice(5, 8));
  const scanned: string[] = [];
  for await (const batch of member.scan()) scanned.push(...batch);
  expect(scanned).toEqual(expected);
  expect(await searchLines(member.scan(), "final")).toMatchObject({
    totalLines: 1,
    lines: [expected.length],
  });
});
