import { describe, expect, test } from "vitest";
import { matchLineRule } from "./rules";
import { StreamingLog } from "./streaming-log";
import {
  analyzeLines,
  callStack,
  dieBanner,
  LONG_COMPILE_START,
  realRow,
  realRowLines,
} from "./testing/failure-class";

// Round 48c (helper rules48c): tool complaints a full log loses (round 47e reads only lines past the gate above
// make's echo), awk outside make, clang's lone `linker command failed`, and a collision list without its header.
// Each change is written from a real public log (fixtures/corpus/real rows 1060-1063) where one was found; awk's
// lines and the headerless collision list are made up in the tools' own formats (no public log found). Held-out
// logs not read.
const analyze = analyzeLines;

/** `lines` inside a full log, then the die's banner and call stack: 1-based numbers of `lines` are at(index). */
const inLongLog = (lines: readonly string[], phase = "compile") => [
  ...LONG_COMPILE_START,
  ...lines,
  ...dieBanner(phase, "emake failed"),
  ...callStack(phase, "emake"),
];
const at = (index: number) => LONG_COMPILE_START.length + index + 1;

const POD = "compile-pod2man-pod-document-had-syntax-errors-collectd";
const PERL = "compile-perl-cant-open-perl-script-under-make-opcua";
const GIT = "compile-git-not-a-git-repository-under-make-openfodder";
const CLANG = "link-clang-linker-command-failed-alone-niutrans";

describe("1. complaints no gate needle held, above make's echo in a full log (rows 1060-1062)", () => {
  test("row 1060: Pod::Simple's erratum over pod2man's verdict and make's echo, bare", () => {
    const result = realRow(POD);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("pod-erratum");
    expect(result.kind).toBe("compile");
  });

  test("row 1060 in a full log: the erratum, not the die's `emake failed`", () => {
    const result = analyze(inLongLog(realRowLines(POD).slice(1)));
    expect(result.primary?.line).toBe(at(1));
    expect(result.primary?.text).toBe(
      "src/collectd.conf.pod around line 10361: You forgot a '=back' before '=head2'",
    );
    expect(result.kind).toBe("compile");
  });

  test("pod2man's verdict alone is conclusive and outranks the die's message", () => {
    const verdict = "POD document had syntax errors at /usr/bin/pod2man line 71.";
    expect(analyze([verdict]).status).toBe("failed");
    const result = analyze(inLongLog([verdict, "make: *** [Makefile:12: foo.1] Error 255"], "install"));
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("install");
  });

  test("a compiler's error in the same section outranks a POD erratum (it may be a warning)", () => {
    const result = analyze(
      inLongLog([
        "doc/foo.pod around line 12: Expected text after =item, not a bullet",
        "src/a.c:12:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
        "make[2]: *** [Makefile:10: a.o] Error 1",
      ]),
    );
    expect(result.primary?.ruleId).toBe("cc-error");
  });

  test("row 1061: perl's `Can't open perl script`, bare and in a full log", () => {
    const bare = realRow(PERL);
    expect(bare.primary?.line).toBe(1);
    expect(bare.primary?.ruleId).toBe("perl-script-missing");
    const result = analyze(inLongLog(realRowLines(PERL)));
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("compile");
  });

  test("row 1062: git's `fatal: not a git repository` above make's Error 128 in a full log", () => {
    // The excerpt alone is the last resort's (as before this round).
    expect(realRow(GIT).primary?.line).toBe(2);
    const result = analyze(inLongLog(realRowLines(GIT)));
    expect(result.primary?.line).toBe(at(1));
    expect(result.primary?.ruleId).toBe("recipe-complaint");
    expect(result.kind).toBe("compile");
  });

  test("row 1062 streamed as an upload is, the same line", () => {
    const text = `${inLongLog(realRowLines(GIT)).join("\n")}\n`;
    const stream = new StreamingLog();
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 4093) stream.push(bytes.subarray(i, i + 4093));
    expect(stream.finish().primary?.line).toBe(at(1));
  });

  test("make 3.82-4.2's `recipe for target 'x' failed` line between the complaint and the echo is passed over", () => {
    const result = analyze(
      inLongLog([
        "fatal: Not a git repository (or any of the parent directories): .git",
        "Makefile:16: recipe for target 'main' failed",
        "make: *** [main] Error 128",
      ]),
    );
    expect(result.primary?.line).toBe(at(0));
  });

  test("git's complaint under ninja's `FAILED:` and its command", () => {
    const result = analyze(
      inLongLog([
        "FAILED: src/version.h ",
        "/bin/sh ../tools/gen-version.sh src/version.h",
        "fatal: not a git repository (or any of the parent directories): .git",
        "ninja: build stopped: subcommand failed.",
      ]),
    );
    expect(result.primary?.line).toBe(at(2));
  });

  test("near misses: git's complaint the build went on after, make's other lines", () => {
    // git's line far above the echo (a version probe whose failure the build ignored) is no cause
    const ignored = analyze(
      inLongLog([
        "fatal: not a git repository (or any of the parent directories): .git",
        ...Array.from({ length: 8 }, (_, i) => `x86_64-pc-linux-gnu-gcc -c b${i}.c`),
        "make: *** [Makefile:1: all] Error 1",
      ]),
    );
    expect(ignored.primary?.ruleId).toBe("portage-die-message");
    for (const line of [
      "see perldoc perlpod around line 12: for the syntax",
      "Can't open perl script: none given",
      "POD document had syntax errors",
    ]) {
      expect(matchLineRule(line)?.id ?? null, line).toBeNull();
    }
  });
});

describe("2. awk's complaints outside make, bare and before a die (made up in gawk's, mawk's, BWK awk's formats)", () => {
  const prepare = (lines: readonly string[]) => [
    ">>> Preparing source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
    ...lines,
    ...dieBanner("prepare", "(no error message)"),
    ...callStack("prepare"),
  ];

  test("gawk's syntax error: the caret line with the message, not the source line above it", () => {
    const lines = [
      "awk: cmd. line:1: /^VERSION/ { print $2",
      "awk: cmd. line:1:                      ^ unexpected newline or end of string",
    ];
    const result = analyze(prepare(lines));
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("awk-error");
    expect(result.kind).toBe("unknown");
    expect(analyze(lines).primary?.line).toBe(2);
  });

  test.each([
    "gawk: fatal: cannot open file `version.txt' for reading: No such file or directory",
    "awk: fatal: cannot open file `version.txt' for reading (No such file or directory)",
    "awk: cmd. line:1: (FILENAME=- FNR=1) fatal: division by zero attempted",
    "gawk: gen.awk:12: fatal: function `foo' not defined",
    "gawk: gen.awk:3:     ^ syntax error",
    "mawk: cannot open version.txt (No such file or directory)",
    "mawk: run time error: regular expression compile failed (missing operand)",
    "awk: syntax error at source line 1",
    "awk: can't open file version.txt",
  ])("an ebuild's `awk … || die` without a message: %s", (line) => {
    const result = analyze(prepare([line]));
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("awk-error");
  });

  test("in a full log's src_compile the kind is the phase's, the line over the die", () => {
    const result = analyze(
      inLongLog(["gawk: fatal: cannot open file `x.def' for reading: No such file or directory"]),
    );
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("compile");
  });

  test("near misses: gawk's warnings, its source echo, mawk's `line N:` (shell-error's), prose", () => {
    for (const line of [
      "awk: cmd. line:1: warning: regexp escape sequence `\\.' is not a known regexp operator",
      "awk: cmd. line:1: /^VERSION/ { print $2",
      "checking for gawk... gawk",
      "the awk: fatal: error is fixed in 1.2",
    ]) {
      expect(matchLineRule(line)?.id, line).not.toBe("awk-error");
    }
    expect(matchLineRule("mawk: line 1: syntax error at or near }")?.id).toBe("shell-error");
  });
});

describe("3. clang's lone `linker command failed` (row 1063)", () => {
  test("row 1063: bare, the line, kind link", () => {
    const result = realRow(CLANG);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("clang-linker-failed");
    expect(result.kind).toBe("link");
  });

  test.each([
    "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
    "clang++: error: linker command failed with exit code 1 (use -v to see invocation)",
    "x86_64-pc-linux-gnu-clang: error: linker command failed with exit code 1 (use -v to see invocation)",
    "x86_64-pc-linux-gnu-clang++-17: error: linker command failed with exit code 1 (use -v to see invocation)",
  ])("in a full log under make's echo and the die, the line, kind link: %s", (line) => {
    const result = analyze(inLongLog([line, "make[2]: *** [Makefile:10: foo] Error 1"]));
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("link");
  });

  test("under a short excerpt's banner it outranks the die's message", () => {
    const result = analyze([...realRowLines(CLANG), ...dieBanner("compile", "emake failed")]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("link");
  });

  test("ld.lld's `undefined symbol` above it wins", () => {
    const result = analyze(
      inLongLog([
        "ld.lld: error: undefined symbol: bar",
        ">>> referenced by a.c:3",
        ">>>               a.o:(main)",
        "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
        "make[2]: *** [Makefile:10: foo] Error 1",
      ]),
    );
    expect(result.primary?.line).toBe(at(0));
    expect(result.kind).toBe("link");
  });
});

describe("4. a collision list pasted without Portage's `Detected file collision(s):` header (made up)", () => {
  // Portage's report as vartree.py prints it, cut above its header (no public paste of that cut found).
  const list = [
    " * ",
    " * \t/usr/bin/foo",
    " * \t/usr/share/man/man1/foo.1.bz2",
    " * ",
    " * Searching all installed packages for file collisions...",
    " * ",
    " * Press Ctrl-C to Stop",
    " * ",
    " * sys-apps/other-1.0:0::gentoo",
    " * \t/usr/bin/foo",
    " * ",
    " * Package 'dev-foo/bar-1.0' NOT merged due to file collisions. If",
    " * necessary, refer to your elog messages for the whole content of the",
    " * above message.",
  ];

  test("the `NOT merged` verdict is the primary, kind collision (was a success)", () => {
    const result = analyze(list);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("collision");
    expect(result.primary?.line).toBe(12);
    expect(result.primary?.ruleId).toBe("file-collision-not-merged");
    expect(result.title).toBe("dev-foo/bar-1.0 - file collision");
  });

  test("after `>>> Completed installing` too, and with Portage's 70-column wrap", () => {
    const wrapped = [
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      ...list.slice(0, 11),
      " * Package 'games-emulation/pcsx2-bin-0.9.8' NOT merged due to file",
      " * collisions. If necessary, refer to your elog messages for the whole",
    ];
    const result = analyze(wrapped);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(13);
    expect(result.kind).toBe("collision");
  });

  test("the header, when shown, stays the primary and the owner still names the title", () => {
    const result = analyze([" * Detected file collision(s):", ...list]);
    expect(result.primary?.line).toBe(1);
    expect(result.title).toBe("dev-foo/bar-1.0 - file collision with sys-apps/other-1.0");
  });

  test("the verdict waits for no owner below it (the report is over: every later line would pass the gate)", () => {
    const result = analyze([...list, "", " * app-misc/later-2.0:0::gentoo"]);
    expect(result.title).toBe("dev-foo/bar-1.0 - file collision");
  });

  test("near misses: merged despite collisions, a list cut before the verdict, another NOT merged", () => {
    const despite = [...list.slice(0, 11), " * Package 'dev-foo/bar-1.0' merged despite file collisions. If"];
    expect(analyze(despite).status).toBe("succeeded");
    expect(analyze(list.slice(0, 11)).status).toBe("succeeded");
    expect(matchLineRule(" * Package 'dev-foo/bar-1.0' NOT merged due to a blocker")?.id).not.toBe(
      "file-collision-not-merged",
    );
  });
});
