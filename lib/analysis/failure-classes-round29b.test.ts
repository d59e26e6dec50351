import { describe, expect, test } from "vitest";
import { WHOLE_LOG_LINES } from "./line-prefix";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 29b (helper r29b): shapes named by a reviewer in words, both ways (real rows 620-627 hold the ones found in
// public threads; the others are made-up lines of the shape).
const analyze = analyzeLines;

/** Enough plain lines that the last resort (a short excerpt's reading) never runs: the rules alone decide. */
const longLog = (...lines: string[]) => [
  ...Array.from({ length: WHOLE_LOG_LINES + 10 }, (_, i) => `compiling frob${i}.o`),
  ...lines,
];

describe("1. make's no-rule line from a test target is the test step's", () => {
  test("`No rule to make target 'check'` alone: kind test", () => {
    const result = analyze(["make: *** No rule to make target 'check'.  Stop."]);
    expect(result.primary?.ruleId).toBe("make-no-rule");
    expect(result.kind).toBe("test");
  });

  test("qmake's subdirs check target below it (`sub-tests-auto-check`): kind test", () => {
    const result = analyze([
      "make[3]: *** No rule to make target '../../../../lib/libQt5Test.so', needed by 'tst_qfoo'.  Stop.",
      "make[2]: *** [Makefile:94: sub-qfoo-check] Error 2",
      "make[1]: *** [Makefile:48: sub-auto-check] Error 2",
      "make: *** [Makefile:48: sub-tests-auto-check] Error 2",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });

  test("CMake's `check` wrapper (`tests/CMakeFiles/check.dir/all`) needing the target: kind test", () => {
    const result = analyze([
      "make[2]: *** No rule to make target 'tests/CMakeFiles/test.dir/all', needed by 'tests/CMakeFiles/check.dir/all'.  Stop.",
    ]);
    expect(result.kind).toBe("test");
  });

  test("the failed target's line wrapped before `] Error 2` (qmake building the tests dir): kind test", () => {
    const result = analyze([
      "make[1]: *** No rule to make target '/usr/lib64/cmake/Qt5Core/Qt5CoreConfig.cmake', needed by 'Makefile'.  Stop.",
      "make: *** [Makefile:56: sub-tests-make_",
      "first] Error 2",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });

  test("near miss: a build target's no-rule stays compile (a test's source needed by its object too)", () => {
    for (const lines of [
      [
        "make[1]: *** No rule to make target 'tests/foo.c', needed by 'tests/foo.o'.  Stop.",
        "make: *** [Makefile:500: all-recursive] Error 1",
      ],
      [
        "make[1]: *** No rule to make target '/usr/lib64/cmake/Qt5Core/Qt5CoreConfig.cmake', needed by 'Makefile'.  Stop.",
        "make: *** [Makefile:56: sub-src-make_first] Error 2",
      ],
    ]) {
      expect(analyze(lines).kind).toBe("compile");
    }
  });

  test("near miss: `No rule to make target 'install'` is the install step's, a banner's phase still wins", () => {
    expect(analyze(["make[1]: *** No rule to make target 'install'.  Stop."]).kind).toBe("install");
    const underBanner = analyze([
      "make: *** No rule to make target 'check'.  Stop.",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(underBanner.kind).toBe("compile");
  });
});

describe("2. a binary package's slot conflict without emerge's `!!!` banner", () => {
  const instances = [
    "",
    "  (dev-qt/qtbase-6.5.2-r1-1:6/6.5::gentoo, binary scanned) pulled in by",
    '    ~dev-qt/qtbase-6.5.2:6/6.5= required by (dev-qt/qtdeclarative-6.5.2-1:6/6.5::gentoo, installed) USE="opengl"',
    "    ^               ^^^^^^^^^^",
    "",
    '  (dev-qt/qtbase-6.6.1:6/6.6::gentoo, ebuild scheduled for merge) USE="X gui widgets" pulled in by',
    "    >=dev-qt/qtbase-6.6:6 required by (kde-frameworks/kcoreaddons-6.0.0:6/6.0.0::gentoo, ebuild scheduled for merge)",
    "    ^^               ^^^^^",
  ];

  test("the slot's atom is the primary, kind dependency, titled as the banner's form", () => {
    const result = analyze(["dev-qt/qtbase:6", ...instances]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "dependency-slot-conflict-no-banner" });
    expect(result.kind).toBe("dependency");
    expect(result.title).toContain("slot conflict: dev-qt/qtbase (slot 6)");
  });

  test("with the banner the banner stays the primary, and both forms name the slot alike", () => {
    const result = analyze([
      "!!! Multiple package instances within a single package slot have been pulled",
      "!!! into the dependency graph, resulting in a slot conflict:",
      "",
      "dev-qt/qtbase:6",
      ...instances,
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.title).toContain("slot conflict: dev-qt/qtbase (slot 6)");
  });

  test("near miss: the resolver's skipped update (`conflicts with`) is no failure", () => {
    const result = analyze([
      "!!! The following update(s) have been skipped due to unsatisfied dependencies",
      "!!! triggered by backtracking:",
      "",
      "dev-qt/qtbase:6",
      "",
      "  (dev-qt/qtbase-6.6.1:6/6.6::gentoo, ebuild scheduled for merge) conflicts with",
      "    ~dev-qt/qtbase-6.5.2:6/6.5= required by (dev-qt/qtdeclarative-6.5.2:6/6.5::gentoo, installed)",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("near miss: an atom line over another package's instance is no conflict", () => {
    const result = analyze([
      "dev-qt/qtbase:6",
      "",
      "  (dev-qt/qtsvg-6.6.1:6/6.6::gentoo, ebuild scheduled for merge) pulled in by",
    ]);
    expect(result.primary?.ruleId).not.toBe("dependency-slot-conflict-no-banner");
  });
});

describe("3. several build logs grepped together", () => {
  const logs = [
    "/var/tmp/portage/vbslogs/build/net-p2p/bitcoin-qt-0.20.1:20210301-101010.log",
    "/var/tmp/portage/vbslogs/build/net-p2p/bitcoin-qt-0.20.1:20210302-111111.log",
    "/var/tmp/portage/vbslogs/build/dev-libs/boost-1.77.0:20210303-121212.log",
  ];
  const banner = (atom: string) => ` * ERROR: ${atom}::gentoo failed (compile phase):`;

  test("banners only, one a file: the first log's banner is the primary, its prefix stripped", () => {
    const result = analyze([
      `${logs[0]}:${banner("net-p2p/bitcoin-qt-0.20.1")}`,
      `${logs[1]}:${banner("net-p2p/bitcoin-qt-0.20.1")}`,
      `${logs[2]}:${banner("dev-libs/boost-1.77.0")}`,
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "portage-die-banner" });
    expect(result.atom).toBe("net-p2p/bitcoin-qt-0.20.1");
    expect(result.kind).toBe("compile");
    expect(result.linePrefix).not.toBeNull();
  });

  test("each banner with its message: the first log's message", () => {
    const result = analyze([
      `${logs[0]}:${banner("net-p2p/bitcoin-qt-0.20.1")}`,
      `${logs[0]}: *   emake failed`,
      `${logs[2]}:${banner("dev-libs/boost-1.77.0")}`,
      `${logs[2]}: *   b2 failed`,
    ]);
    expect(result.primary).toMatchObject({ line: 2, text: "emake failed" });
  });

  test("near miss: one log's grep prefix is still stripped, its die message still read", () => {
    const result = analyze(
      [...dieBanner("compile", "emake failed"), ...callStack("compile")].map((line) => `build.log:${line}`),
    );
    expect(result.primary).toMatchObject({ line: 2, text: "emake failed" });
  });
});

describe("4. wget's answer to a one-URI file among another download's lines", () => {
  const zip = "https://github.com/zaproxy/zaproxy/releases/download/v2.14.0/ZAP_2.14.0_Linux.tar.gz";
  const other = "http://distfiles.gentoo.org/distfiles/ab/baz-2.0.tar.xz";

  test("a background download's request between this file's and the 404: the 404 is the reason", () => {
    const result = analyze([
      `>>> Downloading '${zip}'`,
      `--2024-03-01 10:00:00--  ${zip}`,
      `>>> Downloading '${other}'`,
      `--2024-03-01 10:00:00--  ${other}`,
      "HTTP request sent, awaiting response... 404 Not Found",
      "2024-03-01 10:00:01 ERROR 404: Not Found.",
      "HTTP request sent, awaiting response... 200 OK",
      "2024-03-01 10:00:01 (1.2 MB/s) - '/var/cache/distfiles/baz-2.0.tar.xz' saved [1234/1234]",
      "",
      "!!! Couldn't download 'ZAP_2.14.0_Linux.tar.gz'. Aborting.",
    ]);
    expect(result.primary).toMatchObject({ line: 6, ruleId: "wget-http-error-only-uri" });
    expect(result.kind).toBe("fetch");
  });

  test("the same URI tried by the background fetch and the build's own: still one URI", () => {
    const attempt = [
      `>>> Downloading '${zip}'`,
      `--2024-03-01 10:00:00--  ${zip}`,
      "HTTP request sent, awaiting response... 404 Not Found",
      "2024-03-01 10:00:01 ERROR 404: Not Found.",
      "",
    ];
    const result = analyze([
      ...attempt,
      ...attempt,
      "!!! Couldn't download 'ZAP_2.14.0_Linux.tar.gz'. Aborting.",
    ]);
    expect(result.primary).toMatchObject({ line: 9, ruleId: "wget-http-error-only-uri" });
  });

  test("near miss: the other file tried again after the 404 (it was that file's): the summary stays", () => {
    const result = analyze([
      `>>> Downloading '${zip}'`,
      `--2024-03-01 10:00:00--  ${zip}`,
      `>>> Downloading '${other}'`,
      `--2024-03-01 10:00:00--  ${other}`,
      "2024-03-01 10:00:01 ERROR 404: Not Found.",
      `>>> Downloading '${other.replace("distfiles.gentoo.org", "mirror.example.org")}'`,
      "",
      "!!! Couldn't download 'ZAP_2.14.0_Linux.tar.gz'. Aborting.",
    ]);
    expect(result.primary?.ruleId).toBe("fetch-failed");
  });

  test("near miss: a network failure after the 404 is the later reason: the summary stays", () => {
    const result = analyze([
      `>>> Downloading '${zip}'`,
      `--2024-03-01 10:00:00--  ${zip}`,
      `>>> Downloading '${other}'`,
      `--2024-03-01 10:00:00--  ${other}`,
      "2024-03-01 10:00:01 ERROR 404: Not Found.",
      "Resolving github.com (github.com)... failed: Temporary failure in name resolution.",
      "",
      "!!! Couldn't download 'ZAP_2.14.0_Linux.tar.gz'. Aborting.",
    ]);
    expect(result.primary?.ruleId).not.toBe("wget-http-error-only-uri");
  });
});

describe("5. eselect unable to load a module above a die that only follows from it", () => {
  const stack = callStack("prepare", "numeric-int64_ensure_blas_int_support");
  const eselect = ["!!! Error: Can't load module blas", "exiting", "readlink: missing operand"];

  test("the die's module name empty (`requires the pkgbuild module`): eselect's line is the primary", () => {
    const result = analyze([
      ...eselect,
      ...dieBanner("prepare", "lapack-reference requires the pkgbuild module "),
      ...stack,
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "eselect-error" });
    expect(result.kind).toBe("unknown");
  });

  test("a message naming eselect or the module: eselect's line", () => {
    for (const message of ["eselect blas set failed", "no blas implementation selected"]) {
      const result = analyze([...eselect, ...dieBanner("prepare", message), ...stack]);
      expect(result.primary?.ruleId).toBe("eselect-error");
    }
  });

  test("near miss: a module the die names (`… module refblas`) is the ebuild's own, more specific reason", () => {
    const result = analyze([
      ...eselect,
      ...dieBanner("prepare", "lapack-reference requires the pkgbuild module refblas"),
      ...stack,
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test("near miss: eselect's other complaints (`Action files unknown`) keep the die's message", () => {
    const result = analyze([
      "!!! Error: Action files unknown",
      "exiting",
      ...dieBanner("prepare", "lapack-reference requires the pkgbuild module "),
      ...stack,
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });
});

describe("6. patch's `Reversed (or previously applied) patch detected!` is a question", () => {
  const reversed = "Reversed (or previously applied) patch detected!  Assume -R? [n]";
  const summary = "1 out of 1 hunk FAILED -- saving rejects to file Makefile.rej";

  test("the hunks' summary below the question is the primary", () => {
    const result = analyze(["patching file Makefile", reversed, "Apply anyway? [n]", summary]);
    expect(result.primary).toMatchObject({ line: 4, ruleId: "patch-hunks-summary" });
  });

  test("and above it", () => {
    const result = analyze(["patching file Makefile", summary, reversed]);
    expect(result.primary?.line).toBe(2);
  });

  test("patch's `Hunk #1 FAILED at 12.` above the summary stays the primary", () => {
    const result = analyze(["patching file Makefile", reversed, "Hunk #1 FAILED at 12.", summary]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "patch-hunk-failed" });
  });

  test("near miss: the question alone (hunk ignored, a build hanging at it) still fails, on it", () => {
    const result = analyze([
      "patching file Makefile",
      reversed,
      "Apply anyway? [n]",
      "Skipping patch.",
      "1 out of 1 hunk ignored -- saving rejects to file Makefile.rej",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
  });
});

describe("7. gcc and binutils in other languages, in a log too long for the last resort", () => {
  test("the full-width colon after either word (`error：`, `错误：`) or the ASCII one after 错误", () => {
    for (const line of [
      "src/foo.c:12:5: error：‘bar’ undeclared",
      "src/foo.c:12:5: 错误: ‘bar’未声明",
      "src/foo.cpp:12:5: 错误：‘bar’在此作用域中尚未声明",
    ]) {
      const result = analyze(longLog(line, "make[2]: *** [Makefile:500：foo.o] 错误 1"));
      expect(result.primary?.ruleId).toBe("cc-error");
      expect(result.kind).toBe("compile");
    }
  });

  test("the driver's translated complaint (`gcc: 错误：`, `cc1: Fehler:`): kind compile", () => {
    for (const line of [
      "x86_64-pc-linux-gnu-gcc: 错误：unrecognized command-line option ‘-mfoo’",
      "cc1: Fehler: unbekannte Kommandozeilenoption »-mfoo«",
    ]) {
      const result = analyze(longLog(line, "make: *** [foo.o] Fehler 1"));
      expect(result.primary?.ruleId).toBe("cc-driver-error");
      expect(result.kind).toBe("compile");
    }
  });

  test("collect2's and ld's translated lines: kind link, ld's `找不到 -lfoo` the primary", () => {
    const collect2 = analyze(longLog("collect2: 错误：ld 返回 1", "make: *** [foo] 错误 1"));
    expect(collect2.primary?.ruleId).toBe("collect2-ld-failed");
    expect(collect2.kind).toBe("link");
    const ld = analyze(longLog("/usr/bin/ld: 找不到 -lfoo", "collect2: 错误：ld 返回 1"));
    expect(ld.primary?.ruleId).toBe("ld-cannot-find-library");
  });

  test("near miss: a translated warning is no error", () => {
    const result = analyze(
      longLog("src/foo.c:12:5: 警告：隐式声明函数‘bar’", "src/foo.c:13:5: Warnung: unbenutzte Variable »x«"),
    );
    expect(result.status).toBe("succeeded");
  });
});

describe("8. a C compiler's error in a cargo build script's output", () => {
  const cargo = [
    "error: failed to run custom build command for `foo-sys v1.2.3`",
    "",
    "Caused by:",
    "  process didn't exit successfully: `/x/target/release/build/foo-sys-abc/build-script-build` (exit status: 1)",
  ];

  test("under `  --- stderr`, two blanks in: the C error is the primary, kind compile", () => {
    const result = analyze([
      ...cargo,
      "  --- stdout",
      '  running: "cc" "-O2" "-c" "src/foo.c"',
      "  --- stderr",
      "  src/foo.c:3:10: fatal error: foo.h: No such file or directory",
      "  compilation terminated.",
    ]);
    expect(result.primary).toMatchObject({ line: 8, ruleId: "cc-error" });
    expect(result.kind).toBe("compile");
  });

  test("cargo's `warning: ` and `  cargo:warning=` replays: the C error, also in a long log", () => {
    for (const line of [
      "warning: cc1: fatal error: src/foo.c: No such file or directory",
      "  cargo:warning=src/foo.c:3:10: fatal error: foo.h: No such file or directory",
    ]) {
      const result = analyze(longLog(line, ...cargo));
      expect(result.primary?.text).toBe(line);
      expect(result.kind).toBe("compile");
    }
  });

  test("near miss: rustc's own warning is no C error; cargo's line alone is still the failure", () => {
    const result = analyze(["warning: unused variable: `x`", ...cargo]);
    expect(result.primary?.ruleId).not.toBe("cc-error");
    expect(result.status).toBe("failed");
  });
});
