import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 33 (helper r33): shapes a reviewer named in words, both ways. Real rows 800-802 hold the public logs found
// (pkg-testing-tool's summary alone, libtool's `cannot determine absolute directory name` twice); the other lines
// are written here in the tools' own formats.
const analyze = analyzeLines;

const SUMMARY = "[ERROR] >>> Not all runs were successful.";
const ATOM_LINE = "atom: =app-emulation/xen-tools-4.13.3, USE flags: '-api -doc -flask hvm -ipxe ocaml ovmf'";

describe("1. pkg-testing-tool's summary is never the primary under the build's own error", () => {
  test("gcc's -Werror echo in markdown backquotes below it: the cc1 line, kind compile; the atom from `atom:`", () => {
    const result = analyze([
      SUMMARY,
      ATOM_LINE,
      ATOM_LINE,
      "",
      "`cc1: all warnings being treated as errors`",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 5, ruleId: "werror-summary" });
    expect(result.kind).toBe("compile");
    expect(result.atom).toBe("app-emulation/xen-tools-4.13.3");
  });

  test("a link failing below it: the first undefined reference, kind link", () => {
    const result = analyze([
      SUMMARY,
      ATOM_LINE,
      "",
      "os.c:524:25: warning: implicit declaration of function 'sin_setv6' [-Wimplicit-function-declaration]",
      "  524 |                         sin_setv6(&a->sin6_addr, &b);",
      "      |                         ^~~~~~~~~",
      "x86_64-pc-linux-gnu-gcc -O2 -pipe -Wl,-O1 -o conntrackd main.o os.o",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/10.2.0/../../../../x86_64-pc-linux-gnu/bin/ld: os.o: in function `masq_ct_line.part.0':",
      "os.c:(.text+0x7ec): undefined reference to `sin_setv6'",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/10.2.0/../../../../x86_64-pc-linux-gnu/bin/ld: os.c:(.text+0x80c): undefined reference to `sin_setv6'",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(result.primary).toMatchObject({ line: 9, ruleId: "ld-undefined-reference" });
    expect(result.kind).toBe("link");
  });

  test("near miss: the summary alone still fails the excerpt (kind unknown, not maven's compile)", () => {
    const result = analyze([SUMMARY, ATOM_LINE]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "pkg-testing-summary" });
    expect(result.kind).toBe("unknown");
    // Maven's own `[ERROR] ` lines are untouched.
    expect(analyze(["[ERROR] /work/src/main/java/Foo.java:[12,8] cannot find symbol"]).primary?.ruleId).toBe(
      "maven-error",
    );
  });

  test("near miss: gcc's -Werror echo under the warnings it made errors stays below them", () => {
    const result = analyze([
      "foo.c:12:5: error: unused variable 'x' [-Werror=unused-variable]",
      "cc1: all warnings being treated as errors",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "cc-error" });
  });
});

const RUST_FAILURES = [
  "failures:",
  "",
  "---- tests::bugs_bug668_small_caps_svg stdout ----",
  'testing "tests/fixtures/reftests/bugs/bug668-small-caps.svg"',
  "thread 'tests::bugs_bug668_small_caps_svg' panicked at 'surfaces are too different', rsvg/src/test_utils/reference_utils.rs:89:25",
  "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
  "",
  "failures:",
  "    tests::bugs_bug668_small_caps_svg",
  "",
  "test result: FAILED. 746 passed; 1 failed; 4 ignored; 0 measured; 0 filtered out; finished in 3.52s",
  "",
  "error: test failed, to rerun pass `-p librsvg --test reference`",
  "make[1]: *** [Makefile:1234: check-local] Error 101",
];

describe("2. cargo test's failed test over `error: test failed`", () => {
  test("the `---- test stdout ----` header is the primary, kind test, the test counted once", () => {
    const result = analyze([
      ...RUST_FAILURES,
      ...dieBanner("test", "Make check failed. See above for details."),
    ]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "test-rust-failure-output" });
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toEqual(["tests::bugs_bug668_small_caps_svg"]);
  });

  test("with the `... FAILED` progress row above: that row first, the same test once", () => {
    const result = analyze(["test tests::bugs_bug668_small_caps_svg ... FAILED", "", ...RUST_FAILURES]);
    expect(result.primary?.line).toBe(1);
    expect(result.failedTests).toHaveLength(1);
  });

  test("near miss: cargo's `error: test failed` alone stays what it was", () => {
    const result = analyze(["error: test failed, to rerun pass `-p librsvg --test reference`"]);
    expect(result.primary?.ruleId).toBe("tool-error");
  });
});

const ZENMAP_TRACEBACK = [
  "Traceback (most recent call last):",
  '  File "/var/tmp/portage/net-analyzer/nmap-7.93/work/nmap-7.93/zenmap/setup.py", line 596, in <module>',
  "    setup(**setup_args)",
  '  File "/usr/lib/python3.11/site-packages/setuptools/_distutils/core.py", line 201, in run_commands',
  "    dist.run_commands()",
  '  File "/usr/lib/python3.11/site-packages/setuptools/_distutils/dist.py", line 988, in run_command',
  "    cmd_obj.run()",
  '  File "/var/tmp/portage/net-analyzer/nmap-7.93/work/nmap-7.93/zenmap/setup.py", line 424, in write_installed_files',
  "    print >> f, output",
  "TypeError: unsupported operand type(s) for >>: 'builtin_function_or_method' and '_io.TextIOWrapper'",
];

describe("3. make's failed install target names the install step without a banner", () => {
  test.each([
    "install-zenmap",
    "install",
    "install-am",
    "install-recursive",
    "install-exec-am",
    "install-data-local",
  ])("a Python traceback under `[Makefile:372: %s]`: the exception, kind install", (target) => {
    const result = analyze([...ZENMAP_TRACEBACK, `make: *** [Makefile:372: ${target}] Error 1`]);
    expect(result.primary).toMatchObject({ line: 10, ruleId: "python-exception" });
    expect(result.kind).toBe("install");
  });

  test("near miss: under `all` the exception stays compile; a banner's phase still decides", () => {
    expect(analyze([...ZENMAP_TRACEBACK, "make: *** [Makefile:372: all] Error 1"]).kind).toBe("compile");
    const banner = analyze([
      ...ZENMAP_TRACEBACK,
      "make: *** [Makefile:372: install-zenmap] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(banner.kind).toBe("compile");
  });
});

describe("4. libtool's own error over bash's complaint inside the script", () => {
  test("a code block's libtool link, `cd:` then `libtool:   error:`: the error, kind link", () => {
    const result = analyze([
      "    $ ./configure --with-libgcrypt",
      "    $ make V=1",
      "    ...",
      "    /bin/sh ../libtool  --tag=CC   --mode=link gcc  -g -O2 -Lyes/lib -o libssh2.la -rpath /usr/local/lib channel.lo comp.lo",
      "    ../libtool: line 7475: cd: yes/lib: No such file or directory",
      "    libtool:   error: cannot determine absolute directory name of 'yes/lib'",
    ]);
    expect(result.primary).toMatchObject({ line: 6, ruleId: "libtool-error" });
    expect(result.kind).toBe("link");
  });

  test("old libtool's `libtool: link: cannot …` and its compile mode", () => {
    const link = analyze([
      "../libtool: line 5986: cd: yes/lib: No such file or directory",
      "libtool: link: cannot determine absolute directory name of `yes/lib'",
    ]);
    expect(link.primary).toMatchObject({ line: 2, ruleId: "libtool-error" });
    expect(link.kind).toBe("link");
    const compile = analyze(["libtool: compile: cannot determine name of library object from `'"]);
    expect(compile.kind).toBe("compile");
  });

  test("near miss: libtool's command lines are no errors; bash's complaint alone is still read", () => {
    const commands = analyze([
      "libtool: compile:  gcc -DHAVE_CONFIG_H -I. -c foo.c  -fPIC -DPIC -o .libs/foo.o",
      "libtool: link: gcc -shared -fPIC -DPIC .libs/foo.o -o .libs/libfoo.so.1.0.0",
    ]);
    expect(commands.status).toBe("succeeded");
    const alone = analyze(["../libtool: line 7475: cd: yes/lib: No such file or directory"]);
    expect(alone.status).toBe("failed");
    expect(alone.primary?.line).toBe(1);
  });
});

describe("5. ld's DSO-missing report indented under bare `ld: path:` location lines", () => {
  test("CRLF, four lines: the indented undefined reference, kind link", () => {
    const result = analyze([
      "ld: src/libccache_lib.a(InodeCache.cpp.o):\r",
      "    undefined reference to symbol '__atomic_fetch_add_8@@LIBATOMIC_1.0'\r",
      "ld: sparc-unknown-linux-gnu/8.2.0/libatomic.so.1:\r",
      "    error adding symbols: DSO missing from command line\r",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "ld-undefined-reference" });
    expect(result.kind).toBe("link");
    expect(result.errorLines.map((e) => e.ruleId)).toContain("ld-dso-missing");
  });

  test("near miss: prose mentioning the words mid-line is no linker line", () => {
    const result = analyze(["The build said there is an undefined reference to symbol 'foo' somewhere."]);
    expect(result.primary?.ruleId ?? null).not.toBe("ld-undefined-reference");
  });
});

describe("6. autotools' errors at a line of configure.ac or Makefile.am: the prepare step", () => {
  test("automake's obsolete macro alone: that line, kind unknown (prepare)", () => {
    const result = analyze([
      "configure.ac:6: error: 'AM_CONFIG_HEADER': this macro is obsolete.",
      "    You should use the 'AC_CONFIG_HEADERS' macro instead.",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "autotools-bootstrap-error" });
    expect(result.kind).toBe("unknown");
    expect(
      analyze(["Makefile.am:12: error: 'libfoo_la_SOURCES' is used but 'libfoo_la' is not defined"]).kind,
    ).toBe("unknown");
  });

  test("near miss: a C file's `file:line: error:` stays compile; a configure banner decides", () => {
    expect(analyze(["configure.c:6: error: expected ';' before '}' token"]).kind).toBe("compile");
    const banner = analyze([
      "configure.ac:6: error: 'AM_CONFIG_HEADER': this macro is obsolete.",
      ...dieBanner("configure", "econf failed"),
    ]);
    expect(banner.kind).toBe("configure");
  });
});
