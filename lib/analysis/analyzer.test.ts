import { describe, expect, test } from "vitest";
import { analyzeLogText, createLogAnalyzer, MAX_ERROR_LINES } from "./analyzer";
import { LineSplitter } from "./lines";
import { generatedCases } from "./testing/corpus";

const HEADER = [
  " * Package:    dev-libs/foo-1.2.3-r1:0",
  " * Repository: gentoo",
  " * Maintainer: a@gentoo.org b@gentoo.org",
  " * USE:        abi_x86_64 amd64",
  " * FEATURES:   sandbox test",
];

function log(...lines: string[]): string {
  return `${[...HEADER, ...lines].join("\n")}\n`;
}

function analyzeBytes(bytes: Uint8Array, chunkSize: number) {
  const splitter = new LineSplitter();
  const analyzer = createLogAnalyzer();
  for (let i = 0; i < bytes.length; i += chunkSize) {
    for (const line of splitter.push(bytes.subarray(i, i + chunkSize))) analyzer.pushLine(line);
  }
  for (const line of splitter.end()) analyzer.pushLine(line);
  return analyzer.finish();
}

describe("streaming", () => {
  test.each(generatedCases().map((c) => [c.name, c] as const))(
    "%s: bytes in odd chunks give the same result",
    (_n, c) => {
      const bytes = new TextEncoder().encode(c.logText);
      expect(analyzeBytes(bytes, 4093)).toEqual(analyzeLogText(c.logText));
    },
  );
});

describe("header, sections and banner", () => {
  test("reads the Portage header, phase sections and the die banner", () => {
    const result = analyzeLogText(
      log(
        ">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.2.3-r1/work/foo-1.2.3 ...",
        "foo.c:1:2: error: boom",
        " * ERROR: dev-libs/foo-1.2.3-r1::gentoo failed (compile phase):",
        " *   emake failed",
      ),
    );
    expect(result.header.maintainers).toEqual([{ email: "a@gentoo.org" }, { email: "b@gentoo.org" }]);
    expect(result.sections).toEqual([{ phase: "compile", startLine: 6, endLine: 9 }]);
    expect(result.die).toEqual({
      atom: "dev-libs/foo-1.2.3-r1",
      repository: "gentoo",
      phase: "compile",
      message: "emake failed",
      line: 8,
    });
    expect(result).toMatchObject({
      category: "dev-libs",
      packageName: "foo",
      version: "1.2.3-r1",
      kind: "compile",
    });
    expect(result.primary?.line).toBe(7);
  });
});

describe("hostile input", () => {
  test("ANSI escapes (ESC bytes and caret text), \\r progress and NUL bytes do not hide the error", () => {
    const result = analyzeLogText(
      log(
        ">>> Compiling source in /x ...",
        "[ 10%] Building\r[ 50%] Building\r\u001b[1mfoo.c:3:1: \u001b[31merror:\u001b[0m expected ‘;’",
        "C: /usr/bin/install\u0000-c",
        " ^[[31;01m*^[[0m ERROR: dev-libs/foo-1.2.3-r1::gentoo failed (compile phase):",
        " ^[[31;01m*^[[0m   emake failed",
      ),
    );
    expect(result.primary).toMatchObject({ line: 7, text: "foo.c:3:1: error: expected ‘;’" });
    expect(result.die?.message).toBe("emake failed");
  });

  test("localized make echoes are red herrings; invalid UTF-8 decodes to U+FFFD", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(
        log(">>> Compiling source in /x ...", "make[2]: *** [Makefile:12: a.o] Błąd 1", ""),
      ),
      ...[
        0x66, 0x2e, 0x63, 0x3a, 0x31, 0x3a, 0x20, 0x65, 0x72, 0x72, 0x6f, 0x72, 0x3a, 0x20, 0xab, 0x78, 0xbb,
        0x0a,
      ],
      ...new TextEncoder().encode(
        "gmake: *** [all] Fehler 2\n * ERROR: dev-libs/foo-1.2.3-r1::gentoo failed (compile phase):\n",
      ),
    ]);
    const result = analyzeBytes(bytes, 7);
    expect(result.primary).toMatchObject({ line: 9, text: "f.c:1: error: \uFFFDx\uFFFD" });
    expect(result.errorLines.map((e) => e.ruleId)).toEqual(["cc-error", "portage-die-banner"]);
  });

  // Stalls are caught without a clock: redos.test.ts proves every line regex
  // linear, and bench:redos prints the times on adversarial lines.
  test("1 MB single lines neither crash the analyzer nor hide the error after them", () => {
    const analyzer = createLogAnalyzer();
    for (const unit of ["a", ":", "error: ", "*"]) analyzer.pushLine(unit.repeat(1024 * 1024));
    analyzer.pushLine("x.c:1:1: error: after the long lines");
    const result = analyzer.finish();
    expect(result.lineCount).toBe(5);
    expect(result.errorLines.map((e) => e.text)).toContain("x.c:1:1: error: after the long lines");
  });

  test("error lines are capped and consecutive duplicates dropped", () => {
    const lines = [">>> Compiling source in /x ..."];
    for (let i = 0; i < 200; i++) lines.push(`a.c:${i}:1: error: e${i}`, `a.c:${i}:1: error: e${i}`);
    const result = analyzeLogText(log(...lines));
    expect(result.errorLines).toHaveLength(MAX_ERROR_LINES);
    expect(new Set(result.errorLines.map((e) => e.text)).size).toBe(MAX_ERROR_LINES);
  });
});

describe("QA notices", () => {
  test("are findings of their own on a successful build", () => {
    const result = analyzeLogText(
      log(
        ">>> Install dev-libs/foo-1.2.3-r1 into /var/tmp/portage/dev-libs/foo-1.2.3-r1/image",
        " * QA Notice: Files built without respecting CFLAGS have been detected",
        ">>> Completed installing dev-libs/foo-1.2.3-r1 into /var/tmp/portage/dev-libs/foo-1.2.3-r1/image",
        ">>> dev-libs/foo-1.2.3-r1 merged.",
      ),
    );
    expect(result).toMatchObject({ status: "succeeded", kind: "none", primary: null });
    expect(result.qaNotices).toEqual([
      {
        line: 7,
        text: "* QA Notice: Files built without respecting CFLAGS have been detected",
        ruleId: "qa-flags-ignored",
      },
    ]);
  });

  test("a QA check that kills the build gives kind qa", () => {
    const result = analyzeLogText(
      log(
        ">>> Completed installing dev-libs/foo-1.2.3-r1 into /image",
        " * QA Notice: The following files contain writable and executable sections",
        " * ERROR: dev-libs/foo-1.2.3-r1::gentoo failed (install phase):",
        " *   Aborting due to QA concerns: 1 files with writable and executable sections",
      ),
    );
    expect(result).toMatchObject({ status: "failed", kind: "qa", phase: "install" });
    expect(result.primary?.line).toBe(7);
  });
});

describe("generalisation beyond the corpus", () => {
  test("a 20k-line parallel compile where gcc drops the column finds the first real error", () => {
    const lines = [">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.2.3-r1/work/foo-1.2.3 ..."];
    for (let i = 0; i < 10_000; i++) {
      lines.push(
        `libtool: compile:  gcc -DHAVE_CONFIG_H -I. -O2 -pipe -Werror=implicit-function-declaration -c f${i}.c -o f${i}.o`,
      );
      lines.push(`f${i}.c:${i}:5: warning: unused variable ‘x’ [-Wunused-variable]`);
    }
    lines.push(
      "In file included from popthelp.c:18:",
      "popthelp_table.h:2: error: expected ‘=’, ‘,’, ‘;’, ‘asm’ or ‘__attribute__’ before ‘{’ token",
      "make[2]: *** [Makefile:475: popthelp.lo] Error 1",
      "make[2]: *** Waiting for unfinished jobs....",
      "popt.c:12:1: error: unknown type name ‘poptItem’",
      "make[1]: *** [Makefile:542: all-recursive] Error 1",
      "make: *** [Makefile:406: all] Error 2",
      " * ERROR: dev-libs/foo-1.2.3-r1::gentoo failed (compile phase):",
      " *   emake failed",
    );
    const result = analyzeLogText(log(...lines));
    expect(result.primary?.line).toBe(HEADER.length + 1 + 20_000 + 2);
    expect(result.primary?.text.startsWith("popthelp_table.h:2: error:")).toBe(true);
    expect(result).toMatchObject({ kind: "compile", phase: "compile" });
    expect(result.title).toMatch(
      /^dev-libs\/foo-1\.2\.3-r1 - popthelp_table\.h: error: expected '=', ',', ';'/,
    );
  });
});
