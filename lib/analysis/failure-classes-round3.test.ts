import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Failure classes a third held-out set showed (issue 10, round 3), in small logs written
// from Portage's and the tools' own wording; the classes with a public log outside the
// held-out sets also have a real corpus row (41-44, golden.test.ts).
const analyze = analyzeLines;
const banner = dieBanner;

describe("compiler and linker lines without a banner still fail the build", () => {
  test.each([
    "{standard input}: Error: open CFI at the end of file; missing .cfi_endproc directive",
    "{standard input}:1234: Error: no such instruction: `vpdpbusd %zmm1,%zmm2,%zmm3'",
  ])("GNU as on a pipe: `%s` is a compile error", (line) => {
    const result = analyze(["{standard input}: Assembler messages:", line]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(2);
  });

  test("ld's `undefined reference to symbol 'x@@VER'` after an object file, then DSO missing", () => {
    const result = analyze([
      "gcc -o bin/teco obj/display.o -lncurses",
      "/usr/bin/ld: obj/display.o: undefined reference to symbol 'TABSIZE@@NCURSES6_TINFO_5.0.19991023'",
      "/usr/bin/ld: /lib64/libtinfo.so.6: error adding symbols: DSO missing from command line",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("link");
    expect(result.primary?.line).toBe(2);
  });

  test("`DSO missing from command line` alone is a link error", () => {
    const result = analyze([
      "/usr/bin/ld: /lib64/libm.so.6: error adding symbols: DSO missing from command line",
    ]);
    expect(result.kind).toBe("link");
  });

  test("gcc's bootstrap comparison failure beats the die, not the objects that differ", () => {
    const result = analyze([
      "Comparing stages 2 and 3",
      "warning: gcc/cc1-checksum.o differs",
      "Bootstrap comparison failure!",
      "gcc/tree-vect-stmts.o differs",
      "make[2]: *** [Makefile:26498: compare] Error 1",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("javac's `error: no source files`, indented and padded, after java-pkg-simple's failed find", () => {
    const result = analyze(
      [
        "  find: 'src/main/java src/main/resources': No such file or directory",
        "  error: no source files",
      ].map((line) => line.padEnd(80, " ")),
    );
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(2);
  });

  test("javac 8's `javac: no source files` is the same compile error", () => {
    const result = analyze(["javac: no source files", "Usage: javac <options> <source files>"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test("GHC's `<command line>: cannot satisfy -package` beats the die message", () => {
    const result = analyze([
      ">>> Configuring source in /var/tmp/portage/dev-haskell/bar-1.0/work/bar-1.0 ...",
      "<command line>: cannot satisfy -package Cabal-3.10.3.0",
      "    (use -v for more information)",
      ...banner("configure", "setup configure failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });
});

describe("the die banner in older or damaged dress", () => {
  test("glued to the end of a progress line, it is still the banner", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "Downloading dependencies... 100%  * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):",
      " *   cargo build failed",
    ]);
    expect(result.status).toBe("failed");
    expect(result.die?.atom).toBe("dev-foo/bar-1.0");
    expect(result.primary?.line).toBe(3);
  });

  test("`!!! ERROR: … failed.` in a `- ` list: the `!!!` message under the function line, wrapped", () => {
    const result = analyze([
      "- !!! ERROR: dev-foo/bar-1.0 failed.",
      "- !!! Function src_compile, Line 42, Exitcode 2",
      "- !!! emake failed, see the",
      "  messages above",
    ]);
    expect(result.status).toBe("failed");
    expect(result.phase).toBe("compile");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.text).toBe("emake failed, see the");
  });

  test("Portage 2.1's `!!! ERROR: … failed.` with a bare call stack before the `!!!` message", () => {
    const result = analyze([
      "!!! ERROR: sys-libs/foo-2.5 failed.",
      "Call stack:",
      "  ebuild.sh, line 1621:   Called dyn_compile",
      "  ebuild.sh, line 1621:   Called die",
      "",
      "!!! make failed",
      "!!! If you need support, post the topmost build error, and the call stack if relevant.",
    ]);
    expect(result.primary?.line).toBe(6);
    expect(result.primary?.text).toBe("make failed");
  });

  test("glued to a `>>>` progress line, the banner is still seen", () => {
    const result = analyze([
      ">>> Downloading 'https://example.org/bar-1.0.tar.gz' 100%  * ERROR: dev-foo/bar-1.0::gentoo failed (fetch phase):",
      " *   Fetch failed for 'dev-foo/bar-1.0'",
    ]);
    expect(result.status).toBe("failed");
    expect(result.die?.phase).toBe("fetch");
  });

  test("Portage 2.1's ` * ERROR: … failed.`: the message under ` * The die message:`", () => {
    const result = analyze([
      " * ",
      " * ERROR: dev-foo/bar-1.0 failed.",
      " * Call stack:",
      " *               ebuild.sh, line   49:  Called src_compile",
      " *             environment, line 2650:  Called die",
      " * The specific snippet of code:",
      ' *       emake || die "emake failed";',
      " *  The die message:",
      " *   emake failed",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(9);
  });

  test("a depend-phase eclass error wins over sandbox denials printed around the banner", () => {
    const result = analyze([
      " * ACCESS DENIED:  open_wr:      /dev/tty",
      " * ERROR: dev-foo/bar-1.0::overlay failed (depend phase):",
      " * ACCESS DENIED:  open_wr:      /dev/tty",
      " *   foo-utils.eclass could not be found by inherit()",
      " * ",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("foo-utils.eclass could not be found by inherit()");
    expect(result.kind).toBe("unknown");
  });

  test("a depend-phase die that is the sandbox's own verdict keeps the denial", () => {
    const result = analyze([
      " * ACCESS DENIED:  mkstemp:            /usr/lib/python3.12/site-packages/sh-thd.XXXXXX",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (depend phase):",
      " *   Sandbox violations found, exiting",
    ]);
    expect(result.kind).toBe("sandbox");
    expect(result.primary?.line).toBe(1);
  });
});

describe("Portage's own failures", () => {
  test.each([
    [
      "File not found: '/usr/lib/portage/python3.12/ebuild-helpers/ebuild-ipc'",
      "!!! ebuild phase 'setup' has exited unexpectedly",
    ],
    [
      "/usr/lib/portage/python3.12/ebuild.sh: line 123: /usr/lib/portage/python3.12/ebuild-ipc: No such file or directory",
      " * The ebuild phase 'setup' has exited unexpectedly. This type of behavior",
    ],
  ])("Portage's helper missing (`%s`) is a failure, infra portage-crash", (missing, exited) => {
    const result = analyze([">>> Running pre-merge checks for dev-foo/bar-1.0", missing, exited]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("`has exited unexpectedly` alone fails the build; bash's error above it is the primary", () => {
    expect(
      analyze([" * The ebuild phase 'compile' has exited unexpectedly. This type of behavior"]).status,
    ).toBe("failed");
    const result = analyze([
      "/var/tmp/portage/dev-foo/bar-1.0/temp/environment: line 88: ${FOO/: bad substitution",
      " * The ebuild phase 'compile' has exited unexpectedly. This type of behavior",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.infra).toBeNull();
  });

  test("sandbox denials listed under the summary header after the banner: the first denial is the primary", () => {
    const result = analyze([
      ...banner("compile", "emake failed"),
      " * --------------------------- ACCESS VIOLATION SUMMARY ---------------------------",
      ' * LOG FILE: "/var/log/sandbox/sandbox-1234.log"',
      " * --------------------------------------------------------------------------------",
      " * ACCESS DENIED:  mkdir:        /root/.cache",
    ]);
    expect(result.kind).toBe("sandbox");
    expect(result.primary?.line).toBe(6);
  });
});

describe("install-phase helpers", () => {
  test.each([
    ["install: cannot stat 'foo.conf': No such file or directory"],
    ["/usr/bin/install: cannot stat 'foo.conf': No such file or directory"],
    ["!!! doins: foo.conf does not exist"],
    ["!!! newins: files/foo.conf does not exist"],
  ])("`%s` beats the QA notice that repeats it, kind install", (line) => {
    const result = analyze([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      line,
      ...banner("install", "doins failed"),
      " * QA Notice: file does not exist:",
      " *   doins: foo.conf does not exist",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });

  test.each([
    "/usr/bin/install: omitting directory 'data'",
    "cp: -r not specified; omitting directory 'data'",
  ])("`%s` in src_install is the primary", (line) => {
    const result = analyze([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      line,
      ...banner("install", "doins failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });
});

describe("test harnesses", () => {
  test("a Perl test file that cannot load a module, wrapped, with no harness summary", () => {
    const result = analyze([
      "t/unit/sender.t ... Can't locate Test/Class.pm in @INC (you may need to install the Test::Class module) (@INC contains: t/lib /etc/perl",
      "/usr/lib64/perl5/vendor_perl) at t/lib/Unit.pm line 4.",
      "BEGIN failed--compilation aborted at t/unit/sender.t line 5.",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(1);
    expect(result.failedTests.map((t) => t.name)).toEqual(["t/unit/sender.t"]);
  });

  test("a Perl test line wrapped before `in @INC` is still a failed test", () => {
    const result = analyze([
      "t/foo.t ..... Can't locate Foo/Bar.pm in",
      "@INC (you may need to install the Foo::Bar module)",
    ]);
    expect(result.kind).toBe("test");
  });

  test("perl's `Can't locate` outside a test line (Makefile.PL) is not a test failure", () => {
    const result = analyze([
      "Can't locate inc/Module/Install.pm in @INC (you may need to install the inc::Module::Install module) at Makefile.PL line 1.",
    ]);
    expect(result.kind).not.toBe("test");
  });
});
