// The line gate's weak-phase needles (analyzer.ts WEAK_PHASE_GATE_BIT): while a section is open the structure does
// not read the weak phase's signs, so StreamingLog hands a line holding nothing else to pushWeakLine (counted and
// read into the recipe complaints' last lines, round 47e) instead of the whole of pushCore. The result must be what
// pushing every line gives, around a section's start and end, where make's echo of a failed target comes (it reads
// ld's warning or a tool's complaint above it) and under ninja's `FAILED:`.
import { describe, expect, test } from "vitest";
import { cutRandomly, random } from "../testing/random-pieces";
import { createLogAnalyzer, LINE_GATE_BYTES, WEAK_PHASE_GATE_BIT } from "./analyzer";
import { LineSplitter } from "./lines";
import { StreamingLog } from "./streaming-log";
import { SECTION_STRUCTURE_NEEDLES, STRUCTURE_NEEDLES } from "./structure";
import type { LogAnalysis } from "./types";
import { WEAK_PHASE_NEEDLES } from "./weak-phase";

function reference(bytes: Uint8Array): LogAnalysis {
  const splitter = new LineSplitter();
  const analyzer = createLogAnalyzer();
  for (const line of splitter.push(bytes)) analyzer.pushLine(line);
  for (const line of splitter.end()) analyzer.pushLine(line);
  return analyzer.finish();
}

/** The log streamed in pieces of `size`; `decoded` counts the lines StreamingLog handed over as text. */
function streamed(bytes: Uint8Array, size: number, decoded = { lines: 0 }): LogAnalysis {
  const log = new StreamingLog();
  const analyzer = (log as unknown as { analyzer: Record<string, (...args: unknown[]) => unknown> }).analyzer;
  for (const name of ["pushLine", "pushPlainLine"]) {
    const push = analyzer[name];
    analyzer[name] = (...args: unknown[]) => {
      decoded.lines++;
      return push(...args);
    };
  }
  for (let at = 0; at < bytes.length; at += size) log.push(bytes.subarray(at, at + size));
  return log.finish();
}

/** Enough plain lines that the prefix stage (line-prefix.ts) has stepped aside before what follows. */
const FILLER = Array.from(
  { length: 400 },
  (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -c part${i}.c -o part${i}.o`,
);
const SECTION = ">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...";
const WARNING =
  "/usr/bin/ld: warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)";
/** make's echo of a failed target: its `*** [` keeps it loud (it reads the lines above it). */
const ECHO = "make: *** [Makefile:12: prog] Error 1";
/** A tool's complaint only the weak phase's `run-test` lets past the gate, read by make's echo below it (round 47e). */
const COMPLAINT = "run-test: exit status 2";
const WEAK_LINES = [
  "make -j4",
  "Making all in src",
  "  CC       foo.lo",
  "  CCLD     libfoo.la",
  "python3.11 -m pytest",
];

function log(lines: readonly string[]): Uint8Array {
  return Buffer.from(`${lines.join("\n")}\n`);
}

describe("the weak phase's needles in the line gate", () => {
  test("STRUCTURE_NEEDLES are SECTION_STRUCTURE_NEEDLES and the weak phase's", () => {
    expect(new Set(STRUCTURE_NEEDLES)).toEqual(
      new Set([...SECTION_STRUCTURE_NEEDLES, ...WEAK_PHASE_NEEDLES]),
    );
  });

  test("the weak lines hold only weak-phase needles (else the tests below test nothing), make's echo more", () => {
    for (const line of [COMPLAINT, ...WEAK_LINES]) {
      const bytes = Buffer.from(line);
      expect(LINE_GATE_BYTES.tagBitsBytes(bytes, 0, bytes.length, 1), line).toBe(WEAK_PHASE_GATE_BIT);
    }
    const echo = Buffer.from(ECHO);
    expect(LINE_GATE_BYTES.tagBitsBytes(echo, 0, echo.length, 1) & 1).toBe(1);
  });

  const cases: [string, string[]][] = [
    ["weak lines inside a section", [...FILLER, SECTION, ...WEAK_LINES, ...FILLER, ...WEAK_LINES]],
    [
      "weak lines before any section (the weak phase reads them)",
      [...FILLER, ...WEAK_LINES, "foo.c:1:1: error: x"],
    ],
    [
      "a section that ends, weak lines after it",
      [
        ...FILLER,
        SECTION,
        ...WEAK_LINES,
        ">>> Source compiled.",
        ...FILLER,
        ...WEAK_LINES,
        "foo.c:1:1: error: x",
      ],
    ],
    // make's echo right below ld's warning makes the warning the link's failure (round 36): not skipped then.
    [
      "ld's warning, then make's echo, in a section",
      [...FILLER, SECTION, ...FILLER, WARNING, ECHO, ...FILLER],
    ],
    ["ld's warning, make's echo three lines below", [...FILLER, SECTION, WARNING, "a", "b", ECHO, ...FILLER]],
    [
      "a tool's complaint right above make's echo",
      [...FILLER, SECTION, ...FILLER, COMPLAINT, ECHO, ...FILLER],
    ],
    [
      "a tool's complaint, weak lines, make's echo",
      [...FILLER, SECTION, COMPLAINT, "make -j4", ECHO, ...FILLER],
    ],
    [
      "ninja's FAILED:, its command, a weak line",
      [...FILLER, SECTION, "FAILED: src/foo.o", "gcc -c foo.c", "python3.11 -m pytest", COMPLAINT, ...FILLER],
    ],
    [
      "ld's warning, weak lines, then collect2",
      [...FILLER, SECTION, WARNING, "make -j4", "collect2: error: ld returned 1 exit status"],
    ],
  ];
  for (const [name, lines] of cases) {
    test(`${name}: the same as every line pushed, at any chunk size`, () => {
      const bytes = log(lines);
      const expected = reference(bytes);
      for (const size of [65536, 4093, 61, 7, 1]) expect(streamed(bytes, size), `${size}`).toEqual(expected);
    });
  }

  test("random mixes of sections, weak lines, ld's warnings, make's echoes and elog lines, cut anywhere", () => {
    const fragments = [
      SECTION,
      ">>> Source compiled.",
      ">>> Test phase: dev-libs/foo-1.0",
      ">>> Install dev-libs/foo-1.0 into /var/tmp/portage/dev-libs/foo-1.0/image",
      ...WEAK_LINES,
      WARNING,
      ECHO,
      COMPLAINT,
      "grep: src/config.h: No such file or directory",
      "FAILED: src/foo.o",
      "samu: job failed: gcc -c foo.c",
      "make[2]: *** [Makefile:475: baz.o] Error 1",
      "make[1]: *** [Makefile:12: check-am] Error 2",
      "collect2: error: ld returned 1 exit status",
      "foo.c:12:5: error: unknown type name 'bar'",
      "CMake Error at CMakeLists.txt:12 (message):",
      " * Failed to build foo",
      " * Making all in src",
      " * python3_11: running distutils-r1_run_phase distutils-r1_python_compile",
      "make -j4 DESTDIR=/var/tmp/portage/dev-libs/foo-1.0/image install",
      "  CC       foo.lo\r",
      "\u001b[32m  CC \u001b[0m foo.o",
      "x86_64-pc-linux-gnu-gcc -O2 -c foo.c -o foo.o",
      "",
    ];
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const lines = Array.from({ length: 300 }, () => fragments[Math.floor(next() * fragments.length)]);
      const bytes = log([...FILLER, ...lines]);
      const expected = reference(bytes);
      for (const max of [64, 4096]) {
        const log = new StreamingLog();
        for (const piece of cutRandomly(bytes, next, max)) log.push(piece);
        expect(log.finish(), `seed ${seed}, pieces up to ${max}`).toEqual(expected);
      }
    }
  });

  test("ld's warning above make's echo is the primary when streamed too", () => {
    const result = streamed(log([...FILLER, SECTION, ...FILLER, WARNING, ECHO, ...FILLER]), 65536);
    expect(result.primary?.ruleId).toBe("ld-warning-made-fatal");
  });

  test("inside a section the weak lines are not pushed whole; outside one they are", () => {
    const inside = { lines: 0 };
    const outside = { lines: 0 };
    const weak = Array.from({ length: 50 }, () => WEAK_LINES).flat();
    streamed(log([...FILLER, SECTION, ...FILLER, ...weak]), 65536, inside);
    streamed(log([...FILLER, ...FILLER, ...weak]), 65536, outside);
    expect(outside.lines - inside.lines).toBeGreaterThanOrEqual(weak.length - 1);
  });
});
