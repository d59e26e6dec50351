// A member's packed lines must read exactly as the one line rule's LineSplitter
// splits the same bytes, however they arrived in chunks: every window, the
// iteration the attachment analysis walks and the batches search scans.
import { expect, test } from "vitest";
import { LineSplitter, MAX_LINE_CHARS } from "@/lib/analysis/lines";
import { PackedLines, SCAN_BATCH_LINES, STRIDE } from "./packed-lines";

function splitterLines(bytes: Buffer, chunk: number): string[] {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += chunk)
    lines.push(...splitter.push(bytes.subarray(at, at + chunk)));
  lines.push(...splitter.end());
  return lines;
}

async function scanned(packed: PackedLines, signal?: AbortSignal): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of packed.scan(signal)) batches.push(batch);
  return batches;
}

function expectSame(bytes: Buffer, chunk = 7): void {
  const expected = splitterLines(bytes, chunk);
  const packed = PackedLines.from(bytes);
  expect(packed.length).toBe(expected.length);
  expect(packed.window(1, packed.length)).toEqual(expected);
  expect([...packed]).toEqual(expected);
  for (let from = 0; from <= expected.length + 1; from++)
    expect(packed.window(from, from + 2)).toEqual(expected.slice(Math.max(0, from - 1), from + 2));
}

const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const euro = Buffer.from("€"); // e2 82 ac
const tricky: Array<[string, Buffer]> = [
  ["empty input", Buffer.alloc(0)],
  ["only newlines", Buffer.from("\n\n\n")],
  ["CRLF and bare CR", Buffer.from("a\r\nb\r\r\n10%\r100%\n\r\n\r")],
  ["no final newline", Buffer.from("one\ntwo")],
  ["final CR without newline", Buffer.from("one\ntwo\r")],
  ["invalid UTF-8", Buffer.from([0x61, 0xff, 0x0a, 0xe2, 0x82, 0x0a, 0xc3, 0x28, 0x0a, 0xf0, 0x9f, 0x98])],
  ["a cut sequence before CRLF", Buffer.concat([euro.subarray(0, 2), Buffer.from("\r\nx")])],
  ["BOM at the start only", Buffer.concat([bom, Buffer.from("a\n"), bom, Buffer.from("b\n"), bom])],
  ["a BOM alone", bom],
  ["a BOM line", Buffer.concat([bom, Buffer.from("\n\n")])],
  ["astral characters", Buffer.from("😀 x\n😀\r\n")],
];

test.each(tricky)("%s reads as LineSplitter splits it", (_name, bytes) => {
  for (const chunk of [1, 2, 3, 7, 64]) expectSame(bytes, chunk);
});

test("lines longer than a chunk and than MAX_LINE_CHARS are kept and cut as LineSplitter does", () => {
  const long = "x".repeat(MAX_LINE_CHARS * 2);
  const cases = [
    `${long}\nafter\n`,
    `${"y".repeat(MAX_LINE_CHARS)}\r\n${"z".repeat(MAX_LINE_CHARS - 1)}\r\nend`,
    // A bare CR landing exactly on the cut is dropped with the break, as the splitter's pending line does.
    `${"w".repeat(MAX_LINE_CHARS - 1)}\rrest\n`,
    // Multi-byte and astral characters straddling the cut.
    `${"€".repeat(MAX_LINE_CHARS + 5)}\n${"a".repeat(MAX_LINE_CHARS - 1)}😀😀\n${"😀".repeat(MAX_LINE_CHARS)}`,
    long,
  ];
  for (const text of cases) for (const chunk of [4096, 65_537]) expectSame(Buffer.from(text), chunk);
});

test("random bytes of newlines, CRs, BOM and UTF-8 pieces read as LineSplitter splits them", () => {
  const alphabet = [
    0x0a, 0x0a, 0x0d, 0x61, 0x20, 0xef, 0xbb, 0xbf, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xff,
  ];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let round = 0; round < 300; round++) {
    // Up to several STRIDEs of lines, so windows start on and between kept line starts.
    const bytes = Buffer.from(
      Array.from({ length: next() % (STRIDE * 8) }, () => alphabet[next() % alphabet.length]),
    );
    expectSame(bytes, 1 + (next() % 9));
  }
});

test("scan yields every line in batches and stops once its signal aborts", async () => {
  const count = SCAN_BATCH_LINES * 2 + 5;
  const text = Array.from({ length: count }, (_, i) => (i % 3 === 1 ? "" : `line ${i}`)).join("\n");
  const packed = PackedLines.from(Buffer.from(text));
  const batches = await scanned(packed);
  expect(batches.map((b) => b.length)).toEqual([SCAN_BATCH_LINES, SCAN_BATCH_LINES, 5]);
  expect(batches.flat()).toEqual(splitterLines(Buffer.from(text), 4096));

  const controller = new AbortController();
  const seen: string[][] = [];
  for await (const batch of packed.scan(controller.signal)) {
    seen.push(batch);
    controller.abort();
  }
  expect(seen).toHaveLength(1);
});

test("a member of 32 MiB of empty lines costs its bytes and four bytes per STRIDE lines", () => {
  const bytes = Buffer.alloc(32 * 1024 * 1024, 0x0a);
  const packed = PackedLines.from(bytes);
  expect(packed.length).toBe(bytes.length);
  expect(packed.byteLength).toBe(bytes.length + (bytes.length / STRIDE) * 4);
  expect(packed.window(bytes.length - 1, bytes.length + 10)).toEqual(["", ""]);
});
