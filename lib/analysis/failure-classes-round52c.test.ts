import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  dieBanner,
  expectStreamedAlike,
  PHASE_BANNERS,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
} from "./testing/failure-class";

// Round 52c (helper rules52c): shapes whose primary line was right and whose kind was not (LABELLING.md conventions
// 7 and 18: the kind names the step that failed). Each from a real public log (fixtures/corpus/real rows
// 1160-1163); the variants are made up in the tools' own formats. Held-out logs not read.
const analyze = analyzeLines;

const GAS = "compile-gas-fatal-cant-create-object-no-such-directory-neurolkh";
const SCONS = "configure-scons-sconstruct-attributeerror-reading-sconscript-dxx-rebirth";
const CONFIG_LOG = "configure-config-log-werror-implicit-declaration-printf-conftest-nut";
const COMMAND_LINE = "compile-gcc-command-line-macro-redefined-werror-platformio-opendtu";

describe("1. GNU as unable to create its object: compile, not the linker's `.o: ` (row 1160)", () => {
  const CANT_CREATE = [
    "x86_64-pc-linux-gnu-gcc -O2 -pipe -c src/foo.c -o obj/foo.o",
    "Assembler messages:",
    "Fatal error: can't create obj/foo.o: No such file or directory",
    "make: *** [Makefile:12: obj/foo.o] Error 1",
  ];

  test("row 1160: `Fatal error: can't create OBJ/Activate.o: No such file or directory`", () => {
    expect(readingOf(realRow(GAS))).toMatchObject({ line: 7, ruleId: "gas-error", kind: "compile" });
  });

  test("bare, under src_compile's die and in a full log (a parallel make's race): compile", () => {
    expect(readingOf(analyze(CANT_CREATE))).toMatchObject({ line: 3, ruleId: "gas-error", kind: "compile" });
    const full = phaseLog(CANT_CREATE, "compile", "emake failed");
    expect(readingOf(analyze(full))).toMatchObject({
      line: phaseLogLine(2),
      ruleId: "gas-error",
      kind: "compile",
      phase: "compile",
    });
    expect(expectStreamedAlike(full).ruleId).toBe("gas-error");
  });

  test("other reasons: `Permission denied` is gas's, compile; `No space left on device` stays disk-full's", () => {
    const denied = analyze(["Assembler messages:", "Fatal error: can't create obj/foo.o: Permission denied"]);
    expect(readingOf(denied)).toMatchObject({ line: 2, ruleId: "gas-error", kind: "compile" });
    const full = analyze([
      "Assembler messages:",
      "Fatal error: can't close obj/foo.o: No space left on device",
    ]);
    expect(full.kind).toBe("disk-full");
  });

  test("near misses: gfortran's `Fatal Error: Can't open module file` and ld's own `cannot open output file`", () => {
    const fortran = analyze([
      "src/a.f90:3:7:",
      "",
      "Fatal Error: Cannot open module file 'foo.mod' for reading at (1): No such file or directory",
    ]);
    expect(fortran.primary?.ruleId).not.toBe("gas-error");
    const ld = analyze(["/usr/bin/ld: cannot open output file bin/foo: No such file or directory"]);
    expect(ld.kind).toBe("link");
  });
});

describe("2. SCons failing while it reads its SConstruct: configure, also in src_compile (row 1161)", () => {
  const READING = "scons: Reading SConscript files ...";
  const TRACEBACK = [
    READING,
    "AttributeError: 'SConsEnvironment' object has no attribute 'has_key':",
    '  File "/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/SConstruct", line 42:',
    "    if env.has_key('CC'):",
  ];
  const CHECK_FAILED = [
    READING,
    "Checking for C library foo... no",
    "Checking for C header file foo.h... no",
  ];

  test("row 1161: an AttributeError from the SConstruct, no `done reading`: configure", () => {
    expect(readingOf(realRow(SCONS))).toMatchObject({
      line: 4,
      ruleId: "python-exception",
      kind: "configure",
      phase: "configure",
    });
  });

  test("the traceback under src_compile's banner and die, in a full log: configure, phase compile", () => {
    const full = phaseLog(["scons -j4 prefix=/usr", ...TRACEBACK], "compile", "escons failed");
    expect(readingOf(analyze(full))).toMatchObject({
      line: phaseLogLine(2),
      ruleId: "python-exception",
      kind: "configure",
      phase: "compile",
    });
    expect(expectStreamedAlike(full).kind).toBe("configure");
  });

  test("`scons: *** …` while reading, bare and in src_compile: configure", () => {
    const error = [READING, "scons: *** Path for option prefix does not exist: /nonexistent"];
    expect(readingOf(analyze(error))).toMatchObject({ line: 2, ruleId: "scons-error", kind: "configure" });
    const full = phaseLog(error, "compile", "escons failed");
    expect(readingOf(analyze(full))).toMatchObject({ kind: "configure", phase: "compile" });
    expect(expectStreamedAlike(full).kind).toBe("configure");
  });

  test("a Configure check's `no` and the script's exit: the die's message, kind configure", () => {
    const result = analyze([
      PHASE_BANNERS.compile,
      ...CHECK_FAILED,
      ...dieBanner("compile", "escons failed"),
    ]);
    expect(readingOf(result)).toMatchObject({
      ruleId: "portage-die-message",
      kind: "configure",
      phase: "compile",
    });
    const full = phaseLog(CHECK_FAILED, "compile", "escons failed");
    expect(expectStreamedAlike(full).kind).toBe("configure");
  });

  test("near misses: after `done reading SConscript files.` the build's errors stay compile", () => {
    const built = analyze([
      PHASE_BANNERS.compile,
      READING,
      "scons: done reading SConscript files.",
      "scons: Building targets ...",
      "x86_64-pc-linux-gnu-gcc -o src/foo.o -c -O2 src/foo.c",
      "src/foo.c:1:1: error: unknown type name 'bar'",
      "scons: *** [src/foo.o] Error 1",
    ]);
    expect(readingOf(built)).toMatchObject({ line: 6, kind: "compile" });
    const builtTraceback = analyze([
      READING,
      "scons: done reading SConscript files.",
      "scons: Building targets ...",
      "TypeError: expected str, bytes or os.PathLike object, not NoneType:",
      '  File "/x/site_scons/builders.py", line 4:',
    ]);
    expect(builtTraceback.kind).toBe("compile");
    // No SCons at all: a Python traceback in src_compile stays compile.
    const plain = phaseLog(
      ["AttributeError: 'NoneType' object has no attribute 'x'"],
      "compile",
      "emake failed",
    );
    expect(analyze(plain).kind).toBe("compile");
  });
});

describe("3. a pasted config.log excerpt: the compiler's error is the probe's, configure (row 1162)", () => {
  test("row 1162: gcc's -Werror=implicit-function-declaration on conftest.c: configure", () => {
    expect(readingOf(realRow(CONFIG_LOG))).toMatchObject({
      line: 4,
      ruleId: "cc-error",
      kind: "configure",
      phase: "configure",
    });
  });

  test("Clang 16's `call to undeclared library function 'printf'` and a -Werror diagnostic, streamed too", () => {
    const clang = [
      "configure:12345: checking for printf",
      "configure:12346: clang -o conftest -O2 -pipe   conftest.c  >&5",
      "conftest.c:25:1: error: call to undeclared library function 'printf' with type 'int (const char *, ...)'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
      "1 error generated.",
      "configure:12350: $? = 1",
      "configure: failed program was:",
      "| /* confdefs.h */",
    ];
    expect(readingOf(analyze(clang))).toMatchObject({ line: 3, kind: "configure" });
    expect(expectStreamedAlike(clang).kind).toBe("configure");
    const werror = [
      "configure:4523: clang -o conftest -Werror conftest.c  >&5",
      "conftest.c:3:5: error: a function declaration without a prototype is deprecated in all versions of C [-Werror,-Wstrict-prototypes]",
      "configure:4527: $? = 1",
    ];
    expect(readingOf(analyze(werror))).toMatchObject({ line: 2, kind: "configure" });
  });

  test("near miss: a warning under the check, its `$? = 0`: no failure", () => {
    const result = analyze([
      "configure:12346: gcc -o conftest -O2 conftest.c  >&5",
      "conftest.c:25:1: warning: 'main' is normally a non-static function [-Wmain]",
      "configure:12350: $? = 0",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("4. gcc's diagnostic at `<command-line>:` or `<built-in>:`: the primary, compile in any phase (row 1163)", () => {
  const FORTIFY = [
    "x86_64-pc-linux-gnu-gcc -O2 -D_FORTIFY_SOURCE=2 -Werror -c tst-foo.c -o tst-foo.o",
    '<command-line>: error: "_FORTIFY_SOURCE" redefined [-Werror]',
    "<built-in>: note: this is the location of the previous definition",
    "cc1: all warnings being treated as errors",
    "make[2]: *** [Makefile:100: tst-foo.o] Error 1",
  ];

  test("row 1163: the first `<command-line>: error:` over cc1plus's summary and the echoes: compile", () => {
    expect(readingOf(realRow(COMMAND_LINE))).toMatchObject({
      line: 2,
      ruleId: "command-line-error",
      kind: "compile",
    });
  });

  test("while src_test builds the tests (convention 18): compile, phase test; streamed the same", () => {
    const full = phaseLog(["make -j4 check", ...FORTIFY], "test", "emake check failed");
    expect(readingOf(analyze(full))).toMatchObject({
      line: phaseLogLine(2),
      ruleId: "command-line-error",
      kind: "compile",
      phase: "test",
    });
    expect(expectStreamedAlike(full).kind).toBe("compile");
  });

  test("`<built-in>: error:` is read (before, nothing was), bare and in src_test: compile", () => {
    const builtIn = [
      '<built-in>: error: "__STDC_VERSION__" redefined [-Werror]',
      "cc1: all warnings being treated as errors",
    ];
    expect(readingOf(analyze(builtIn))).toMatchObject({
      line: 1,
      ruleId: "command-line-error",
      kind: "compile",
    });
    const test = phaseLog(builtIn, "test", "emake check failed");
    expect(readingOf(analyze(test))).toMatchObject({ line: phaseLogLine(0), kind: "compile", phase: "test" });
  });

  test("`cc1: error: …` in src_test: the primary, compile", () => {
    const result = analyze(
      phaseLog(
        ["cc1: error: unrecognized command-line option '-mfoo'", "make[2]: *** [Makefile:1: tst.o] Error 1"],
        "test",
        "emake check failed",
      ),
    );
    expect(readingOf(result)).toMatchObject({ line: phaseLogLine(0), kind: "compile", phase: "test" });
  });

  test("near misses: a `<command-line>: warning:` fails nothing; in a config.log probe it stays configure", () => {
    const warning = analyze([
      '<command-line>: warning: "_FORTIFY_SOURCE" redefined',
      "<built-in>: note: this is the location of the previous definition",
    ]);
    expect(warning.status).toBe("succeeded");
    const probe = analyze([
      "configure:4523: gcc -O2 -Werror -D_FORTIFY_SOURCE=2 conftest.c  >&5",
      '<command-line>: error: "_FORTIFY_SOURCE" redefined [-Werror]',
      "cc1: all warnings being treated as errors",
      "configure:4527: $? = 1",
    ]);
    expect(readingOf(probe)).toMatchObject({ line: 2, kind: "configure" });
  });
});
