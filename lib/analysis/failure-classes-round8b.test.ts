import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Failure classes still wrong after round 7 (issue 10, round 8, helper fixB): what makes a line the
// headline and a log failed. Real lines come from public GitHub issue threads outside every held-out
// set (named per test, corpus rows where added); where none was found the lines are written from the
// tool's own wording (its source or manual) and the comment says so.
const analyze = analyzeLines;

describe("1. an excerpt whose only content is an error line failed on it", () => {
  // Written from each tool's wording: CPython's exception lines, pytest's `E   ` and location lines,
  // sphinx's `master file … not found`, mkdocs' logger, ruby's uncaught exception, dune 2's alias report,
  // bash's job report with its head wrapped away.
  test.each([
    ["AttributeError: module 'collections' has no attribute 'Callable'", "compile"],
    ["FileNotFoundError: [Errno 2] No such file or directory: 'README.md'", "compile"],
    [
      "ImportError: cannot import name 'soft_unicode' from 'markupsafe' (/usr/lib/python3.11/markupsafe)",
      "compile",
    ],
    ["RuntimeError: No SOURCE_DATE_EPOCH set", "compile"],
    ["E   ModuleNotFoundError: No module named 'pytest_asyncio'", "test"],
    ["tests/test_flatten.py:95: AssertionError", "test"],
    ["master file /var/tmp/portage/dev-python/foo-1/work/foo-1/doc/contents.rst not found", "compile"],
    [
      "ERROR   -  Unable to read git logs of '/var/tmp/portage/dev-python/foo-1/work/foo-1/docs/index.md'.",
      "compile",
    ],
    ["alias tests/runtest (got signal SEGV)", "test"],
    [
      "/usr/lib64/ruby/gems/3.1.0/gems/foo-1/lib/foo.rb:12:in `<module:Foo>': uninitialized constant Foo::Bar (NameError)",
      "unknown",
    ],
    ["2931 Segmentation fault      (core dumped) ./bin/mkhelp --out help.h", "unknown"],
  ])("%j alone: failed, %s", (line, kind) => {
    const result = analyze(["", line, ""]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toBe(line);
    expect(result.kind).toBe(kind);
  });

  test("CPython aborting amid a build: its fatal line, not the exception under it", () => {
    // Written from CPython's pylifecycle.c (`Fatal Python error: init_fs_encoding: …`).
    const result = analyze([
      "./python -E -c 'import sys; print(sys.prefix)'",
      "Fatal Python error: init_fs_encoding: failed to get the Python codec of the filesystem encoding",
      "Python runtime state: core initialized",
      "ModuleNotFoundError: No module named 'encodings'",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("a detail line still loses to a success marker after it", () => {
    const result = analyze([
      "RuntimeError: cannot cache function '__shear_dense': no locator available",
      ">>> Completed installing foo-1.0 into /var/tmp/portage/dev-foo/foo-1.0/image",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("2. a phase killed by a signal", () => {
  // Written from Portage's AbstractEbuildProcess._killed_by_signal and _unexpected_exit (the one real
  // paste found, a sage-on-gentoo thread, is a held-out source).
  test("alone, eerror's colours pasted in caret notation: failed, the phase from the line", () => {
    const result = analyze([
      "+ set +x",
      "^[[31;01m * ^[[39;49;00mThe ebuild phase 'unpack' has been killed by signal 7.",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.phase).toBe("unpack");
    expect(result.kind).toBe("unknown");
  });

  test("it names the phase, over Portage's later 'other' has exited unexpectedly", () => {
    const result = analyze([
      ">>> Unmerging (1 of 1) dev-foo/bar-1.0...",
      " * The ebuild phase 'postrm' has been killed by signal 11.",
      " * The ebuild phase 'other' has exited unexpectedly. This type of behavior",
      " * is known to be triggered by things such as failed variable assignments",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.phase).toBe("postrm");
    expect(result.kind).toBe("unknown");
  });
});

describe("3. eninja's die without a message", () => {
  // Written from ninja-utils.eclass / cmake-utils.eclass (`"$@" || die` in eninja, _cmake_ninja_src_make).
  const stack = [
    " * ",
    " * Call stack:",
    " *     ebuild.sh, line   93:  Called src_compile",
    " *   environment, line 2311:  Called cmake-utils_src_compile",
    " *   environment, line  970:  Called _cmake_ninja_src_make",
    " *   environment, line 1434:  Called die",
    " * The specific snippet of code:",
    ' *       "$@" || die',
  ];

  test("the call stack's most specific frame is the primary, not ninja's `build stopped`", () => {
    // Session 12 reversed round 8b here: LABELLING.md conventions 2 and 3 (a message-less die's most
    // specific frame stands for its message, above a tool's summary).
    const lines = [
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "ninja: build stopped: subcommand failed.",
      ...dieBanner("compile", "(no error message)"),
    ];
    const result = analyze([...lines, ...stack]);
    expect(result.primary?.text).toContain("Called _cmake_ninja_src_make");
    expect(result.kind).toBe("compile");
    expect(result.errorLines.map((e) => e.line)).not.toContain(2);
    // Without a stack, ninja's line still stands in for the missing message.
    expect(analyze(lines).primary?.line).toBe(2);
  });

  test("the compiler's error above it wins", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "../src/a.cpp:3:1: error: ‘foo’ does not name a type",
      "ninja: build stopped: subcommand failed.",
      ...dieBanner("compile", "(no error message)"),
      ...stack,
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("with a die message, the message stays the fallback", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "ninja: build stopped: subcommand failed.",
      ...dieBanner("compile", "ninja -v -j2 failed"),
    ]);
    expect(result.primary?.text).toBe("ninja -v -j2 failed");
  });
});

describe("4. a build script's error beats `emake failed`", () => {
  test("real: easybuild-easyconfigs #12195, miniperl cannot load lib/buildcustomize.pl", () => {
    const result = analyze([
      "./miniperl -Ilib -f write_buildcustomize.pl",
      'do "lib/buildcustomize.pl" failed, \'.\' is no longer in @INC; did you mean do "./lib/buildcustomize.pl"? at write_buildcustomize.pl line 106.',
      "Can't load generated lib/buildcustomize.pl:  at write_buildcustomize.pl line 117.",
      "make: *** [lib/buildcustomize.pl] Error 13",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("collect2's exit line, when the excerpt lost ld's own errors (kind link)", () => {
    // Written: a gcc bootstrap excerpt cut in the middle of a path, then collect2 and toolchain's die.
    const result = analyze([
      "/var/tmp/portage/sys-devel/gcc-12.2.0/work/build/./prev-gcc/xg++ -B/var/tmp/portage/sys-devel/gcc-12.2.0/work/build/./prev-",
      "collect2: error: ld returned 1 exit status",
      "make[3]: *** [../../gcc-12.2.0/gcc/c/Make-lang.in:86: cc1] Error 1",
      ...dieBanner("compile", "emake failed with bootstrap-lean"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("link");
  });
});

describe("5. samurai's `job failed` alone", () => {
  // Written from samurai's build.c (`samu: job failed: %s`, printed as `ninja:` when run as ninja).
  test("the last line of a paste with nothing else: failed, compile", () => {
    const result = analyze([
      "[211/480] cc -Isrc -c src/parse.c -o src/parse.o",
      "ninja: job failed: cc -Isrc -c src/parse.c -o src/parse.o",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });
});

describe("6. autoconf's error glued to its `checking` line", () => {
  // Written from PKG_CHECK_MODULES' wording under Portage 2.1's banner (no newline after `checking`).
  test("it beats econf's die message, kind configure", () => {
    const result = analyze([
      "checking for pkg-config... /usr/bin/pkg-config",
      "checking for GLIB... configure: error: Package requirements (glib-2.0 >= 2.40) were not met:",
      "",
      "No package 'glib-2.0' found",
      "",
      "!!! ERROR: dev-foo/bar-1.0 failed.",
      "!!! Function econf, Line 123, Exitcode 1",
      "!!! econf failed",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });
});

describe("7. Portage 2.1's banner: the call stack names the phase", () => {
  // Written from Portage 2.1's ebuild.sh dump_trace (`Call stack:` without ` * `, dyn_<phase> frames).
  test("`command not found` in src_install is an install failure", () => {
    const result = analyze([
      "make DESTDIR=/var/tmp/portage/dev-foo/bar-1.0/image/ install",
      "/var/tmp/portage/dev-foo/bar-1.0/temp/environment: line 2300: xmlto: command not found",
      "",
      "!!! ERROR: dev-foo/bar-1.0 failed.",
      "Call stack:",
      "  ebuild.sh, line 1614:   Called dyn_install",
      "  ebuild.sh, line 1060:   Called qa_call 'src_install'",
      "  ebuild.sh, line 44:   Called src_install",
      "  bar-1.0.ebuild, line 55:   Called die",
      "",
      "!!! make install failed",
      "!!! If you need support, post the topmost build error, and the call stack if relevant.",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.phase).toBe("install");
    expect(result.kind).toBe("install");
  });

  test("a stack whose only phase frame is ebuild.sh's dyn_<phase>", () => {
    const result = analyze([
      "!!! ERROR: dev-foo/bar-1.0 failed.",
      "Call stack:",
      "  ebuild.sh, line 1614:   Called dyn_compile",
      "  bar-1.0.ebuild, line 40:   Called die",
      "",
      "!!! emake failed",
    ]);
    expect(result.phase).toBe("compile");
  });
});

describe("8. a collision report with collision-protect and protect-owned off", () => {
  // Written from Portage's vartree.py (_collision_protect's message, wrapped at 70 columns).
  const report = [
    ">>> Completed installing foo-1.0 into /var/tmp/portage/dev-foo/foo-1.0/image/",
    "",
    " * checking 120 files for package collisions",
    " * This package will overwrite one or more files that may belong to other",
    ' * packages (see list below). Add either "collision-protect" or "protect-',
    ' * owned" to FEATURES in make.conf if you would like the merge to abort',
    " * in cases like this. See the make.conf man page for more information",
    " * about these features.",
    " * ",
    " * Detected file collision(s):",
    " * ",
    " * \t/usr/bin/foo",
  ];

  test("Portage merges anyway: no failure, even cut before its `merged despite`", () => {
    const result = analyze(report);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
  });

  test("a symlink collision Portage refuses still fails", () => {
    const result = analyze([
      ...report,
      " * Package 'dev-foo/foo-1.0' NOT merged since it has one or more",
      " * collisions between symlinks and directories, which is explicitly",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("collision");
  });
});

describe("9. Test::More's `Failed test` over the harness total", () => {
  // Written from Test::More's diagnostic and Test::Harness' total (no `Dubious` verdict in the excerpt).
  test("the failed test is the primary", () => {
    const result = analyze([
      "not ok 2 - parses an empty document",
      "#   Failed test 'parses an empty document'",
      "#   at t/01-basic.t line 12.",
      "# Looks like you failed 1 test of 3.",
      "Failed 1/3 test programs. 7/113 subtests failed.",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });
});

describe("10. patch's own error", () => {
  // Written from GNU patch's wording (util.c set_file_attributes: `setting attributes for %s`).
  test("`setting attributes … Operation not supported` is an error line and the primary", () => {
    const result = analyze([
      "patching file src/main.c",
      "patch: setting attributes for ./src/main.c: Operation not supported",
      ...dieBanner("prepare", "patch -p1 failed with /var/tmp/portage/dev-foo/bar-1.0/files/fix.patch"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.errorLines.map((e) => e.line)).toContain(2);
  });
});
