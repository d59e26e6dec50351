import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { TAP_NOT_OK } from "./rules/test-harnesses";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 41 (rules41): shapes named in words by the lead (held-out logs not read); each change is written from a
// real public log (fixtures/corpus/real rows 880-881) and made-up lines in the tools' formats beside them.
const analyze = analyzeLines;
const realRow = (folder: string) =>
  readFileSync(path.join(__dirname, "../../fixtures/corpus/real", folder, "snippet.log"), "utf8")
    .replace(/\n$/, "")
    .split("\n");

describe("1. TAP's `not ok` is a failed test", () => {
  test("bats' numbered `not ok` with its diagnostics, no banner or total (row 880)", () => {
    const result = analyze(realRow("test-bats-tap-not-ok-numbered-in-test-file-grep-failed-bats-227"));
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(4);
    expect(result.failedTests.map((t) => t.name)).toEqual(["test3"]);
  });

  test("several `not ok` lines: the first is the primary, each is a failed test (row 881)", () => {
    const result = analyze(realRow("test-bats-tap-not-ok-several-failing-tests-exited-with-status-bats-15"));
    expect(result.primary?.text).toBe("not ok 2 a failing test");
    expect(result.failedTests.map((t) => t.name)).toEqual([
      "a failing test",
      "another failing test",
      "a failing test with variables",
    ]);
  });

  test("GLib's path-named form and Test::More's ` - ` form", () => {
    const glib = analyze([
      "# random seed: R02S0",
      "1..3",
      "ok 1 /utils/a",
      "ok 2 /utils/b",
      "not ok 3 /utils/date-basic",
    ]);
    expect([glib.status, glib.kind, glib.primary?.line]).toEqual(["failed", "test", 5]);
    expect(glib.failedTests[0]?.name).toBe("/utils/date-basic");
    const perl = analyze(["1..3", "ok 1 - loads", "not ok 2 - parses an empty document"]);
    expect([perl.status, perl.kind, perl.primary?.line]).toEqual(["failed", "test", 3]);
    expect(perl.failedTests[0]?.name).toBe("parses an empty document");
  });

  test("GLib's verdict with its location on one line (no number) is the primary, not the last resort's", () => {
    const result = analyze([
      "not ok /utils/date-basic - ERROR:../lib/utils/tests/test-utils.cc:92",
      "void test_date_basic(): assertion failed",
    ]);
    expect(result.primary?.ruleId).toBe(TAP_NOT_OK.id);
    expect(result.kind).toBe("test");
    expect(result.failedTests[0]?.name).toBe("/utils/date-basic");
  });

  test("a `# TODO` or `# SKIP` directive, in any case, is no failure; neither is an `ok` line", () => {
    for (const line of [
      "not ok 1 - x # TODO later",
      "not ok 2 /incomplete # TODO mind reading not implemented yet",
      "not ok 3 - z # skip no network",
      "not ok 4 # SKIP",
      "not ok 5 - y #todo",
      "ok 6 - not ok in a name",
      "# not ok",
      "not okay 7",
    ]) {
      expect(TAP_NOT_OK.pattern.test(line), line).toBe(false);
      expect(analyze(["1..7", line]).status, line).toBe("succeeded");
    }
  });

  test("an escaped `\\#` is no directive; a `#` comment other than TODO/SKIP does not excuse", () => {
    expect(TAP_NOT_OK.pattern.test("not ok 1 - issue \\# TODO in the name")).toBe(true);
    expect(TAP_NOT_OK.pattern.test("not ok 2 - x # flaky")).toBe(true);
  });

  test("a compiler error above a `not ok` stays the primary", () => {
    const result = analyze(["foo.c:3:1: error: expected ';' before '}' token", "not ok 3 /utils/date-basic"]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("Test::More's `#   Failed test` under the `not ok` stays the primary (round 8b)", () => {
    const result = analyze([
      "not ok 2 - parses an empty document",
      "#   Failed test 'parses an empty document'",
      "#   at t/01-basic.t line 12.",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a run the ebuild tolerates (the log goes on to install) is no failure", () => {
    const result = analyze([
      "not ok 3 /utils/date-basic",
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("under src_test's die the `not ok` is the primary over the die's message", () => {
    const result = analyze(["1..2", "ok 1 /a", "not ok 2 /b", ...dieBanner("test", "emake check failed")]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });
});

describe("2. a compiler's message inside an autoconf check is configure", () => {
  const undeclared =
    "error: call to undeclared function 'pthread_setname_np'; ISO C99 and later do not support implicit " +
    "function declarations [-Wimplicit-function-declaration]";

  test("glued after `checking …... ` (row 882)", () => {
    const result = analyze(realRow("configure-clang16-glued-checking-strftime-gnu-undeclared-isdigit-email"));
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("configure");
  });

  test("a bare error right under `checking for X... no` stays compile (the line gate does not pass checks)", () => {
    // Reading it as the check's would need every `checking …` line past the line gate: a third of the mixed bench
    // block's throughput (docs/analysis.md, round 41). The glued form above carries its check on its own line.
    const result = analyze(["checking for gcc... gcc", "checking for pthread_setname_np... no", undeclared]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("the glued form under src_compile's banner: the banner's phase decides", () => {
    const result = analyze([
      `checking for pthread_setname_np... /tmp/cc1.c:3:1: ${undeclared}`,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.kind).toBe("compile");
  });

  test("a line right under a check that is no compiler's keeps its own kind", () => {
    const tap = analyze(["checking for pthread_setname_np... no", "not ok 3 /utils/date-basic"]);
    expect([tap.kind, tap.phase]).toEqual(["test", "test"]);
    const glib = analyze([
      "checking whether the parser takes an empty document... ",
      "ERROR:../tests/parser.c:123:test_parse_empty: assertion failed: (n == 0)",
    ]);
    expect(glib.kind).toBe("test");
  });
});
