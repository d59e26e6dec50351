// The held-out wrapper (testing/heldout-wrap.ts) and its score (testing/heldout-wrap-score.ts), on made-up cases
// only: the held-out cases stay unread here. The wrapped log keeps the excerpt's lines and their label (moved down
// by the preamble), adds a die banner only where the excerpt has none, skips what wrapping would change, and reads
// as a full log to the analyzer.
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { splitLogText } from "./lines";
import type { HeldoutCase, HeldoutExpected } from "./testing/heldout";
import { type WrapResult, wrapInFullLog } from "./testing/heldout-wrap";
import { dieLines, preambleLines, wrapAtom } from "./testing/heldout-wrap-log";
import {
  scoreWrapped,
  setNumber,
  tallyMetric,
  wrapMissesShown,
  wrappedReport,
} from "./testing/heldout-wrap-score";

const COMPILE_EXCERPT = [
  "x86_64-pc-linux-gnu-gcc -O2 -pipe -c frob.c -o frob.o",
  "frob.c: In function 'frob_init':",
  "frob.c:42:9: error: 'FROB_MAX' undeclared (first use in this function)",
  "make[1]: *** [Makefile:310: frob.o] Error 1",
  "make: *** [Makefile:200: all] Error 2",
];

function madeUp(expected: Partial<HeldoutExpected>, lines: readonly string[] = COMPILE_EXCERPT): HeldoutCase {
  return {
    name: "made-up",
    logText: `${lines.join("\n")}\n`,
    expected: {
      atom: "dev-libs/frob-2.1-r3",
      status: "failed",
      phase: "compile",
      kind: "compile",
      primary: { line: 3, text: lines[2] },
      infra: null,
      notes: "made up for the wrapper's tests",
      source: "https://example.org/made-up",
      ...expected,
    },
  };
}

function wrapped(result: WrapResult): Extract<WrapResult, { wrapped: true }> {
  if (!result.wrapped) throw new Error(`skipped: ${result.reason}`);
  return result;
}

const linesOf = (testCase: HeldoutCase) => splitLogText(testCase.logText);
const indexOf = (lines: readonly string[], start: string) =>
  lines.findIndex((line) => line.startsWith(start));

describe("wrapInFullLog", () => {
  test("the shifted primary line holds the labelled text, and the excerpt's lines follow the preamble unchanged", () => {
    const result = wrapped(wrapInFullLog(madeUp({})));
    const lines = linesOf(result.testCase);
    const primary = result.testCase.expected.primary;
    expect(primary?.line).toBe(3 + result.shift);
    expect(lines[(primary?.line ?? 0) - 1]).toBe(COMPILE_EXCERPT[2]);
    expect(lines.slice(result.shift, result.shift + COMPILE_EXCERPT.length)).toEqual(COMPILE_EXCERPT);
    expect(result.shift).toBeGreaterThan(300);
  });

  test("the label is carried over but for the primary line", () => {
    const testCase = madeUp({});
    const { expected } = wrapped(wrapInFullLog(testCase)).testCase;
    expect({ ...expected, primary: null }).toEqual({ ...testCase.expected, primary: null });
  });

  test("a die banner is added after an excerpt without one, and not to one that has its own", () => {
    const banners = (testCase: HeldoutCase) =>
      linesOf(testCase).filter((line) => line.includes("ERROR: ")).length;
    const bare = wrapped(wrapInFullLog(madeUp({})));
    expect(bare.dieAdded).toBe(true);
    expect(banners(bare.testCase)).toBe(1);
    const lines = linesOf(bare.testCase);
    expect(lines.at(-1)).toMatch(/^ \* S: '/);
    expect(indexOf(lines, " * ERROR: dev-libs/frob-2.1-r3::gentoo failed (compile phase):")).toBe(
      bare.shift + COMPILE_EXCERPT.length,
    );

    const withDie = [
      ...COMPILE_EXCERPT,
      " * ERROR: dev-libs/frob-2.1-r3::gentoo failed (compile phase):",
      " *   emake failed",
    ];
    const own = wrapped(wrapInFullLog(madeUp({}, withDie)));
    expect(own.dieAdded).toBe(false);
    expect(banners(own.testCase)).toBe(1);
    expect(linesOf(own.testCase).at(-1)).toBe(" *   emake failed");
  });

  test("the phases' banners come in Portage's order, up to the labelled phase, before the excerpt", () => {
    const first = (phase: "configure" | "compile" | "test" | "install") => {
      const result = wrapped(wrapInFullLog(madeUp({ phase, kind: phase })));
      const lines = linesOf(result.testCase);
      return { lines, excerpt: result.shift, at: (start: string) => indexOf(lines, start) };
    };
    const order = [
      ">>> Emerging (1 of 1) dev-libs/frob-2.1-r3::gentoo",
      " * Package:    dev-libs/frob-2.1-r3:0",
      ">>> Unpacking source...",
      ">>> Source unpacked in /var/tmp/portage/dev-libs/frob-2.1-r3/work",
      ">>> Preparing source in /var/tmp/portage/dev-libs/frob-2.1-r3/work/frob-2.1 ...",
      ">>> Source prepared.",
      ">>> Configuring source in ",
      ">>> Source configured.",
      ">>> Compiling source in ",
      ">>> Source compiled.",
    ];
    const ordered = (log: ReturnType<typeof first>, starts: readonly string[], last: string) => {
      const at = [...starts, last].map(log.at);
      expect(at.every((index) => index >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(at.at(-1)).toBeLessThan(log.excerpt);
    };
    const configure = first("configure");
    ordered(configure, order.slice(0, 6), ">>> Configuring source in ");
    expect(configure.at(">>> Source configured.")).toBe(-1);
    const compile = first("compile");
    ordered(compile, order.slice(0, 8), ">>> Compiling source in ");
    expect(compile.at(">>> Source compiled.")).toBe(-1);
    const testPhase = first("test");
    ordered(testPhase, order, ">>> Test phase: dev-libs/frob-2.1-r3");
    expect(testPhase.at(">>> Install ")).toBe(-1);
    const install = first("install");
    ordered(
      install,
      order,
      ">>> Install dev-libs/frob-2.1-r3 into /var/tmp/portage/dev-libs/frob-2.1-r3/image",
    );
    expect(install.at(">>> Test phase")).toBe(-1);
    // ~300 lines of compile output between the compile banner and the excerpt.
    expect(compile.excerpt - compile.at(">>> Compiling source in ")).toBeGreaterThan(290);
  });

  test("the analyzer reads a wrapped compile case as a full log: phase, kind and primary", () => {
    const result = wrapped(wrapInFullLog(madeUp({})));
    const analysis = analyzeLogText(result.testCase.logText);
    expect(analysis.phase).toBe("compile");
    expect(analysis.kind).toBe("compile");
    expect(analysis.primary?.line).toBe(result.testCase.expected.primary?.line);
    expect(analysis.die?.phase).toBe("compile");
  });

  test("the preamble is clean: with the die alone the analyzer's primary is the die's message", () => {
    const atom = wrapAtom("dev-libs/frob-2.1");
    for (const phase of ["configure", "compile", "test", "install"] as const) {
      const preamble = preambleLines(atom, phase);
      const analysis = analyzeLogText(`${[...preamble, ...dieLines(atom, phase)].join("\n")}\n`);
      expect(analysis.phase).toBe(phase);
      expect(analysis.primary?.line).toBe(preamble.length + 2);
    }
  });

  test.each([
    ["succeeded", { status: "succeeded", kind: "none", primary: null, phase: null }, COMPILE_EXCERPT],
    ["resolver", { kind: "dependency", phase: "compile" }, COMPILE_EXCERPT],
    ["fetch", { kind: "fetch", phase: "compile" }, COMPILE_EXCERPT],
    ["phase", { phase: "prepare" }, COMPILE_EXCERPT],
    ["phase", { phase: null }, COMPILE_EXCERPT],
    [
      "banners",
      {},
      [">>> Compiling source in /var/tmp/portage/dev-libs/frob-2.1-r3/work/frob-2.1 ...", ...COMPILE_EXCERPT],
    ],
    ["banners", {}, [">>> Emerging (1 of 1) dev-libs/frob-2.1-r3::gentoo", ...COMPILE_EXCERPT]],
    ["prefix", {}, COMPILE_EXCERPT.map((line) => `> ${line}`)],
    ["prefix", {}, COMPILE_EXCERPT.map((line, i) => `[12:00:0${i}] ${line}`)],
    ["decoration", {}, ["```", ...COMPILE_EXCERPT, "```"]],
  ] as const)("skips (%s) %#", (reason, expected, lines) => {
    const testCase = madeUp(expected as Partial<HeldoutExpected>, lines);
    expect(wrapInFullLog(testCase)).toEqual({ wrapped: false, reason });
  });

  test("the atom is the case's when it is a plain cat/pkg-ver, else a fixed one", () => {
    expect(wrapAtom("=sys-devel/gcc-13.2.1_p20240113-r1:13::gentoo")).toEqual({
      category: "sys-devel",
      pf: "gcc-13.2.1_p20240113-r1",
      p: "gcc-13.2.1_p20240113",
    });
    expect(wrapAtom("sys-devel/gcc")).toEqual(wrapAtom(null));
    expect(wrapAtom(null).category).toBe("app-misc");
  });
});

describe("scoreWrapped", () => {
  const sets = [
    { name: "heldout", cases: [madeUp({}), madeUp({ phase: "prepare" })] },
    { name: "heldout70", cases: [madeUp({ kind: "link" })] },
  ];

  test("scores each wrapped case both ways, counts skips, and the streamed reading agrees", () => {
    const score = scoreWrapped(sets);
    expect(score.total).toBe(3);
    expect(score.cases.map((c) => c.setName)).toEqual(["heldout", "heldout70"]);
    expect(score.skipped.phase).toBe(1);
    expect(score.cases.every((c) => c.streamAgrees)).toBe(true);
    expect(tallyMetric(score.cases, "primary")).toEqual({
      excerptRight: 2,
      wrappedRight: 2,
      bothRight: 2,
      lost: 0,
      gained: 0,
    });
    // The made-up link label is wrong both ways (the analyzer reads compile).
    expect(tallyMetric(score.cases, "kind")).toMatchObject({ bothRight: 1, lost: 0, gained: 0 });
  });

  test("the report prints counts by set range, and a set's cases only when HELDOUT_SHOW_MISSES names it", () => {
    const score = scoreWrapped(sets);
    const flip = {
      ...score.cases[1],
      excerpt: { ...score.cases[1].excerpt, ok: { ...score.cases[1].excerpt.ok, kind: true } },
    };
    const changed = { ...score, cases: [score.cases[0], flip] };
    const quiet = wrappedReport(changed, () => false);
    expect(quiet.join("\n")).not.toContain("made-up");
    expect(quiet.find((line) => line.startsWith("  sets 69+"))).toContain(
      "kind 100.0 % -> 0.0 % (both 0, lost 1, gained 0)",
    );
    expect(quiet.find((line) => line.startsWith("  sets 1-68 (1 wrapped)"))).toBeDefined();
    expect(quiet).toContain("  streaming (64 KiB chunks) disagreements with the whole-text reading: 0");
    const shown = wrappedReport(changed, (name) => wrapMissesShown(name, "heldout5, heldout70"));
    expect(shown.filter((line) => line.includes("made-up"))).toEqual([
      "  lost heldout70/made-up kind: wrapped got compile, excerpt got compile",
    ]);
    expect(wrapMissesShown("heldout", "")).toBe(false);
    expect(setNumber("heldout")).toBe(1);
    expect(setNumber("heldout68")).toBe(68);
  });
});
