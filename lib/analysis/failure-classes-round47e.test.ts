import { describe, expect, test } from "vitest";
import { matchLineRule } from "./rules";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, dieBanner, LONG_COMPILE_START, realRow, realRowLines } from "./testing/failure-class";

// Round 47e (the lead): what a tinderbox's full log loses that a pasted excerpt keeps, and GNU sed's own errors. A
// probe of ~80 tools' complaints (grep, awk, m4, xsltproc, doxygen, help2man, …) above make's `*** [...] Error N`
// in a 450-line log under a compile banner lost 44 to the die's `emake failed`: the last resort and round 26 read
// only excerpts held whole. Each change is written from a real public log (fixtures/corpus/real rows 1030-1034);
// lines that are not a row's are made up in the tools' formats, next to the row they vary. Held-out logs not read.
const analyze = analyzeLines;

/** `lines` inside a full log: 1-based line numbers of `lines` are these plus LONG_COMPILE_START.length. */
const inLongLog = (lines: readonly string[], phase = "compile") => [
  ...LONG_COMPILE_START,
  ...lines,
  "make: *** [Makefile:549: all-recursive] Error 1",
  ...dieBanner(phase, "emake failed"),
];
const at = (index: number) => LONG_COMPILE_START.length + index + 1;

describe("GNU sed refusing its script is the cause (rows 1030-1031)", () => {
  test("row 1030: ``sed: -e expression #2, char 9: unknown option to `s'`` in markdown's double backticks", () => {
    const result = realRow("unknown-gnu-sed-unknown-option-to-s-spooles");
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("sed: -e expression #2, char 9: unknown option to `s'");
  });

  test("row 1031: `Invalid range end` in a make install recipe outranks make's echo", () => {
    const result = realRow("install-gnu-sed-invalid-range-end-oscar-opkgc");
    expect(result.primary?.line).toBe(9);
    expect(result.primary?.ruleId).toBe("gnu-sed-script-error");
  });

  test.each([
    "sed: -e expression #1, char 24: unterminated `s' command",
    "sed: -e expression #1, char 30: unterminated address regex",
    "sed: -e expression #2, char 0: no previous regular expression",
    "/bin/sed: -e expression #1, char 5: unknown option to `s'",
    "sed: file ./fix.sed line 3: unknown command: `@'",
    "sed: no input files",
  ])("an ebuild's `sed … || die` without a message: %s", (line) => {
    const result = analyze([
      ">>> Preparing source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      line,
      ...dieBanner("prepare", "(no error message)"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("unknown");
  });

  test("in src_compile the kind is the phase's", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "sed: -e expression #1, char 24: unterminated `s' command",
      ...dieBanner("compile", "sed failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("near misses: sed's other complaints keep their rules, prose and scripts are no error", () => {
    expect(analyze(["sed: can't read configure: No such file or directory"]).primary?.ruleId).toBe(
      "coreutils-error",
    );
    expect(analyze(['sed: 1: "s/a/b/": invalid command code .']).primary?.ruleId).toBe("bsd-sed-error");
    for (const line of [
      "the sed: -e expression #1 error is fixed in 1.2",
      "sed -e 's/@CC@/gcc/' Make.inc.in > Make.inc",
      "sed: -e expression #1, char 5:",
    ]) {
      expect(matchLineRule(line)?.id, line).not.toBe("gnu-sed-script-error");
    }
  });
});

describe("markdown's double backticks around a line that holds one (row 1030)", () => {
  test("the wrap comes off both ends, the single backticks inside stay", () => {
    const result = analyze([
      "Linking fails with",
      "``/usr/bin/ld: foo.o: undefined reference to `bar'``",
      "any idea?",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toBe("/usr/bin/ld: foo.o: undefined reference to `bar'");
    expect(result.kind).toBe("link");
  });

  test("with the blanks markdown allows inside the backticks", () => {
    const result = analyze(["It fails with", "`` sed: -e expression #1, char 9: unknown option to `s' ``"]);
    expect(result.primary?.text).toBe("sed: -e expression #1, char 9: unknown option to `s'");
  });

  test("a fence is still a fence, and a single-backtick wrap still loses one backtick", () => {
    const fenced = analyze(["```", "sed: -e expression #1, char 9: unknown option to `s'", "```"]);
    expect(fenced.primary?.line).toBe(2);
    const single = analyze(["It fails with", "`make: *** No rule to make target 'x'.  Stop.`"]);
    expect(single.primary?.text).toBe("make: *** No rule to make target 'x'.  Stop.");
  });
});

describe("a tool's complaint right above make's echo in a full log (rows 1032-1034)", () => {
  test("row 1032: help2man's `can't get --help info`, its `Try …` hint and make[1]'s Error 127", () => {
    const lines = realRowLines("compile-help2man-cant-get-help-info-under-make-ssr");
    // The excerpt alone: the last resort reads it (unchanged by this round).
    expect(realRow("compile-help2man-cant-get-help-info-under-make-ssr").primary?.line).toBe(5);
    const result = analyze(inLongLog(lines));
    expect(result.primary?.line).toBe(at(4));
    expect(result.primary?.ruleId).toBe("recipe-complaint");
    expect(result.kind).toBe("compile");
  });

  test("row 1033: mawk's run of complaints: the first, not the last line above the echo", () => {
    const result = analyze(
      inLongLog(realRowLines("compile-mawk-syntax-error-at-or-near-under-make-netmaumau")),
    );
    expect(result.primary?.line).toBe(at(2));
    expect(result.primary?.text).toBe("mawk: ./genaction.awk: line 22: syntax error at or near ,");
  });

  test("row 1034: help2man under make check", () => {
    const result = analyze(
      inLongLog(realRowLines("test-help2man-cant-get-help-info-make-check-psutils"), "test"),
    );
    expect(result.primary?.line).toBe(at(6));
    expect(result.kind).toBe("test");
  });

  test.each([
    "grep: src/config.h: No such file or directory",
    "m4: cannot open `foo.m4': No such file or directory",
    "doxygen: error: configuration file Doxyfile not found!",
    "xsltproc: cannot parse /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/doc/bar.xml",
    "awk: syntax error at source line 7",
    "gawk: fatal: cannot use gawk builtin `include' as variable name",
  ])("made up in other tools' words: %s", (line) => {
    const result = analyze(inLongLog([line, "make[1]: *** [Makefile:313: doc/bar.1] Error 2"]));
    expect(result.primary?.line).toBe(at(0));
  });

  test("streamed as an upload is, the same line", () => {
    const text = `${inLongLog(realRowLines("compile-help2man-cant-get-help-info-under-make-ssr")).join("\n")}\n`;
    const stream = new StreamingLog();
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 4093) stream.push(bytes.subarray(i, i + 4093));
    expect(stream.finish().primary?.line).toBe(at(4));
  });

  test("a rule's line anywhere outranks it: the compiler's error earlier in the log", () => {
    const result = analyze(
      inLongLog([
        "src/a.c:12:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
        "make[2]: *** [Makefile:10: a.o] Error 1",
        "grep: src/config.h: No such file or directory",
        "make[1]: *** [Makefile:313: x] Error 2",
      ]),
    );
    expect(result.primary?.line).toBe(at(0));
    expect(result.primary?.ruleId).toBe("cc-error");
  });

  test("near misses: no complaint right above the echo, so the die's message stays", () => {
    for (const lines of [
      // a complaint more than eight lines above make's echo (the build went on after it)
      [
        "grep: src/config.h: No such file or directory",
        ...Array.from({ length: 8 }, (_, i) => `x86_64-pc-linux-gnu-gcc -c b${i}.c`),
      ],
    ]) {
      const result = analyze(inLongLog(lines));
      expect(result.primary?.ruleId, lines.join(" / ")).toBe("portage-die-message");
    }
  });

  test("near miss: a warning is no complaint; round 50's reading of the dying tail takes make's echo", () => {
    // As a pasted excerpt would be read (the last resort: a warning is harmless, make's echo names the target).
    const lines = [
      "doxygen: warning: tag INPUT: input source 'foo' does not exist",
      "make[1]: *** [Makefile:1: doc] Error 1",
    ];
    const result = analyze(inLongLog(lines));
    expect(result.primary?.ruleId).toBe("last-resort");
    expect(result.primary?.line).toBe(at(1));
  });

  test("near miss: another tool's line between them; round 50's reading of the dying tail takes grep's", () => {
    // Another tool's line between them (one the gate lets through: a line it skips is passed over): no recipe
    // complaint. The die restates the failure, so the tail of the dying phase is read as an excerpt with the
    // banner would be (round 26's complaint above the die, analyzer.ts readDyingTail).
    const lines = [
      "grep: src/config.h: No such file or directory",
      "xgettext: warning: file 'foo' extension 'bar' is unknown; will try C",
      "make[1]: *** [Makefile:1: x] Error 1",
    ];
    const result = analyze(inLongLog(lines));
    expect(result.primary?.ruleId).not.toBe("recipe-complaint");
    expect(result.primary?.line).toBe(at(0));
  });

  test("a short excerpt is read as before: the last resort's line, not a second reading", () => {
    // Held whole, the excerpt goes through the last resort (the grep line is its first trouble line either way);
    // with a quieter line first that the last resort prefers, the recipe reading would differ and is not used.
    const result = analyze([
      "checking for foo... not found",
      "grep: src/config.h: No such file or directory",
      "make[1]: *** [Makefile:313: x] Error 2",
    ]);
    expect(result.primary?.ruleId).not.toBe("recipe-complaint");
  });
});

describe("a tool's complaint under ninja's `FAILED:` and its command in a full log (row 1032's line)", () => {
  // No public ninja log of a complaint no rule reads was found in three look-ups: row 1032's help2man line, the same
  // tool in ninja's layout (meson's custom target runs help2man the same way).
  const ninjaLog = (block: readonly string[]) => [
    ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
    ...Array.from({ length: 400 }, (_, i) => `[${i + 1}/900] Compiling C object src/file${i}.c.o`),
    ...block,
    "ninja: build stopped: subcommand failed.",
    ...dieBanner("compile", "ninja -v -j4 -l0 failed"),
  ];
  const first = 402;

  test("ninja's `FAILED: <target>`, the command, then the tool's words", () => {
    const result = analyze(
      ninjaLog([
        "FAILED: man/ssr-binaural.1 ",
        "/usr/bin/help2man --no-info --output=man/ssr-binaural.1 src/ssr-binaural",
        "help2man: can't get `--help' info from src/ssr-binaural",
        "Try `--no-discard-stderr' if option outputs to stderr",
      ]),
    );
    expect(result.primary?.line).toBe(first + 2);
    expect(result.primary?.ruleId).toBe("recipe-complaint");
    expect(result.kind).toBe("compile");
  });

  test("samurai's `samu: job failed: <command>` holds the command: the words are on the next line", () => {
    const result = analyze(
      ninjaLog([
        "samu: job failed: /usr/bin/help2man --no-info --output=man/ssr-binaural.1 src/ssr-binaural",
        "help2man: can't get `--help' info from src/ssr-binaural",
      ]),
    );
    expect(result.primary?.line).toBe(first + 1);
  });

  test("near misses: a rule's line under `FAILED:` is the rule's; a warning first leaves ninja's line", () => {
    const compiler = analyze(
      ninjaLog([
        "FAILED: src/a.c.o ",
        "/usr/bin/x86_64-pc-linux-gnu-gcc -O2 -c ../src/a.c -o src/a.c.o",
        "../src/a.c:12:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
      ]),
    );
    expect(compiler.primary?.ruleId).toBe("cc-error");
    const warned = analyze(
      ninjaLog([
        "FAILED: doc/bar.1 ",
        "/usr/bin/xgettext -o po/bar.pot src/bar.c",
        "xgettext: warning: file 'foo' extension 'bar' is unknown; will try C",
        "grep: src/config.h: No such file or directory",
      ]),
    );
    expect(warned.primary?.ruleId).toBe("ninja-failed");
  });
});
