import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 42 (rules42): Java's test runners and R's anticonf scripts, named in words by the lead (held-out logs not
// read); each change is written from a real public log (fixtures/corpus/real rows 866-868). Lines that are not a
// row's are made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

describe("JUnit 4's text runner: the first numbered failure row is the primary (row 866)", () => {
  test("row 866: `1) testMerge1(ListExamplesTests)` under `There was 1 failure:`", () => {
    const result = realRow("test-junit4-textui-there-was-1-failure-arrays-comparisonfailure-cse15l-lab");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["ListExamplesTests.testMerge1"]);
  });

  test("the exception under the row is detail, not a compile error (`There were N failures:`)", () => {
    const result = analyze([
      "Time: 0.517",
      "There were 2 failures:",
      "1) testInvalid(org.example.net.TestAddress)",
      "java.lang.AssertionError: Expected exception: org.example.SomeException",
      "\tat org.junit.internal.runners.statements.ExpectException.evaluate(ExpectException.java:35)",
      "2) testOther(org.example.net.TestAddress)",
      "java.lang.IllegalArgumentException: bad port",
      "\tat org.example.net.Address.parse(Address.java:12)",
      "",
      "FAILURES!!!",
      "Tests run: 12,  Failures: 2",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.text).toBe("1) testInvalid(org.example.net.TestAddress)");
    expect(result.kind).toBe("test");
  });

  test("under src_test's banner, and the footer alone still fails an excerpt", () => {
    const withBanner = analyze([
      "There was 1 error:",
      "1) testParse(org.example.ParserTest)",
      "java.lang.NullPointerException",
      ...dieBanner("test", "Running junit failed"),
    ]);
    expect(withBanner.primary?.line).toBe(2);
    expect(withBanner.kind).toBe("test");
    const footer = analyze(["FAILURES!!!", "Tests run: 12,  Failures: 2"]);
    expect(footer.status).toBe("failed");
    expect(footer.kind).toBe("test");
  });

  test("near miss: a numbered line that is no failure row under the count is not a failed test", () => {
    const result = analyze(["There was 1 failure:", "1) see the report in target/junit.txt"]);
    expect(result.failedTests).toEqual([]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: a passing run (`OK (2 tests)`) and a numbered list elsewhere fail nothing", () => {
    expect(analyze(["JUnit version 4.13.2", "..", "Time: 0.006", "", "OK (2 tests)"]).status).not.toBe(
      "failed",
    );
    expect(analyze(["1) testMerge1(ListExamplesTests)"]).failedTests).toEqual([]);
  });
});

describe("Maven Surefire: the failed test's row is the primary (row 867)", () => {
  test("row 867: the test row below the class's counts row", () => {
    const result = realRow(
      "test-maven-surefire-junit4-test-row-failure-assertionerror-surefire-jira-examples",
    );
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toContain("JUnit4Test.failWithNonEmptyParameters");
  });

  test("older Surefire's `method(pkg.Class)` row, `<<< ERROR!` and `sec`", () => {
    const result = analyze([
      "Running org.example.AppTest",
      "Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.005 sec <<< FAILURE!",
      "shouldAnswer(org.example.AppTest)  Time elapsed: 0.001 sec  <<< ERROR!",
      "java.lang.IllegalStateException: no answer",
      "\tat org.example.AppTest.shouldAnswer(AppTest.java:32)",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["org.example.AppTest.shouldAnswer"]);
  });

  test("only the Results block: its first row names the test, kind test (was maven-error's compile)", () => {
    const result = analyze([
      "[ERROR] Failures: ",
      "[ERROR]   AppTest.shouldAnswerWithFalse:32",
      "[INFO] ",
      "[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("surefire's goal failing alone is the tests', the compiler plugin's stays compile", () => {
    const surefire = analyze([
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project x: There are test failures.",
    ]);
    expect(surefire.kind).toBe("test");
    const compiler = analyze([
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project jline: Compilation failure",
    ]);
    expect(compiler.kind).not.toBe("test");
  });

  test("near miss: javac's `[ERROR]   symbol:` detail is no summary row; a compile error stays compile", () => {
    const result = analyze([
      "[ERROR] /w/src/main/java/Foo.java:[12,8] cannot find symbol",
      "[ERROR]   symbol:   class Bar",
      "[ERROR]   location: class org.example.Foo",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
    expect(result.failedTests).toEqual([]);
  });

  test("near miss: a passing class's counts (`[INFO] Tests run: …`, plain zero counts) fail nothing", () => {
    expect(
      analyze([
        "[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0 s - in tests.SimpleTest",
        "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.308 sec",
        "Tests run: 43, Failures: 0, Errors: 0, Skipped: 0",
      ]).status,
    ).not.toBe("failed");
  });
});

describe("R's anticonf configure scripts: the sentence naming the library is the primary (row 868)", () => {
  test("row 868: `Configuration failed because libxml-2.0 was not found.` over R's own ERROR line", () => {
    const result = realRow("configure-r-anticonf-error-libxml2-not-found-xml2");
    expect(result.primary?.line).toBe(9);
    expect(result.kind).toBe("configure");
  });

  test("newer scripts' `to find libgit2 library`: the probe's compiler error below it is detail", () => {
    const result = analyze([
      "Using PKG_LIBS=-lgit2",
      "----------------------------- ANTICONF -------------------------------",
      "Configuration failed to find libgit2 library. Try installing:",
      " * deb: libgit2-dev (Debian, Ubuntu, etc)",
      "-------------------------- [ERROR MESSAGE] ---------------------------",
      "<stdin>:1:10: fatal error: git2.h: No such file or directory",
      "compilation terminated.",
      "----------------------------------------------------------------------",
      "ERROR: configuration failed for package ‘gert’",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("configure");
  });

  test("near miss: configure's other `Configuration failed` sentences are not the anticonf rule's", () => {
    const result = analyze([
      "Configuration failed, see config.log",
      "ERROR: configuration failed for package ‘x’",
    ]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("r-anticonf-missing-library");
  });
});

describe("happy's grammar error in a Cabal build is the primary (row 869)", () => {
  test("row 869: `happy: 1861: unrecognised directive: %shift` over cabal's `Failed to build …` above it", () => {
    const result = realRow("compile-happy-unrecognised-directive-shift-cabal-preprocessing-ghc-lib-parser");
    expect(result.primary?.line).toBe(14);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner and Cabal's die, with the grammar's file named", () => {
    const result = analyze([
      "Preprocessing library for language-c-0.9..",
      "happy: src/Language/C/Parser/Parser.y:123:5: parse error",
      ...dieBanner("compile", "setup build failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("near miss: happy's version line and a prose `happy:` are no error", () => {
    const result = analyze([
      "happy: version 1.20.1.1",
      "Happy Version 1.20.1.1 Copyright (c) 1993-1996 Andy Gill",
    ]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("happy-grammar-error");
  });
});
