// The held-out corpus: every case loads and is well-formed, the scorer counts
// what it should, and (HELDOUT_STRICT=1) the analyzer meets the targets on logs
// it was never tuned on. The targets are skipped by default until the lead
// decides they are met; the report in `npm run bench:heldout` shows the gap.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import {
  type HeldoutAnalysis,
  type HeldoutCase,
  heldoutPercent,
  heldoutReport,
  loadHeldoutCases,
  scoreHeldout,
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

/** A corpus directory with one case, written from the given files (undefined = file absent). */
function scratchCorpus(files: { log?: string; expected?: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "heldout-"));
  scratchDirs.push(dir);
  mkdirSync(path.join(dir, "compile-case"));
  if (files.log !== undefined) writeFileSync(path.join(dir, "compile-case", "build.log"), files.log);
  if (files.expected !== undefined)
    writeFileSync(path.join(dir, "compile-case", "expected.json"), files.expected);
  return dir;
}

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

// The lead flips HELDOUT_STRICT=1 once the analyzer meets the targets.
test.skipIf(process.env.HELDOUT_STRICT !== "1")(
  "the analyzer meets the held-out targets (primary ≥ 90 %, kind ≥ 90 %, status ≥ 95 %)",
  () => {
    const score = scoreHeldout(loadHeldoutCases());
    const report = heldoutReport(score).join("\n");
    expect(heldoutPercent(score, "primary"), report).toBeGreaterThanOrEqual(90);
    expect(heldoutPercent(score, "kind"), report).toBeGreaterThanOrEqual(90);
    expect(heldoutPercent(score, "status"), report).toBeGreaterThanOrEqual(95);
  },
);
