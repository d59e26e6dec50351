import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeAttachment, createAttachmentReader, toolchainRule } from "./attachments";
import { cleanLine } from "./lines";
import { attachmentRoleFor } from "./portage-patterns";
import { LINE_RULES, matchLineRule } from "./rules";
import { TOOLCHAIN_RULES } from "./rules/toolchain";
import { CORPUS_DIR, corpusLines } from "./testing/corpus";

describe("attachmentRoleFor", () => {
  test.each([
    ["/var/tmp/portage/a/b-1/work/b-1/config.log", "config-log"],
    ["CMakeFiles/CMakeError.log", "cmake-error-log"],
    ["CMakeConfigureLog.yaml.xz", "cmake-configure-log"],
    ["meson-logs/meson-log.txt", "meson-log"],
    ["tests/test-suite.log", "test-suite-log"],
    ["Testing/Temporary/LastTest.log", "ctest-log"],
    ["README", "other"],
  ])("%s -> %s", (file, role) => {
    expect(attachmentRoleFor(file)).toBe(role);
  });
});

describe("analyzeAttachment", () => {
  test("config.log of a failure: the last configure error and the conftest output of its check", () => {
    const result = analyzeAttachment(
      "config-log",
      corpusLines("generated/configure-autoconf-tmux-libevent-missing/config.log"),
    );
    expect(result.primary).toMatchObject({ line: 3114, text: 'configure:5978: error: "libevent not found"' });
    expect(result.context.some((entry) => entry.text.includes("fatal error: event.h: No such file"))).toBe(
      true,
    );
  });

  test("config.log of a success (probe errors, configure: exit 0) has no failure", () => {
    const result = analyzeAttachment(
      "config-log",
      corpusLines("real/config-log-autoconf-success-with-probe-errors/config.log"),
    );
    expect(result.primary).toBeNull();
    expect(result.errorLines).toEqual([]);
  });

  test("CMakeError.log counts only when the main log says configuring failed", () => {
    const lines = corpusLines("real/cmakeerror-log-pthread-probe-localized-pl/CMakeError.log");
    expect(analyzeAttachment("cmake-error-log", lines).primary).toBeNull();
    const failed = analyzeAttachment("cmake-error-log", lines, { mainLogConfigureFailed: true });
    expect(failed.primary?.text).toMatch(/undefined reference to .pthread_create'/);
  });

  test("a CMake log's reader is done at its first toolchain error, a config.log's never", () => {
    const lines = corpusLines("real/cmakeerror-log-pthread-probe-localized-pl/CMakeError.log");
    const cmake = createAttachmentReader("cmake-error-log");
    const config = createAttachmentReader("config-log");
    const doneAt = lines.findIndex((line) => {
      cmake.push(line);
      config.push(line);
      return cmake.done();
    });
    expect(doneAt).toBeGreaterThan(0);
    expect(lines[doneAt]).toMatch(/undefined reference to .pthread_create'/);
    expect(config.done()).toBe(false);
    // file-intake.ts stops pushing there: the verdict is the one of the whole file.
    const whole = analyzeAttachment("cmake-error-log", lines, { mainLogConfigureFailed: true });
    expect(cmake.finish({ mainLogConfigureFailed: true })).toEqual(whole);
  });

  test("meson-log.txt gives meson's ERROR line", () => {
    const result = analyzeAttachment(
      "meson-log",
      corpusLines("generated/configure-meson-unknown-options-fribidi/meson-log.txt"),
    );
    expect(result.primary).toMatchObject({
      line: 11,
      text: 'meson.build:1:0: ERROR: Unknown options: "bin, tests"',
    });
  });

  test("test-suite.log lists its failed tests; all-pass logs list none", () => {
    const failing = analyzeAttachment(
      "test-suite-log",
      corpusLines("generated/test-automake-check-libyaml/test-suite.log"),
    );
    expect(failing.failedTests.map((t) => t.name)).toEqual(["test-version"]);
    for (const file of ["test-suite-log-all-pass-collectd", "test-suite-log-legacy-format-bison"]) {
      const passing = analyzeAttachment("test-suite-log", corpusLines(`real/${file}/test-suite.log`));
      expect(passing.failedTests).toEqual([]);
      expect(passing.primary).toBeNull();
    }
  });

  test("LastTest.log gives the failing ctest tests", () => {
    const lines = ["1/2 Test: parser_ok", "Test Passed.", "2/2 Test: parser_bad", "Test Failed."];
    expect(analyzeAttachment("ctest-log", lines).failedTests).toEqual([
      { name: "parser_bad", line: 3, source: "ctest-log" },
    ]);
  });
});

describe("toolchainRule", () => {
  // Every line of the corpus' logs and attachments, cleaned as the readers see them.
  const sets = readdirSync(CORPUS_DIR).filter((set) => /^(?:real|generated|heldout\d*)$/.test(set));
  const corpusFileLines = sets.flatMap((set) =>
    readdirSync(path.join(CORPUS_DIR, set)).flatMap((dir) =>
      statSync(path.join(CORPUS_DIR, set, dir)).isDirectory()
        ? readdirSync(path.join(CORPUS_DIR, set, dir))
            .filter((name) => !/\.(?:json|md|xz)$/.test(name))
            .filter((name) => statSync(path.join(CORPUS_DIR, set, dir, name)).isFile())
            .flatMap((name) => corpusLines(`${set}/${dir}/${name}`).map(cleanLine))
        : [],
    ),
  );

  test("every toolchain rule is a row of the line table (else loading attachments.ts throws)", () => {
    expect(TOOLCHAIN_RULES.filter((rule) => !LINE_RULES.includes(rule)).map((rule) => rule.id)).toEqual([]);
  });

  test("picks the rule matchLineRule picks, on every corpus line and every rule's example", () => {
    const lines = [...corpusFileLines, ...TOOLCHAIN_RULES.map((rule) => rule.example)];
    expect(lines.length).toBeGreaterThan(20_000);
    const differing = lines.filter((line) => toolchainRule(line) !== matchLineRule(line, TOOLCHAIN_RULES));
    expect(differing).toEqual([]);
    // Not vacuous: the corpus has toolchain errors, in config.log probes among others.
    expect(lines.filter((line) => toolchainRule(line) !== null).length).toBeGreaterThan(100);
  });
});
