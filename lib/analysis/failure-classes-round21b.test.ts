import { check } from "recheck";
import { describe, expect, test } from "vitest";
import { firstTroubleLine } from "./last-resort";
import { CONFIGURE_STEP_WORDS } from "./result";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 21b: shapes a reviewer of unseen sets named in words (the writer did not read those files), each
// from the tool's own wording, both ways. Real rows 320-324 (fixtures/corpus/real/MANIFEST.md).
const analyze = analyzeLines;

describe("1. the last resort skips make's bookkeeping", () => {
  test("a directory make leaves is no complaint, whatever its name", () => {
    const lines = [
      "make[1]: Leaving directory '/root/.cache/kiss/build-12491/libgpg-error'",
      "make[2]: Entering directory '/build/liberror-1.0/src/error'",
      "make[2]: Nothing to be done for 'error'.",
      "make[1]: *** Waiting for unfinished jobs....",
      "make: *** [Makefile:441: all] Error 2",
    ];
    expect(firstTroubleLine(lines)).toBe(4);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(5);
  });

  test("near miss: make's own complaint on a directory still sounds like trouble", () => {
    expect(firstTroubleLine(["make[1]: *** No rule to make target 'error.o'.  Stop."])).toBe(0);
    expect(firstTroubleLine(["make: Entering directory '/x'", "gmake[1]: error: cannot open /x"])).toBe(1);
  });
});

describe("2. a helper the EAPI banned, or called wrongly: the die's own line", () => {
  test.each([
    " *   'dohtml' has been banned for EAPI '7'",
    " *   'einstall' has been banned for EAPI '6'",
    " *   'useq' banned in EAPI 8",
    " *   has_version: option --host-root is not supported with EAPI 7",
    " *   dosym: two arguments needed",
  ])("%j beats a tool's complaint above it in the phase", (message) => {
    const result = analyze([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "sed: can't read Makefile.in: No such file or directory",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (install phase):",
      message,
      ...callStack("install"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("eapi-banned-helper");
    expect(result.kind).toBe("install");
  });

  test("alone in an excerpt it fails it", () => {
    const result = analyze(["dohtml: 'dohtml' has been banned for EAPI '7'"]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: another die message leaves the tool's complaint first", () => {
    const result = analyze([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "sed: can't read Makefile.in: No such file or directory",
      ...dieBanner("install", "sed failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(analyze(["dohtml is deprecated in EAPI 6, use HTML_DOCS"]).status).toBe("succeeded");
  });
});

describe("3. a build system's own configure step is configure, also run from src_compile", () => {
  test.each([
    ["* What went wrong:", "A problem occurred evaluating project ':app'."],
    ["* What went wrong:", "A problem occurred configuring root project 'foo'."],
    ["* What went wrong:", "The Android Gradle plugin requires at least Gradle 7.0 to run."],
    ["Checking for 'gtk+-3.0'", "waflib.Errors.ConfigurationError: The package 'gtk+-3.0' was not found"],
    ["Checking for pkg-config... yes", "OSError: 'pkg-config --cflags --libs gtk+-3.0' exited 1"],
    ["lapack_opt_info:", "    numpy.distutils.system_info.NotFoundError: no lapack/blas resources found"],
  ])("%j %j", (above, line) => {
    const result = analyze([above, line, ...dieBanner("compile", "build failed")]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });

  test("without a phase the phase is configure too", () => {
    const result = analyze(["* What went wrong:", "A problem occurred evaluating project ':app'."]);
    expect(result.phase).toBe("configure");
    expect(result.kind).toBe("configure");
  });

  test("near miss: a task failing is the compile step's", () => {
    const result = analyze([
      "* What went wrong:",
      "Execution failed for task ':compileJava'.",
      ...dieBanner("compile", "gradle failed"),
    ]);
    expect(result.kind).toBe("compile");
  });

  test("the configure words are safe on untrusted lines", async () => {
    const verdict = await check(CONFIGURE_STEP_WORDS.source, CONFIGURE_STEP_WORDS.flags, {
      randomSeed: 0,
      timeout: 60_000,
      attackTimeout: null,
      recallTimeout: -1,
    });
    expect(verdict.status).toBe("safe");
  }, 120_000);
});

describe("4. valac's missing package", () => {
  test("compile, titled by the package, cause pkg-config", () => {
    const result = analyze([
      "Linking C executable valagl",
      "error: Package `gtk+-3.0' not found in specified Vala API directories or GObject-Introspection GIR directories",
      "Compilation failed: 1 error(s), 0 warning(s)",
    ]);
    expect(result.primary?.ruleId).toBe("valac-package-missing");
    expect(result.kind).toBe("compile");
    expect(result.title).toContain("gtk+-3.0");
    expect(result.cause).toEqual({ type: "pkg-config", name: "gtk+-3.0" });
  });

  test("near miss: valac's error in code stays valac-error", () => {
    const result = analyze([
      "src/foo.vala:12.5-12.20: error: The name `bar' does not exist in the context of `Foo'",
    ]);
    expect(result.primary?.ruleId).toBe("valac-error");
    expect(result.cause).toBeNull();
  });
});

describe("5. the resolver's skipped update is no failure by itself", () => {
  const skipped = [
    "!!! The following update has been skipped due to unsatisfied dependencies:",
    "",
    "sys-devel/hip:0",
    "",
    "  selected: (sys-devel/hip-3.10.0:0/3.10::rocm, ebuild scheduled for merge)",
    "  skipped: (sys-devel/hip-4.0.0:0/4.0::rocm, ebuild scheduled for merge) (see unsatisfied dependency below)",
    "",
    'emerge: there are no ebuilds to satisfy ">=dev-libs/rocclr-4.0".',
    '(dependency required by "sys-devel/hip-4.0.0::rocm" [ebuild])',
    "",
  ];

  test.each([
    [
      ">>> Emerging (1 of 1) sys-devel/hip-3.10.0::rocm",
      ">>> Installing (1 of 1) sys-devel/hip-3.10.0::rocm",
    ],
    ["Jobs: 1 of 1 complete                           Load avg: 1.2, 1.0, 0.9"],
    [],
  ])("followed by %j it succeeded", (...after) => {
    expect(analyze([...skipped, ...after]).status).toBe("succeeded");
  });

  test("the backtracking form", () => {
    const result = analyze([
      "!!! The following update(s) have been skipped due to unsatisfied dependencies",
      "!!! triggered by backtracking:",
      "",
      "unity-base/unity:0",
      "",
      ">>> Emerging (1 of 2) dev-libs/foo-1.0::gentoo",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("what follows decides: a build failing after it", () => {
    const result = analyze([
      ...skipped,
      ">>> Emerging (1 of 1) dev-foo/bar-1.0::gentoo",
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "foo.c:1:2: error: expected ';' before '}' token",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.kind).toBe("compile");
  });

  test("near miss: the resolver's words after the merge went on, or without the notice, fail", () => {
    const after = analyze([
      ...skipped.slice(0, 3),
      ">>> Emerging (1 of 1) dev-foo/bar-1.0::gentoo",
      'emerge: there are no ebuilds to satisfy ">=dev-libs/baz-4.0".',
    ]);
    expect(after.kind).toBe("dependency");
    expect(analyze(skipped.slice(7)).kind).toBe("dependency");
  });
});

describe("6. compile progress names compile for a phase-less excerpt", () => {
  // libtool's `compile:` line and a bare compiler command are read where the gate passes the line anyway (here:
  // an excerpt's first lines); as gate needles they cost a full log's compile section half its speed.
  test.each([
    "[ 45%] Building C object src/CMakeFiles/foo.dir/bar.c.o",
    "[12/345] Compiling C object src/foo.p/bar.c.o",
    "[12/345] Building CXX object src/CMakeFiles/foo.dir/bar.cpp.o",
    "[3/40] x86_64-pc-linux-gnu-gcc -Isrc -O2 -pipe -MD -MQ src/a.o -o src/a.o -c ../src/a.c",
    "  CC       libfoo_la-bar.lo",
    "  CXX      foo.o",
    "  CC [M]  drivers/foo/bar.o",
    "libtool: compile:  x86_64-pc-linux-gnu-gcc -DHAVE_CONFIG_H -I. -c foo.c  -fPIC -DPIC -o .libs/foo.o",
    "x86_64-pc-linux-gnu-gcc -O2 -pipe -c foo.c -o foo.o",
    "   Compiling libc v0.2.150",
  ])("%j", (progress) => {
    const result = analyze([progress, "/bin/sh: 1: c++: not found"]);
    expect(result.phase).toBe("compile");
    expect(result.kind).toBe("compile");
  });

  test.each([
    "[ 60%] Linking C executable foo",
    "[40/40] Linking target src/foo",
    "  CCLD     libfoo.la",
    "  CXXLD    foo",
    "libtool: link: x86_64-pc-linux-gnu-gcc -shared -o .libs/libfoo.so",
  ])("near miss: a link step after it (%j) ends what it said", (link) => {
    const result = analyze(["  CC       foo.lo", link, "/bin/sh: 1: c++: not found"]);
    expect(result.kind).not.toBe("compile");
  });

  test("a linker's own line stays link after a compile sign", () => {
    const result = analyze(["  CC       foo.lo", "/usr/bin/ld: cannot find -lbar"]);
    expect(result.kind).toBe("link");
  });

  test("near miss: a banner's phase wins", () => {
    const result = analyze([
      "[ 45%] Building C object src/CMakeFiles/foo.dir/bar.c.o",
      "/bin/sh: 1: c++: not found",
      ...dieBanner("install", "cmake failed"),
    ]);
    expect(result.phase).toBe("install");
    expect(result.kind).toBe("install");
  });

  test("near miss: a compiler command without -c names nothing", () => {
    const result = analyze(["x86_64-pc-linux-gnu-gcc -O2 -o foo foo.o", "/bin/sh: 1: c++: not found"]);
    expect(result.phase).toBeNull();
  });
});
