// StreamingLog decodes only the lines its byte gate lets through; the result must
// be exactly what LineSplitter + pushLine on every line gives, for any bytes cut
// anywhere. And what it keeps in memory while a long log streams through.
import { readFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { cutRandomly, random } from "../testing/random-pieces";
import { createLogAnalyzer } from "./analyzer";
import { LineSplitter, MAX_LINE_CHARS } from "./lines";
import { type LineFollower, StreamingLog } from "./streaming-log";
import { CORPUS_DIR, generatedCases } from "./testing/corpus";
import type { LogAnalysis } from "./types";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** The plain way: every line decoded by LineSplitter and pushed. */
function reference(pieces: Uint8Array[]): LogAnalysis {
  const splitter = new LineSplitter();
  const analyzer = createLogAnalyzer();
  for (const piece of pieces) for (const line of splitter.push(piece)) analyzer.pushLine(line);
  for (const line of splitter.end()) analyzer.pushLine(line);
  return analyzer.finish();
}

function streamed(pieces: Uint8Array[]): LogAnalysis {
  const log = new StreamingLog();
  for (const piece of pieces) log.push(piece);
  return log.finish();
}

// Things the gate and the decoder must get right, mixed with plain build noise.
const FRAGMENTS = [
  "gcc -O2 -c foo.c -o foo.o",
  "libtool: link: x86_64-pc-linux-gnu-gcc -shared",
  "foo.c:12:5: error: unknown type name 'bar'",
  "make: *** [Makefile:12: all] Error 2",
  ">>> Compiling source in /var/tmp/portage/dev-libs/x-1/work/x-1 ...",
  ">>> Test phase: dev-libs/x-1",
  " * ERROR: dev-libs/x-1::gentoo failed (compile phase):",
  " * QA Notice: Package triggers severe warnings",
  "FAIL: test_thing",
  "ld: undefined reference to `pow'",
  "błąd: brak pliku",
  "ошибка: нет файла",
  "\u001b[31;01merror:\u001b[0m red",
  "^[[31;01m caret escape",
  "progress 10%\rprogress 100%",
  "nul\u0000byte",
  "caf\u00e9 \u2603 \ud834\udd1e",
  "\ufeffbom in the middle",
  "\r",
  "",
].map((text) => Buffer.from(text, "utf8"));
const RAW_BYTES = [0xff, 0xfe, 0x80, 0xc3, 0xe2, 0x82, 0xf0, 0x9d, 0x0d, 0x0a, 0x00, 0x1b];

function soup(next: () => number, lines: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (next() < 0.2) parts.push(Uint8Array.of(0xef, 0xbb, 0xbf));
  for (let i = 0; i < lines; i++) {
    parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]);
    if (next() < 0.15) parts.push(Uint8Array.of(RAW_BYTES[Math.floor(next() * RAW_BYTES.length)]));
    const end = next();
    parts.push(end < 0.8 ? Uint8Array.of(0x0a) : end < 0.9 ? Uint8Array.of(0x0d, 0x0a) : new Uint8Array(0));
  }
  return Buffer.concat(parts);
}

describe("the same analysis as decoding every line", () => {
  test("every corpus log, cut into random pieces", () => {
    const next = random(1);
    for (const { name } of generatedCases()) {
      const bytes = readFileSync(path.join(CORPUS_DIR, "generated", name, "build.log"));
      for (const maxPiece of [1, 7, 4096, 1 << 20]) {
        const pieces = cutRandomly(bytes, next, maxPiece);
        expect(streamed(pieces), `${name}, pieces up to ${maxPiece}`).toEqual(reference(pieces));
      }
    }
    // Every log four times on both paths: ~2.5 s on a quiet machine, past 5 s at load 14.
  }, 30_000);

  test("random byte soup: escapes, bare CR, NUL, BOMs, invalid and cut UTF-8, no final newline", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const bytes = soup(next, 1 + Math.floor(next() * 60));
      const pieces = cutRandomly(bytes, next, 1 + Math.floor(next() * 64));
      expect(streamed(pieces), `seed ${seed}`).toEqual(reference(pieces));
    }
  });

  test("a BOM is dropped at the start of the log only, even cut in two", () => {
    const bytes = Buffer.from("\ufefffoo.c:1:2: error: first\n\ufeffbar.c:3:4: error: second\n", "utf8");
    for (const cut of [1, 2, 3, 5]) {
      const pieces = [bytes.subarray(0, cut), bytes.subarray(cut)];
      const result = streamed(pieces);
      expect(result).toEqual(reference(pieces));
      expect(result.errorLines[0]?.text).toBe("foo.c:1:2: error: first");
    }
  });

  test("lines longer than the line cap, in ASCII and in multi-byte characters", () => {
    const cases = [
      `${"x".repeat(MAX_LINE_CHARS + 10)} error: past the cap\nfoo.c:1:1: error: after\n`,
      `${"é".repeat(MAX_LINE_CHARS - 3)}\rerror: exactly at the cap\n`,
      `${"x".repeat(MAX_LINE_CHARS - 1)}\r\n>>> Compiling source in /x\n`,
      `${"☃".repeat(MAX_LINE_CHARS * 2)}\nmake: *** [all] Error 1\n`,
      `${"x".repeat(5 * MAX_LINE_CHARS)}`,
    ];
    for (const [i, text] of cases.entries()) {
      const bytes = Buffer.from(text, "utf8");
      for (const maxPiece of [1000, 100_000, 1 << 22]) {
        const pieces = cutRandomly(bytes, random(i + maxPiece), maxPiece);
        expect(streamed(pieces), `case ${i}, pieces up to ${maxPiece}`).toEqual(reference(pieces));
      }
    }
  });
});

// A follower (the diagnostics extractor in production) gets every line once, in
// order: through its own gate (line), as holding one of its needles (passedLine,
// decoded as LineSplitter decodes it) or counted (skipLines). A toy one that
// waits for the next line after "open" (so it is not always plain) checks that.
describe("a line follower", () => {
  class Recorder implements LineFollower {
    readonly needles = ["needle", "open", "błąd"];
    /** Per line: its text when it reached the follower, null when it was only counted. */
    readonly seen: (string | null)[] = [];
    private waiting = false;
    plainByteGate = () => !this.waiting;
    line(bytes: Uint8Array, from: number, to: number): void {
      const text = decode(bytes, from, to);
      if (this.waiting || this.needles.some((needle) => text.includes(needle))) this.take(text);
      else this.seen.push(null);
    }
    passedLine(bytes: Uint8Array, from: number, to: number, text: string | undefined): void {
      const decoded = decode(bytes, from, to);
      expect(text === undefined || text === decoded).toBe(true);
      expect(this.needles.some((needle) => decoded.includes(needle))).toBe(true);
      this.take(decoded);
    }
    skipLines(count: number): void {
      for (let i = 0; i < count; i++) this.seen.push(null);
    }
    private take(text: string): void {
      this.waiting = text.includes("open");
      this.seen.push(text);
    }
  }
  const decode = (bytes: Uint8Array, from: number, to: number) => {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", from, to);
    const capped = text.length > MAX_LINE_CHARS ? text.slice(0, MAX_LINE_CHARS) : text;
    return capped.endsWith("\r") ? capped.slice(0, -1) : capped;
  };
  const FOLLOWER_LINES = [
    "plain",
    "a needle here",
    "open a block",
    "inside",
    "after",
    "x błąd y",
    ...FRAGMENTS.map(String),
  ];

  test("every line once, in order, the analysis unchanged, on 300 random logs", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const lines = Array.from(
        { length: 1 + Math.floor(next() * 200) },
        () => FOLLOWER_LINES[Math.floor(next() * FOLLOWER_LINES.length)],
      );
      const bytes = Buffer.from(`${lines.join(next() < 0.5 ? "\n" : "\r\n")}\n`, "utf8");
      const pieces = cutRandomly(bytes, next, 1 + Math.floor(next() * 300));
      const recorder = new Recorder();
      const log = new StreamingLog(recorder);
      for (const piece of pieces) log.push(piece);
      expect(log.finish(), `seed ${seed}`).toEqual(reference(pieces));
      // What the follower's own gate would have let through, line by line.
      let waiting = false;
      const expected = new LineSplitter().push(bytes).map((text) => {
        if (!waiting && !recorder.needles.some((needle) => text.includes(needle))) return null;
        waiting = text.includes("open");
        return text;
      });
      expect(recorder.seen, `seed ${seed}`).toEqual(expected);
    }
  });
});

// Lines the byte gate passes but StreamingLog counts without decoding
// (LogAnalyzer.passesUnread): elog lines after a paragraph's 8th, header lines
// whose key is known. A die without a message under the paragraph makes its
// failure line the primary, unless one of emerge's notices made it foreign.
const NOTICES = [
  " * IMPORTANT: 3 news items need reading",
  "* IMPORTANT: 3 news items need reading",
  " * Use eselect news read to view new items.",
  " * See the CONFIGURATION FILES section of the emerge man page",
];
const NEAR_NOTICES = [
  " * IMPORTANT:",
  " * Important: not a notice",
  " * Something else",
  " * ",
  " * S",
  "* U",
];
const HEADER_LINES = [
  " * Package:    dev-libs/foo-2:0",
  "\t * USE:\tsecond",
  "  * USE: third",
  " * USE:",
  " * USE:   ",
  " * USE: \u2028wrapped",
  " * USE: x\u2029",
  " * USE: \u00a0nbsp",
  " * FEATURES: later\r",
  "x * USE: not a header line",
  " * Repository: other",
  " * Maintainer: a@b.c",
  " * Upstream: u",
];

function dieUnderParagraph(paragraph: string[], extraHeader: string[], lineBreak: string): Buffer {
  const lines = [
    ">>> Emerging (1 of 1) dev-libs/foo-1::gentoo",
    " * Package:    dev-libs/foo-1:0",
    " * Repository: gentoo",
    " * USE:        amd64",
    " * FEATURES:   sandbox",
    ...extraHeader,
    ">>> Unpacking source...",
    // Past the prefix stage's sample (line-prefix.ts), so the plain byte gate runs.
    ...Array.from({ length: 60 }, (_, i) => `gcc -O2 -c file${i}.c -o file${i}.o`),
    ...paragraph,
    " * ERROR: dev-libs/foo-1::gentoo failed (prepare phase):",
    " *   (no error message)",
  ];
  return Buffer.from(`${lines.join(lineBreak)}${lineBreak}`, "utf8");
}

describe("elog and header lines counted without decoding", () => {
  const details = (count: number) => Array.from({ length: count }, (_, i) => ` * detail ${i + 1}`);

  test("a notice after the paragraph's 8th line still makes it foreign; other lines do not", () => {
    for (const [i, notice] of [...NOTICES, ...NEAR_NOTICES].entries()) {
      for (const at of [8, 9, 12]) {
        const paragraph = [" * Unable to find the thing", ...details(14)];
        paragraph.splice(at, 0, notice);
        for (const lineBreak of ["\n", "\r\n"]) {
          const bytes = dieUnderParagraph(paragraph, [], lineBreak);
          for (const maxPiece of [7, 4096, 1 << 20]) {
            const pieces = cutRandomly(bytes, random(i * 100 + at), maxPiece);
            const result = streamed(pieces);
            expect(result, `${JSON.stringify(notice)} at ${at}`).toEqual(reference(pieces));
            const eerror = result.primary?.ruleId === "portage-eerror";
            expect(eerror, `${JSON.stringify(notice)} at ${at}`).toBe(i >= NOTICES.length);
          }
        }
      }
    }
  });

  test("a line with a known header key is let go only when HEADER_LINE matches it", () => {
    // [line, a header line]: HEADER_LINE's \s takes U+2028 and U+00A0, its "." not U+2029.
    const cases: [string, boolean][] = [
      [" * USE: \u2028the value is wrong", true],
      [" * USE: the value\u2029is wrong", false],
      [" * USE:the value is wrong", false],
      [" * USE:\u00a0the value is wrong", true],
      ["\t * USE:\tthe value is wrong", true],
    ];
    for (const [i, [line, header]] of cases.entries()) {
      const bytes = dieUnderParagraph([line, " * detail"], [], "\n");
      const pieces = cutRandomly(bytes, random(i), 4096);
      const result = streamed(pieces);
      expect(result, JSON.stringify(line)).toEqual(reference(pieces));
      // A header line ends the paragraph (it is not read as one of its lines).
      expect(result.primary?.text === line, JSON.stringify(line)).toBe(!header);
    }
  });

  test("header lines again, in odd forms: the first value of each key wins", () => {
    const next = random(7);
    for (let round = 0; round < 60; round++) {
      const extra = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => HEADER_LINES[Math.floor(next() * HEADER_LINES.length)],
      );
      const bytes = dieUnderParagraph([" * Unable to find the thing", ...details(3)], extra, "\n");
      // The repeats also after the first lines, where the byte gate decides them.
      const late = Buffer.concat([bytes, Buffer.from(`${[...extra, ...HEADER_LINES].join("\n")}\n`, "utf8")]);
      for (const maxPiece of [5, 1 << 20]) {
        const pieces = cutRandomly(late, next, maxPiece);
        const result = streamed(pieces);
        expect(result, `round ${round}`).toEqual(reference(pieces));
        expect(result.header.use).toBe("amd64");
        expect(result.header.package).toBe("dev-libs/foo-1:0");
      }
    }
  });
});

// Every line of a corpus log behind one prefix (line-prefix.ts): the same
// primary line, its text without the prefix, on both paths.
const PREFIXES: [string, (index: number) => string][] = [
  ["quote", () => "> "],
  [
    "iso timestamp",
    (i) =>
      `2026-11-29T13:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.123Z `,
  ],
  ["clock", (i) => `[13:02:${String(i % 60).padStart(2, "0")}] `],
  ["buildkit", (i) => `#12 ${(i / 10).toFixed(2)} `],
  // line-prefix-grammar.ts: nested markers, a prefix that changes part-way, code blocks, journal heads
  ["nested quote and list", () => "> > > - "],
  ["list, then indented list", (i) => (i < 30 ? "- " : "  - ")],
  ["code block", () => "    "],
  [
    "journal",
    (i) =>
      `Dec ${String(1 + (i % 28)).padStart(2, "0")} 12:34:${String(i % 60).padStart(2, "0")} tb emerge[42]: `,
  ],
];

function withPrefix(bytes: Buffer, prefixOf: (index: number) => string): Buffer {
  const lines = bytes.toString("latin1").split("\n");
  const last = lines.pop() ?? "";
  const prefixed = lines.map((line, i) => `${prefixOf(i)}${line}`);
  if (last.length > 0) prefixed.push(`${prefixOf(lines.length)}${last}`);
  return Buffer.from(`${prefixed.join("\n")}${last.length > 0 ? "" : "\n"}`, "latin1");
}

/** Corpus logs without a prefix of their own (some cases are prefixed on purpose). */
function plainCases(): { name: string; bytes: Buffer }[] {
  return generatedCases()
    .map(({ name }) => ({ name, bytes: readFileSync(path.join(CORPUS_DIR, "generated", name, "build.log")) }))
    .filter(({ bytes }) => reference([bytes]).linePrefix === null);
}

describe("a constant line prefix", () => {
  test.each(PREFIXES)("%s on every line: same primary as the plain log, on both paths", (_name, prefixOf) => {
    const next = random(7);
    for (const { name, bytes: plainBytes } of plainCases()) {
      const plain = reference([plainBytes]);
      const bytes = withPrefix(plainBytes, prefixOf);
      for (const maxPiece of [7, 4096, 1 << 20]) {
        const pieces = cutRandomly(bytes, next, maxPiece);
        const result = streamed(pieces);
        expect(result, `${name}, pieces up to ${maxPiece}`).toEqual(reference(pieces));
        expect(result.linePrefix, name).not.toBeNull();
        expect(result.status, name).toBe(plain.status);
        expect(result.primary?.line, name).toBe(plain.primary?.line);
        expect(result.primary?.text, name).toBe(plain.primary?.text);
        expect(result.kind, name).toBe(plain.kind);
      }
    }
  });

  test("only the corpus logs prefixed on purpose report a prefix", () => {
    const prefixed = generatedCases()
      .filter(
        ({ name }) =>
          streamed([readFileSync(path.join(CORPUS_DIR, "generated", name, "build.log"))]).linePrefix,
      )
      .map(({ name }) => name);
    expect(prefixed.sort()).toEqual(["compile-mail-quoted-popt", "configure-buildkit-prefixed-iperf"]);
  });
});

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test("a kept error line cut to its stored length does not pin the whole line (lines.ts detach)", () => {
  // Each segment's error line is ~60 KB (under MAX_LINE_CHARS, so decoded whole); the analysis keeps its first
  // MAX_CANDIDATE_CHARS. A plain slice would keep the whole decoded line alive: 50 kept error lines and the
  // candidates, ~1100 x 60 KB at worst. Copied (detach), what stays is the cut text only.
  const filler = "x".repeat(60 * 1024);
  const phases = [">>> Configuring source in /var/tmp/x\n", ">>> Compiling source in /var/tmp/x\n"];
  const log = new StreamingLog();
  const before = heapAfterGc();
  for (let segment = 0; segment < 1100; segment++) {
    log.push(
      Buffer.from(`${phases[segment % 2]}foo${segment}.c:1:2: error: unknown type name '${filler}'\n`),
    );
  }
  const retained = heapAfterGc() - before;
  expect(retained).toBeLessThan(16 * 1024 * 1024);
  expect(log.finish().errorLines.length).toBeGreaterThan(0);
});

test("kept error lines do not pin the text around them", () => {
  // 1100 segments, each with one error line (a kept candidate) and ~40 KB of build
  // noise pushed as one piece. When pieces were decoded whole and lines were slices
  // of them, this kept ~1024 x 32 KiB = 32 MiB alive until the log ended. It guards the
  // line-by-line decoding; the copy of a cut line (detach) has the test above.
  const noise = Buffer.from("libtool: compile:  x86_64-pc-linux-gnu-gcc -O2 -c foo.c -o foo.o\n".repeat(600));
  const phases = [">>> Configuring source in /var/tmp/x\n", ">>> Compiling source in /var/tmp/x\n"];
  const log = new StreamingLog();
  const before = heapAfterGc();
  for (let segment = 0; segment < 1100; segment++) {
    const error = `${phases[segment % 2]}foo${segment}.c:1:2: error: unknown type name 'bar${segment}'\n`;
    log.push(Buffer.concat([Buffer.from(error), noise]));
  }
  const retained = heapAfterGc() - before;
  expect(retained).toBeLessThan(8 * 1024 * 1024);
  const analysis = log.finish();
  expect(analysis.errorLines.length).toBeGreaterThan(0);
});
