import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 28 (helper rules28): shapes whose kind was wrong, named by a reviewer in words, both ways (real rows
// 590-593 hold the ones found in public threads).
const analyze = analyzeLines;

const compiling = ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...";

describe("1. ccache refusing its cache directory is the sandbox's denial", () => {
  test("`Failed to create directory …: Permission denied` under a compile banner: kind sandbox", () => {
    const result = analyze([
      compiling,
      "ccache: error: Failed to create directory /var/cache/ccache/a/b: Permission denied",
      "make: *** [Makefile:12: foo.o] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("sandbox");
    expect(result.infra).toBeNull();
  });

  test("the temporary-file wording and `Operation not permitted`, without a banner: kind sandbox", () => {
    for (const line of [
      "ccache: error: failed to create temporary file for /var/cache/ccache/tmp/stdout.tmp.XXXXXX.tmp: Permission denied",
      "ccache: error: Failed to create directory /var/tmp/ccache/tmp: Operation not permitted",
    ]) {
      expect(analyze([line]).kind).toBe("sandbox");
    }
  });

  test("near miss: ccache's other complaints stay the phase's", () => {
    const result = analyze([
      compiling,
      'ccache: error: Could not find compiler "x86_64-pc-linux-gnu-gcc" in PATH',
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.ruleId).toBe("ccache-error");
    expect(result.kind).toBe("compile");
  });
});

describe("3. a resolver's cycle behind grep's file prefix", () => {
  const cycle = [
    " * Error: circular dependencies:",
    "",
    "(dev-python/foo-1.0:0/0::gentoo, ebuild scheduled for merge) depends on",
    " (dev-python/bar-1.0:0/0::gentoo, ebuild scheduled for merge) (buildtime)",
    "  (dev-python/foo-1.0:0/0::gentoo, ebuild scheduled for merge) (buildtime)",
  ];

  test("`emerge.log:` on every line: kind dependency, the cycle's header the primary", () => {
    const result = analyze(cycle.map((line) => `emerge.log:${line}`));
    expect(result.primary?.ruleId).toBe("dependency-cycle");
    expect(result.kind).toBe("dependency");
  });

  test("grep -n's `file:N:` and a context line's `file-N-`: kind dependency", () => {
    const result = analyze(
      cycle.map((line, i) =>
        i === 0 ? `logs/build.log:${40 + i}:${line}` : `logs/build.log-${40 + i}-${line}`,
      ),
    );
    expect(result.kind).toBe("dependency");
  });

  test("near miss: a compiler's `file.c:N:` location is no grep prefix", () => {
    const result = analyze([
      "src/main.c:12:5: error: 'foo' undeclared (first use in this function)",
      "src/main.c:13:5: error: 'bar' undeclared (first use in this function)",
      "src/main.c:14:5: error: 'baz' undeclared (first use in this function)",
      "src/main.c:15:5: error: 'qux' undeclared (first use in this function)",
    ]);
    expect(result.primary?.text).toContain("src/main.c:12:5: error:");
    expect(result.kind).toBe("compile");
  });
});

describe("6. the .NET compilers' `file.cs(line,col): error CSnnnn:`", () => {
  test("xbuild's line with its project tail: kind compile", () => {
    const result = analyze([
      "Build started.",
      "Foo.cs(12,34): error CS0165: Use of unassigned local variable `x' [/var/tmp/portage/dev-dotnet/foo-1.0/work/foo.csproj]",
      "Build FAILED.",
    ]);
    expect(result.primary?.ruleId).toBe("dotnet-compiler-error");
    expect(result.kind).toBe("compile");
  });

  test("under a test banner the phase decides (the test assembly failing to build)", () => {
    const result = analyze([
      "Tests/FooTests.cs(3,1): error CS0246: The type or namespace name 'NUnit' could not be found",
      ...dieBanner("test", "dotnet test failed"),
    ]);
    expect(result.kind).toBe("test");
  });

  test("near miss: a compiler warning is no failure line", () => {
    const result = analyze([
      "Foo.cs(29,30): warning CS0168: The variable 'ex' is declared but never used",
      "Build succeeded.",
    ]);
    expect(result.primary?.ruleId).not.toBe("dotnet-compiler-error");
  });
});

describe("7. a build reaching for the network is the build step's failure", () => {
  const clone =
    "fatal: unable to access 'https://github.com/foo/dep.git/': Could not resolve host: github.com";

  test("git clone from src_compile under a banner: kind compile, no infra", () => {
    const result = analyze([
      compiling,
      "Cloning into 'deps/dep'...",
      clone,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });

  test("from src_test under a banner: kind test", () => {
    const result = analyze(["Cloning into 'testdata'...", clone, ...dieBanner("test", "tests failed")]);
    expect(result.kind).toBe("test");
    expect(result.infra).toBeNull();
  });

  test("without a banner, `>>> Compiling source in` above the clone says compile", () => {
    const result = analyze([compiling, "Cloning into 'deps/dep'...", clone]);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });

  test("both ways: git-r3's fetch in src_unpack stays fetch, the builder's network", () => {
    const result = analyze([
      ">>> Unpacking source...",
      " * Fetching https://github.com/foo/dep.git ...",
      "git fetch https://github.com/foo/dep.git +HEAD:refs/git-r3/HEAD",
      clone,
      ...dieBanner("unpack", "Unable to fetch from any of EGIT_REPO_URI"),
    ]);
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
  });

  test("both ways: the clone alone, no phase told, stays fetch", () => {
    expect(analyze([clone]).kind).toBe("fetch");
  });
});

describe("8. SBCL's compile failing", () => {
  test("`; caught ERROR:` and its reason: kind compile", () => {
    const result = analyze([
      '; compiling file "/var/tmp/portage/dev-lisp/foo-1.0/work/foo.lisp"',
      "; caught ERROR:",
      ";   READ error during COMPILE-FILE:",
      "; compilation unit aborted",
      ";   caught 1 fatal ERROR condition",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("sbcl-caught-error");
    expect(result.kind).toBe("compile");
  });

  test("the caught ERROR alone, its summary cut off: kind compile", () => {
    const result = analyze([
      "; caught ERROR:",
      ";   Lock on package SB-EXT violated when interning ONCE-ONLY while in package FSET.",
    ]);
    expect(result.kind).toBe("compile");
  });

  test("only the summary left below the excerpt's line: kind compile, the summary no primary", () => {
    const result = analyze([
      'Unhandled SB-INT:SIMPLE-PROGRAM-ERROR in thread #<SB-THREAD:THREAD "main thread" RUNNING {1001878103}>:',
      "; compilation aborted after 0:00:00.105",
      "; compilation unit aborted",
      ";   caught 2 fatal ERROR conditions",
    ]);
    expect(result.primary?.line).toBeLessThan(3);
    expect(result.kind).toBe("compile");
  });

  test("near miss: the summary far below (another step's) names no kind", () => {
    const result = analyze([
      'Unhandled SB-INT:SIMPLE-PROGRAM-ERROR in thread #<SB-THREAD:THREAD "main thread" RUNNING {1001878103}>:',
      ...Array.from({ length: 20 }, (_, i) => `${i}: (SB-IMPL::FRAME-${i})`),
      "; compilation unit aborted",
    ]);
    expect(result.kind).not.toBe("compile");
  });

  test("near miss: a caught WARNING is no failure line", () => {
    const result = analyze([
      "; caught WARNING:",
      ";   undefined variable: X",
      ";   caught 1 WARNING condition",
    ]);
    expect(result.primary?.ruleId ?? "").not.toMatch(/^sbcl-/);
  });
});

describe("12. ninja's failed target that runs the tests", () => {
  test("`FAILED: run-unit-tests`: kind test", () => {
    const result = analyze([
      "[12/14] Linking target test/unit-tests",
      "FAILED: run-unit-tests",
      "cd /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0_build && ./test/unit-tests",
      "ninja: build stopped: subcommand failed.",
    ]);
    expect(result.primary?.ruleId).toBe("ninja-failed-test-run");
    expect(result.kind).toBe("test");
  });

  test("CMake's `test/CMakeFiles/check` target under a compile banner: kind test", () => {
    const result = analyze(["FAILED: test/CMakeFiles/check", ...dieBanner("compile", "ninja -v -j2 failed")]);
    expect(result.kind).toBe("test");
  });

  test("near miss: an object built under test/ is a compile", () => {
    for (const target of [
      "FAILED: test/CMakeFiles/check.dir/main.cpp.o",
      "FAILED: tests/test-parser.p/parser.c.o",
    ]) {
      const result = analyze([target, "ninja: build stopped: subcommand failed."]);
      expect(result.primary?.ruleId).toBe("ninja-failed");
      expect(result.kind).toBe("compile");
    }
  });
});

describe("4. git-r3's fetch getting a ref without its object", () => {
  const fetching = [
    ">>> Unpacking source...",
    " * Fetching https://github.com/foo/bar.git ...",
    "git fetch https://github.com/foo/bar.git +HEAD:refs/git-r3/HEAD",
  ];

  test("`fatal: update_ref failed … nonexistent object` in src_unpack: kind fetch, no infra", () => {
    const result = analyze([
      ...fetching,
      "fatal: update_ref failed for ref 'refs/git-r3/HEAD': cannot update ref 'refs/git-r3/HEAD': trying to write ref 'refs/git-r3/HEAD' with nonexistent object 1db32abea40ac2faa43f0d395fa97ea694790f91",
      ...dieBanner("unpack", "Ref refs/git-r3/HEAD could not be updated"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("fetch");
    expect(result.infra).toBeNull();
  });

  test("`error: … did not send all necessary objects` with a die message naming no fetch: kind fetch", () => {
    const result = analyze([
      ...fetching,
      "error: https://github.com/foo/bar.git did not send all necessary objects",
      ...dieBanner("unpack", "Ref refs/git-r3/HEAD could not be updated"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("fetch");
  });

  test("near miss: git's local `update-ref` command echoed is no failure", () => {
    const result = analyze([
      ...fetching,
      "git update-ref --no-deref refs/git-r3/dev-foo/bar/0/__main__ 974ed843295555abefb9eaf6d1d38ff90a2aeacd",
      ">>> Source unpacked in /var/tmp/portage/dev-foo/bar-9999/work",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("14. installkernel failing in pkg_postinst", () => {
  test("`ERROR: Installing 6.x failed` without a banner: phase postinst, kind unknown", () => {
    const result = analyze([
      " * Installing the kernel via installkernel ...",
      "dracut: Cannot find module directory /lib/modules/6.6.1-gentoo-dist",
      "ERROR: Installing 6.6.1-gentoo-dist failed",
      " * The kernel was not deployed successfully.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.phase).toBe("postinst");
    expect(result.kind).toBe("unknown");
  });

  test("near miss: meson's own `ERROR: ` sentence stays configure", () => {
    const result = analyze(['ERROR: Dependency "glib-2.0" not found, tried pkgconfig']);
    expect(result.kind).toBe("configure");
  });
});

describe("11. Portage's QA check dying, its notice not in the excerpt", () => {
  test("`Aborting due to QA concerns: …` wrapped at 80 columns: kind qa", () => {
    const result = analyze([
      ">>> Install foo-1.0 into /var/tmp/portage/dev-libs/foo-1.0/image/ category dev-libs",
      " * ERROR: dev-libs/foo-1.0 failed:",
      " *   Aborting due to QA concerns: 3 files built without respecting",
      " * CFLAGS",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("qa");
  });

  test("near miss: another die message of the install phase stays install", () => {
    const result = analyze([...dieBanner("install", "dodoc failed")]);
    expect(result.kind).toBe("install");
  });
});
