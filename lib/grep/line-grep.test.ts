// LineGrep must find exactly what a plain "split into lines, test each line"
// grep finds, for any bytes cut anywhere: lines straddling pieces, lines longer
// than a piece (and than the long-line limit), CRLF, invalid UTF-8, NUL.
import { describe, expect, test } from "vitest";
import { cutRandomly, random } from "../testing/random-pieces";
import { LineGrep, type LineHit } from "./line-grep";
import { displayLine } from "./line-text";
import { compilePattern, type GrepMode, type LineMatcher } from "./matcher";

function matcher(pattern: string, mode: GrepMode): LineMatcher {
  const compiled = compilePattern(pattern, mode);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.matcher;
}

/** The plain way: every line split out and tested alone. */
function reference(bytes: Buffer, test: (line: Buffer) => boolean, context = 2): LineHit[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, nl));
    start = nl + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  const shown = lines.map((line) => displayLine(line, 0, line.length));
  const hits: LineHit[] = [];
  lines.forEach((line, index) => {
    if (!test(line)) return;
    hits.push({
      line: index + 1,
      text: shown[index] as string,
      before: shown.slice(Math.max(0, index - context), index),
      after: shown.slice(index + 1, index + 1 + context),
    });
  });
  return hits;
}

function grep(pieces: Buffer[], lineMatcher: LineMatcher, longLineBytes?: number): LineHit[] {
  const scanner = new LineGrep(lineMatcher, longLineBytes ? { longLineBytes } : {});
  for (const piece of pieces) scanner.push(piece);
  scanner.end();
  return scanner.hits;
}

const FRAGMENTS = [
  "gcc -O2 -c foo.c -o foo.o",
  "foo.c:12:5: warning: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
  "make: *** [Makefile:12: all] Error 2\r",
  "",
  "\u001b[31;01m*\u001b[0m ERROR: dev-libs/foo-1::gentoo failed (compile phase):",
  "‘größe’ undeclared",
  "x".repeat(3000),
  "bar-Wimplicit-function-declaration".repeat(200),
];

function soup(next: () => number, lines: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < lines; i++) {
    const pick = Math.floor(next() * (FRAGMENTS.length + 1));
    // One in ~9 lines is raw bytes: invalid UTF-8, NUL, lone CR.
    const line =
      pick === FRAGMENTS.length
        ? Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0d, 0xc3, 0x28, 0xe2, 0x82])
        : Buffer.from(FRAGMENTS[pick] as string);
    parts.push(line, Buffer.from("\n"));
  }
  if (next() < 0.5) parts.pop(); // sometimes no final newline
  return Buffer.concat(parts);
}

const CASES: Array<{ pattern: string; mode: GrepMode; test: (line: Buffer) => boolean }> = [
  {
    pattern: "-Wimplicit-function-declaration",
    mode: "literal",
    test: (line) => line.includes("-Wimplicit-function-declaration"),
  },
  { pattern: "größe", mode: "literal", test: (line) => line.includes("größe") },
  { pattern: "\r", mode: "literal", test: (line) => line.includes(13) },
  {
    pattern: "Error [0-9]+\r?$",
    mode: "regex",
    test: (line) => /Error [0-9]+\r?$/.test(line.toString("latin1")),
  },
  { pattern: "^foo\\.c:\\d+", mode: "regex", test: (line) => /^foo\.c:\d+/.test(line.toString("latin1")) },
];

// 20 random cuttings per pattern: ~1.5 s alone for a regex, several times that beside other test files.
describe("LineGrep", { timeout: 30_000 }, () => {
  for (const { pattern, mode, test: lineTest } of CASES)
    test(`${mode} ${JSON.stringify(pattern)}: same hits as line-by-line under random cuts`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const next = random(seed);
        const bytes = soup(next, 60);
        const expected = reference(bytes, lineTest);
        const maxPiece = [1, 7, 64, 700, 5000][seed % 5] as number;
        // Odd seeds: lines over 500 bytes take the long-line path (head + overlap only).
        const longLineBytes = seed % 2 === 1 ? 500 : undefined;
        const pieces = cutRandomly(bytes, next, maxPiece);
        expect(grep(pieces, matcher(pattern, mode), longLineBytes), `seed ${seed}`).toEqual(expected);
      }
    });

  test("lines longer than the long-line limit: found across cuts, shown cut with the byte count", () => {
    const long = `${"a".repeat(5000)}NEEDLE${"b".repeat(5000)}`;
    const bytes = Buffer.from(`first\n${long}\nafter 1\nafter 2\nNEEDLE too\n`);
    for (const maxPiece of [3, 100, 1000]) {
      const hits = grep(cutRandomly(bytes, random(maxPiece), maxPiece), matcher("NEEDLE", "literal"), 256);
      expect(hits.map((hit) => hit.line)).toEqual([2, 5]);
      expect(hits[0]?.text).toBe(`${"a".repeat(2000)}… (8006 more bytes)`);
      expect(hits[0]?.before).toEqual(["first"]);
      expect(hits[0]?.after).toEqual(["after 1", "after 2"]);
      expect(hits[1]?.before).toEqual(["after 1", "after 2"]);
      expect(hits[1]?.after).toEqual([]);
    }
  });

  test("a long line that does not match is context for the hits around it", () => {
    const bytes = Buffer.from(`hit 1\n${"z".repeat(3000)}\nhit 2\n`);
    const hits = grep(cutRandomly(bytes, random(3), 50), matcher("hit", "literal"), 100);
    expect(hits.map((hit) => [hit.line, hit.after.length, hit.before.length])).toEqual([
      [1, 2, 0],
      [3, 0, 2],
    ]);
    expect(hits[0]?.after[0]).toBe(`${"z".repeat(2000)}… (1000 more bytes)`);
  });

  test("CRLF lines are shown without the CR; NUL is shown as ␀", () => {
    const hits = grep([Buffer.from("a\r\nkey\u0000x\r\nb\r\n")], matcher("key", "literal"));
    expect(hits).toEqual([{ line: 2, text: "key␀x", before: ["a"], after: ["b"] }]);
  });
});

describe("compilePattern", () => {
  test("a regex RE2 refuses is an error with the engine's message", () => {
    expect(compilePattern("(a", "regex")).toEqual({
      ok: false,
      message: "error parsing regexp: missing closing ): `(a`",
    });
    expect(compilePattern("(?=a)", "regex").ok).toBe(false);
    expect(compilePattern("(a", "literal").ok).toBe(true);
    expect(compilePattern("", "literal").ok).toBe(false);
  });
});
