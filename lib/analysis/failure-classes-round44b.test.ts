import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 44b (rules44b): a breadth survey of test harnesses' failure output (held-out logs not read). Each change is
// written from a real public log (fixtures/corpus/real rows 900-908); lines that are not a row's are made up in the
// tools' formats, next to the row they vary. Every format is also read under a test phase's banner and die, where
// before this round the die's message (or a later total) was the primary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));
/** The lines under Portage's test-phase banner, then the die. */
const inTestPhase = (lines: readonly string[]) =>
  analyze([">>> Test phase [test]: dev-foo/bar-1.0", ...lines, ...dieBanner("test", "tests failed")]);

describe("Qt Test's `FAIL!  :` is the failed test (row 900)", () => {
  test("row 900: the `FAIL!  :` line, not `Totals:`", () => {
    const result = realRow("test-qtest-fail-compared-values-not-same-totals-hotspot");
    expect(result.primary?.line).toBe(5);
    expect(result.primary?.ruleId).toBe("test-qtest-fail");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["TestPerfData::testFiles"]);
  });

  test("under a test banner the `FAIL!  :` line, not the `Totals:` line below it", () => {
    const result = inTestPhase([
      "FAIL!  : TstUpdateModel::testAdd() Compared values are not the same",
      "   Actual   (((insertedSpy.count()))): 0",
      "   Expected (1)                      : 1",
      "   Loc: [tests/tst_updatemodel.cpp(88)]",
      "Totals: 5 passed, 1 failed, 0 skipped, 0 blacklisted, 10ms",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("`Totals:` with failures alone fails a log, kind test; with none it is no failure", () => {
    const failed = analyze(["Totals: 10 passed, 1 failed, 0 skipped, 0 blacklisted, 72ms"]);
    expect(failed.status).toBe("failed");
    expect(failed.kind).toBe("test");
    const passed = analyze([
      "PASS   : TestFoo::testBar()",
      "Totals: 10 passed, 0 failed, 0 skipped, 0 blacklisted, 72ms",
    ]);
    expect(passed.status).toBe("succeeded");
  });

  test("near miss: `PASS   :` and `QWARN  :` lines are no failure", () => {
    const result = analyze(["QWARN  : TestFoo::testBar() a warning", "PASS   : TestFoo::testBar()"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Boost.Test's failed assertion and its total (row 901)", () => {
  test('row 901: `unknown location(0): fatal error: in "…"` is the primary, kind test (was unknown)', () => {
    const result = realRow("test-boost-test-fatal-error-memory-access-violation-failure-detected-eos");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("test-boost-error");
    expect(result.kind).toBe("test");
  });

  test("a check that failed, under a test banner: the check, named by its test case", () => {
    const result = inTestPhase([
      "Running 12 test cases...",
      '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/tests/parser.cpp(45): error: in "parser/empty": check a == b has failed [1 != 2]',
      "",
      '*** 1 failure is detected in the test module "bar"',
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["parser/empty"]);
  });

  test('Boost before 1.59: `fatal error in "case":` without the colon', () => {
    const result = analyze([
      'unknown location(0): fatal error in "cli_quit": memory access violation at address: 0x00000058: no mapping at fault address',
    ]);
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(1);
  });

  test("the `*** N failures are detected` total alone fails a log, kind test", () => {
    const result = analyze(['*** 3 failures are detected in the test module "Master Test Suite"']);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
  });

  test("near misses: `info: check … has passed` and `*** No errors detected` are no failure", () => {
    const result = analyze([
      "tests/api_tests.cpp(218): info: check res == executed has passed",
      "",
      "*** No errors detected",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("under a ctest progress row the row stays the primary (votca's layout)", () => {
    const result = analyze([
      "279/310 Test #279: unit_test_sigma_cda ................................***Failed    0.11 sec",
      "Running 1 test case...",
      'unknown location(0): fatal error: in "sigma_cda_test/sigma_full": signal: SIGSEGV, si_code: 128 (memory access violation at address: 0x00000000)',
      '*** 1 failure is detected in the test module "sigma_test"',
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });
});

describe("ant's junit task: `[junit] Test … FAILED` (row 902)", () => {
  test("row 902: the `Test … FAILED` line, kind test (was unknown)", () => {
    const result = realRow("test-ant-junit-test-failed-forked-class-yacy");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["net.yacy.peers.graphics.ProfilingGraphTest"]);
  });

  test("under a test banner, indented as ant prints it, and a forked VM that crashed", () => {
    const result = inTestPhase([
      "    [junit] Testsuite: org.foo.BarTest",
      "    [junit] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 sec",
      "    [junit] Test org.foo.BarTest FAILED (crashed)",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("near miss: a passing class's `[junit] Testsuite:` and counts are no failure", () => {
    const result = analyze([
      "    [junit] Testsuite: org.foo.BarTest",
      "    [junit] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.095 sec",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("sage's doctest runner: `sage -t … # N doctests failed` (row 903)", () => {
  test("row 903: the first failed file of the closing list, kind test (was unknown)", () => {
    const result = realRow("test-sage-doctests-failed-list-sage-on-gentoo");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
    expect(result.failedTests[0]?.name).toBe(
      "/usr/share/doc/sage-9999/html/en/prep/_sources/Quickstarts/Number-Theory.rst",
    );
  });

  test("under a test banner, the list between sage's dashes", () => {
    const result = inTestPhase([
      "----------------------------------------------------------------------",
      "sage -t --random-seed=0 src/sage/foo.py  # 2 doctests failed",
      "----------------------------------------------------------------------",
      "Total time for all tests: 10.0 seconds",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("near miss: the header of a file being tested is no failure", () => {
    const result = analyze(["sage -t --long --random-seed=0 src/sage/foo.py", "    [12 tests, 0.50 s]"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("DejaGnu's summary: `# of unexpected failures` (row 904)", () => {
  test("row 904: the count fails the excerpt, kind test (was succeeded)", () => {
    const result = realRow("test-dejagnu-unexpected-failures-summary-ld-loongson");
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a `FAIL: ` row above the summary stays the primary", () => {
    const result = inTestPhase([
      "FAIL: ld-elf/eh5",
      "",
      "\t\t=== ld Summary ===",
      "",
      "# of expected passes\t\t1414",
      "# of unexpected failures\t1",
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("near miss: a summary without unexpected failures is no failure", () => {
    const result = analyze([
      "\t\t=== gas Summary ===",
      "",
      "# of expected passes\t\t265",
      "# of unsupported tests\t\t7",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("Ruby test-unit: `Failure:`/`Error: test_x(Class)` and its totals (rows 905-906)", () => {
  test("row 905: test-unit's `Error: test_notify(SampleTest): NoMethodError: …`, kind test (was compile)", () => {
    const result = realRow("test-ruby-test-unit-error-nomethoderror-sample-test");
    expect(result.primary?.line).toBe(6);
    expect(result.primary?.ruleId).toBe("test-ruby-test-unit-fault");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["SampleTest#test_notify", "SampleTest#test_pend"]);
  });

  test("row 906: the totals with failures fail the excerpt, kind test (was succeeded)", () => {
    const result = realRow("test-ruby-test-unit-totals-failures-errors-oddb");
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a `Failure:` row with its location, under a test banner", () => {
    const result = inTestPhase([
      "===============================================================================",
      "Failure: test_same_inspected_objects(Test::Unit::TestAssertions::TestAssertEqual::TestSystemMessage):",
      "  Should have the correct message.",
      "===============================================================================",
      "Failure: test_parse(TestParser) [test/test_parser.rb:12]:",
      "100 tests, 200 assertions, 2 failures, 0 errors, 0 pendings, 0 omissions, 0 notifications",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("near misses: `Pending:`/`Omission:` rows and totals without failures are no failure", () => {
    const result = analyze([
      "Pending: test_operating_system_customizing_default_dir(GemTest): Temporary pending custom default_dir test",
      "Omission: For JRuby [test_assert_raise_jruby(Test::Unit::TestAssertions)]",
      "100 tests, 200 assertions, 0 failures, 0 errors, 1 pendings, 1 omissions, 0 notifications",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("near miss: a JavaScript `Error:` is not a test-unit row", () => {
    const result = analyze(["Error: test(Foo) failed"]);
    expect(result.primary?.ruleId).not.toBe("test-ruby-test-unit-fault");
  });
});

describe("Haskell: Cabal's `Test suite x: FAIL` and HUnit's `### Failure in:` (rows 907-908)", () => {
  test("row 907: Cabal's verdict on the suite", () => {
    const result = realRow("test-cabal-test-suite-fail-jose-jwt");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("test-cabal-suite-failed");
    expect(result.kind).toBe("test");
  });

  test("row 908: HUnit's `### Failure in:` after a pasted `^M`", () => {
    const result = realRow("test-hunit-failure-in-cabal-debian");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("test-hunit-failure");
    expect(result.kind).toBe("test");
  });

  test("under a test banner: HUnit's row above Cabal's verdict, not the die's message", () => {
    const result = inTestPhase([
      "Test suite spec: RUNNING...",
      "### Error in: Parser:3:empty",
      "Prelude.head: empty list",
      "Cases: 12  Tried: 12  Errors: 1  Failures: 0",
      "Test suite spec: FAIL",
      "Test suite logged to: dist/test/foo-1.0-spec.log",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("Cabal's verdict alone under a test banner is the primary (was the die's message)", () => {
    const result = inTestPhase(["Test suite foo-test: RUNNING...", "Test suite foo-test: FAIL"]);
    expect(result.primary?.line).toBe(3);
  });

  test("near miss: `Test suite x: PASS` is no failure", () => {
    const result = analyze([
      "Test suite doctests: RUNNING...",
      "Test suite doctests: PASS",
      "1 of 1 test suites (1 of 1 test cases) passed.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});
