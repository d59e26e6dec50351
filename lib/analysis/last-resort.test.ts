import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import {
  firstTroubleLine,
  kindNamedBy,
  LAST_RESORT_RULES,
  lastResortRule,
  soundsLikeTrouble,
} from "./last-resort";
import { WHOLE_LOG_LINES } from "./line-prefix";
import { StreamingLog } from "./streaming-log";
import { analyzeLines } from "./testing/failure-class";

// The last resort (last-resort.ts): a short excerpt no rule reads as failed, and in which nothing says
// the build went through, fails on its first line that sounds like trouble. Shapes here are made up on
// purpose (no rule knows them), so each test shows what the fallback does for a tool nobody wrote a
// rule for.

const streamed = (text: string) => {
  const log = new StreamingLog();
  log.push(new TextEncoder().encode(text));
  return log.finish();
};

describe("which lines sound like trouble", () => {
  test.each([
    "frobnicate: error: the widget table is corrupt",
    "Project ERROR: Unknown module(s) in QT: frob",
    "suite.frob_alpha                         w1 [ fail ]",
    "FAIL: t/frob.t",
    "Please run as root.",
    "setup: No executables and no library found. Nothing to do.",
    "/bin/sh: ./mkfrob: No such file or directory",
    "frob-gen: cannot open template 'x.tpl'",
    "Segmentation fault (core dumped)",
    "frob.cpp:62:Assertion",
  ])("%j does", (line) => {
    expect(soundsLikeTrouble(line)).toBe(true);
  });

  test.each([
    "checking for strerror... yes",
    "-- Looking for frob - not found",
    "x86_64-pc-linux-gnu-gcc -Werror=implicit-function-declaration -c frob.c",
    "frob.c:12: warning: unused variable 'x'",
    "All 42 tests passed, 0 tests failed",
    "Failed with core:   0",
    "errors: 0",
    " * ERROR: dev-libs/frob-1.0::gentoo failed (compile phase):",
    " * Unable to find kernel sources at /usr/src/linux",
    ">>> Failed to emerge dev-libs/frob-1.0",
    " * QA Notice: command not found:",
    'FEATURES="assume-digests fail-clean unmerge-logs"',
    "HTTP request sent, awaiting response... 404 Not Found",
    "./configure: line 557: --libs: command not found",
    "compiling error_handler.c",
    `${"x".repeat(1000)} error`,
  ])("%j does not", (line) => {
    expect(soundsLikeTrouble(line)).toBe(false);
  });

  test("the first such line wins, not the loudest", () => {
    const lines = [
      "make[1]: Entering directory 'x'",
      "sh: lrelease: not found",
      "Project ERROR: Failed to run: lrelease",
    ];
    expect(firstTroubleLine(lines)).toBe(1);
  });

  test("none when a download was saved after it (the fetch rules weighed that attempt)", () => {
    const lines = [
      "2020-08-09 13:04:14 ERROR 404: Not Found.",
      "2020-08-09 13:04:15 (1.2 MB/s) - 'frob-1.0.tar.gz' saved [123/123]",
    ];
    expect(firstTroubleLine(lines)).toBe(-1);
    expect(firstTroubleLine(lines.slice(0, 1))).toBe(0);
  });
});

describe("the rule a chosen line is recorded under", () => {
  test.each(LAST_RESORT_RULES.map((rule) => [rule.id, rule.example]))("%s: its example", (id, example) => {
    expect(lastResortRule(example).id).toBe(id);
  });

  test("a known tool line behind blanks or comment marks is that tool's rule", () => {
    const rule = lastResortRule("\t\t psrc.h:93:23: error: field 'peer' has incomplete type");
    expect(rule.id).not.toMatch(/^last-resort/);
    expect(rule.kind).toBe("compile");
    expect(
      lastResortRule("## configure: error: Package requirements (frob-2.0) were not met:").id,
    ).not.toMatch(/^last-resort/);
  });

  test("a plain line is the generic rule's, whatever its words", () => {
    expect(lastResortRule("Please run as root.").id).toBe("last-resort");
  });
});

describe("an excerpt no rule reads as failed", () => {
  const EXCERPT = [
    "Making all in frobdir",
    "frob-gen --table widgets.tbl",
    "frob-gen: cannot open template 'widgets.tpl'",
    "frob-gen: giving up",
  ];

  test("fails on its first line that sounds like trouble, kind from what the line names", () => {
    const result = analyzeLines(EXCERPT);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 3, ruleId: "last-resort" });
    expect(result.kind).toBe("unknown");
    expect(result.title).toContain("frob-gen: cannot open template");
  });

  test("the phase a banner-less excerpt's weak signs name still decides the kind", () => {
    const result = analyzeLines([
      ">>> Source compiled.",
      ">>> Test phase: dev-libs/frob-1.0",
      "t/frob.t ... FAIL: frob_alpha",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("a linker's line is kind link, a test harness's kind test", () => {
    expect(analyzeLines(["/usr/bin/ld.gold: internal error in frob, at object.h:12"]).kind).toBe("link");
    expect(analyzeLines(["suite.frob_alpha                         w1 [ fail ]"]).kind).toBe("test");
  });

  test("line numbers stay the file's under decoration", () => {
    const result = analyzeLines([
      "# Making all in frobdir",
      "#",
      "# frob-gen: cannot open template 'widgets.tpl'",
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test.each([
    ">>> Completed installing dev-libs/frob-1.0 into /var/tmp/portage/image",
    ">>> dev-libs/frob-1.0 merged.",
    "Jobs: 3 of 3 complete                           Load avg: 1.2, 1.1, 1.0",
  ])("a success line anywhere keeps it a success: %j", (success) => {
    const result = analyzeLines([...EXCERPT, success]);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
  });

  test("an excerpt without such a line stays a success", () => {
    expect(analyzeLines(["Making all in frobdir", "frob-gen --table widgets.tbl"]).status).toBe("succeeded");
  });

  test("a config.log or CMakeError.log read as a main log is not read by it", () => {
    const result = analyzeLines([
      "This file contains any messages produced by compilers while",
      "running configure, to aid debugging if configure makes a mistake.",
      "conftest.c:1:10: fatal error: frob.h: No such file or directory",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("a rule's failure is left alone", () => {
    const result = analyzeLines([
      "frob-gen: cannot open template 'widgets.tpl'",
      "frob.c:3:1: error: unknown type name 'frob_t'",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).not.toMatch(/^last-resort/);
  });

  test("the streaming path (uploads) gives the same result", () => {
    const text = `${EXCERPT.join("\n")}\n`;
    expect(streamed(text)).toEqual(analyzeLogText(text));
  });

  test(`a log of ${WHOLE_LOG_LINES} or more non-empty lines is never read by it (a tinderbox's own log)`, () => {
    const filler = Array.from({ length: WHOLE_LOG_LINES }, (_, i) => `compiling frob${i}.o`);
    const text = `${[...filler, "frob-gen: cannot open template 'widgets.tpl'"].join("\n")}\n`;
    expect(analyzeLogText(text).status).toBe("succeeded");
    expect(streamed(text).status).toBe("succeeded");
  });

  test("non-UTF-8 bytes in the line do not stop it", () => {
    const bytes = Buffer.concat([
      Buffer.from("frob-gen: cannot open template '"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from("'\n"),
    ]);
    const log = new StreamingLog();
    log.push(bytes);
    const result = log.finish();
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });
});

describe("the kind a line names when no phase is told (result.ts)", () => {
  test.each([
    ["/usr/bin/install: cannot create regular file '/usr/share/frob': Permission denied", "install"],
    ["error: relink `libfrob.la' with the above command before installing it", "install"],
    ["error: too few arguments to function 'frob_apply'", "compile"],
    ["error: Frob.hsc:34:10: fatal error: frob.h: No such file or directory", "compile"],
    ["make[2]: *** [Makefile:1931: frob/types.go] Floating point exception", "compile"],
    ["/usr/bin/ld: cannot find -lfrob", "link"],
    ["suite.frob_alpha                         w1 [ fail ]", "test"],
    ["waf: error: no such option: --libdir", "configure"],
  ])("%j: %s", (line, kind) => {
    expect(kindNamedBy(line)).toBe(kind);
  });

  test("a linker named by a generic rule's line keeps kind link (its phase alone would say compile)", () => {
    const result = analyzeLines(["error: libfrob.so.1: file format not recognized"]);
    expect(result.primary?.ruleId).toBe("tool-error");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("link");
  });

  test("none for a line that names no tool", () => {
    expect(kindNamedBy("Please run as root.")).toBeNull();
  });

  test("an excerpt whose rule names no kind takes it; a phase, when told, still decides", () => {
    const line = "error: too few arguments to function 'frob_apply'";
    expect(analyzeLines([line]).kind).toBe("compile");
    const inInstall = analyzeLines([
      ">>> Install dev-libs/frob-1.0 into /var/tmp/portage/dev-libs/frob-1.0/image",
      line,
    ]);
    expect(inInstall.kind).not.toBe("compile");
  });
});

describe("what the last resort reads past", () => {
  test("an elog line is the die's own paragraph only under a die banner", () => {
    const banner = " * ERROR: dev-python/frob-1.0::gentoo failed (compile phase):";
    const under = analyzeLines(["frob: building wheel", `${banner},`, " *   Wheel build failed"]);
    expect(under.status).toBe("failed");
    expect(under.primary?.line).toBe(3);
    expect(analyzeLines(["frob: building wheel", " *   Wheel build failed"]).status).toBe("succeeded");
  });

  test("a known rule's line behind a mail's line number is that rule's", () => {
    const rule = lastResortRule(
      '15 > !!! The ebuild selected to satisfy "dev-libs/frob" has unmet requirements.',
    );
    expect(rule.id).not.toMatch(/^last-resort/);
    expect(rule.kind).toBe("dependency");
  });

  test("a harness's 'Failing Tests' summary sounds like trouble", () => {
    expect(soundsLikeTrouble("Failing Tests (99):")).toBe(true);
  });
});
