import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Failure classes found on real Portage logs outside every held-out set (issue 10, round 4):
// each test is written from the tool's or Portage's own wording; the logs themselves are
// corpus rows 46-60 (golden.test.ts).
const analyze = analyzeLines;
const banner = dieBanner;

describe("the merge failing names its package", () => {
  test("`>>> Failed to install X,` names the atom of a merge that hit a full disk", () => {
    const result = analyze([
      "!!! copy /var/tmp/portage/sys-fs/foo-1/image/usr/lib/debug/sbin/x.debug -> /usr/lib/debug/sbin/x.debug failed.",
      "!!! [Errno 28] No space left on device",
      "",
      ">>> Failed to install sys-fs/foo-1, Log file:",
    ]);
    expect(result.kind).toBe("disk-full");
    expect(result.infra?.reason).toBe("disk-full");
    expect(result.primary?.line).toBe(2);
    expect(result.title).toBe("sys-fs/foo-1 - [Errno 28] No space left on device");
  });
});

describe("a build-time Perl script that cannot load its module", () => {
  test("`Can't locate X.pm in @INC` beats ninja's stop and the die without message; the title drops @INC", () => {
    const result = analyze([
      "FAILED: cd ../../third_party/WebKit/Source/bindings; perl -w -Iscripts scripts/generate_bindings.pl",
      "Can't locate JSON.pm in @INC (@INC contains: scripts /etc/perl /usr/lib64/perl5/vendor_perl/5.16.3 .) at scripts/idl_serializer.pm line 38.",
      "BEGIN failed--compilation aborted at scripts/idl_serializer.pm line 38.",
      "ninja: build stopped: subcommand failed.",
      ...banner("compile", "(no error message)"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
    expect(result.title).toBe("dev-foo/bar-1.0 - Can't locate JSON.pm in @INC");
    expect(result.cause).toEqual({ type: "perl-module", name: "JSON" });
  });

  test("perl 5.38's `(@INC entries checked: …)` is dropped from the title too", () => {
    const result = analyze([
      "Can't locate XML/Parser.pm in @INC (you may need to install the XML::Parser module) (@INC entries checked: /etc/perl /usr/local/lib64/perl5/5.38) at ./gen.pl line 3.",
      ...banner("configure", "econf failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.title).toBe(
      "dev-foo/bar-1.0 - Can't locate XML/Parser.pm in @INC (you may need to install the XML::Parser module)",
    );
  });
});

describe("the build host, not the package", () => {
  test("check-reqs' `There is NOT at least N disk space` is a full disk (infra), before its die", () => {
    const result = analyze([
      ' * There is NOT at least 13 GiB disk space at "/var/tmp/portage/www-client/firefox-81.0.1/temp"',
      " * ",
      " * Space constraints set in the ebuild were not met!",
      " * The build will most probably fail, you should enhance the space",
      " * as per failed tests.",
      ...banner("pretend", "Build requirements not met!"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("disk-full");
    expect(result.infra?.reason).toBe("disk-full");
  });

  test("check-reqs' memory shortage is an OOM (infra)", () => {
    const result = analyze([
      " * There is NOT at least 8 GiB RAM",
      ...banner("pretend", "Build requirements not met!"),
    ]);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
    expect(result.primary?.line).toBe(1);
  });

  test("qemu-user's `tcg fatal error` beats the shell's `Aborted` after it", () => {
    const result = analyze([
      "/var/tmp/portage/app-emulation/qemu-2.1.2-r1/work/qemu-2.1.2/tcg/tcg.c:1683: tcg fatal error",
      './make.bash: line 161:  1136 Aborted                 "$GOTOOLDIR"/go_bootstrap clean -i std',
      ...banner("compile", "build failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.title).toBe("dev-foo/bar-1.0 - tcg.c: tcg fatal error");
  });
});

describe("resolver output of other Portage versions and pastes", () => {
  test("Portage 2.0's lower-case `all ebuilds … have been masked`, quotes made typographic by a blog", () => {
    const result = analyze([
      "emerge -p portmon",
      "These are the packages that I would merge, in order:",
      "",
      "Calculating dependencies",
      "!!! all ebuilds that could satisfy “portmon” have been masked.",
      "",
      "!!! Error calculating dependencies. Please correct.",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary?.line).toBe(5);
  });

  test("`!!! Error calculating dependencies. Please correct.` alone still fails the build", () => {
    const result = analyze([
      "Calculating dependencies",
      "!!! Error calculating dependencies. Please correct.",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("dependency");
    expect(result.primary?.line).toBe(2);
  });
});

describe("a markdown code block indented by tabs", () => {
  test("resolver output indented with one tab per line is read without the tab", () => {
    const result = analyze([
      "\t$ emerge -auv '=dev-vcs/git-2.7.3-r1'",
      "",
      "\tThese are the packages that would be merged, in order:",
      "",
      "\tCalculating dependencies... done!",
      "",
      '\t!!! All ebuilds that could satisfy "=dev-vcs/git-2.7.3-r1" have been masked.',
      "\t!!! One of the following masked packages is required to complete your request:",
      "\t- dev-vcs/git-2.7.3-r1::gentoo (masked by: EAPI 6)",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(7);
    expect(result.linePrefix).toBe("\t");
  });

  test("a tab-indented block keeps the blanks after its tab (resolver rows indented by two)", () => {
    const result = analyze([
      "\tdev-libs/icu:0",
      "",
      "\t  (dev-libs/icu-75.1-r1:0/75.1::gentoo, ebuild scheduled for merge) pulled in by",
      "\t    >=dev-libs/icu-75.1:0/75.1= required by (app-text/hunspell-1.7.2-r2::gentoo, ebuild scheduled for merge)",
      "\t!!! Multiple package instances within a single package slot have been pulled",
      "\t!!! into the dependency graph, resulting in a slot conflict:",
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.atom).toBe("dev-libs/icu-75.1-r1");
  });
});

describe("parallel_emerge's `pkg-ver: ` before every line", () => {
  test("the prefix is stripped; the old bare `cat/pkg-ver` owner names the collision", () => {
    const result = analyze([
      "gtk-doc-am-1.13-r2: >>> Installing (1 of 1) dev-util/gtk-doc-am-1.13-r2",
      "gtk-doc-am-1.13-r2: * This package will overwrite one or more files that may",
      "belong to other",
      "gtk-doc-am-1.13-r2: * packages (see list below).",
      "gtk-doc-am-1.13-r2: *",
      "gtk-doc-am-1.13-r2: * Detected file collision(s):",
      "gtk-doc-am-1.13-r2: *",
      "gtk-doc-am-1.13-r2: * /usr/bin/gtkdoc-rebase",
      "gtk-doc-am-1.13-r2: * Press Ctrl-C to Stop",
      "gtk-doc-am-1.13-r2: *",
      "gtk-doc-am-1.13-r2: * dev-util/gtk-doc-1.11",
      "gtk-doc-am-1.13-r2: * /usr/bin/gtkdoc-rebase",
      "gtk-doc-am-1.13-r2: * Package 'dev-util/gtk-doc-am-1.13-r2' NOT merged due to",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("collision");
    expect(result.primary?.line).toBe(6);
    expect(result.linePrefix).toBe("gtk-doc-am-1.13-r2: ");
    expect(result.title).toBe("dev-util/gtk-doc-am-1.13-r2 - file collision with dev-util/gtk-doc-1.11");
  });

  test("a log whose lines merely start with a word and a colon keeps them", () => {
    const result = analyze([
      "libtool: compile:  gcc -c foo.c",
      "libtool: compile:  gcc -c bar.c",
      "libtool: link: gcc -o foo foo.o bar.o",
      "foo.c:3:1: error: unknown type name 'bool'",
      "libtool: compile:  gcc -c baz.c",
    ]);
    expect(result.linePrefix).toBeNull();
    expect(result.primary?.line).toBe(4);
  });
});

describe("Portage 2.1's banner without a phase", () => {
  test("the phase comes from the stack's `ebuild.sh … Called src_compile`, and the kind with it", () => {
    const result = analyze([
      "make: *** [all-recursive] Error 1",
      " * ERROR: net-fs/nfs-utils-1.1.4-r1 failed:",
      " *   Failed to compile",
      " *",
      " * Call stack:",
      " *     ebuild.sh, line  54:  Called src_compile",
      " *   environment, line 2648:  Called die",
    ]);
    expect(result.phase).toBe("compile");
    expect(result.kind).toBe("compile");
    expect(result.primary?.text).toBe("Failed to compile");
  });

  test("`ERROR: x failed.` with the die message under `The die message:`: setup from pkg_setup", () => {
    const result = analyze([
      "    * ERROR: cross-avr/avr-libc-1.6.4 failed.",
      "    * Call stack:",
      "    *               ebuild.sh, line   49:  Called pkg_setup",
      "    *   avr-libc-1.6.4.ebuild, line   40:  Called die",
      "    * The specific snippet of code:",
      '    *              die "AVR toolchain not found"',
      "    *  The die message:",
      "    *   AVR toolchain not found",
    ]);
    expect(result.phase).toBe("setup");
    expect(result.primary?.line).toBe(8);
  });
});

describe("a paste whose every line ends in an HTML `<br>`", () => {
  test("the `<br>` is dropped: the banner is read and the perl error is the primary", () => {
    const result = analyze([
      "Can't locate Locale/Messages.pm in @INC (@INC contains: /etc/perl .) at /usr/share/texinfo/Texinfo/Report.pm line 49.<br>",
      "BEGIN failed--compilation aborted at /usr/share/texinfo/Texinfo/Report.pm line 49.<br>",
      "make: *** [all] Error 2<br>",
      "emake failed<br>",
      " * ERROR: sys-devel/bc-1.06.95-r1::gentoo failed (compile phase):<br>",
      " *   emake failed<br>",
    ]);
    expect(result.atom).toBe("sys-devel/bc-1.06.95-r1");
    expect(result.phase).toBe("compile");
    expect(result.primary?.line).toBe(1);
    expect(result.title).toBe("sys-devel/bc-1.06.95-r1 - Can't locate Locale/Messages.pm in @INC");
  });

  test("one `<br>` in a log is the log's own text", () => {
    const result = analyze([
      "checking for foo... no",
      "checking for bar... yes",
      "configure: error: need <br>",
      "checking for baz... no",
      "checking for qux... no",
    ]);
    expect(result.primary?.text).toBe("configure: error: need <br>");
  });
});

describe("link-time optimization", () => {
  // Written from GCC's wording (lto-section-in.cc, lto-wrapper.cc); no public log of this class was found.
  test("lto1's own fatal error beats lto-wrapper's and the linker's echo", () => {
    const result = analyze([
      "lto1: fatal error: bytecode stream in file 'libfoo.a' generated with LTO version 12.0 instead of the expected 13.1",
      "compilation terminated.",
      "lto-wrapper: fatal error: x86_64-pc-linux-gnu-gcc returned 1 exit status",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: error: lto-wrapper failed",
      "collect2: error: ld returned 1 exit status",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("an LTO type mismatch made an error: the diagnostic, not `lto1: some warnings being treated as errors`", () => {
    const result = analyze([
      "lto1: some warnings being treated as errors",
      "C/exec.c:982:7: error: type of 'MkErrorTerm' does not match original declaration [-Werror=lto-type-mismatch]",
      "lto-wrapper: fatal error: x86_64-pc-linux-gnu-gcc returned 1 exit status",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("lto-wrapper's echo alone is never the headline", () => {
    const result = analyze([
      "lto-wrapper: fatal error: x86_64-pc-linux-gnu-gcc returned 1 exit status",
      "/usr/bin/ld: error: lto-wrapper failed",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.text).toBe("emake failed");
  });
});

// Written from the tools' own wording (no public Portage log of these classes was found outside
// the bug tracker, whose pages store them flattened): each is a root cause that used to lose to
// the die message or to the build tool's echo.
describe("build tools' own errors before the die", () => {
  test.each([
    ["make stopping on its makefile", "Makefile:123: *** missing separator.  Stop."],
    ["a makefile's $(error …)", "config.mk:45: *** Please set KERNEL_DIR.  Stop."],
    ["a #!/usr/bin/env script without its interpreter", "/usr/bin/env: 'python': No such file or directory"],
    ["coreutils 9's quotes", "/usr/bin/env: ‘python2’: No such file or directory"],
    ["valac", "src/foo.vala:12.5-12.20: error: The name `bar' does not exist in the context of `Foo'"],
    [
      "ant's javac task",
      "    [javac] /var/tmp/portage/dev-java/foo-1.0/work/src/Foo.java:12: error: cannot find symbol",
    ],
    ["pkg-config called from a Makefile", "Package libfoo was not found in the pkg-config search path."],
    [
      "xsltproc without the local DocBook stylesheets",
      "I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl",
    ],
    [
      "sphinx without an extension",
      "Could not import extension myst_parser (exception: No module named 'myst_parser')",
    ],
  ])("%s: `%s` is the headline", (_name, line) => {
    const result = analyze([
      line,
      "make: *** [Makefile:20: all] Error 2",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("`make: *** [x] Error 2` has no file:line and stays an echo", () => {
    const result = analyze(["make: *** [Makefile:20: all] Error 2", ...banner("compile", "emake failed")]);
    expect(result.primary?.text).toBe("emake failed");
  });

  test("ant's `BUILD FAILED` loses to the javac error it echoes", () => {
    const result = analyze([
      "    [javac] /var/tmp/portage/dev-java/foo-1.0/work/src/Foo.java:12: error: cannot find symbol",
      "    [javac] 1 error",
      "",
      "BUILD FAILED",
      "/var/tmp/portage/dev-java/foo-1.0/work/build.xml:55: Compile failed; see the compiler error output for details.",
      ...banner("compile", "ant failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("pkg-config's verdict under CMake's check stays below the `CMake Error` line", () => {
    const result = analyze([
      "-- Checking for module 'libfoo'",
      "--   Package 'libfoo', required by 'virtual:world', not found",
      "CMake Error at /usr/share/cmake/Modules/FindPkgConfig.cmake:645 (message):",
      "  The following required packages were not found:",
      "-- Configuring incomplete, errors occurred!",
      ...banner("configure", "cmake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("the missing interpreter is the cause", () => {
    const result = analyze([
      "/usr/bin/env: 'python': No such file or directory",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.cause).toEqual({ type: "executable", name: "python" });
  });
});

// Written from samurai's wording (util.c warn/fatal: `<argv0>: job failed: <command>`, `subcommand failed`).
describe("samurai, the ninja Gentoo installs", () => {
  test("`ninja: job failed: <command>` is the failed step when nothing better is printed", () => {
    const result = analyze([
      "ninja: job failed: /usr/lib/python-exec/python3.12/meson --internal exe --unpickle meson_exe_in-build-gimp.sh_0a63.dat",
      "ninja: subcommand failed",
      ...banner("compile", "ninja -v -j9 -l0 failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("ninja-failed");
  });

  test("the compiler's error still beats samurai's echo, and `subcommand failed` is noise", () => {
    const result = analyze([
      "samu: job failed: cc -c ../app/foo.c",
      "../app/foo.c:12:5: error: implicit declaration of function 'bar' [-Wimplicit-function-declaration]",
      "samu: subcommand failed",
      ...banner("compile", "ninja -v -j9 -l0 failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.errorLines.map((e) => e.line)).not.toContain(3);
  });
});

// Written from ld's and ccache's wording; the Gentoo handbook names the class (ccache's "File not
// recognized: File truncated" after a crash), a blog post quotes it flattened.
describe("the object files, not the code", () => {
  test.each([
    "/var/tmp/portage/sys-libs/glibc-2.14.1-r3/work/build/catgets/gencat.o: file not recognized: File format not recognized",
    "foo.o: file not recognized: File truncated",
  ])("ld's `%s` beats collect2 and make", (line) => {
    const result = analyze([
      line,
      "collect2: ld returned 1 exit status",
      "make[2]: *** [gencat] Error 1",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("link");
  });

  test("ccache's own error is the headline", () => {
    const result = analyze([
      "ccache: error: Failed to create directory /var/tmp/portage/.ccache/tmp: Permission denied",
      "make: *** [Makefile:10: foo.o] Error 1",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });
});

describe("a log quoted in a comment (`# ` before every line, as ebuilds quote test failures)", () => {
  test("the comment marker is stripped and java-pkg-simple's TestNG total is the headline", () => {
    const result = analyze([
      "# ===============================================",
      "# Command line suite",
      "# Total tests run: 258, Failures: 3, Skips: 0",
      "# ===============================================",
      "#",
      "#  * ERROR: dev-java/jcommander-1.82::gentoo failed (test phase):",
      "#  *   Running TestNG failed.",
    ]);
    expect(result.linePrefix).toBe("# ");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
    expect(result.title).toBe(
      "dev-java/jcommander-1.82 fails test - Total tests run: 258, Failures: 3, Skips: 0",
    );
  });

  test('`#` and a tab; jdeps\' `Exception in thread "main"` beats the die', () => {
    const result = analyze([
      "#\t * Verifying test classes' dependencies",
      '#\tException in thread "main" com.sun.tools.jdeps.Dependencies$ClassFileError: Bad magic number',
      "#\t\tat jdk.jdeps/com.sun.tools.jdeps.ClassFileReader.scan(ClassFileReader.java:167)",
      "#\tCaused by: java.lang.IllegalArgumentException: Bad magic number",
      "#\t * ERROR: dev-java/log4j-api-2.25.3::gentoo failed (test phase):",
      "#\t *   jdeps failed",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.atom).toBe("dev-java/log4j-api-2.25.3");
  });

  test("the resolver's own `# required by` lines are not a comment prefix", () => {
    const result = analyze([
      "The following USE changes are necessary to proceed:",
      "# required by media-video/ffmpeg-6.1.1::gentoo[vaapi]",
      "# required by ffmpeg (argument)",
      ">=x11-libs/libva-2.20.0 X",
      "# required by media-libs/mesa-24.0.1::gentoo",
      "# required by x11-base/xorg-server-21.1.11",
    ]);
    expect(result.linePrefix).toBeNull();
    // Read as `# required by` atom sources (the last one wins), so the lines kept their `#`.
    expect(result.atom).toBe("x11-base/xorg-server-21.1.11");
  });

  test("TestNG's total without failures is no error", () => {
    const result = analyze(["Total tests run: 258, Failures: 0, Skips: 0"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("ExtUtils::MakeMaker regenerating its Makefile mid-build", () => {
  test("`==> Your Makefile has been rebuilt. <==` beats make's echo and the die", () => {
    const result = analyze([
      "# Writing Makefile for Locale::gettext",
      "# Writing MYMETA.yml and MYMETA.json",
      "# ==> Your Makefile has been rebuilt. <==",
      "# ==> Please rerun the make command.  <==",
      "# make: *** [Makefile:966: Makefile] Error 1",
      "#  * ERROR: dev-perl/Locale-gettext-1.70.0::gentoo failed (compile phase):",
      "#  *   emake failed",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("MakeMaker's `out-of-date with respect to` line, printed first, names what changed", () => {
    const result = analyze([
      "Makefile out-of-date with respect to /usr/lib64/perl5/5.40/x86_64-linux/Config.pm",
      "Cleaning current config before rebuilding Makefile...",
      "==> Your Makefile has been rebuilt. <==",
      "make: *** [Makefile:966: Makefile] Error 1",
      ...banner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });
});
