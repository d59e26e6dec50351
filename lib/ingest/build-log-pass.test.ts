// BuildLogPass reads a build log once for the analysis and the diagnostics: both
// results must be exactly what StreamingLog and DiagnosticStream give each on its
// own pass, for any bytes cut anywhere (the union skip, shared decoding, the
// extractor's blocks and prefix stage while the analysis skips, and back).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { MAX_LINE_CHARS } from "../analysis/lines";
import { StreamingLog } from "../analysis/streaming-log";
import { CORPUS_DIR } from "../analysis/testing/corpus";
import { DiagnosticStream } from "../diagnostics/stream";
import { cutRandomly, random } from "../testing/random-pieces";
import { BuildLogPass } from "./build-log-pass";

function separately(pieces: Uint8Array[]) {
  const log = new StreamingLog();
  const stream = new DiagnosticStream("build-log");
  for (const piece of pieces) {
    log.push(piece);
    stream.push(piece);
  }
  return { analysis: log.finish(), diagnostics: stream.finish() };
}

function together(pieces: Uint8Array[]) {
  const pass = new BuildLogPass();
  for (const piece of pieces) pass.push(piece);
  return pass.finish();
}

/** Every file of the corpus, read as a build log (config.log too: many diagnostics, few analysis lines). */
function corpusFiles(): string[] {
  // The corpus' folders of cases (LABELLING.md sits beside them).
  const dirs = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "gentoo-meta")
    .map((entry) => entry.name);
  return dirs.flatMap((dir) => {
    const root = path.join(CORPUS_DIR, dir);
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(path.join(root, entry.name))
          .map((name) => path.join(root, entry.name, name))
          .filter((file) => statSync(file).isFile() && !/\.(?:json|md)$/.test(file)),
      );
  });
}

// Lines for both readers, one of them, or neither, and what opens and ends the extractor's blocks.
const FRAGMENTS = [
  "gcc -O2 -c foo.c -o foo.o",
  "foo.c:12:5: error: unknown type name 'bar'",
  "foo.c:3:1: warning: unused variable 'x' [-Wunused-variable]",
  "make: *** [Makefile:12: all] Error 2",
  ">>> Compiling source in /var/tmp/portage/dev-libs/x-1/work/x-1 ...",
  ">>> Source compiled.",
  ">>> Test phase: dev-libs/x-1",
  "FAIL: test_thing",
  "SKIP: test_other",
  " * Detected file collision(s):",
  " *      /usr/bin/foo",
  " * ",
  " * ACCESS VIOLATION SUMMARY: /var/log/sandbox/sandbox-1.log",
  "open_wr:   /etc/passwd",
  "--------------------------------------------------------------------------------",
  " * QA Notice: Found the following implicit function declarations in configure logs:",
  " *   /var/tmp/portage/x/work/config.log:1234 - strlcpy",
  " * ERROR: dev-libs/x-1::gentoo failed (compile phase):",
  " *   emake failed",
  " * Package:    dev-libs/x-1:0",
  " * USE:        amd64",
  "\u001b[01;31m\u001b[Kerror:\u001b[m red",
  "^[[31;01m caret escape",
  "progress 10%\rprogress 100%",
  "> quoted line",
  "2026-11-29T13:02:50Z timestamped",
  "błąd: brak pliku",
  "\ufeffbom in the middle",
  "\r",
  "",
].map((text) => Buffer.from(text, "utf8"));
const RAW_BYTES = [0xff, 0xfe, 0x80, 0xc3, 0xe2, 0x0d, 0x0a, 0x00, 0x1b];

function soup(next: () => number, lines: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (next() < 0.2) parts.push(Uint8Array.of(0xef, 0xbb, 0xbf));
  for (let i = 0; i < lines; i++) {
    parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]);
    if (next() < 0.1) parts.push(Uint8Array.of(RAW_BYTES[Math.floor(next() * RAW_BYTES.length)]));
    const end = next();
    parts.push(end < 0.8 ? Uint8Array.of(0x0a) : end < 0.9 ? Uint8Array.of(0x0d, 0x0a) : new Uint8Array(0));
  }
  return Buffer.concat(parts);
}

describe("one pass gives what two passes give", () => {
  test("every corpus file, cut into random pieces", () => {
    const next = random(5);
    for (const file of corpusFiles()) {
      const bytes = readFileSync(file);
      for (const maxPiece of [7, 4096, 1 << 20]) {
        const pieces = cutRandomly(bytes, next, maxPiece);
        expect(together(pieces), `${file}, pieces up to ${maxPiece}`).toEqual(separately(pieces));
      }
    }
  }, 60_000);

  test("random byte soup: blocks, sections, escapes, CR, BOMs, invalid UTF-8", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      // Past the prefix stages' sample now and then, so the shared skip runs.
      const bytes = soup(next, 1 + Math.floor(next() * (next() < 0.5 ? 60 : 400)));
      const pieces = cutRandomly(bytes, next, 1 + Math.floor(next() * 512));
      expect(together(pieces), `seed ${seed}`).toEqual(separately(pieces));
    }
  });

  test("lines longer than the line cap", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `gcc -c f${i}.c`).join("\n");
    for (const line of [
      `${"x".repeat(MAX_LINE_CHARS + 10)} error: past the cap`,
      `${"é".repeat(MAX_LINE_CHARS - 3)}\rerror: exactly at the cap`,
      `${"☃".repeat(MAX_LINE_CHARS * 2)} warning: far out [-Wfoo]`,
    ]) {
      const bytes = Buffer.from(
        `${filler}\n${line}\nfoo.c:1:1: error: after\n>>> Source compiled.\n`,
        "utf8",
      );
      for (const maxPiece of [1000, 100_000, 1 << 22]) {
        const pieces = cutRandomly(bytes, random(maxPiece), maxPiece);
        expect(together(pieces)).toEqual(separately(pieces));
      }
    }
  });
});
