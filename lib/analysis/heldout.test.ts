// The held-out corpora (fixtures/corpus/heldout, heldout2 … heldout16): every case of every
// set loads and is well-formed, the scorer counts what it should, the report
// prints each set and the combination, and (HELDOUT_STRICT=1) the analyzer meets
// the targets on logs it was never tuned on. The targets are skipped by default
// until the lead decides they are met; `npm run bench:heldout` shows the gap.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import {
  HELDOUT_SETS,
  HELDOUT2_DIR,
  HELDOUT3_DIR,
  HELDOUT4_DIR,
  HELDOUT5_DIR,
  HELDOUT6_DIR,
  HELDOUT7_DIR,
  HELDOUT8_DIR,
  HELDOUT9_DIR,
  HELDOUT10_DIR,
  HELDOUT11_DIR,
  HELDOUT12_DIR,
  HELDOUT13_DIR,
  HELDOUT14_DIR,
  HELDOUT15_DIR,
  HELDOUT16_DIR,
  HELDOUT17_DIR,
  HELDOUT18_DIR,
  HELDOUT19_DIR,
  HELDOUT20_DIR,
  HELDOUT21_DIR,
  HELDOUT22_DIR,
  HELDOUT23_DIR,
  HELDOUT24_DIR,
  HELDOUT25_DIR,
  HELDOUT26_DIR,
  HELDOUT27_DIR,
  HELDOUT28_DIR,
  HELDOUT29_DIR,
  HELDOUT30_DIR,
  HELDOUT31_DIR,
  HELDOUT32_DIR,
  HELDOUT33_DIR,
  HELDOUT34_DIR,
  HELDOUT35_DIR,
  HELDOUT36_DIR,
  HELDOUT37_DIR,
  HELDOUT38_DIR,
  HELDOUT39_DIR,
  HELDOUT40_DIR,
  HELDOUT41_DIR,
  HELDOUT42_DIR,
  HELDOUT43_DIR,
  HELDOUT44_DIR,
  HELDOUT45_DIR,
  HELDOUT46_DIR,
  HELDOUT47_DIR,
  HELDOUT48_DIR,
  HELDOUT49_DIR,
  HELDOUT50_DIR,
  HELDOUT51_DIR,
  HELDOUT52_DIR,
  HELDOUT53_DIR,
  HELDOUT54_DIR,
  HELDOUT55_DIR,
  HELDOUT56_DIR,
  HELDOUT57_DIR,
  HELDOUT58_DIR,
  HELDOUT59_DIR,
  HELDOUT60_DIR,
  HELDOUT61_DIR,
  HELDOUT62_DIR,
  HELDOUT63_DIR,
  HELDOUT64_DIR,
  HELDOUT65_DIR,
  HELDOUT66_DIR,
  HELDOUT67_DIR,
  HELDOUT68_DIR,
  HELDOUT69_DIR,
  HELDOUT70_DIR,
  HELDOUT71_DIR,
  HELDOUT72_DIR,
  HELDOUT73_DIR,
  HELDOUT74_DIR,
  HELDOUT75_DIR,
  HELDOUT76_DIR,
  HELDOUT77_DIR,
  HELDOUT78_DIR,
  HELDOUT79_DIR,
  HELDOUT80_DIR,
  HELDOUT81_DIR,
  HELDOUT82_DIR,
  HELDOUT83_DIR,
  HELDOUT84_DIR,
  HELDOUT85_DIR,
  HELDOUT86_DIR,
  HELDOUT87_DIR,
  HELDOUT88_DIR,
  HELDOUT89_DIR,
  HELDOUT90_DIR,
  HELDOUT91_DIR,
  HELDOUT92_DIR,
  HELDOUT93_DIR,
  HELDOUT94_DIR,
  HELDOUT95_DIR,
  HELDOUT96_DIR,
  HELDOUT97_DIR,
  HELDOUT98_DIR,
  HELDOUT99_DIR,
  HELDOUT100_DIR,
  HELDOUT101_DIR,
  HELDOUT102_DIR,
  HELDOUT103_DIR,
  HELDOUT104_DIR,
  HELDOUT105_DIR,
  HELDOUT106_DIR,
  HELDOUT107_DIR,
  HELDOUT108_DIR,
  HELDOUT109_DIR,
  HELDOUT110_DIR,
  HELDOUT111_DIR,
  HELDOUT112_DIR,
  HELDOUT113_DIR,
  HELDOUT114_DIR,
  HELDOUT115_DIR,
  HELDOUT116_DIR,
  HELDOUT117_DIR,
  HELDOUT118_DIR,
  HELDOUT119_DIR,
  HELDOUT120_DIR,
  HELDOUT121_DIR,
  HELDOUT122_DIR,
  HELDOUT123_DIR,
  type HeldoutAnalysis,
  type HeldoutCase,
  heldoutPercent,
  heldoutReport,
  heldoutSetsReport,
  loadHeldoutCases,
  loadHeldoutSets,
  missesShown,
  scoreHeldout,
  scoreHeldoutSets,
} from "./testing/heldout";

const VALID_EXPECTED = {
  atom: "app-misc/hello-2.10",
  status: "failed",
  phase: "compile",
  kind: "compile",
  primary: { line: 2, text: "hello.c:3:1: error: expected ';'" },
  infra: null,
  notes: "first compiler error",
  source: "https://example.org/issue/1",
};
const VALID_LOG =
  ">>> Compiling source in /var/tmp/portage/app-misc/hello-2.10/work ...\nhello.c:3:1: error: expected ';'\n";

const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes one case folder under `dir` from the given files (undefined = file absent). */
function writeCase(dir: string, name: string, files: { log?: string; expected?: string }): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  if (files.log !== undefined) writeFileSync(path.join(dir, name, "build.log"), files.log);
  if (files.expected !== undefined) writeFileSync(path.join(dir, name, "expected.json"), files.expected);
}

/** A corpus directory with one case, written from the given files (undefined = file absent). */
function scratchCorpus(files: { log?: string; expected?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "heldout-"));
  scratchDirs.push(dir);
  writeCase(dir, "compile-case", files);
  return dir;
}

/** Two set folders, heldout and heldout2, each with the given cases. */
function scratchSets(
  first: Record<string, { log?: string; expected?: string }>,
  second: Record<string, { log?: string; expected?: string }>,
) {
  const root = mkdtempSync(path.join(tmpdir(), "heldout-sets-"));
  scratchDirs.push(root);
  const sets = [
    { name: "heldout", dir: path.join(root, "heldout") },
    { name: "heldout2", dir: path.join(root, "heldout2") },
  ];
  for (const [set, cases] of [
    [sets[0], first],
    [sets[1], second],
  ] as const) {
    mkdirSync(set.dir);
    for (const [name, files] of Object.entries(cases)) writeCase(set.dir, name, files);
  }
  return sets;
}

const GOOD_CASE = { log: VALID_LOG, expected: JSON.stringify(VALID_EXPECTED) };

describe("held-out corpus", () => {
  test("has at least 40 cases, each with build.log and a valid expected.json", () => {
    const cases = loadHeldoutCases();
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.some((c) => c.expected.status === "succeeded")).toBe(true);
  });

  test("the loader accepts a well-formed case", () => {
    const dir = scratchCorpus({ log: VALID_LOG, expected: JSON.stringify(VALID_EXPECTED) });
    expect(loadHeldoutCases(dir)).toHaveLength(1);
  });

  test("the loader rejects a case without build.log or expected.json", () => {
    const noLog = scratchCorpus({ expected: JSON.stringify(VALID_EXPECTED) });
    expect(() => loadHeldoutCases(noLog)).toThrow(/build\.log is missing/);
    const noExpected = scratchCorpus({ log: VALID_LOG });
    expect(() => loadHeldoutCases(noExpected)).toThrow(/expected\.json is missing/);
  });

  test.each([
    ["an unknown kind", { ...VALID_EXPECTED, kind: "segfault" }],
    ["a missing source", { ...VALID_EXPECTED, source: undefined }],
    ["an extra field", { ...VALID_EXPECTED, title: "x" }],
    ["a success with a primary", { ...VALID_EXPECTED, status: "succeeded", kind: "none" }],
    ["a failure of kind none", { ...VALID_EXPECTED, kind: "none" }],
    ["a primary text that is not on that line", { ...VALID_EXPECTED, primary: { line: 1, text: "x" } }],
  ])("the loader rejects an expected.json with %s", (_label, expected) => {
    const dir = scratchCorpus({ log: VALID_LOG, expected: JSON.stringify(expected) });
    expect(() => loadHeldoutCases(dir)).toThrow(/held-out case compile-case/);
  });
});

describe("held-out scorer", () => {
  const testCase: HeldoutCase = {
    name: "compile-case",
    logText: VALID_LOG,
    expected: { ...VALID_EXPECTED, status: "failed", kind: "compile" },
  };
  const stub =
    (answer: HeldoutAnalysis) =>
    (_text: string): HeldoutAnalysis =>
      answer;

  test("counts a full match as a hit on every metric", () => {
    const score = scoreHeldout(
      [testCase],
      stub({
        status: "failed",
        kind: "compile",
        primary: { ...VALID_EXPECTED.primary, ruleId: "x" },
        infra: null,
      }),
    );
    expect(score.hits).toEqual({ primary: 1, kind: 1, status: 1, infra: 1 });
    expect(heldoutReport(score)).toEqual([
      "held-out: primary 100.0 % (1/1), kind 100.0 %, status 100.0 %, infra 100.0 %",
    ]);
  });

  test("reports each wrong metric of a miss on its own line", () => {
    const wrong = stub({
      status: "succeeded",
      kind: "none",
      primary: null,
      infra: { reason: "oom", line: 1, text: "x" },
    });
    const score = scoreHeldout([testCase], wrong);
    expect(score.hits).toEqual({ primary: 0, kind: 0, status: 0, infra: 0 });
    const [summary, miss] = heldoutReport(score);
    expect(summary).toContain("primary 0.0 % (0/1)");
    expect(miss).toContain("primary got none, want 2");
    expect(miss).toContain("kind got none, want compile");
    expect(miss).toContain("infra got oom, want none");
  });
});

describe("held-out sets", () => {
  test("lists every set, in report order", () => {
    expect(HELDOUT_SETS.map((set) => set.name)).toEqual([
      "heldout",
      "heldout2",
      "heldout3",
      "heldout4",
      "heldout5",
      "heldout6",
      "heldout7",
      "heldout8",
      "heldout9",
      "heldout10",
      "heldout11",
      "heldout12",
      "heldout13",
      "heldout14",
      "heldout15",
      "heldout16",
      "heldout17",
      "heldout18",
      "heldout19",
      "heldout20",
      "heldout21",
      "heldout22",
      "heldout23",
      "heldout24",
      "heldout25",
      "heldout26",
      "heldout27",
      "heldout28",
      "heldout29",
      "heldout30",
      "heldout31",
      "heldout32",
      "heldout33",
      "heldout34",
      "heldout35",
      "heldout36",
      "heldout37",
      "heldout38",
      "heldout39",
      "heldout40",
      "heldout41",
      "heldout42",
      "heldout43",
      "heldout44",
      "heldout45",
      "heldout46",
      "heldout47",
      "heldout48",
      "heldout49",
      "heldout50",
      "heldout51",
      "heldout52",
      "heldout53",
      "heldout54",
      "heldout55",
      "heldout56",
      "heldout57",
      "heldout58",
      "heldout59",
      "heldout60",
      "heldout61",
      "heldout62",
      "heldout63",
      "heldout64",
      "heldout65",
      "heldout66",
      "heldout67",
      "heldout68",
      "heldout69",
      "heldout70",
      "heldout71",
      "heldout72",
      "heldout73",
      "heldout74",
      "heldout75",
      "heldout76",
      "heldout77",
      "heldout78",
      "heldout79",
      "heldout80",
      "heldout81",
      "heldout82",
      "heldout83",
      "heldout84",
      "heldout85",
      "heldout86",
      "heldout87",
      "heldout88",
      "heldout89",
      "heldout90",
      "heldout91",
      "heldout92",
      "heldout93",
      "heldout94",
      "heldout95",
      "heldout96",
      "heldout97",
      "heldout98",
      "heldout99",
      "heldout100",
      "heldout101",
      "heldout102",
      "heldout103",
      "heldout104",
      "heldout105",
      "heldout106",
      "heldout107",
      "heldout108",
      "heldout109",
      "heldout110",
      "heldout111",
      "heldout112",
      "heldout113",
      "heldout114",
      "heldout115",
      "heldout116",
      "heldout117",
      "heldout118",
      "heldout119",
      "heldout120",
      "heldout121",
      "heldout122",
      "heldout123",
    ]);
  });

  // What each set holds is what its sources gave (see each MANIFEST.md): heldout5,
  // heldout7 and heldout8 have no infra case, heldout9 no success (stored pastes are
  // the first ~2,000 characters of a page, so a finished emerge rarely fits), and
  // heldout7 (38), heldout8 (30), heldout11 (30), heldout12 (28), heldout13 (23), heldout14 (15, no success
  // and no infra case among them), heldout15 (3: Bugzilla pages are
  // stored cut or with their line breaks collapsed), heldout16 (13, no success), heldout17 (25)
  // and heldout18 (25; neither has an infra case), heldout19 (20; no success, no infra case) and
  // heldout20 (22, no infra case), heldout21 (24, no infra case), heldout22 (7: stored pages other than
  // Bugzilla rarely keep a log), heldout23 (27, no infra case), heldout24 (30, no success: patch headers quote
  // failures), heldout25 (27, no infra case), heldout26 (29) and heldout27 (18, no infra case; ~70 % of the
  // threads found were used before), heldout28 (18: distributions built with Portage other than Gentoo,
  // no infra case), heldout29 (25, no infra case: the file index is nearly used up for Portage markers) and
  // heldout30 (12: upstream threads rarely paste a whole Portage failure), heldout31 (14, no infra case: linked
  // pastes store only a page's start), heldout32 (20, no success, no infra case) and heldout33 (30, no infra
  // case: commit messages quote what a commit fixes), heldout34 (29, no success, no infra case) and heldout35
  // (30), heldout36 (30, no success: commit messages quote failures), heldout37 (25), heldout38 (30) and
  // heldout39 (10, all depend-phase eclass failures: recent threads' stored chunks rarely hold the cause),
  // heldout40 (28, no success, no infra case: commit messages quote failures), heldout41 (25, no infra case: ~90 % of
  // the threads found were used before), heldout42 (4: committed files are used up), heldout43 (5, resolver output
  // only: few mailing-list archive pages are stored), heldout44 (27) and heldout45 (14, no infra case: queries in
  // other languages mostly return the English threads used before), heldout46 (21, no infra case: the transitions'
  // Gentoo threads were mostly used by heldout25), heldout47 (10, no success, no infra case: trackers and forums
  // other than GitHub are used up), heldout48 (19, no infra case), heldout49 (25, no success, no infra case),
  // heldout50 (22, no infra case), heldout51 (22: ~3/4 of the threads found were used before), heldout52 (28),
  // heldout53 (24, no infra case) and heldout54 (19, no infra case: ~140 of ~170 threads found were used before),
  // heldout55 (19, no infra case: ~100 of ~150 threads found were used before), heldout56 (23: ~105 of ~165) and
  // heldout57 (24, no infra case: ~110 of ~170) and heldout58 (18, no build-step failure: ~120 of ~190), heldout59 (30,
  // no infra case: commit messages quote compiler, linker and test output) and
  // heldout60 (12, no infra case: of ~150 gentoo/gentoo threads, 31 used before and ~100 without a log),
  // heldout61 and heldout62 (3 each, no success, no infra case: of ~90 Bugzilla pages the store holds, most have their
  // line breaks collapsed or no log), heldout63 (27, no infra case) and heldout64 (16, no infra case: commit messages
  // quote compiler, linker and test output; the second list shared a third of its usable messages with the first) and
  // heldout65 (20, no infra case: ~33 usable messages of ~2,000 that name Gentoo) and heldout66 (22, no infra case:
  // the brief's list gave 7, projects the helper added gave 15), heldout67 (15, no infra case: KDE's upstream fixes
  // describe failures in prose) and heldout68 (7, no infra case: 7 usable messages of 316 tied to Gentoo) ran dry
  // before 40. Session 16's mail and web veins: heldout70 (13, no infra case: most non-vger list archives are not
  // stored; alsa-devel's GitHub bridge, freedesktop Bugzilla mail and Gentoo developers' qemu patches gave these) and
  // heldout71 (9, no infra case: web pages outside Bugzilla and GitHub, mostly resolver output) ran dry before 40;
  // heldout69 (59, no infra case) is vger list mail; heldout72 (12, no infra case: the big vger lists reachable by
  // exact strings only, and Gentoo people's mail without a Gentoo marker) ran dry before 40. Session 17's commit
  // messages: heldout73 (25), heldout74 (20), heldout75 (15), heldout76 (6) and heldout77 (6), no infra case and
  // heldout73, 74 and 77 no success (commit messages quote failures; ~1 usable message per 5 repositories read, ~1 per
  // 12 in the last two lists), ran dry before 40; heldout78 (29) and heldout79 (27), Gentoo packagers' threads
  // (no infra case: about 70 of the ~170 threads met were used before), heldout80 (12, no success: ~40 of ~70
  // threads of other Portage-built distributions were used before) and heldout81 (25: 57 threads used before),
  // heldout82 (20, no infra case: 33 of 106 gentoo/gentoo threads used before) and heldout83 (21, no success, no
  // infra case: ~50 overlay threads used before), heldout84 (17) and heldout85 (12; neither has a success or an infra
  // case: 12 and 27 threads used before) ran dry before 40. Session 18's: heldout86 (15) and heldout91 (18; no infra case,
  // heldout91 no success: ~1 usable commit message per 15 repositories read), heldout87 (17, no infra case: ~31 of ~115
  // test-phase threads used before), heldout88 (9, no infra case: long Portage logs survive only as files committed to
  // repositories), heldout89 (25, no success, no infra case), heldout90 (33, no infra case: ~75 of ~150 threads used
  // before) and heldout92 (9, no success, no infra case: few Portage logs from non-Linux hosts are stored) ran dry before 40; heldout93 (2, no success, no infra case) and
  // heldout94 (13) stopped when the session's search budget ran out. Session 19's: heldout95 (10, no infra case: ~45 threads
  // met were used before), heldout96 (19, no success, no infra case: over 30 used before), heldout97 (16, no infra case:
  // one usable commit message per ~9 repositories read) and heldout98 (22, no infra case: ~90 threads used before) ran
  // dry before 40. Session 20's: heldout99 (2: whole logs in the stores were used by heldout88 and others), heldout100 (13,
  // no infra case: ~25 threads met were used before), heldout101 (8, no infra case: ~3,000 repositories read before)
  // heldout102 (3 successes, below) and heldout103 (2, no success, no infra case: Gentoo developers' upstream
  // commits, ~150 repositories read before) and heldout104 (11, no infra case: ~45 of ~60 threads met were used
  // before) ran dry before 40. Session 21's: heldout105 (2, no success, no infra case: ~30 threads about the 2025-2026
  // transitions met, 14 used before, most without a log) and heldout106 (4, no success, no infra case: ~35 threads in
  // other languages met, 14 used before) and heldout107 (8, no success: ~70 of ~110 threads, pages and files met were
  // used before), heldout108 (11, no infra case: 46 of ~85 threads met were used before) and heldout109 (13, no
  // success, no infra case: 18 of ~50 threads met were used before) and heldout110 (12, no success, no infra case: 10
  // of ~30 sources met were used before) and heldout111 (12, no success, no infra case: ~75 of ~120 threads met were
  // used before) and heldout112 (6, no success, no infra case: ~50 of ~90 threads met were used before) ran dry before
  // 40. Session 22's: heldout113 (2, no success, no infra case: Flatcar, ChromiumOS, Prefix, Pentoo and other
  // Portage-based distributions' threads met were used before or cut) and heldout114 (4, no success, no infra case:
  // `find_string` answers the same files, nearly all used before; one case removed for provenance) and heldout115 (3, no
  // success: the pages store holds a page's first ~2,000 characters, and its failures were used before) and heldout116
  // (7, no success, no infra case: ~90 threads in other languages met were used before or too short) and heldout117 (10,
  // no success, no infra case: ~20 of ~45 kernel-module threads met were used before) and heldout118 (9, no infra case:
  // ~40 of ~75 toolchain threads met were used before) and heldout119 (12, no success, no infra case: ~35 of ~75 GPU and
  // science threads met were used before) and heldout120 (9, no infra case: ~45 of ~110 multimedia and games threads met
  // were used before) and heldout121 (7, no success, no infra case: most server threads met were other distributions' or
  // used before) and heldout122 (12, no success, no infra case: ~50 of ~90 desktop threads met were used before) and
  // heldout123 (12, no success: base-system threads are mostly other distributions'; ~23 met were used before) ran dry
  // before 40.
  test.each([
    ["heldout2", HELDOUT2_DIR, 40, true, true],
    ["heldout3", HELDOUT3_DIR, 40, true, true],
    ["heldout4", HELDOUT4_DIR, 40, true, true],
    ["heldout5", HELDOUT5_DIR, 40, true, false],
    ["heldout6", HELDOUT6_DIR, 40, true, true],
    ["heldout7", HELDOUT7_DIR, 38, true, false],
    ["heldout8", HELDOUT8_DIR, 30, true, false],
    ["heldout9", HELDOUT9_DIR, 40, false, true],
    ["heldout10", HELDOUT10_DIR, 40, true, true],
    ["heldout11", HELDOUT11_DIR, 30, true, true],
    ["heldout12", HELDOUT12_DIR, 28, true, true],
    ["heldout13", HELDOUT13_DIR, 23, true, true],
    ["heldout14", HELDOUT14_DIR, 15, false, false],
    ["heldout15", HELDOUT15_DIR, 3, false, false],
    ["heldout16", HELDOUT16_DIR, 13, false, true],
    ["heldout17", HELDOUT17_DIR, 25, true, false],
    ["heldout18", HELDOUT18_DIR, 25, true, false],
    ["heldout19", HELDOUT19_DIR, 20, false, false],
    ["heldout20", HELDOUT20_DIR, 22, true, false],
    ["heldout21", HELDOUT21_DIR, 24, true, false],
    ["heldout22", HELDOUT22_DIR, 7, true, false],
    ["heldout23", HELDOUT23_DIR, 27, true, false],
    ["heldout24", HELDOUT24_DIR, 30, false, false],
    ["heldout25", HELDOUT25_DIR, 27, true, false],
    ["heldout26", HELDOUT26_DIR, 29, true, true],
    ["heldout27", HELDOUT27_DIR, 18, true, false],
    ["heldout28", HELDOUT28_DIR, 18, true, false],
    ["heldout29", HELDOUT29_DIR, 25, true, false],
    ["heldout30", HELDOUT30_DIR, 12, true, true],
    ["heldout31", HELDOUT31_DIR, 14, true, false],
    ["heldout32", HELDOUT32_DIR, 20, false, false],
    ["heldout33", HELDOUT33_DIR, 30, true, false],
    ["heldout34", HELDOUT34_DIR, 29, false, false],
    ["heldout35", HELDOUT35_DIR, 30, true, true],
    ["heldout36", HELDOUT36_DIR, 30, false, true],
    ["heldout37", HELDOUT37_DIR, 25, true, true],
    ["heldout38", HELDOUT38_DIR, 30, true, true],
    ["heldout39", HELDOUT39_DIR, 10, false, false],
    ["heldout40", HELDOUT40_DIR, 28, false, false],
    ["heldout41", HELDOUT41_DIR, 25, true, false],
    ["heldout42", HELDOUT42_DIR, 4, false, false],
    ["heldout43", HELDOUT43_DIR, 5, false, false],
    ["heldout44", HELDOUT44_DIR, 27, true, true],
    ["heldout45", HELDOUT45_DIR, 14, true, false],
    ["heldout46", HELDOUT46_DIR, 21, true, false],
    ["heldout47", HELDOUT47_DIR, 10, false, false],
    ["heldout48", HELDOUT48_DIR, 19, true, false],
    ["heldout49", HELDOUT49_DIR, 25, false, false],
    ["heldout50", HELDOUT50_DIR, 22, true, false],
    ["heldout51", HELDOUT51_DIR, 22, true, true],
    ["heldout52", HELDOUT52_DIR, 28, true, true],
    ["heldout53", HELDOUT53_DIR, 24, true, false],
    ["heldout54", HELDOUT54_DIR, 19, true, false],
    ["heldout55", HELDOUT55_DIR, 19, true, false],
    ["heldout56", HELDOUT56_DIR, 23, true, true],
    ["heldout57", HELDOUT57_DIR, 24, true, false],
    ["heldout58", HELDOUT58_DIR, 18, true, true],
    ["heldout59", HELDOUT59_DIR, 30, true, false],
    ["heldout60", HELDOUT60_DIR, 12, true, false],
    ["heldout61", HELDOUT61_DIR, 3, false, false],
    ["heldout62", HELDOUT62_DIR, 3, false, false],
    ["heldout63", HELDOUT63_DIR, 27, true, false],
    ["heldout64", HELDOUT64_DIR, 16, true, false],
    ["heldout65", HELDOUT65_DIR, 20, true, false],
    ["heldout66", HELDOUT66_DIR, 22, true, false],
    ["heldout67", HELDOUT67_DIR, 15, true, false],
    ["heldout68", HELDOUT68_DIR, 7, true, false],
    ["heldout69", HELDOUT69_DIR, 59, true, false],
    ["heldout70", HELDOUT70_DIR, 13, true, false],
    ["heldout71", HELDOUT71_DIR, 9, true, false],
    ["heldout72", HELDOUT72_DIR, 12, true, false],
    ["heldout73", HELDOUT73_DIR, 25, false, false],
    ["heldout74", HELDOUT74_DIR, 20, false, false],
    ["heldout75", HELDOUT75_DIR, 15, true, false],
    ["heldout76", HELDOUT76_DIR, 6, true, false],
    ["heldout77", HELDOUT77_DIR, 6, false, false],
    ["heldout78", HELDOUT78_DIR, 29, true, false],
    ["heldout79", HELDOUT79_DIR, 27, true, false],
    ["heldout80", HELDOUT80_DIR, 12, false, true],
    ["heldout81", HELDOUT81_DIR, 25, true, true],
    ["heldout82", HELDOUT82_DIR, 20, true, false],
    ["heldout83", HELDOUT83_DIR, 21, false, false],
    ["heldout84", HELDOUT84_DIR, 17, false, false],
    ["heldout85", HELDOUT85_DIR, 12, false, false],
    ["heldout86", HELDOUT86_DIR, 15, true, false],
    ["heldout87", HELDOUT87_DIR, 17, true, false],
    ["heldout88", HELDOUT88_DIR, 9, true, false],
    ["heldout89", HELDOUT89_DIR, 25, false, false],
    ["heldout90", HELDOUT90_DIR, 33, true, false],
    ["heldout91", HELDOUT91_DIR, 18, false, false],
    ["heldout92", HELDOUT92_DIR, 9, false, false],
    ["heldout93", HELDOUT93_DIR, 2, false, false],
    ["heldout94", HELDOUT94_DIR, 13, true, true],
    ["heldout95", HELDOUT95_DIR, 10, true, false],
    ["heldout96", HELDOUT96_DIR, 19, false, false],
    ["heldout97", HELDOUT97_DIR, 16, true, false],
    ["heldout98", HELDOUT98_DIR, 22, true, false],
    ["heldout99", HELDOUT99_DIR, 2, true, true],
    ["heldout100", HELDOUT100_DIR, 13, true, false],
    ["heldout101", HELDOUT101_DIR, 8, true, false],
    ["heldout103", HELDOUT103_DIR, 2, false, false],
    ["heldout104", HELDOUT104_DIR, 11, true, false],
    ["heldout105", HELDOUT105_DIR, 2, false, false],
    ["heldout106", HELDOUT106_DIR, 4, false, false],
    ["heldout107", HELDOUT107_DIR, 8, false, true],
    ["heldout108", HELDOUT108_DIR, 11, true, false],
    ["heldout109", HELDOUT109_DIR, 13, false, false],
    ["heldout110", HELDOUT110_DIR, 12, false, false],
    ["heldout111", HELDOUT111_DIR, 12, false, false],
    ["heldout112", HELDOUT112_DIR, 6, false, false],
    ["heldout113", HELDOUT113_DIR, 2, false, false],
    ["heldout114", HELDOUT114_DIR, 4, false, false],
    ["heldout115", HELDOUT115_DIR, 3, false, true],
    ["heldout116", HELDOUT116_DIR, 7, false, false],
    ["heldout117", HELDOUT117_DIR, 10, false, false],
    ["heldout118", HELDOUT118_DIR, 9, true, false],
    ["heldout119", HELDOUT119_DIR, 12, false, false],
    ["heldout120", HELDOUT120_DIR, 9, true, false],
    ["heldout121", HELDOUT121_DIR, 7, false, false],
    ["heldout122", HELDOUT122_DIR, 12, false, false],
    ["heldout123", HELDOUT123_DIR, 12, false, true],
  ])(
    "the set %s has its minimum of cases, failures (and successes, infra where it has them), each well-formed",
    (name, dir, minCases, hasSuccess, hasInfra) => {
      const cases = loadHeldoutCases(dir, name);
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      expect(cases.some((c) => c.expected.status === "failed")).toBe(true);
      if (hasSuccess) expect(cases.some((c) => c.expected.status === "succeeded")).toBe(true);
      if (hasInfra) expect(cases.some((c) => c.expected.infra !== null)).toBe(true);
    },
  );

  // heldout102 (session 20: mailing lists, forums and trackers outside GitHub issues) found only pull-request
  // review comments quoting QA notices: successes only, so it has no failure to require.
  test("the set heldout102 has its 3 cases, every one a success", () => {
    const cases = loadHeldoutCases(HELDOUT102_DIR, "heldout102");
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(cases.every((c) => c.expected.status === "succeeded")).toBe(true);
  });

  test("no two sets share a case folder name or a source thread", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const set of loadHeldoutSets()) {
      for (const c of set.cases) {
        for (const key of [`folder ${c.name}`, `source ${c.expected.source}`]) {
          const other = seen.get(key);
          if (other !== undefined && other !== set.name) clashes.push(`${key} in ${other} and ${set.name}`);
          seen.set(key, set.name);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test("only the first set's misses are listed by default; the newer sets need HELDOUT_SHOW_MISSES", () => {
    expect(HELDOUT_SETS.filter((set) => missesShown(set.name, undefined)).map((set) => set.name)).toEqual([
      "heldout",
    ]);
    expect(missesShown("heldout3", "heldout2, heldout3")).toBe(true);
    expect(missesShown("heldout3", "heldout2")).toBe(false);
    expect(missesShown("heldout4", "heldout2, heldout3")).toBe(false);
    expect(missesShown("heldout4", "heldout4")).toBe(true);
    expect(missesShown("heldout5", "heldout2, heldout3, heldout4")).toBe(false);
    expect(missesShown("heldout5", "heldout5")).toBe(true);
    expect(missesShown("heldout6", "heldout2, heldout3, heldout4, heldout5")).toBe(false);
    expect(missesShown("heldout6", "heldout6")).toBe(true);
    expect(missesShown("heldout9", "heldout7, heldout8")).toBe(false);
    expect(missesShown("heldout9", "heldout9")).toBe(true);
  });

  test("loads every set of well-formed cases", () => {
    const sets = scratchSets({ "a-case": GOOD_CASE }, { "b-case": GOOD_CASE, "c-case": GOOD_CASE });
    expect(loadHeldoutSets(sets).map((set) => [set.name, set.cases.length])).toEqual([
      ["heldout", 1],
      ["heldout2", 2],
    ]);
  });

  test.each([
    [
      "a primary text that is not on that line",
      { log: VALID_LOG, expected: JSON.stringify({ ...VALID_EXPECTED, primary: { line: 1, text: "x" } }) },
    ],
    [
      "an unknown kind",
      { log: VALID_LOG, expected: JSON.stringify({ ...VALID_EXPECTED, kind: "segfault" }) },
    ],
    ["no build.log", { expected: JSON.stringify(VALID_EXPECTED) }],
    ["an expected.json that is not JSON", { log: VALID_LOG, expected: "{ not json" }],
  ])("a malformed heldout2 case (%s) is an error naming the case and the set", (_label, broken) => {
    const sets = scratchSets({ "a-case": GOOD_CASE }, { "b-case": GOOD_CASE, "broken-case": broken });
    expect(() => loadHeldoutSets(sets)).toThrow(/held-out case broken-case \(heldout2\)/);
  });

  test("a missing or empty set is an error, not a zero score", () => {
    const sets = scratchSets({ "a-case": GOOD_CASE }, {});
    expect(() => loadHeldoutSets(sets)).toThrow(/held-out set heldout2: no cases/);
    rmSync(sets[1].dir, { recursive: true });
    expect(() => loadHeldoutSets(sets)).toThrow(/held-out set heldout2: .* does not exist/);
  });

  test("the report prints each set's numbers and misses, then the combined numbers", () => {
    const sets = scratchSets(
      { "a-case": GOOD_CASE },
      {
        "b-case": GOOD_CASE,
        "c-case": { log: VALID_LOG, expected: JSON.stringify({ ...VALID_EXPECTED, kind: "link" }) },
      },
    );
    const answer: HeldoutAnalysis = {
      status: "failed",
      kind: "compile",
      primary: { ...VALID_EXPECTED.primary, ruleId: "x" },
      infra: null,
    };
    const score = scoreHeldoutSets(loadHeldoutSets(sets), () => answer);
    expect(score.combined.total).toBe(3);
    expect(score.combined.hits).toEqual({ primary: 3, kind: 2, status: 3, infra: 3 });
    expect(heldoutSetsReport(score, () => true)).toEqual([
      "heldout: primary 100.0 % (1/1), kind 100.0 %, status 100.0 %, infra 100.0 %",
      "heldout2: primary 100.0 % (2/2), kind 50.0 %, status 100.0 %, infra 100.0 %",
      "  miss c-case: kind got compile, want link",
      "held-out combined: primary 100.0 % (3/3), kind 66.7 %, status 100.0 %, infra 100.0 %",
    ]);
    // By default a set that must stay unseen prints its numbers, never its miss lines.
    const hidden = heldoutSetsReport(score, (name) => missesShown(name, undefined)).join("\n");
    expect(hidden).not.toContain("c-case");
    expect(hidden).toContain("1 case(s) miss something; listed only with HELDOUT_SHOW_MISSES=heldout2");
    expect(heldoutSetsReport(score, (name) => missesShown(name, "heldout2")).join("\n")).toContain("c-case");
  });
});

// The lead flips HELDOUT_STRICT=1 once the analyzer meets the targets: each set on its own.
describe.skipIf(process.env.HELDOUT_STRICT !== "1")("held-out targets", () => {
  test.each(HELDOUT_SETS.map((set) => ({ name: set.name, set })))(
    "the analyzer meets the targets on $name (primary and kind at least 90 percent, status at least 95)",
    ({ set }) => {
      const score = scoreHeldout(loadHeldoutCases(set.dir, set.name));
      const report = heldoutReport(score, set.name).join("\n");
      expect(heldoutPercent(score, "primary"), report).toBeGreaterThanOrEqual(90);
      expect(heldoutPercent(score, "kind"), report).toBeGreaterThanOrEqual(90);
      expect(heldoutPercent(score, "status"), report).toBeGreaterThanOrEqual(95);
    },
  );
});
