import { describe, expect, test } from "vitest";
import { BuildLogPass } from "../ingest/build-log-pass";
import { analyzeLogText, createLogAnalyzer } from "./analyzer";
import {
  ByteRing,
  LineRing,
  TAIL_CHARS,
  TAIL_LINES,
  TAIL_WINDOW_BYTES,
  tailLinesFromBytes,
  takeTail,
} from "./dying-tail";
import { splitLogText } from "./lines";
import { saysOnlyThatItFailed } from "./restated-die";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";
import { DEV_METRICS, devTally, scoreDevWrapped } from "./testing/real-wrap";
import type { LogAnalysis } from "./types";

// Round 50: a full log's dying phase read as carefully as a pasted excerpt. A log too long to be held whole (300
// non-empty lines, line-prefix.ts) that fails on a die saying only that its step failed gets the excerpt's readings
// over the last lines above its banner (dying-tail.ts, analyzer.ts readDyingTail). The dev set is the real corpus
// rows and the generated cases inside a whole build.log (testing/real-wrap.ts, heldout-wrap.ts's wrapper); the
// held-out sets are not read.

const scores = scoreDevWrapped();
const byName = (name: string) => {
  const found = scores.find((s) => s.name === name);
  if (!found) throw new Error(`${name} is not wrapped`);
  return found;
};

describe("the dev set: real rows and generated cases inside a whole build.log", () => {
  test("every case right as an excerpt stays right wrapped (primary, kind, status)", () => {
    // Before round 50: primary 221 of 227 (rows 324, 390, 591, 842, 843, 952 lost to the die's message).
    // Known, left for a later round: row 1070 (round 49a, merged after this round was written) carries parallel
    // emerge's per-package prefix (`chromeos-chrome-96…: FAILED: chrome`) on its last two lines only; inside a
    // full log the prefix is judged on the preamble and stays on, so ninja's link is read as a compile (kind).
    // Round 51a: row 1087 is a pasted config.log; inside a full log's `>>>` section the weak phase reads none of its
    // config.log lines (round 49a's limit), so AC_PROG_CC's version probe (`gcc -V >&5`) is not known as one and the
    // driver's refusal of `-V` takes the primary. A config.log is an attachment, never inside a build.log's section.
    const knownLost: Record<string, string[]> = {
      primary: ["real row 1087"],
      kind: ["real row 1070"],
      status: [],
    };
    expect(scores.length).toBeGreaterThanOrEqual(227);
    for (const metric of DEV_METRICS) {
      const tally = devTally(scores, metric);
      expect(tally.lost, metric).toEqual(knownLost[metric]);
      expect(tally.wrapped, metric).toBeGreaterThanOrEqual(227);
    }
  });

  test.each([
    ["real row 324", "last-resort", "make: *** [Makefile:441: all] Error 2"],
    ["real row 591", "last-resort", "; compilation aborted after 0:00:00.105"],
    ["real row 842", "last-resort", "lsfd: --inet option"],
    ["real row 952", "last-resort-test", "FAIL:  2"],
  ])("%s: the excerpt's line over the die's message (%s)", (name, ruleId, text) => {
    const score = byName(name);
    expect(score.wrappedResult.primary?.line).toBe(score.wrapped.expected.primary?.line);
    expect(score.wrappedResult.primary?.ruleId).toBe(ruleId);
    expect(score.wrappedResult.primary?.text).toContain(text);
    expect(score.wrappedResult.kind).toBe(score.wrapped.expected.kind);
  });

  test("row 390: the decorated-excerpt reading's line (`> error: Command …`), read in the tail", () => {
    const score = byName("real row 390");
    expect(score.wrappedResult.primary?.line).toBe(score.wrapped.expected.primary?.line);
    expect(score.wrappedResult.primary?.text).toContain('error: Command "gcc');
  });
});

/** A deterministic pseudo-random source (tests must not flake). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function cutInto(bytes: Buffer, next: () => number, largest: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * largest);
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return pieces;
}

const reading = (r: LogAnalysis) => ({
  status: r.status,
  kind: r.kind,
  primary: r.primary,
  errorLines: r.errorLines,
  title: r.title,
});

describe("every feeder reads the dying tail alike", () => {
  test("StreamingLog and BuildLogPass at random chunk sizes agree with analyzeLogText on every wrapped case", () => {
    const next = random(50);
    let compared = 0;
    for (const score of scores) {
      const text = score.wrapped.logText;
      const whole = reading(analyzeLogText(text));
      const bytes = Buffer.from(text, "utf8");
      const largest = [1 + Math.floor(next() * 64), 4096, 64 * 1024][compared % 3];
      const streamed = new StreamingLog();
      for (const piece of cutInto(bytes, next, largest)) streamed.push(piece);
      expect(reading(streamed.finish()), score.name).toEqual(whole);
      const pass = new BuildLogPass();
      for (const piece of cutInto(bytes, next, 64 * 1024)) pass.push(piece);
      expect(reading(pass.finish().analysis), score.name).toEqual(whole);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(227);
  });

  test("CRLF line breaks, multi-byte text, a BOM and long lines above the banner: the same lines either way", () => {
    const next = random(7);
    const above = [
      "grep: données/config.h: No such file or directory ✗",
      "x".repeat(TAIL_CHARS - 10),
      "ünïcödé ".repeat(200),
      "make[1]: *** [Makefile:1: x] Error 1",
    ];
    for (const breakWith of ["\n", "\r\n"]) {
      const lines = [
        ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
        ...Array.from({ length: 400 }, (_, i) => `libtool: compile:  gcc -c f${i}.c -o f${i}.o — ✓`),
        ...above,
        ...dieBanner("compile", "emake failed"),
        ...callStack("compile"),
      ];
      const text = `\uFEFF${lines.join(breakWith)}${breakWith}`;
      const whole = reading(analyzeLogText(text));
      expect(whole.primary?.line).toBe(402);
      for (const largest of [1, 3, 100, 5000, TAIL_WINDOW_BYTES + 7]) {
        const streamed = new StreamingLog();
        for (const piece of cutInto(Buffer.from(text, "utf8"), next, largest)) streamed.push(piece);
        expect(reading(streamed.finish()), `${JSON.stringify(breakWith)} ${largest}`).toEqual(whole);
      }
    }
  });
});

/** A compile banner, `filler` compiler lines, `lines`, then a die with `message`: too long to be held whole. */
const fullLog = (lines: readonly string[], message = "emake failed", filler = 400, phase = "compile") => [
  ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  ...Array.from(
    { length: filler },
    (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -pipe -c src/f${i}.c -o src/f${i}.o`,
  ),
  ...lines,
  ...dieBanner(phase, message),
  ...callStack(phase),
];
const at = (index: number, filler = 400) => filler + 2 + index;

describe("which dies are read, which lines taken", () => {
  test("cgo's `pkg-config: exit status 1` above `go build failed`: round 26's complaint, in a full log", () => {
    const result = analyzeLines(
      fullLog(["# pkg-config --cflags  -- gpgme", "pkg-config: exit status 1"], "go build failed"),
    );
    expect(result.primary?.line).toBe(at(1));
    expect(result.primary?.text).toBe("pkg-config: exit status 1");
  });

  test("a program run during the build aborting above `emake failed`: the line the excerpt with its banner reads", () => {
    const lines = [
      "./gen-tables ./tables.def > tables.h",
      "gen-tables: gen-tables.c:88: main: Assertion `n < MAX' failed.",
      "/bin/sh: line 1: 12345 Aborted                 (core dumped) ./gen-tables ./tables.def > tables.h",
    ];
    const excerpt = analyzeLines([
      ...lines,
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile"),
    ]);
    expect(excerpt.primary?.ruleId).not.toBe("portage-die-message");
    const result = analyzeLines(fullLog(lines));
    expect(result.primary?.line).toBe(at((excerpt.primary?.line ?? 0) - 1));
    expect(result.primary?.text).toBe(excerpt.primary?.text);
    expect(result.kind).toBe("compile");
  });

  test("`Make check failed. See above for details.` and `pytest failed with python3.11` say only that it failed", () => {
    expect(saysOnlyThatItFailed("portage-die-message", "Make check failed. See above for details.")).toBe(
      true,
    );
    expect(saysOnlyThatItFailed("portage-die-message", "pytest failed with python3.11")).toBe(true);
    expect(saysOnlyThatItFailed("portage-die-message", "Tests fail with python3.12")).toBe(true);
    expect(saysOnlyThatItFailed("portage-die-message", "emake failed")).toBe(true);
    expect(saysOnlyThatItFailed("portage-die-call-stack", "environment, line 12: Called die")).toBe(true);
    expect(saysOnlyThatItFailed("portage-die-message", "Kernel not configured; no .config found")).toBe(
      false,
    );
    expect(saysOnlyThatItFailed("portage-eerror", "emake failed")).toBe(false);
    const result = analyzeLines(
      fullLog(
        ["FAIL: test_frob", "1 of 12 tests failed"],
        "Make check failed. See above for details.",
        400,
        "test",
      ),
    );
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("test");
  });

  test("near misses: a die that says what failed, a complaint the build went on after, only harmless lines", () => {
    const trouble = ["grep: src/config.h: No such file or directory", "# make: frob.conf not found"];
    // the die's message is itself the failure
    expect(analyzeLines(fullLog(trouble, "frob.conf lacks its [main] section")).primary?.ruleId).toBe(
      "portage-die-message",
    );
    // eight compile steps below the line: the build went on after it (a version probe's complaint)
    const probe = analyzeLines(
      fullLog([
        "fatal: not a git repository (or any of the parent directories): .git",
        ...Array.from({ length: 8 }, (_, i) => `x86_64-pc-linux-gnu-gcc -c b${i}.c`),
      ]),
    );
    expect(probe.primary?.ruleId).toBe("portage-die-message");
    // nothing sounds like trouble
    expect(
      analyzeLines(fullLog(["doxygen: warning: tag INPUT: unknown", "checking for x... no"])).primary?.ruleId,
    ).toBe("portage-die-message");
    // above the dying phase's own banner: not its tail
    const above = analyzeLines([
      ">>> Configuring source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "grep: src/config.h: No such file or directory",
      ...fullLog([], "emake failed", 400),
    ]);
    expect(above.primary?.ruleId).toBe("portage-die-message");
  });

  test("a line more than TAIL_LINES above the banner is not read", () => {
    const lines = [
      "grep: src/config.h: No such file or directory",
      ...Array.from({ length: TAIL_LINES }, () => ""),
    ];
    expect(analyzeLines(fullLog(lines)).primary?.ruleId).toBe("portage-die-message");
    expect(analyzeLines(fullLog(lines.slice(0, -1))).primary?.line).toBe(at(0));
  });

  test("an excerpt held whole reads as before: the tail's reading is only for longer logs", () => {
    const lines = fullLog(["grep: src/config.h: No such file or directory"], "emake failed", 100);
    const result = analyzeLines(lines);
    const without = createLogAnalyzer({ dyingTail: false });
    for (const line of lines) without.pushLine(line);
    expect(result).toEqual(without.finish());
  });

  test("the reading is once per log, at the first banner: a second package's die is not read again", () => {
    const lines = [
      ...fullLog(["grep: src/config.h: No such file or directory"]),
      ...fullLog(["sed: can't read foo: No such file or directory"]),
    ];
    expect(analyzeLines(lines).primary?.line).toBe(at(0));
  });
});

describe("the tail's bounds (dying-tail.ts)", () => {
  test("takeTail: at most TAIL_LINES lines, TAIL_CHARS characters, none at or above the phase's banner", () => {
    const many = Array.from({ length: 300 }, (_, i) => `line ${i}`);
    const tail = takeTail(many, 301, 0);
    expect(tail.lines).toHaveLength(TAIL_LINES);
    expect(tail.first).toBe(301 - TAIL_LINES);
    expect(takeTail(many, 301, 250).lines).toHaveLength(50);
    const wide = Array.from({ length: 10 }, () => "x".repeat(1000));
    expect(takeTail(wide, 11, 0).lines).toHaveLength(Math.floor(TAIL_CHARS / 1000));
  });

  test("LineRing: the lines above a line, or null when one was never pushed", () => {
    const ring = new LineRing();
    for (let line = 1; line <= 250; line++) if (line !== 120) ring.see(`l${line}`, line);
    expect(ring.linesBefore(250)).toEqual(Array.from({ length: TAIL_LINES }, (_, i) => `l${150 + i}`));
    expect(ring.linesBefore(200)).toBeNull();
    const fresh = new LineRing();
    for (let line = 1; line <= 5; line++) fresh.see(`l${line}`, line);
    expect(fresh.linesBefore(5)).toEqual(["l1", "l2", "l3", "l4"]);
  });

  test("ByteRing: a flat window whatever the chunks; the cut first line is dropped, a BOM at the start taken off", () => {
    const text = Buffer.from(`\uFEFFa\r\nb\n${"c".repeat(TAIL_WINDOW_BYTES)}\nd\ne\n`, "utf8");
    const next = random(3);
    for (const largest of [1, 17, TAIL_WINDOW_BYTES * 2]) {
      const ring = new ByteRing();
      for (const piece of cutInto(text, next, largest)) ring.push(piece);
      const { bytes, fromStart } = ring.before(text.length, null, 0);
      expect(bytes.length).toBe(TAIL_WINDOW_BYTES);
      expect(tailLinesFromBytes(bytes, fromStart)).toEqual(["d", "e"]);
    }
    const ring = new ByteRing();
    ring.push(text.subarray(0, 8));
    const start = ring.before(8, null, 0);
    expect(tailLinesFromBytes(start.bytes, start.fromStart)).toEqual(["a", "b"]);
  });
});

test("a log's lines are split as analyzeLogText splits them (the wrapped dev logs end in a newline)", () => {
  for (const score of scores.slice(0, 5))
    expect(splitLogText(score.wrapped.logText).length).toBeGreaterThan(300);
});
