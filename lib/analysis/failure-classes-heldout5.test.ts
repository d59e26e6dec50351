import { describe, expect, test } from "vitest";
import { analyzeLines } from "./testing/failure-class";

// Failure classes a fifth held-out set showed (issue 10, round 5), named in words only;
// nobody read that set. Most of its misses were excerpts without Portage's ` * ERROR:`
// banner that still show an error a developer recognises at once: such a log failed.
// Each class is checked on real lines found outside every held-out set (the comment names
// the source) or, where it says so, on lines written from the tool's own wording.
const analyze = analyzeLines;

describe("linker errors of any wording, without a banner", () => {
  // Real lld output quoted in glibc's commit d49d917b (git.ipfire.org, "Recent lld version
  // default to --no-undefined-version"), and in sam's bug-gnulib mail (ld-version-script.m4).
  test.each([
    "ld.lld: error: version script assignment of 'GLIBC_2.4' to symbol '__stack_chk_guard' failed: symbol not defined",
    "ld.lld: error: version script assignment of 'VERS_1' to symbol 'sym' failed: ",
    // Written from the linkers' own wording (mold, gold, lld as `ld` on FreeBSD, GNU ld's fatal line).
    "mold: error: duplicate symbol: foo.o: bar.o: main",
    "ld.gold: error: foo.o: requires dynamic R_X86_64_32 reloc against 'bar' which may overflow at runtime",
    "ld: error: duplicate symbol: main",
    "/usr/lib/gcc/x86_64-pc-linux-gnu/14/../../../../x86_64-pc-linux-gnu/bin/ld: final link failed: bad value",
  ])("%s fails the excerpt (kind link, that line primary)", (error) => {
    const result = analyze([
      "x86_64-pc-linux-gnu-clang -O2 -shared -Wl,--version-script=foo.map -o libfoo.so foo.o",
      error,
      "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
      "make: *** [Makefile:12: libfoo.so] Error 1",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("link");
    expect(result.primary?.line).toBe(2);
  });

  test("GNU ld's undefined reference under gcc's long internal path, wrapped mid-line (bugs.gentoo.org/937990)", () => {
    // emacs against a libgnutls.so built with another p11-kit: the report's lines were cut by the
    // bug tracker's width, one right after `undefined reference to`.
    const result = analyze([
      "/usr/lib/gcc/x86_64-pc-linux-gnu/15/../../../../x86_64-pc-linux-gnu/bin/ld.bfd: /usr/lib/gcc/x86_64-pc-linux-gnu/15/../../../../lib64/libgnutls.so: undefined reference to",
      "`p11_kit_uri_get_attribute@LIBP11_KIT_1.0'",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("link");
    expect(result.primary?.line).toBe(1);
  });

  test("a linker warning is no error", () => {
    const result = analyze([
      "mold: warning: lld.map: cannot assign version `VERS_1` to symbol `sym`: symbol not found",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("pytest -v progress lines alone", () => {
  // pytest's own verbose layout (`path::Class::test RESULT [ NN%]`, right-aligned percentage),
  // as its documentation and real `pytest -v` runs print it; no Portage log of this shape
  // without the -ra summary was found outside the held-out sets.
  const progress = [
    "============================= test session starts ==============================",
    "platform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0 -- /usr/bin/python3.12",
    "collecting ... collected 40 items",
    "",
    "tests/test_parser.py::TestParser::test_empty PASSED                      [  2%]",
    "tests/test_parser.py::TestParser::test_nested FAILED                     [  5%]",
    "tests/test_parser.py::TestParser::test_unicode ERROR                     [  7%]",
  ];

  test("the first FAILED line is the primary (kind test)", () => {
    const result = analyze(progress);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(6);
    expect(result.failedTests.map((t) => t.name)).toContain("tests/test_parser.py::TestParser::test_nested");
  });

  test("pytest-xdist's form (`[gw1] [ 12%] FAILED path::test`) names the test", () => {
    const result = analyze([
      "[gw0] [  2%] PASSED tests/test_parser.py::TestParser::test_empty ",
      "[gw1] [ 12%] FAILED tests/test_parser.py::TestParser::test_nested ",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(2);
    expect(result.failedTests.map((t) => t.name)).toEqual(["tests/test_parser.py::TestParser::test_nested"]);
  });

  test("an ERROR line alone fails too", () => {
    const result = analyze([progress[4], progress[6]]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });

  test("the -ra summary stays the better primary", () => {
    const result = analyze([
      ...progress,
      "=========================== short test summary info ============================",
      "FAILED tests/test_parser.py::TestParser::test_nested - AssertionError: assert 1 == 2",
    ]);
    expect(result.primary?.line).toBe(9);
  });

  test("a log that goes on to merge (failures the ebuild tolerates) succeeded", () => {
    const result = analyze([
      ...progress.slice(0, 6),
      ">>> Completed installing dev-python/foo-1 into /var/tmp/portage/dev-python/foo-1/image",
      ">>> dev-python/foo-1 merged.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("a binary host's index that cannot be read", () => {
  // Portage's bintree.py wording; the `[gentoo] ` form and `<urlopen error timed out>` are a real
  // emerge --pretend log quoted verbatim in a public tinderbox tool's tests (vm-gnome's resolve).
  test.each([
    [
      "!!! Error fetching binhost package info from 'http://binhost.example.org/packages/amd64'",
      "!!! HTTP Error 404: Not Found",
    ],
    [
      "!!! [gentoo] Error fetching binhost package info from 'https://mirrors.nju.edu.cn/gentoo/releases/amd64/binpackages/23.0/x86-64'",
      "!!! [gentoo] <urlopen error timed out>",
    ],
  ])("%s is the primary (kind fetch)", (line, reason) => {
    const result = analyze(["Fetching binary packages info...", line, reason, ""]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(2);
  });

  test("a build error later in the excerpt is the better primary", () => {
    const result = analyze([
      "!!! Error fetching binhost package info from 'http://binhost.example.org/packages'",
      "!!! HTTP Error 404: Not Found",
      "foo.c:3:10: fatal error: bar.h: No such file or directory",
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("emerge that goes on from source and merges succeeded", () => {
    const result = analyze([
      "!!! Error fetching binhost package info from 'http://binhost.example.org/packages'",
      "!!! HTTP Error 404: Not Found",
      ">>> Emerging (1 of 1) dev-libs/foo-1::gentoo",
      ">>> dev-libs/foo-1 merged.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("autotools' own fatal messages under eautoreconf", () => {
  // Written from the tools' wording (autoconf 2.13's script, autom4te's m4 check, automake's
  // `aclocal: error:`); no real Portage log with them was found outside the held-out sets.
  const eautoreconf = (message: string, die: string) => [
    ">>> Preparing source in /var/tmp/portage/dev-libs/foo-1/work/foo-1 ...",
    " * Running eautoreconf in '/var/tmp/portage/dev-libs/foo-1/work/foo-1' ...",
    " * Running aclocal ...",
    message,
    " * ERROR: dev-libs/foo-1::gentoo failed (prepare phase):",
    ` *   ${die}`,
  ];

  test.each([
    "Autoconf requires GNU m4 1.1 or later",
    "autom4te: need GNU m4 1.4 or later: /usr/bin/m4",
    "aclocal-1.16: error: aclocal: file '/usr/share/aclocal/foo.m4' does not exist",
    "configure.ac:42: error: possibly undefined macro: AC_PROG_LIBTOOL",
  ])("%s beats the die message", (message) => {
    for (const die of ["eautoreconf failed", "emake failed"]) {
      const result = analyze(eautoreconf(message, die));
      expect(result.status).toBe("failed");
      expect(result.primary?.line).toBe(4);
    }
  });

  test("without a banner the m4 complaint still fails the excerpt", () => {
    const result = analyze([
      " * Running autoconf --force ...",
      "autom4te: need GNU m4 1.4 or later: /usr/bin/m4",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });
});

describe("ninja's missing input", () => {
  // ninja's own wording (`'x', needed by 'y', missing and no known rule to make it`, ninja's build.cc).
  test("the one line is a compile failure, not unknown", () => {
    const result = analyze([
      "ninja: error: 'src/gen/version.h', needed by 'src/libfoo.so.1.p/foo.c.o', missing and no known rule to make it",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(1);
  });
});

describe("the QA notice Portage dies on", () => {
  const notices = [
    ">>> Completed installing dev-libs/foo-1 into /var/tmp/portage/dev-libs/foo-1/image",
    "",
    " * QA Notice: Package has poor programming practices which may compile",
    " *            fine but exhibit random runtime failures.",
    " * foo.c:12:5: warning: implicit declaration of function 'bar'",
    " * QA Notice: the following files are outside of the prefix:",
    " * /usr/lib/foo",
  ];

  test("05prefix's notice beats an earlier warning-only one (banner present)", () => {
    const result = analyze([
      ...notices,
      " * ERROR: dev-libs/foo-1::gentoo failed (install phase):",
      " *   Aborting due to QA concerns: there are files installed outside the prefix",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
    expect(result.primary?.line).toBe(6);
  });

  test("an excerpt cut before the banner fails on it too", () => {
    const result = analyze(notices);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
    expect(result.primary?.line).toBe(6);
  });

  test("warning-only notices of a build that merged stay findings, not a failure", () => {
    const result = analyze([...notices.slice(0, 5), ">>> dev-libs/foo-1 merged."]);
    expect(result.status).toBe("succeeded");
    expect(result.qaNotices.length).toBe(1);
  });

  test("a Prefix host's real excerpt (Module-Build, Portage 3.0.81, quoted in a public notes file)", () => {
    const result = analyze([
      "QA Notice: the following files are outside of the prefix:",
      "/usr",
      "/usr/bin",
      "/usr/bin/config_data",
      "ERROR: dev-perl/Module-Build-0.423.400-r5::gentoo failed:",
      "  Aborting due to QA concerns: there are files installed outside the prefix",
      "Call stack:",
      "  misc-functions.sh, line 740:  Called install_qa_check",
      "  misc-functions.sh, line 129:  Called source 'install_symlink_html_docs'",
      "           05prefix, line 115:  Called install_qa_check_prefix",
      "           05prefix, line  29:  Called die",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
    expect(result.primary?.line).toBe(1);
  });
});

describe("GHC's multi-line errors", () => {
  // GHC's layout (`File.hs:L:C: error:` then the message indented by four, 9.6+ with a
  // `[GHC-NNNNN]` code); the generated aeson case follows ghc 9.6's wording. No real Portage log of
  // a Setup.hs failure was found outside the held-out sets: the Setup lines are GHC's wording for
  // a Setup.hs importing `die` from both Cabal and System.Exit.
  test("Setup.hs failing to build: the message line is the primary, kind configure", () => {
    const result = analyze([
      "[1 of 1] Compiling Main             ( Setup.hs, dist/setup/Main.o )",
      "",
      "Setup.hs:18:1: error:",
      "    Ambiguous occurrence ‘die’",
      "    It could refer to either ‘Distribution.Simple.Utils.die’,",
      "                             imported from ‘Distribution.Simple.Utils’ at Setup.hs:6:1-32",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("configure");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("Ambiguous occurrence ‘die’");
  });

  // Round 16: the header is the primary (GHC 8+'s `•` bullets are parts of one message; the first may
  // be cut mid-type); its continuation gives the title.
  test("in src_compile, with GHC 9.6's code on the header: the header line, kind compile", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-haskell/foo-1/work/foo-1 ...",
      "[2 of 5] Compiling Foo.Bar          ( src/Foo/Bar.hs, dist/build/Foo/Bar.o )",
      "src/Foo/Bar.hs:42:7: error: [GHC-83865]",
      "    • Couldn't match type ‘Text’ with ‘[Char]’",
      "      Expected: String",
      " * ERROR: dev-haskell/foo-1::gentoo failed (compile phase):",
      " *   setup build failed",
    ]);
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(3);
  });

  test("a header whose message was cut off still fails the excerpt on the header", () => {
    const result = analyze(["src/Foo.hs:3:1: error:"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test("GHC's one-line form stays cc-error's", () => {
    const result = analyze(["src/Foo.hs:42:7: error: Variable not in scope: foo"]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });
});

describe("Portage's check that S exists", () => {
  // The die form is real (linux.overshoot.tv's wiki page quotes ` *   The source directory
  // '/var/tmp/portage/foo-bar/baz-5.6/work/baz-5.6' doesn't exist` under its banner); the `>>> `
  // form is the same message as Portage prints it before the phase, written from that wording.
  test("the `>>> ` line alone fails the excerpt (kind unknown, that line)", () => {
    const result = analyze([
      ">>> Preparing source in /var/tmp/portage/dev-libs/foo-1/work/foo-1 ...",
      ">>> The source directory '/var/tmp/portage/dev-libs/foo-1/work/foo-1' doesn't exist",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("unknown");
    expect(result.primary?.line).toBe(2);
    // the package from its build directory (round 19)
    expect(result.title).toBe("dev-libs/foo-1 - The source directory 'foo-1' doesn't exist");
  });

  test("under its banner, in the compile phase too, the kind stays unknown", () => {
    const result = analyze([
      ">>> The source directory '/var/tmp/portage/dev-libs/foo-1/work/foo-1' doesn't exist",
      " * ERROR: dev-libs/foo-1::gentoo failed (compile phase):",
      " *   The source directory '/var/tmp/portage/dev-libs/foo-1/work/foo-1' doesn't exist",
    ]);
    expect(result.kind).toBe("unknown");
    expect(result.primary?.line).toBe(1);
  });
});

describe("a collision report cut to its preamble", () => {
  // Portage's collision paragraph (vartree.py), as it wraps it and as a paste joins it; the
  // full report (rows with `Detected file collision(s):`) keeps that first line as the primary.
  test.each([
    [
      [
        " * This package will overwrite one or more files that may belong to other packages (see list below).",
      ],
    ],
    [
      [
        " * checking 3528 files for package collisions",
        " * This package will overwrite one or more files that may belong to other",
        " * packages (see list below). You can use a command such as `portageq",
      ],
    ],
  ])("fails with kind collision on that line", (lines) => {
    const result = analyze(lines);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("collision");
    expect(result.primary?.text).toContain("This package will overwrite one or more files");
  });

  test("with the header below it (Portage's order), the header stays the primary", () => {
    const result = analyze([
      ">>> Completed installing app-text/foo-1 into /var/tmp/portage/app-text/foo-1/image",
      " * checking 24 files for package collisions",
      " * This package will overwrite one or more files that may belong to other",
      " * packages (see list below). You can use a command such as `portageq",
      " * Detected file collision(s):",
      " * ",
      " *      /usr/bin/foo",
    ]);
    expect(result.primary?.line).toBe(5);
  });

  test("after `Completed installing` (the check runs at the merge) the preamble alone still fails", () => {
    const result = analyze([
      ">>> Completed installing app-text/foo-1 into /var/tmp/portage/app-text/foo-1/image",
      " * This package will overwrite one or more files that may belong to other",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("collision");
  });
});

describe("a call stack pasted without its banner", () => {
  // The frames are Portage's __dump_trace layout, as bugs.gentoo.org/486734 shows them under a
  // banner (`phase-helpers.sh, line  288:  Called die`); here the excerpt starts below the banner.
  const stack = [
    " * Call stack:",
    " *     ebuild.sh, line  136:  Called src_test",
    " *   environment, line 4020:  Called java-pkg-2_src_test",
    " *   environment, line 2600:  Called ejunit4 'org.foo.AllTests'",
    " *   environment, line  661:  Called die",
    " * The specific snippet of code:",
  ];

  test("fails on the `Called die` frame", () => {
    const result = analyze(stack);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(5);
  });

  test("after the test phase's marker, kind test", () => {
    const result = analyze([">>> Test phase [junit]: dev-java/foo-1", ...stack]);
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(6);
  });

  test("a test failure above the stack stays the primary", () => {
    const result = analyze(["FAIL: test-version", ...stack]);
    expect(result.primary?.line).toBe(1);
  });

  test("with its banner the die message is the primary, as before", () => {
    const result = analyze([
      " * ERROR: dev-java/foo-1::gentoo failed (test phase):",
      " *   Running junit failed",
      ...stack,
    ]);
    expect(result.primary?.line).toBe(2);
  });
});

describe("a paste whose lines are wrapped in markdown bold", () => {
  // Written from the resolver's wording (row 52's slot conflict, real) as a forum or issue
  // author emboldens the lines that matter; no bold-wrapped real paste was found outside the
  // held-out sets.
  const conflict = [
    "**!!! Multiple package instances within a single package slot have been pulled**",
    "**!!! into the dependency graph, resulting in a slot conflict:**",
    "",
    "dev-libs/openssl:0",
    "",
    "  (dev-libs/openssl-3.0.13:0/3::gentoo, ebuild scheduled for merge) pulled in by",
    "    >=dev-libs/openssl-3.0:0/3= required by (net-misc/curl-8.5.0:0/0::gentoo, installed)",
  ];

  test("the resolver's first line is read without the stars (kind dependency)", () => {
    const result = analyze(conflict);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.text).not.toContain("**");
  });

  test("inside a quote too", () => {
    const result = analyze(conflict.map((line) => `> ${line}`));
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test("a banner in backticks (inline code) is read without them", () => {
    const result = analyze([
      "`>>> Compiling source in /var/tmp/portage/dev-libs/foo-1/work/foo-1 ...`",
      "`foo.c:3:10: fatal error: bar.h: No such file or directory`",
      "` * ERROR: dev-libs/foo-1::gentoo failed (compile phase):`",
      "` *   emake failed`",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.atom).toBe("dev-libs/foo-1");
  });

  test("GLib's `** (prog:1): WARNING **:` lines are not bold", () => {
    const result = analyze([
      "** (gtk-update-icon-cache:123): WARNING **: 10:00:00.000: No such file",
      "foo.c:3:10: fatal error: bar.h: No such file or directory",
    ]);
    expect(result.linePrefix).toBeNull();
    expect(result.primary?.line).toBe(2);
  });
});
