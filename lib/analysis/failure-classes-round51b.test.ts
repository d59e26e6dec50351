import { describe, expect, test } from "vitest";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, phaseLog, phaseLogLine, readingOf, realRow } from "./testing/failure-class";
import type { LogAnalysis } from "./types";

// Round 51b (helper rules51b): shapes a tinderbox meets that the analyzer read poorly: mocha's list of failures below
// its totals, rebar3's eunit formatter's `Failures:` list, and flex's complaints about a scanner. Each is written from
// a real public log (fixtures/corpus/real rows 1100-1104); the variants below are made up in the tools' own formats.
// Held-out logs not read.
const analyze = analyzeLines;
const inLongLog = phaseLog;
const at = phaseLogLine;

/** A deterministic pseudo-random source (tests must not flake). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const reading = (r: LogAnalysis) => ({ status: r.status, kind: r.kind, primary: r.primary, title: r.title });

/** StreamingLog fed the lines at odd chunk sizes reads them as analyzeLogText does. */
function expectStreamedAlike(lines: readonly string[]): void {
  const whole = reading(analyze(lines));
  const bytes = Buffer.from(`${lines.join("\n")}\n`, "utf8");
  const next = random(51);
  for (const largest of [1, 3, 7, 64, 4096]) {
    const streamed = new StreamingLog();
    for (let from = 0; from < bytes.length; ) {
      const size = 1 + Math.floor(next() * largest);
      streamed.push(bytes.subarray(from, from + size));
      from += size;
    }
    expect(reading(streamed.finish()), `chunks up to ${largest}`).toEqual(whole);
  }
}

const MOCHA = "test-mocha-failing-list-assertion-vscode-mocha-test-runner";
const REBAR3 = "test-rebar3-eunit-formatter-failures-meck-test";
const FLEX_VERILATOR = "compile-flex-eof-inside-action-unrecognized-rule-verilator";
const FLEX_TOO_COMPLICATED = "compile-flex-input-rules-too-complicated-blazon-parser";
const FLEX_OLD = "compile-flex-old-quoted-location-unrecognized-rule-doxygen";

const MOCHA_RUN = [
  "> foo@1.0.0 test",
  "> mocha test/",
  "",
  "",
  "  Parser",
  "    ✔ parses a number",
  "    1) parses a string",
  "  Lexer",
  "    ✔ reads a token",
  "    2) reads a comment",
  "",
  "",
  "  2 passing (14ms)",
  "  1 pending",
  "  2 failing",
  "",
  "  1) Parser",
  "       parses a string:",
  "",
  "      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:",
  "",
  "'a' !== 'b'",
  "",
  "      at Context.<anonymous> (test/parser.js:12:12)",
  "",
  "  2) Lexer",
  "       reads a comment:",
  "     Error: Timeout of 2000ms exceeded.",
  "",
];

describe("3. mocha's list of failures below its totals", () => {
  test("row 1100: the list's first entry, not the `1 failing` totals (kind test)", () => {
    const reading = readingOf(realRow(MOCHA));
    expect(reading).toMatchObject({ status: "failed", line: 10, ruleId: "test-mocha-failed", kind: "test" });
    expect(reading.failedTests).toContain("Utility");
  });

  test("a run with pending tests and two failures: the first entry, bare and inside a long log", () => {
    const bare = analyze(MOCHA_RUN);
    expect(bare.primary?.line).toBe(17);
    expect(bare.primary?.text).toBe("1) Parser");
    expect(bare.kind).toBe("test");
    const full = analyze(inLongLog(MOCHA_RUN, "test", "npm test failed"));
    expect(full.primary?.line).toBe(at(16));
    expect(full.kind).toBe("test");
    expect(full.phase).toBe("test");
  });

  test("a hook's failure and a top-level test without a suite are entries too", () => {
    const hook = analyze([
      "  0 passing (3ms)",
      "  1 failing",
      "",
      '  1) "before all" hook for "connects":',
      "     Error: ECONNREFUSED",
    ]);
    expect(hook.primary?.text).toBe('1) "before all" hook for "connects":');
    expect(hook.primary?.ruleId).toBe("test-mocha-failed");
    const top = analyze([
      "  1 passing (3ms)",
      "  1 failing",
      "",
      "  1) adds numbers:",
      "     AssertionError: 3 == 4",
    ]);
    expect(top.primary?.line).toBe(4);
    expect(top.failedTests.map((t) => t.name)).toContain("adds numbers");
  });

  test("StreamingLog at odd chunk sizes reads the entry as the whole text does", () => {
    expectStreamedAlike(inLongLog(MOCHA_RUN, "test", "npm test failed"));
    expectStreamedAlike(MOCHA_RUN);
  });

  test("near misses: a paste cut after the totals keeps them; Jest's totals wait for no list", () => {
    const cut = analyze(["  3 passing (2s)", "  1 failing", ""]);
    expect(cut.primary?.ruleId).toBe("test-js-totals-failed");
    const npm = analyze([
      "  3 passing (2s)",
      "  1 failing",
      "",
      "npm ERR! Test failed.  See above for more details.",
    ]);
    expect(npm.primary?.ruleId).not.toBe("test-mocha-failed");
    expect(npm.status).toBe("failed");
    const jest = analyze([
      "Tests:       1 failed, 9 passed, 10 total",
      "Snapshots:   0 total",
      "Time:        1.2 s",
    ]);
    expect(jest.primary?.ruleId).toBe("test-js-totals-failed");
    // A numbered line with no totals above it is no test.
    expect(analyze(["  1) Parser", "       parses a string:"]).primary?.ruleId).not.toBe("test-mocha-failed");
  });
});

const REBAR3_RUN = [
  "===> Performing EUnit tests...",
  "..F.",
  "Failures:",
  "",
  "  1) foo_tests:bar_test/0",
  "     Failure/Error: ?assertEqual(1, foo:bar())",
  "       expected: 1",
  "            got: 2",
  "     %% /var/tmp/portage/dev-erlang/foo-1.0/work/foo-1.0/test/foo_tests.erl:12:in `foo_tests:-bar_test/0-fun-0-/0`",
  "  2) foo_tests:-list_test_/0-fun-4-/0:8",
  "     Failure/Error: ?assert(false)",
  "       expected: true",
  "            got: false",
  "",
  "Finished in 0.123 seconds",
  "4 tests, 2 failures",
  "===> Error running tests",
];

describe("4. rebar3's eunit formatter", () => {
  test("row 1101: the first failure's entry below `Failures:` and the application's name (kind test)", () => {
    const reading = readingOf(realRow(REBAR3));
    expect(reading).toMatchObject({
      status: "failed",
      line: 18,
      ruleId: "test-rebar3-eunit-failed",
      kind: "test",
    });
    expect(reading.failedTests).toContain("mt_reload_test:reload_test/0: module 'mt_reload_test'");
  });

  test("without an application line, bare and inside a long log under rebar3's die", () => {
    const bare = analyze(REBAR3_RUN);
    expect(bare.primary?.line).toBe(5);
    expect(bare.primary?.text).toBe("1) foo_tests:bar_test/0");
    const full = analyze(inLongLog(REBAR3_RUN, "test", "rebar3 eunit failed"));
    expect(full.primary?.line).toBe(at(4));
    expect(full.kind).toBe("test");
  });

  test("an anonymous fun's name is an entry too", () => {
    const result = analyze([
      "Failures:",
      "",
      "  1) list_of_test:-list_of_test_/0-fun-4-/0:8",
      "     Failure/Error: ?assert(false)",
    ]);
    expect(result.primary?.ruleId).toBe("test-rebar3-eunit-failed");
  });

  test("StreamingLog at odd chunk sizes reads the entry as the whole text does", () => {
    expectStreamedAlike(inLongLog(REBAR3_RUN, "test", "rebar3 eunit failed"));
  });

  test("near misses: RSpec's list, Check's totals and a header over other text are not rebar3's", () => {
    const rspec = analyze([
      "Failures:",
      "",
      "  1) Parser handles empty input",
      "     Failure/Error: expect(parse('')).to eq([])",
      "",
      "Finished in 0.01 seconds (files took 0.1 seconds to load)",
      "3 examples, 1 failure",
      "",
      "Failed examples:",
      "",
      "rspec ./spec/parser_spec.rb:12 # Parser handles empty input",
    ]);
    expect(rspec.primary?.ruleId).not.toBe("test-rebar3-eunit-failed");
    expect(rspec.status).toBe("failed");
    expect(analyze(["Failures:", "", "all good"]).status).toBe("succeeded");
    expect(analyze(["77%: Checks: 9, Failures: 2, Errors: 0", "", "  1) a:b"]).primary?.ruleId).not.toBe(
      "test-rebar3-eunit-failed",
    );
  });
});

describe("5. flex's complaints about a scanner", () => {
  test("rows 1102-1104: flex's first complaint (kind compile)", () => {
    const verilator = realRow(FLEX_VERILATOR);
    expect(verilator.primary?.line).toBe(4);
    expect(verilator.primary?.ruleId).toBe("flex-error");
    expect(verilator.kind).toBe("compile");
    const complicated = realRow(FLEX_TOO_COMPLICATED);
    expect(complicated.primary?.line).toBe(3);
    expect(complicated.primary?.ruleId).toBe("flex-error");
    const old = realRow(FLEX_OLD);
    expect(old.status).toBe("failed");
    expect(old.primary?.line).toBe(1);
    expect(old.kind).toBe("compile");
  });

  test("C++ scanners, flex's fatal errors and `%option` complaints, over make's echo in a long log", () => {
    for (const line of [
      "src/lexer.ll:88: bad character class",
      "flex: fatal internal error, exec of /usr/bin/m4 failed",
      "flex: could not create lex.yy.c",
      "/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/request-lexer.l:3: unrecognized %option: ansi-definitions",
      '"scan.lex", line 7: premature EOF',
    ]) {
      const lines = ["flex -o scan.c scan.l", line, "make[2]: *** [Makefile:500: scan.c] Error 1"];
      expect(analyze(lines).primary?.text, line).toBe(line);
      const full = analyze(inLongLog(lines, "compile", "emake failed"));
      expect(full.primary?.line, line).toBe(at(1));
      expect(full.kind, line).toBe("compile");
    }
  });

  test("StreamingLog at odd chunk sizes reads flex's line as the whole text does", () => {
    expectStreamedAlike(
      inLongLog(
        ["../verilog.l:1078: unrecognized rule", "make: *** [Makefile:1: x.c] Error 1"],
        "compile",
        "emake failed",
      ),
    );
  });

  test("near misses: flex's warnings, a linker named ld.lld, a URL with a port", () => {
    expect(analyze(["scan.l:12: warning, rule cannot be matched"]).status).toBe("succeeded");
    expect(analyze(["flex: warning, -s option given but default rule can be matched"]).status).toBe(
      "succeeded",
    );
    const under = analyze(
      inLongLog(
        ["scan.l:12: warning, rule cannot be matched", "parse.c:3:1: error: expected ';'"],
        "compile",
        "emake failed",
      ),
    );
    expect(under.primary?.ruleId).toBe("cc-error");
    expect(analyze(["ld.lld: error: undefined symbol: foo"]).primary?.ruleId).not.toBe("flex-error");
    expect(analyze(["Fetching https://mirror.example.l:8080/x.tar.gz"]).primary?.ruleId ?? null).not.toBe(
      "flex-error",
    );
  });
});
