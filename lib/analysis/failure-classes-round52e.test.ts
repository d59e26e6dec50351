import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  expectStreamedAlike,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
  realRowLines,
} from "./testing/failure-class";

// Round 52e (helper rules52e): Ruby's test runners as LABELLING.md convention 19 reads them: minitest 4's and
// test/unit's `test_x(TestClass) [file:N]:` under `  1) Failure:`, RSpec's `Failures:` list (its first numbered
// example) and RSpec's `Failure/Error:` when a paste cut the example's line. Each is written from a real public log
// (fixtures/corpus/real rows 1180-1183); the variants below are made up in the tools' own formats. Held-out logs not
// read.
const analyze = analyzeLines;
const inLongLog = phaseLog;
const at = phaseLogLine;

const MINITEST4 = "test-minitest4-failure-test-name-class-form-bbq";
const RSPEC_LIST = "test-rspec-failures-numbered-example-failed-examples-bbfs";
const RSPEC_CUT = "test-rspec-failure-error-numbered-example-cut-rspec-rails";
const RSPEC_NO_HEADER = "test-rspec-numbered-example-failures-header-cut-little-plugger";
const REBAR3 = "test-rebar3-eunit-formatter-failures-meck-test";

const MINITEST4_RUN = [
  "Run options: --seed 4711",
  "",
  "# Running tests:",
  "",
  "..E.F.",
  "",
  "Finished tests in 0.012345s, 486.0267 tests/s, 567.0311 assertions/s.",
  "",
  "  1) Error:",
  "test_parse_empty(TestParser):",
  "NoMethodError: undefined method `strip' for nil:NilClass",
  "    /var/tmp/portage/dev-ruby/foo-1.0/work/ruby20/foo-1.0/lib/foo/parser.rb:12:in `parse'",
  "",
  "  2) Failure:",
  "test_0002_reads a token(Foo::Lexer) [/var/tmp/portage/dev-ruby/foo-1.0/work/ruby20/foo-1.0/test/test_lexer.rb:30]:",
  "Expected: 1",
  "  Actual: 2",
  "",
  "6 tests, 7 assertions, 1 failures, 1 errors, 0 skips",
];

describe("1. minitest 4's and test/unit's `test_x(TestClass)` under `  1) Failure:`", () => {
  test("row 1180: the test's line under the counter, kind test, named as minitest 5's form is", () => {
    expect(readingOf(realRow(MINITEST4))).toMatchObject({
      status: "failed",
      line: 8,
      ruleId: "test-minitest-failed",
      kind: "test",
      failedTests: ["BbqTestUnitTest#test_api_client"],
    });
  });

  test("an error with no location (`test_x(TestClass):`) and a spec's numbered test with spaces", () => {
    const run = analyze(MINITEST4_RUN);
    expect(readingOf(run)).toMatchObject({ line: 10, ruleId: "test-minitest-failed", kind: "test" });
    expect(run.primary?.text).toBe("test_parse_empty(TestParser):");
    expect(readingOf(run).failedTests).toEqual([
      "TestParser#test_parse_empty",
      "Foo::Lexer#test_0002_reads a token",
    ]);
  });

  test("under src_test's banner in a long log, and through StreamingLog", () => {
    const log = inLongLog(MINITEST4_RUN, "test", "tests failed");
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(9),
      ruleId: "test-minitest-failed",
      kind: "test",
      phase: "test",
    });
    expectStreamedAlike(log);
    expectStreamedAlike(realRowLines(MINITEST4));
  });

  test("minitest 5's form reads as before", () => {
    const run = analyze(["  1) Failure:", "TestParser#test_empty [test/test_parser.rb:12]:", "Expected: 1"]);
    expect(readingOf(run)).toMatchObject({
      line: 2,
      ruleId: "test-minitest-failed",
      failedTests: ["TestParser#test_empty"],
    });
  });

  test("near misses: the test line without its counter, test-unit's own `Failure:` line", () => {
    const alone = analyze(["test_parse(TestParser) [test/test_parser.rb:12]:", "Expected: 1"]);
    expect(alone.primary?.ruleId).not.toBe("test-minitest-failed");
    expect(alone.failedTests).toEqual([]);
    const testUnit = analyze([
      "Failure: test_parse(TestParser) [test/test_parser.rb:12]:",
      "<1> expected but was",
      "<2>.",
    ]);
    expect(readingOf(testUnit)).toMatchObject({ line: 1, ruleId: "test-ruby-test-unit-fault" });
    // Under the counter, a line that names no test (`test…(…)`) is no test's.
    const other = analyze(["  1) Failure:", "Expected: 1", "  Actual: 2"]);
    expect(other.failedTests).toEqual([]);
  });
});

const RSPEC3_RUN = [
  "Randomized with seed 12345",
  "..F..F.",
  "",
  "Failures:",
  "",
  "  1) Parser#parse handles empty input",
  "     Failure/Error: expect(parser.parse('')).to eq([])",
  "",
  "       expected: []",
  "            got: nil",
  "",
  "       (compared using ==)",
  "     # ./spec/parser_spec.rb:12:in `block (3 levels) in <top (required)>'",
  "",
  "  2) Lexer reads a comment",
  "     Failure/Error: expect(lexer.next).to be_comment",
  "       expected `#<Token>.comment?` to be truthy, got false",
  "     # ./spec/lexer_spec.rb:30:in `block (2 levels) in <top (required)>'",
  "",
  "Finished in 0.01234 seconds (files took 0.2 seconds to load)",
  "7 examples, 2 failures",
  "",
  "Failed examples:",
  "",
  "rspec ./spec/parser_spec.rb:10 # Parser#parse handles empty input",
  "rspec ./spec/lexer_spec.rb:28 # Lexer reads a comment",
  "",
  "Randomized with seed 12345",
];

describe("2. RSpec's `Failures:` list: the first numbered example", () => {
  test("row 1181: the first example, not its `Failure/Error:` line nor the `rspec ./` row; each test once", () => {
    expect(readingOf(realRow(RSPEC_LIST))).toMatchObject({
      status: "failed",
      line: 3,
      ruleId: "test-rspec-failures-example",
      kind: "test",
      failedTests: [
        "FileCopy::ssh_connect should raise error when username not specified",
        "FileCopy::ssh_connect should raise error when server not specified",
      ],
    });
  });

  test("RSpec 3's run: bare, under src_test's banner in a long log, and through StreamingLog", () => {
    const bare = analyze(RSPEC3_RUN);
    expect(readingOf(bare)).toMatchObject({
      line: 6,
      ruleId: "test-rspec-failures-example",
      kind: "test",
      failedTests: ["Parser#parse handles empty input", "Lexer reads a comment"],
    });
    expect(bare.primary?.text).toBe("1) Parser#parse handles empty input");
    // Its first `Failure/Error:` looks above (row 1183's case) and finds the example read already: one error line.
    expect(bare.errorLines.map((e) => `${e.line} ${e.ruleId}`).slice(0, 2)).toEqual([
      "6 test-rspec-failures-example",
      "7 test-rspec-failure-error",
    ]);
    const log = inLongLog(RSPEC3_RUN, "test", "tests failed");
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(5),
      ruleId: "test-rspec-failures-example",
      kind: "test",
      phase: "test",
    });
    expectStreamedAlike(log);
    expectStreamedAlike(realRowLines(RSPEC_LIST));
  });

  test("pasted as a markdown list (`- ` on every line): the example is RSpec's line, not an elog one", () => {
    const listed = RSPEC3_RUN.map((line) => `- ${line}`);
    expect(readingOf(analyze(listed))).toMatchObject({
      line: 6,
      ruleId: "test-rspec-failures-example",
      failedTests: ["Parser#parse handles empty input", "Lexer reads a comment"],
    });
    // Portage's elog lines rendered so keep their star back (`-   no configure script found`).
    const elog = analyze([
      "- ERROR: dev-foo/bar-1.0::gentoo failed (configure phase):",
      "-   no configure script found",
    ]);
    expect(elog.primary?.text).toContain("no configure script found");
  });

  test("rebar3's eunit list under the same header reads as before", () => {
    expect(readingOf(realRow(REBAR3)).ruleId).toBe("test-rebar3-eunit-failed");
    const eunit = analyze([
      "Failures:",
      "",
      "  1) mt_reload_test:reload_test/0",
      "     Failure/Error: ?assert(false)",
    ]);
    expect(readingOf(eunit)).toMatchObject({ line: 3, ruleId: "test-rebar3-eunit-failed" });
  });

  test("near misses: a numbered list with no `Failures:` above, RSpec's pending list, ExUnit's failure", () => {
    const readme = analyze(["Steps:", "", "  1) Install the gem", "  2) Run the specs"]);
    expect(readme.primary).toBeNull();
    expect(readme.failedTests).toEqual([]);
    const pending = analyze([
      "Pending: (Failures listed here are expected and do not affect your suite's status)",
      "",
      "  1) Parser handles unicode",
      "     # Not yet implemented",
      "     # ./spec/parser_spec.rb:40",
      "",
      "7 examples, 0 failures, 1 pending",
    ]);
    expect(pending.primary?.ruleId).not.toBe("test-rspec-failures-example");
    expect(pending.failedTests).toEqual([]);
    const exunit = analyze([
      "  1) test parses an empty string (MyApp.ParserTest)",
      "     test/parser_test.exs:12",
      "     Assertion with == failed",
    ]);
    expect(readingOf(exunit)).toMatchObject({ line: 1, ruleId: "test-exunit-failed" });
  });
});

describe("3. RSpec's `Failure/Error:` with its numbered example cut from the paste", () => {
  test("row 1182: the failure's first line, kind test", () => {
    expect(readingOf(realRow(RSPEC_CUT))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "test-rspec-failure-error",
      kind: "test",
    });
  });

  test("indented as RSpec prints it, under src_test's banner in a long log, and through StreamingLog", () => {
    const lines = [
      "     Failure/Error: expect(lexer.next).to be_comment",
      "       expected `#<Token>.comment?` to be truthy, got false",
      "     # ./spec/lexer_spec.rb:30:in `block (2 levels) in <top (required)>'",
      "",
      "Finished in 0.01234 seconds (files took 0.2 seconds to load)",
      "7 examples, 1 failure",
    ];
    expect(readingOf(analyze(lines))).toMatchObject({
      line: 1,
      ruleId: "test-rspec-failure-error",
      kind: "test",
    });
    const log = inLongLog(lines, "test", "tests failed");
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(0),
      ruleId: "test-rspec-failure-error",
      kind: "test",
      phase: "test",
    });
    expectStreamedAlike(log);
  });

  test("row 1183: the numbered example right above it, its `Failures:` header cut, is the primary", () => {
    expect(readingOf(realRow(RSPEC_NO_HEADER))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "test-rspec-failures-example",
      kind: "test",
      failedTests: ["LittlePlugger generates a default plugin path"],
    });
    expectStreamedAlike(realRowLines(RSPEC_NO_HEADER));
  });

  test("a paste from the second example on, in a long log and through StreamingLog (the line above in a gap)", () => {
    const lines = RSPEC3_RUN.slice(14);
    expect(lines[0]).toBe("  2) Lexer reads a comment");
    expect(readingOf(analyze(lines))).toMatchObject({
      line: 1,
      ruleId: "test-rspec-failures-example",
      // The `rspec ./` rows below name the example the paste cut too.
      failedTests: ["Lexer reads a comment", "Parser#parse handles empty input"],
    });
    const log = inLongLog(lines, "test", "tests failed");
    expect(readingOf(analyze(log))).toMatchObject({
      line: at(0),
      ruleId: "test-rspec-failures-example",
      kind: "test",
      failedTests: ["Lexer reads a comment", "Parser#parse handles empty input"],
    });
    expectStreamedAlike(log);
  });

  test("only the first `Failure/Error:` looks above it, and never at a line that is no numbered example", () => {
    const later = analyze([
      "     Failure/Error: expect(a).to eq(b)",
      "     # ./spec/a_spec.rb:3",
      "",
      "  2) Lexer reads a comment",
      "     Failure/Error: expect(lexer.next).to be_comment",
    ]);
    expect(readingOf(later)).toMatchObject({ line: 1, ruleId: "test-rspec-failure-error", failedTests: [] });
    const prose = analyze(["The run said:", "     Failure/Error: expect(a).to eq(b)"]);
    expect(readingOf(prose)).toMatchObject({ line: 2, ruleId: "test-rspec-failure-error", failedTests: [] });
  });

  test("near misses: the words inside prose or a comment are no failure", () => {
    const prose = analyze(["# RSpec prints Failure/Error: and the expression that failed", "done"]);
    expect(prose.primary?.ruleId).not.toBe("test-rspec-failure-error");
  });
});
