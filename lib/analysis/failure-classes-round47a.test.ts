import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { FAILED_TESTS } from "../diagnostics/test-rules";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 47a (rules47a): a breadth survey of the test frameworks a tinderbox meets in src_test (held-out logs not
// read); each change is written from a real public log (fixtures/corpus/real rows 952-954). Lines that are not a
// row's are made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realText = (folder: string) => readFileSync(path.join(REAL, folder, "snippet.log"), "utf8");
const realRow = (folder: string) => analyzeLogText(realText(folder));
const realLines = (folder: string) => realText(folder).trimEnd().split("\n");
const testPhase = ">>> Test phase [test]: dev-foo/bar-1.0";

describe("automake's summary counts are no failed test (row 952)", () => {
  const codes = "test-automake-summary-xpass-zero-codes";

  test("row 952: CODES' summary, `# FAIL:  2` over `# XPASS: 0` and `# ERROR: 0`", () => {
    const result = realRow(codes);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("row 952 under a test phase's banner: `XPASS: 0` is not the failed test", () => {
    const result = analyze([testPhase, ...realLines(codes), ...dieBanner("test", "emake check failed")]);
    expect(result.primary?.text).not.toMatch(/XPASS|ERROR: 0/);
    expect(result.kind).toBe("test");
  });

  test("its counts without the frame under the banner: neither `XPASS: 0` nor `ERROR: 0`", () => {
    const result = analyze([
      testPhase,
      ...realLines(codes).slice(3, 10),
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.text).not.toMatch(/XPASS: 0|ERROR: 0/);
    expect(analyze(["# XPASS: 0", "# ERROR: 0"]).status).toBe("succeeded");
  });

  test("near misses: automake's own rows still name their test", () => {
    expect(analyze(["XPASS: t/known-bug.sh"]).primary?.ruleId).toBe("test-automake-fail");
    expect(analyze(["ERROR: test_io"]).primary?.ruleId).toBe("test-automake-fail");
    expect(analyze(["FAIL: 01-basic"]).primary?.ruleId).toBe("test-automake-fail");
  });
});

describe("the C unit-test framework Check's rows and total (row 953)", () => {
  const r3 = "test-check-failure-test-suite-log-r3";

  test("row 953: in a test-suite.log automake's `FAIL: check_tree` section header stays first", () => {
    const result = realRow(r3);
    expect(result.primary?.line).toBe(15);
    expect(result.kind).toBe("test");
  });

  test("row 953's Check output alone: the first `:F:` row, not PCRE's message above it", () => {
    const result = analyze(realLines(r3).slice(17));
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("test-check-failure");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner the `:F:` row outranks the die's message", () => {
    const result = analyze([
      testPhase,
      ...realLines(r3).slice(17),
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("test");
  });

  test("an `:E:` row (a test that crashed) under the banner", () => {
    const result = analyze([
      testPhase,
      "Running suite(s): Money",
      "80%: Checks: 5, Failures: 0, Errors: 1",
      "check_money.c:10:E:Core:test_money_create:0: (after this point) Received signal 11 (Segmentation fault)",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("the total alone fails the run when it counts a failure or an error", () => {
    const failures = analyze(["Running suite(s): Money", "0%: Checks: 5, Failures: 1, Errors: 0"]);
    expect(failures.status).toBe("failed");
    expect(failures.primary?.line).toBe(2);
    expect(analyze(["Running suite(s): Money", "80%: Checks: 5, Failures: 0, Errors: 1"]).kind).toBe("test");
  });

  test("near misses: a passing total, a `:P:` row", () => {
    expect(analyze(["Running suite(s): Money", "100%: Checks: 5, Failures: 0, Errors: 0"]).status).toBe(
      "succeeded",
    );
    expect(analyze(["check_money.c:17:P:Core:test_money_create:0: Passed"]).status).toBe("succeeded");
  });
});

describe("R testthat's failures (row 954)", () => {
  const coalitions = "test-testthat-failure-revdep-coalitions";

  test("row 954: `── Failure (test-scrapers.R:70:3): …` in R CMD check's quoted output", () => {
    const result = realRow(coalitions);
    expect(result.primary?.line).toBe(7);
    expect(result.primary?.ruleId).toBe("test-testthat-failure");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner it outranks the die's message", () => {
    const result = analyze([testPhase, ...realLines(coalitions), ...dieBanner("test", "R CMD check failed")]);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("an `── Error (…)` header, testthat 3.2's quoted file, testthat 2's numbered header", () => {
    for (const line of [
      "── Error (test-foo.R:12:3): foo works ──────────────────────────────────",
      "── Failure ('test-foo.R:12:3'): foo works ──────────────────────────────",
      "── 1. Failure: foo works (@test-foo.R#12)  ──────────────────────────────",
      "── FAILURE (test-independence_test.R:9:5): independence test works with sequenti",
    ]) {
      const result = analyze([line, "foo(1) not equal to 2.", "", "[ FAIL 1 | WARN 0 | SKIP 0 | PASS 10 ]"]);
      expect(result.primary?.line, line).toBe(1);
      expect(result.kind, line).toBe("test");
    }
  });

  test("the tail alone: the total, then `Error: Test failures`, kind test (was python-exception's compile)", () => {
    const tail = analyze([
      "[ FAIL 2 | WARN 0 | SKIP 1 | PASS 11 ]",
      "Error: Test failures",
      "Execution halted",
    ]);
    expect(tail.primary?.line).toBe(1);
    expect(tail.kind).toBe("test");
    const verdict = analyze(["Error: Test failures", "Execution halted"]);
    expect(verdict.primary?.line).toBe(1);
    expect(verdict.kind).toBe("test");
  });

  test("near misses: a passing run's `[ FAIL 0 | …]` total is a success; other `Error:` lines stay as they were", () => {
    expect(analyze(["[ FAIL 0 | WARN 2 | SKIP 1 | PASS 63 ]"]).status).toBe("succeeded");
    expect(
      analyze(["══ Skipped tests ══", "• On CRAN (1)", "", "[ FAIL 0 | WARN 0 | SKIP 1 | PASS 13 ]"]).status,
    ).toBe("succeeded");
    expect(analyze(["Error: Test failures in foo"]).primary?.ruleId).not.toBe("r-testthat-failures");
    expect(analyze(["── Failure is not an option ──"]).primary?.ruleId).not.toBe("test-testthat-failure");
  });
});

describe("summaries that count no failure are no failure", () => {
  test("eunit's total with skips, `Failed: 0.`", () => {
    expect(
      analyze([
        "=======================================================",
        "  Failed: 0.  Skipped: 2.  Passed: 10.",
      ]).status,
    ).toBe("succeeded");
  });
});

describe("Haskell tasty's row of a failed test (row 955)", () => {
  const treeDiff = "test-tasty-fail-row-tree-diff";

  test("row 955: `  parsec-ansi-wl-pprint roundtrip: FAIL (0.91s)`, not the `1 out of 10 tests failed` total", () => {
    const result = realRow(treeDiff);
    expect(result.primary?.line).toBe(6);
    expect(result.primary?.ruleId).toBe("test-tasty-fail");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner", () => {
    const result = analyze([testPhase, ...realLines(treeDiff), ...dieBanner("test", "cabal test failed")]);
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("test");
  });

  test("older tasty without the time, a nested group, HUnit's message below", () => {
    const result = analyze([
      "unit test suite",
      "  should work:     OK",
      "  Parser",
      "    should not work: FAIL",
      "      .../Week1Tests.hs:10:",
      "      1 is not 2",
      "      Use -p '/should not work/' to rerun this test only.",
      "",
      "1 out of 2 tests failed (0.00s)",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("near misses: Cabal's suite verdict, TAP's `Result: FAIL`, an expected failure, a configure check", () => {
    expect(analyze(["Test suite tests: FAIL"]).primary?.ruleId).toBe("test-cabal-suite-failed");
    expect(analyze(["Result: FAIL"]).primary?.ruleId).toBe("test-summary-failed");
    expect(analyze(["  broken on purpose: FAIL (expected)"]).primary?.ruleId).not.toBe("test-tasty-fail");
    expect(analyze(["checking for working mmap: FAIL"]).primary?.ruleId).not.toBe("test-tasty-fail");
    expect(analyze(["frobnicate: FAIL"]).primary?.ruleId).not.toBe("test-tasty-fail");
    expect(
      FAILED_TESTS.find((rule) => rule.id === "test-tasty-fail")?.match("Test suite tests: FAIL"),
    ).toBeNull();
    expect(FAILED_TESTS.find((rule) => rule.id === "test-tasty-fail")?.match("Result: FAIL")).toBeNull();
    expect(analyze(["  parses empty:  OK (0.01s)", "All 5 tests passed (0.02s)"]).status).toBe("succeeded");
  });
});

describe("the C++ doctest framework's failed assertion (row 956)", () => {
  const cosas = "test-doctest-check-not-correct-cosas";

  test("row 956: `./maths.cpp:152: ERROR: CHECK( … ) is NOT correct!` is the tests' (was compile)", () => {
    const result = realRow(cosas);
    expect(result.primary?.line).toBe(14);
    expect(result.primary?.ruleId).toBe("test-doctest-assertion");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner it outranks the die's message", () => {
    const result = analyze([testPhase, ...realLines(cosas).slice(7), ...dieBanner("test", "Tests failed")]);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("REQUIRE's fatal error, a crash, MSVC's location, a CHECK_THROWS that did not throw", () => {
    for (const line of [
      "/var/tmp/portage/dev-cpp/foo-1.0/work/foo-1.0/tests/test.cpp:15: FATAL ERROR: REQUIRE( v.size() == 3 ) is NOT correct!",
      "tests/main.cpp:40: ERROR: test case CRASHED: SIGSEGV - Segmentation violation signal",
      "tests/test.cpp(15): ERROR: CHECK_EQ( a, 6 ) is NOT correct!",
      'tests/test.cpp:22: ERROR: CHECK_THROWS( parse("") ) did NOT throw at all!',
    ]) {
      const result = analyze(["TEST CASE:  parsing", "", line]);
      expect(result.primary?.line, line).toBe(3);
      expect(result.kind, line).toBe("test");
    }
  });

  test("the totals alone fail the run; a passing run's do not", () => {
    const tail = analyze([
      "[doctest] test cases: 10 | 9 passed | 1 failed | 0 skipped",
      "[doctest] assertions: 40 | 39 passed | 1 failed |",
      "[doctest] Status: FAILURE!",
    ]);
    expect(tail.primary?.line).toBe(1);
    expect(tail.kind).toBe("test");
    const passed = analyze([
      "[doctest] test cases: 10 | 10 passed | 0 failed | 0 skipped",
      "[doctest] assertions: 40 | 40 passed | 0 failed |",
      "[doctest] Status: SUCCESS!",
    ]);
    expect(passed.status).toBe("succeeded");
  });

  test("near misses: a compiler's `error:` and a program's `ERROR:` message stay theirs", () => {
    expect(analyze(["maths.cpp:152:5: error: 'x' was not declared in this scope"]).primary?.ruleId).not.toBe(
      "test-doctest-assertion",
    );
    expect(analyze(["config.cpp:12: ERROR: cannot open file"]).primary?.ruleId).not.toBe(
      "test-doctest-assertion",
    );
  });
});

describe("Haskell hspec's row of a failed example (row 957)", () => {
  const reroute = "test-hspec-failed-row-reroute";

  test("row 957: `  should handle … FAILED [1]` in the spec tree, not the `6 examples, 1 failure` total", () => {
    const result = realRow(reroute);
    expect(result.primary?.line).toBe(6);
    expect(result.primary?.ruleId).toBe("test-hspec-failed");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner", () => {
    const result = analyze([testPhase, ...realLines(reroute), ...dieBanner("test", "cabal test failed")]);
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("test");
  });

  test("a nested spec's row, the second failure's number", () => {
    const result = analyze([
      "Foo",
      "  bar",
      "    does x",
      "    does y FAILED [2]",
      "",
      "2 examples, 1 failure",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("near misses: pytest's progress row keeps its rule; a run of passing rows is a success", () => {
    expect(analyze(["tests/test_x.py::test_y FAILED [ 50%]"]).primary?.ruleId).not.toBe("test-hspec-failed");
    expect(
      analyze(["Foo", "  does x", "  does y", "", "Finished in 0.0004 seconds", "2 examples, 0 failures"])
        .status,
    ).toBe("succeeded");
  });
});

describe("Gradle's row of a failed test method (row 958)", () => {
  const androidLint = "test-gradle-test-failed-row-android-lint";

  test("row 958: `…AndroidLogDetectorTest > test_detector_triggering FAILED` is the tests' (was unknown)", () => {
    const result = realRow(androidLint);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("test-gradle-failed");
    expect(result.kind).toBe("test");
  });

  test("over Gradle's verdict on the task, under a test phase's banner", () => {
    const result = analyze([
      testPhase,
      "> Task :test",
      "",
      "GreeterTest > testThatGreeterReturnsTheCorrectGreeting FAILED",
      "    java.lang.AssertionError at GreeterTest.java:9",
      "",
      "1 test completed, 1 failed",
      "",
      "> Task :test FAILED",
      "",
      "FAILURE: Build failed with an exception.",
      "",
      "* What went wrong:",
      "Execution failed for task ':test'.",
      "> There were failing tests. See the report at: file:///x/build/reports/tests/test/index.html",
      ...dieBanner("test", "gradle test failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("a nested class, a parameterised method", () => {
    for (const line of [
      "org.foo.ParserTest > Nested > parsesEmpty() FAILED",
      "org.foo.ParserTest > roundTrip[1] FAILED",
      'ParserTest > parses "a > b" quoted FAILED',
    ]) {
      const result = analyze([line, "    java.lang.AssertionError at ParserTest.java:12"]);
      expect(result.primary?.ruleId, line).toBe("test-gradle-failed");
    }
  });

  test("near misses: Gradle's task lines, ant's junit row, pytest's row keep their readings", () => {
    expect(analyze(["> Task :test FAILED"]).primary?.ruleId).not.toBe("test-gradle-failed");
    expect(analyze(["[junit] Test net.foo.BarTest FAILED"]).primary?.ruleId).toBe("test-ant-junit-failed");
    expect(analyze(["tests/test_x.py::test_y FAILED"]).primary?.ruleId).not.toBe("test-gradle-failed");
  });
});

describe("Elixir ExUnit's numbered failure and total (row 959)", () => {
  const elixir = "test-exunit-failed-test-elixir-raspbian";

  test("row 959: `  1) test … (ExUnit.RunnerTest)`, not the assertion line below it", () => {
    const result = realRow(elixir);
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("test-exunit-failed");
    expect(result.kind).toBe("test");
  });

  test("under a test phase's banner it outranks the die's message", () => {
    const result = analyze([testPhase, ...realLines(elixir), ...dieBanner("test", "emake test failed")]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("test");
  });

  test("a doctest's failure; the total alone (`5 tests, 1 failure`, with doctests and exclusions)", () => {
    expect(analyze(["  2) doctest MyApp.parse/1 (1) (MyApp.ParserTest)"]).primary?.ruleId).toBe(
      "test-exunit-failed",
    );
    const tail = analyze(["Finished in 0.05 seconds (0.03s async, 0.02s sync)", "5 tests, 1 failure"]);
    expect(tail.primary?.line).toBe(2);
    expect(tail.kind).toBe("test");
    expect(analyze(["1 property, 5 doctests, 10 tests, 2 failures, 1 excluded"]).status).toBe("failed");
  });

  test("near misses: a passing total, test-unit's and minitest's totals keep their readings, a numbered list", () => {
    expect(analyze(["Finished in 0.05 seconds", "5 tests, 0 failures"]).status).toBe("succeeded");
    expect(analyze(["10 runs, 20 assertions, 0 failures, 0 errors, 0 skips"]).status).toBe("succeeded");
    expect(analyze(["  1) test the installation (see below)"]).primary?.ruleId).not.toBe(
      "test-exunit-failed",
    );
  });
});
