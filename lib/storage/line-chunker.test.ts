import { expect, test } from "vitest";
import { LineChunker, type RawChunk } from "./line-chunker";
import { countLineBreaks, lineCountOf } from "./line-count";

function chunkAll(input: Buffer, chunkSize: number, pieceSize: number): RawChunk[] {
  const chunker = new LineChunker(chunkSize);
  const out: RawChunk[] = [];
  for (let at = 0; at < input.length; at += pieceSize)
    out.push(...chunker.push(input.subarray(at, at + pieceSize)));
  out.push(...chunker.end());
  return out;
}

/** Checks the invariants the line index relies on. */
function checkIndex(input: Buffer, chunks: RawChunk[], chunkSize: number): void {
  expect(Buffer.concat(chunks.map((c) => c.bytes)).equals(input)).toBe(true);
  let line = 1;
  let offset = 0;
  chunks.forEach((chunk, i) => {
    expect(chunk.index).toBe(i);
    expect(chunk.firstLine).toBe(line);
    expect(chunk.rawOffset).toBe(offset);
    expect(chunk.bytes.length).toBeLessThanOrEqual(chunkSize);
    const isLast = i === chunks.length - 1;
    // A chunk with a line break ends on one; only a chunk without any is cut mid-line.
    if (!isLast && chunk.lineCount > 0) expect(chunk.bytes[chunk.bytes.length - 1]).toBe(0x0a);
    if (!isLast && chunk.lineCount === 0) expect(chunk.bytes.length).toBe(chunkSize);
    line += chunk.lineCount;
    offset += chunk.bytes.length;
  });
}

test("chunks end on line breaks and carry their first line number", () => {
  const input = Buffer.from(
    Array.from({ length: 200 }, (_, i) => `line ${i} ${"x".repeat(i % 37)}\n`).join(""),
  );
  for (const [chunkSize, piece] of [
    [64, 7],
    [100, 1000],
    [1024, 3],
  ]) {
    const chunks = chunkAll(input, chunkSize, piece);
    checkIndex(input, chunks, chunkSize);
    expect(chunks.length).toBeGreaterThan(1);
  }
});

test("a line longer than a chunk is cut mid-line and keeps one line number", () => {
  const input = Buffer.from(`a\n${"L".repeat(250)}\nb\nc`);
  const chunks = chunkAll(input, 64, 10);
  checkIndex(input, chunks, 64);
  const longLineChunks = chunks.filter((c) => c.firstLine === 2);
  expect(longLineChunks.length).toBeGreaterThanOrEqual(4);
  expect(longLineChunks.slice(0, -1).every((c) => c.lineCount === 0)).toBe(true);
});

test("empty input still yields one empty chunk", () => {
  const chunks = chunkAll(Buffer.alloc(0), 64, 10);
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toMatchObject({ index: 0, firstLine: 1, lineCount: 0, rawOffset: 0 });
  expect(chunks[0].bytes.length).toBe(0);
});

test("line counting rule: LF and CRLF break, bare CR does not, last line without LF counts", () => {
  const count = (s: string) => {
    const b = Buffer.from(s);
    return lineCountOf(countLineBreaks(b), b.length, b[b.length - 1]);
  };
  expect(count("")).toBe(0);
  expect(count("a")).toBe(1);
  expect(count("a\n")).toBe(1);
  expect(count("a\nb")).toBe(2);
  expect(count("a\r\nb\r\n")).toBe(2);
  expect(count("a\rb\rc")).toBe(1);
  expect(count("\n\n")).toBe(2);
});
