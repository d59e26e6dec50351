import { createGunzip } from "node:zlib";
import { expect, test, vi } from "vitest";
import { openGzipStream } from "./blob-reader";
import { MAX_WINDOW_LINES, readLineWindow } from "./line-window";
import { storeFor } from "./stores";
import { piecesOf, readAll, referenceLines, storeContent, uniqueContent } from "./test-helpers";

vi.hoisted(() => {
  process.env.KINDLING_BLOB_DIR ??= `/tmp/kindling-blobs-test-${process.pid}`;
});

const dbStore = storeFor("db");

/** Lines of random length with CRLF, bare CR, empty lines, non-UTF-8 bytes and lines longer than a chunk. */
function randomLog(lineTotal: number, seed: number): Buffer {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const parts: Buffer[] = [];
  for (let i = 0; i < lineTotal; i++) {
    const kind = next(20);
    const length = kind === 0 ? 300 + next(900) : next(90);
    const body = Buffer.from(`${i}:${"abcdefgh".repeat(length / 8 + 1).slice(0, length)}`);
    if (kind === 1) body[body.length - 1] = 0xff;
    if (kind === 2) body[Math.floor(body.length / 2)] = 0x0d;
    parts.push(body, Buffer.from(kind === 3 ? "\r\n" : "\n"));
  }
  return Buffer.concat(parts);
}

test("every window matches the reference split, across chunk boundaries", async () => {
  const content = uniqueContent(randomLog(3000, 7));
  const staged = await storeContent(content, dbStore, 256);
  const expected = referenceLines(content);
  expect(staged.lineCount).toBe(expected.length);
  expect(staged.chunkCount).toBeGreaterThan(300);
  const windows: [number, number][] = [];
  for (let from = 1; from <= expected.length; from += 37) windows.push([from, from + (from % 11)]);
  windows.push([1, 1], [expected.length, expected.length], [expected.length - 5, expected.length + 50]);
  for (const [from, to] of windows) {
    const window = await readLineWindow(staged.sha256, from, to, 1 << 20);
    const want = expected.slice(from - 1, Math.min(to, expected.length));
    expect({ from, lines: window?.lines }).toEqual({ from, lines: want });
    expect(window).toMatchObject({
      firstLine: from,
      lastLine: from + want.length - 1,
      totalLines: expected.length,
    });
  }
});

test("a line longer than a 1 MiB chunk keeps the line numbers after it right", async () => {
  const long = "y".repeat(3 * 1024 * 1024 + 5);
  const content = uniqueContent(`first\n${long}\nlast`);
  const staged = await storeContent(content, dbStore);
  expect(staged.lineCount).toBe(4);
  expect(staged.chunkCount).toBeGreaterThanOrEqual(4);
  const head = await readLineWindow(staged.sha256, 2, 4);
  expect(head?.lines.map((l) => l.length)).toEqual([5, 256 * 1024, 4]);
  expect(head?.truncated).toBe(true);
  expect((await readLineWindow(staged.sha256, 4, 4))?.lines).toEqual(["last"]);
  expect((await readLineWindow(staged.sha256, 3, 3, 4 * 1024 * 1024))?.lines).toEqual([long]);
});

test("empty file: no lines, and its gzip stream is still valid", async () => {
  const staged = await storeContent(Buffer.alloc(0), dbStore);
  expect([staged.size, staged.lineCount, staged.chunkCount]).toEqual([0, 0, 1]);
  expect(await readLineWindow(staged.sha256, 1, 10)).toMatchObject({ lines: [], totalLines: 0, lastLine: 0 });
  const gz = await openGzipStream(staged.sha256);
  expect((await readAll((gz ?? piecesOf(Buffer.alloc(0))).pipe(createGunzip()))).length).toBe(0);
});

test("no trailing newline, CRLF and bare CR follow the line rule", async () => {
  const cases: [string, string[]][] = [
    ["a\nb", ["a", "b"]],
    ["a\r\nb\r\n", ["a", "b"]],
    ["a\rb\rc\n", ["a\rb\rc"]],
    ["\n\n", ["", ""]],
  ];
  for (const [body, lines] of cases) {
    const content = uniqueContent(body);
    const staged = await storeContent(content, dbStore);
    const window = await readLineWindow(staged.sha256, 2, 100);
    expect(window).toMatchObject({ lines, totalLines: lines.length + 1 });
  }
});

test("windows are clamped to the file and to MAX_WINDOW_LINES", async () => {
  const content = uniqueContent("l\n".repeat(MAX_WINDOW_LINES + 100));
  const staged = await storeContent(content, dbStore);
  const window = await readLineWindow(staged.sha256, -5, 1e12);
  expect(window?.lines).toHaveLength(MAX_WINDOW_LINES);
  expect(window).toMatchObject({ firstLine: 1, lastLine: MAX_WINDOW_LINES });
  expect(await readLineWindow(staged.sha256, 1e9, 1e9 + 10)).toMatchObject({ lines: [], lastLine: 1e9 - 1 });
});
