import { describe, expect, test } from "vitest";
import { cleanLine } from "./lines";
import { holdsNeedle } from "./needle-scan";
import { ATTACHMENT_HINTS, DIE_BANNER, HEADER_LINE } from "./portage-patterns";
import { GATE_TRIGGERS, LINE_RULES, matchLineRule, mayMatchSomeRule } from "./rules";
import { QA_NOTICE_PATTERN, QA_RULES, qaRuleIdFor } from "./rules/qa";
import { TIER_ECHO } from "./rules/rule";
import { LOCALIZED_CC_ERROR_EXAMPLE } from "./rules/toolchain";

describe("rule table", () => {
  test("rule ids are unique", () => {
    const ids = LINE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(LINE_RULES.map((rule) => [rule.id, rule] as const))(
    "%s matches its own example first",
    (_id, rule) => {
      expect(rule.pattern.test(rule.example)).toBe(true);
      expect(rule.needles.some((needle) => holdsNeedle(rule.example, needle))).toBe(true);
      if (rule.role !== "noise") {
        expect(mayMatchSomeRule(rule.example)).toBe(true);
        // Gate soundness: a line holding a needle always reaches the rules.
        for (const needle of rule.needles)
          expect(GATE_TRIGGERS.some((trigger) => needle.includes(trigger))).toBe(true);
      }
      expect(matchLineRule(rule.example)?.id).toBe(rule.id);
    },
  );

  test.each(QA_RULES.map((rule) => [rule.id, rule] as const))(
    "QA rule %s classifies its example",
    (_id, rule) => {
      expect(QA_NOTICE_PATTERN.test(rule.example)).toBe(true);
      expect(qaRuleIdFor(rule.example)).toBe(rule.id);
    },
  );

  test.each(ATTACHMENT_HINTS.map((hint) => [hint.id, hint] as const))(
    "hint %s matches its example",
    (_id, hint) => {
      expect(hint.pattern.test(hint.example)).toBe(true);
    },
  );

  test("no gate trigger is a prefix of another (the scan steps one character past each hit)", () => {
    for (const a of GATE_TRIGGERS) {
      for (const b of GATE_TRIGGERS) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    }
  });

  test("red herrings are noise, in any language", () => {
    for (const line of [
      "make[2]: *** [Makefile:475: poptconfig.lo] Error 1",
      "make: *** [torture/rpctorture.o] Error 1",
      "make[2]: *** [CMakeFiles/cmTC_7e1fb.dir/build.make:86: cmTC_7e1fb] Błąd 1",
      "gmake[1]: *** [Makefile:12: all] Fehler 2",
      "make[2]: *** Waiting for unfinished jobs....",
    ]) {
      expect(matchLineRule(line)?.role, line).toBe("noise");
    }
  });

  test("ninja's stop and collect2's exit rank below every tool error (round 8: they stand in only for nothing)", () => {
    for (const line of [
      "ninja: build stopped: subcommand failed.",
      "collect2: error: ld returned 1 exit status",
    ]) {
      expect(matchLineRule(line)?.tier, line).toBeLessThanOrEqual(TIER_ECHO);
    }
  });

  test("gcc without a column (very long source lines) is still a compiler error", () => {
    expect(matchLineRule("popthelp_table.h:2: error: expected ‘;’ before ‘}’ token")?.id).toBe("cc-error");
  });

  test("the Portage patterns match their documented examples", () => {
    expect(
      DIE_BANNER.exec(" * ERROR: dev-libs/boost-1.83.0-r2::gentoo failed (compile phase):")?.slice(1),
    ).toEqual(["dev-libs/boost-1.83.0-r2", "gentoo", "compile"]);
    expect(
      DIE_BANNER.test("ERROR: sec-policy/selinux-base-2.20260312_p1::gentoo failed (compile phase)"),
    ).toBe(true);
    expect(HEADER_LINE.exec(" * Maintainer: wraeth@gentoo.org tmux@gentoo.org")?.[2]).toBe(
      "wraeth@gentoo.org tmux@gentoo.org",
    );
  });
});

describe("the long tail (resolver, shell, fetch, languages)", () => {
  test.each([
    [
      '[blocks B      ] <dev-python/setuptools-67 ("<dev-python/setuptools-67" is soft blocking dev-python/packaging-23.0-r1)',
      "dependency-blocker",
    ],
    [" * Error: The above package list contains packages which cannot be", "dependency-blocker-summary"],
    [
      "!!! Multiple package instances within a single package slot have been pulled",
      "dependency-unsatisfied",
    ],
    ['emerge: there are no ebuilds to satisfy "dev-libs/nope".', "dependency-unsatisfied"],
    ["The following keyword changes are necessary to proceed:", "dependency-autounmask"],
    [
      "/var/tmp/portage/x/y-1/temp/environment: line 12: syntax error near unexpected token `('",
      "shell-error",
    ],
    ['./configure: 5: Syntax error: "(" unexpected', "shell-error"],
    ["/bin/sh: 1: gtkdocize: not found", "shell-error"],
    ["environment: line 880: MY_VAR: unbound variable", "shell-error"],
    ["sed: can't read Makefile.am: No such file or directory", "coreutils-error"],
    ["1 out of 2 hunks FAILED -- saving rejects to file src/rcfile.c.rej", "patch-hunks-summary"],
    ["curl: (6) Could not resolve host: distfiles.gentoo.org", "fetch-network-error"],
    ["!!! Reason: Filesize does not match recorded size", "fetch-verify-reason"],
    ["go: inconsistent vendoring in /var/tmp/portage/x/y-1/work/y-1:", "go-tool-error"],
    ['cannot find package "golang.org/x/sys/unix" in any of:', "go-package-missing"],
    ["ModuleNotFoundError: No module named 'setuptools_scm'", "python-module-missing"],
    ["========== 1 failed, 211 passed, 3 skipped in 4.20s ==========", "test-summary-failed"],
    ["FAILED (failures=1, errors=2)", "test-summary-failed"],
    ["Result: FAIL", "test-summary-failed"],
    ["18 examples, 1 failure", "test-summary-failed"],
    ["[ERROR] COMPILATION ERROR : ", "noise-maven"],
    ["Setup: Encountered missing or private dependencies:", "cabal-error"],
  ])("%s -> %s", (line, id) => {
    expect(matchLineRule(cleanLine(line))?.id).toBe(id);
  });

  test.each([
    '[blocks b      ] sys-apps/util-linux ("sys-apps/util-linux" is soft blocking app-arch/hardlink-0.3.2)',
    "go: downloading github.com/spf13/cobra v1.8.1",
    "========== 212 passed in 4.20s ==========",
    "18 examples, 0 failures",
    "checking for a race-free mkdir -p... /usr/bin/mkdir -p",
    "test_roundtrip (tests.test_codec.CodecTest.test_roundtrip) ... ok",
  ])("no error: %s", (line) => {
    const rule = matchLineRule(cleanLine(line));
    expect(rule === null || rule.role === "noise").toBe(true);
  });
});

describe("localized toolchain output", () => {
  test("gcc with a German locale (and ISO-8859-1 quotes decoded as U+FFFD) is still a compiler error", () => {
    expect(matchLineRule(LOCALIZED_CC_ERROR_EXAMPLE)?.id).toBe("cc-error");
    expect(
      matchLineRule("foo.c:3:10: schwerwiegender Fehler: bar.h: Datei oder Verzeichnis nicht gefunden")?.id,
    ).toBe("cc-error");
    expect(matchLineRule("main.c:(.text+0x1a): undefinierter Verweis auf \uFFFDpow\uFFFD")?.id).toBe(
      "ld-undefined-reference",
    );
  });
});
