import { describe, expect, test } from "vitest";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 36 (helper rules36): kind and status misses of tuned sets, named in words (held-out logs not read). Real
// rows 840-849; the near misses are made up.
const analyze = analyzeLines;
const real = (file: string) => analyze(corpusText(`real/${file}/snippet.log`).split("\n"));

describe("a configure script's `not found` complaint alone is no failure (shape 4)", () => {
  test("dash's and bash's complaints, quoted or whole, read as a success (rows 840, 841)", () => {
    for (const row of [
      "succeeded-configure-dash-objects-not-found-configure-went-on-quoted-sdl",
      "succeeded-configure-bash-pkg-prog-pkg-config-command-not-found-one-line-ios-secp256k1",
    ])
      expect(real(row)).toMatchObject({ status: "succeeded", kind: "none", primary: null });
    const dash = analyze([
      "/var/tmp/portage/net-dns/foo-1.0/work/foo-1.0/configure: 24546: STDC_HEADERS: not found",
    ]);
    expect(dash.status).toBe("succeeded");
  });

  test("config.log's record of a check's answer is no verdict", () => {
    expect(analyze(["configure:12345: result: not found"]).status).toBe("succeeded");
  });

  test("near miss: configure's own `error:` after the complaint still fails", () => {
    const result = analyze([
      "./configure: 4261: PKG_PROG_PKG_CONFIG: not found",
      "checking for FOO... no",
      "configure: error: Package requirements (foo) were not met",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("configure");
  });

  test("near miss: a compile error later in the excerpt fails it", () => {
    const result = analyze([
      "./configure: 4261: PKG_PROG_PKG_CONFIG: not found",
      "foo.c:12:5: error: 'bar' undeclared (first use in this function)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBeGreaterThan(0);
  });

  test("near miss: make's stop after the complaint still fails, the complaint its primary", () => {
    const result = analyze([
      "checking for foo... yes",
      "./configure: 4261: PKG_PROG_PKG_CONFIG: not found",
      "make: *** [Makefile:12: all] Error 1",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });

  test("near miss: a syntax error in the script and a complaint under econf's die still fail", () => {
    expect(analyze(["./configure: line 13239: syntax error near unexpected token `lite,'"]).status).toBe(
      "failed",
    );
    const died = analyze([
      "./configure: line 12132: PKG_PROG_PKG_CONFIG: command not found",
      ...dieBanner("configure", "econf failed"),
    ]);
    expect(died.status).toBe("failed");
    expect(died.kind).toBe("configure");
  });
});

describe("an error under a test harness is the tests' (shape 2)", () => {
  test("util-linux's ts banner and FAILED row make the run a test run (row 842)", () => {
    const result = real("test-util-linux-ts-lsfd-option-inet-failed-show-diff-yocto-ptest");
    expect(result).toMatchObject({ status: "failed", kind: "test" });
    expect(result.primary?.line).toBe(31);
  });

  test("the harness's FAILED row alone (banner cut) is a test failure too", () => {
    const result = analyze([
      "         lsfd: directory                      ... FAILED (lsfd/mkfds-directory)",
    ]);
    expect(result).toMatchObject({ status: "failed", kind: "test" });
  });

  test("a daemon's complaint about a file in the harness's tests/output/ is kind test", () => {
    const result = analyze([
      "    uuidd: couldn't bind unix socket /build/util-linux-2.39/tests/output/uuid/uuidd.sock: Address already in use",
    ]);
    expect(result).toMatchObject({ status: "failed", kind: "test" });
  });

  test("any error printed under the harness's banner is the tests'", () => {
    const result = analyze([
      "-------------------- util-linux regression tests --------------------",
      "uuidd: couldn't bind unix socket /run/uuidd/request: Address already in use",
    ]);
    expect(result).toMatchObject({ status: "failed", kind: "test" });
  });

  test("near miss: the same kind of complaint outside any harness keeps its kind", () => {
    const result = analyze(["uuidd: couldn't bind unix socket /run/uuidd/request: Address already in use"]);
    expect(result.kind).not.toBe("test");
  });

  test("near miss: `FAILED (…)` without the harness's comp/test name is no sign", () => {
    const result = analyze(["foo.c:3:1: error: expected ';' before '}' token", "Build FAILED (see log)"]);
    expect(result.kind).toBe("compile");
  });
});

describe("meson's own test suite: a project under `test cases/` (shape 1)", () => {
  test("the failed test and the test project's meson error are kind test (row 843)", () => {
    const result = real("test-meson-own-suite-failed-test-vala-target-glib-gtk3-not-found-mageia");
    expect(result).toMatchObject({ status: "failed", kind: "test" });
  });

  test("meson's error at a test project's meson.build (blanks in the path) is meson-error, kind test", () => {
    const result = analyze([
      "test cases/common/254 long output/meson.build:3:0: ERROR: Program 'foo' not found or not executable",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "meson-error" });
    expect(result.kind).toBe("test");
  });

  // Round 47c (LABELLING.md convention 18): the compiler's line keeps kind compile; the project names phase test.
  test("a compile error in a test project's source: phase test, kind compile", () => {
    const result = analyze([
      "../test cases/frameworks/8 flex/parser.y:13:5: error: too many arguments to function 'yyerror'",
    ]);
    expect(result).toMatchObject({ status: "failed", kind: "compile", phase: "test" });
  });

  test("meson's project test runner as a command is a test run", () => {
    const result = analyze([
      "python3 ./run_project_tests.py --backend=ninja",
      "cc: error: unrecognized command-line option '-fno-such-flag'",
    ]);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("near miss: a project's own meson.build error and a `tests/cases/` source keep their kinds", () => {
    expect(analyze(['../meson.build:12:0: ERROR: Dependency "glib-2.0" not found']).kind).toBe("configure");
    expect(analyze(["tests/cases/foo.c:3:1: error: expected ';' before '}' token"]).kind).toBe("compile");
  });
});

describe("Solaris' runtime linker refusing a program (shape 5)", () => {
  test("a test program's refusal is kind test (row 844)", () => {
    const result = real("test-solaris-libc-so-1-gctest-fatal-libgcc-s-open-failed-bdwgc");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "solaris-runtime-loader" });
    expect(result.kind).toBe("test");
  });

  test("another program's refusal is no link; under src_test it is the tests'", () => {
    const line =
      "ld.so.1: foo: fatal: relocation error: file ../lib/libfoo.so.1: symbol bar: referenced symbol not found";
    expect(analyze([line]).kind).toBe("unknown");
    expect(
      analyze([">>> Test phase: dev-foo/bar-1.0", line, ...dieBanner("test", "make check failed")]).kind,
    ).toBe("test");
  });

  test("near miss: Solaris ld's own `ld: fatal:` stays the link's", () => {
    const result = analyze([
      "ld: fatal: relocation error: R_SPARC_M44: file /tmp/x/libpcre2-8.a(pcre2_match.o): symbol .text (section): invalid shared object relocation type: ABS44 code model unsupported",
    ]);
    expect(result.primary?.ruleId).not.toBe("solaris-runtime-loader");
    expect(result.kind).toBe("link");
  });
});

describe("ld's warning right above make's echo, no collect2 (shape 6a)", () => {
  test("the warning is the primary, kind link (rows 845, 846)", () => {
    for (const [row, line] of [
      ["link-ld-bfd-warning-rwx-segment-make-error-no-collect2-trusted-firmware-orangepi3", 1],
      ["link-ld-bfd-warning-rwx-segment-make-error-no-collect2-optee-os", 3],
    ] as const) {
      const result = real(row);
      expect(result.primary).toMatchObject({ line, ruleId: "ld-warning-made-fatal" });
      expect(result.kind).toBe("link");
    }
  });

  test("near miss: make's echo of an object file, or one further below, is not the warning's", () => {
    const warning =
      "/usr/bin/ld: warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)";
    const object = analyze([warning, "make[2]: *** [Makefile:475: baz.o] Error 1"]);
    expect(object.primary?.ruleId).not.toBe("ld-warning-made-fatal");
    const far = analyze([warning, "a", "b", "c", "make: *** [Makefile:12: prog] Error 1"]);
    expect(far.primary?.ruleId).not.toBe("ld-warning-made-fatal");
  });
});

describe("autotools' bootstrap without a banner is the prepare step (shape 6b)", () => {
  test("autoreconf's verdict is the primary, kind unknown (row 847)", () => {
    const result = real("unknown-autoreconf-automake-failed-libtool-undefined-automake-1-11-lpcnet");
    expect(result.primary).toMatchObject({ line: 9, ruleId: "autotools-fatal" });
    expect(result.kind).toBe("unknown");
  });

  test("automake's own `error:` is kind unknown too, and a banner's phase still decides", () => {
    const line = "automake: error: no 'Makefile.am' found for any configure output";
    expect(analyze([line]).kind).toBe("unknown");
    expect(analyze([line, ...dieBanner("compile", "emake failed")]).kind).toBe("compile");
  });

  test("automake's own complaint read by the last resort is the bootstrap's too", () => {
    expect(analyze(["automake: cannot open < Makefile.am: No such file or directory"]).kind).toBe("unknown");
  });

  test("near miss: configure's own `configure: error:` stays configure", () => {
    expect(analyze(["configure: error: C compiler cannot create executables"]).kind).toBe("configure");
  });
});

describe("libtool 2.4's mode-less error is the link's only when it speaks of linking (shape 6c)", () => {
  test("install mode's words are the install step (rows 848, 849)", () => {
    for (const [row, line] of [
      ["install-libtool-2-4-mode-less-error-cannot-install-not-ending-in-libx52", 4],
      ["install-libtool-2-4-mode-less-error-examples-not-absolute-directory-libdwarfpp", 5],
    ] as const) {
      const result = real(row);
      expect(result.primary).toMatchObject({ line, ruleId: "libtool-install-error" });
      expect(result.kind).toBe("install");
    }
  });

  test("near miss: the link's own mode-less errors stay link", () => {
    const result = analyze([
      "libtool:   error: cannot find the library 'libfoo.la' or unhandled argument 'libfoo.la'",
    ]);
    expect(result.primary?.ruleId).toBe("libtool-error");
    expect(result.kind).toBe("link");
  });
});
