import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 34 (helper r34): shapes a reviewer named in words, both ways. Real rows 820-821 hold public bison logs;
// the other lines are written here in the tools' own formats.
const analyze = analyzeLines;

describe("1. an old test driver's `... fail` row", () => {
  const DRIVER = [
    "  Testing file printf.in ... fail",
    "  Output differs for file printf.in. Diff follows:",
    "--- printf.tmp.out\t2023-08-07 00:00:00.000000000 +0000",
    "+++ printf.out\t2023-08-07 00:00:00.000000000 +0000",
    "@@ -1,5 +1,5 @@",
    "-a B 0 c",
    "+a B 10 c",
  ];

  test("the row is the primary, kind test, the file its test", () => {
    const result = analyze(DRIVER);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "test-driver-verdict" });
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toContain("printf.in");
  });

  test.each(["Running test_parse ... FAIL", "test basic-io ... failed", "Testing regex engine ... FAILED"])(
    "other verdict words: %j",
    (line) => {
      expect(analyze([line]).primary?.ruleId).toBe("test-driver-verdict");
    },
  );

  test("near miss: rows that passed and configure's `... no` are no failure", () => {
    for (const line of [
      "  Testing file printf.in ... ok",
      "Running test_parse ... passed",
      "checking for x... no",
      "checking whether the fail-safe works... no",
    ])
      expect(analyze([line]).status).toBe("succeeded");
    // libtest's row stays its own rule.
    expect(analyze(["test parser::tests::empty ... FAILED"]).primary?.ruleId).toBe("test-rust-failed");
  });
});

describe("2. bison's error at its dotted location", () => {
  const YLWRAP =
    "/bin/sh ../ylwrap grammar.y y.tab.c grammar.c y.tab.h `echo grammar.c | sed -e s/cc$/hh/ -e s/c$/h/` y.output grammar.output -- bison -y -d";

  test("old bison's message without `error:` under ylwrap: the bison line, kind compile", () => {
    const result = analyze([
      YLWRAP,
      "./lib/grammar.y:229.9-10: $$ for the midrule at $8 of `rule' has no declared type",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 2, ruleId: "bison-error" });
    expect(result.kind).toBe("compile");
  });

  test.each([
    "src/parse.yy:12.3-14.7: error: syntax error, unexpected identifier",
    "parser.ypp:810.50-61: error: syntax error, unexpected <tag>",
    "gram.y:5.1: fatal error: cannot open file 'x'",
  ])("newer bison and C++ grammars: %j", (line) => {
    expect(analyze([line]).primary?.ruleId).toBe("bison-error");
  });

  test("near miss: bison's warnings and notes stay noise", () => {
    for (const line of [
      "lib/route/pktloc_syntax.y:12.1-22: warning: POSIX Yacc does not support %name-prefix [-Wyacc]",
      "parser.y:41.49-50: note: previous declaration",
    ])
      expect(analyze([YLWRAP, line]).status).toBe("succeeded");
  });
});

const RUNPATH_NOTICE = [
  " * QA Notice: The following files contain insecure RUNPATHs",
  " *  Please file a bug about this at https://bugs.gentoo.org/",
  " *  with the maintainer of the package.",
  " *   /var/tmp/portage/app-misc/jq-1.6/image/usr/bin/jqn    RPATH: /var/tmp/portage/app-misc/jq-1.6/work/jq-1.6/.libs",
];

describe("3. insecure RUNPATHs: Portage only warns unless it says it aborts", () => {
  test("the notice alone: succeeded, the notice kept", () => {
    const result = analyze(RUNPATH_NOTICE);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
    expect(result.qaNotices.map((n) => n.ruleId)).toContain("qa-runpath");
  });

  test("Portage's `Aborting due to serious QA concerns` after it: failed, kind qa, the notice", () => {
    const result = analyze([
      ...RUNPATH_NOTICE,
      " *   Aborting due to serious QA concerns with RUNPATH/RPATH",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
    expect(result.primary).toMatchObject({ line: 1 });
  });

  test("a die banner after it: failed, kind qa, the notice", () => {
    const result = analyze([
      ...RUNPATH_NOTICE,
      ...dieBanner("install", "Aborting due to serious QA concerns with RUNPATH/RPATH"),
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
    expect(result.primary).toMatchObject({ line: 1 });
  });

  test("near miss: the prefix check still dies on its notice alone", () => {
    const result = analyze([
      " * QA Notice: the following files are outside of the prefix:",
      " * /usr/lib64/libfoo.so",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("qa");
  });
});

describe("4. configure's shell complaint inside a check it goes on with", () => {
  const CHECK = [
    "checking for faketime... no",
    "checking for datefudge... no",
    "checking whether faketime program works... 1691391464",
    "/var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0/configure: line 11540: 2006-09-23 00:00:00: command not found",
    "/var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0/configure: line 11540: test: =: unary operator expected",
  ];

  test.each([["no"], ["(cached) yes"], ["checking for gnutls... yes"]])(
    "the check goes on (%j): succeeded",
    (next) => {
      const result = analyze([...CHECK, next]);
      expect(result.status).toBe("succeeded");
      expect(result.primary).toBeNull();
    },
  );

  test("near miss: `configure: error:` after it stays a failure", () => {
    const result = analyze([...CHECK, "configure: error: faketime is required"]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("configure");
  });

  test("near miss: make's stop after the complaint stays failed", () => {
    // Round 36 (brief rules36, shape 4): an excerpt that ends on the complaints is no failure any more.
    expect(analyze(CHECK).status).toBe("succeeded");
    const stopped = analyze([...CHECK, "make: *** [Makefile:12: all] Error 1"]);
    expect(stopped.primary).toMatchObject({ line: 4, ruleId: "command-not-found" });
    // A complaint from the ebuild's environment, not configure, is not dropped by configure's output.
    const ebuild = analyze([
      "/var/tmp/portage/dev-libs/foo-1.0/temp/environment: line 1200: which: command not found",
      "checking for gnutls... yes",
    ]);
    expect(ebuild.primary?.ruleId).toBe("command-not-found");
  });
});

describe("5. gettext's own message over make's echo", () => {
  const MSGFMT = [
    "/usr/bin/msgfmt --desktop --keyword Name --template org.mate.x.desktop.in -d ../po -o org.mate.x.desktop",
    "/usr/bin/msgfmt: no input file should be given if --desktop and -d are specified",
    "Try '/usr/bin/msgfmt --help' for more information.",
    "make[3]: *** [Makefile:1035: org.mate.x.desktop] Error 1",
    "make[3]: *** Waiting for unfinished jobs....",
  ];

  test("msgfmt's line is the primary, kind compile", () => {
    const result = analyze(MSGFMT);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "gettext-tool-error" });
    expect(result.kind).toBe("compile");
  });

  test.each([
    'xgettext: cannot create output file "foo.pot": Permission denied',
    "msgmerge: de.po: warning: Charset missing in header.\nmsgmerge: found 1 fatal error",
  ])("other tools: %j", (text) => {
    expect(analyze(text.split("\n")).status).toBe("failed");
  });

  test("near miss: a warning is noise; `found N fatal errors` stays below the catalogue's line", () => {
    expect(analyze(["msgfmt: warning: PO file header missing or invalid"]).status).toBe("succeeded");
    const result = analyze([
      "../po/no.po:2080: number of format specifications does not match",
      "msgfmt: found 1 fatal error",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "msgfmt-error" });
  });
});

describe("6-9. kinds", () => {
  test("6. install(1) failing into the image, its path wrapped: kind install", () => {
    const result = analyze([
      "$ make -j20 DESTDIR=/var/tmp/portage/app-misc/mc-4.8.24/image install",
      "...",
      " /usr/bin/install: cannot create regular file",
      "   '/var/tmp/portage/app-misc/mc-4.8.24/image/usr/share/mc/mc.lib': File exists",
    ]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "coreutils-error" });
    expect(result.kind).toBe("install");
  });

  test("7. autom4te's `configure:N: error: possibly undefined macro`: the prepare step, kind unknown", () => {
    const result = analyze([
      "./lib/autoconf/c.m4:1676: AC_PROG_GCC_TRADITIONAL is expanded from...",
      "configure.ac:932: the top level",
      "configure:11706: error: possibly undefined macro: _AC_SYS_LARGEFILE_MACRO_VALUE",
      "      If this token and others are legitimate, please use m4_pattern_allow.",
      "      See the Autoconf documentation.",
    ]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "autoconf-undefined-macro" });
    expect(result.kind).toBe("unknown");
    // Near miss: config.log's own `configure:N: error:` is configure's.
    expect(analyze(["configure:3837: error: C compiler cannot create executables"]).kind).toBe("configure");
  });

  test("8. automake's conditional with configure's prefix lost: kind configure", () => {
    const result = analyze(['  error: conditional "HAVE_DSSIM" was never defined.']);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("configure");
    // Near miss: crossdev's wrapper line stays unknown.
    expect(analyze(["error: gcc failed :("]).kind).toBe("unknown");
  });

  test("9. meson's interpreter error with two blanks: kind configure", () => {
    const result = analyze(['ERROR:  Unknown variable "vala_options"']);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "meson-plain-error" });
    expect(result.kind).toBe("configure");
    // Near miss: automake's one-token `ERROR: test-name` stays a test.
    expect(analyze(["ERROR: test-version"]).kind).toBe("test");
  });
});

describe("10. a C++ unit test's `FAILED: expr` under its bare location", () => {
  test("OpenImageIO's check: the FAILED line, kind test", () => {
    const result = analyze([
      "/var/tmp/portage/media-libs/openimageio-2.4.0/work/oiio-2.4.0/src/libutil/simd_test.cpp:1579:",
      "FAILED: round(F) == mkvec<VEC>(0.0f, 2.0f, 2.0f, 4.0f)",
      "\tvalues were '0 2 2 4' and '0 1 2 4'",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "unittest-check-failed" });
    expect(result.kind).toBe("test");
  });

  test("near miss: ninja's `FAILED: path/x.o` stays ninja's compile echo", () => {
    for (const line of [
      "FAILED: CMakeFiles/tinyxml2.dir/tinyxml2.cpp.o",
      "FAILED: [code=1] src/a.o src/b.o",
    ]) {
      const result = analyze([line]);
      expect(result.primary?.ruleId).toBe("ninja-failed");
      expect(result.kind).toBe("compile");
    }
  });
});

describe("11. test crashes distutils-r1 went on after", () => {
  const CRASH =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash's report quotes the ebuild's shell text
    '/var/tmp/portage/dev-python/pypam-0.5.0-r4/temp/environment: line 3890:    66 Segmentation fault      (core dumped) "${PYTHON}" tests/PamTest.py';
  const run = (impl: string) => ` * ${impl}: running distutils-r1_run_phase python_test`;
  const FOUR = [
    ">>> Test phase: dev-python/pypam-0.5.0-r4",
    ...["python3_10", "python3_11", "python3_12", "python3_13"].flatMap((impl) => [run(impl), CRASH]),
  ];

  test("every implementation ran after the previous crash, no die: succeeded", () => {
    const result = analyze(FOUR);
    expect(result.status).toBe("succeeded");
  });

  test("near miss: a die banner after the crashes still fails", () => {
    const result = analyze([...FOUR, ...dieBanner("test", "Tests failed with python3_13")]);
    expect(result.status).toBe("failed");
    expect(result.primary?.ruleId).toBe("shell-job-crash");
  });

  test("near miss: one crash alone, no later run: still failed", () => {
    const result = analyze(FOUR.slice(0, 3));
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 3, ruleId: "shell-job-crash" });
  });
});
