import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Failure classes still wrong after round 10 (issue 10, round 11, helper rules11), from the older
// held-out sets' misses described in words (nobody here read them). Each log is written from the
// tool's own wording (its source or documented message) or a real public log, named per test.
const analyze = analyzeLines;

const callStack = (phase: string) => [
  " * ",
  " * Call stack:",
  ` *     ebuild.sh, line  136:  Called src_${phase}`,
  " *   environment, line 3000:  Called die",
  " * ",
];

/** A compile failure under its banner; the gcc error is line 4. */
const COMPILE_FAILURE = [
  ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  "make -j2",
  "x86_64-pc-linux-gnu-gcc -O2 -pipe -c foo.c -o foo.o",
  "foo.c:12:5: error: 'baz' undeclared (first use in this function)",
  "make[1]: *** [Makefile:500: foo.o] Error 1",
  "make: *** [Makefile:300: all] Error 2",
  ...dieBanner("compile", "emake failed"),
  ...callStack("compile"),
];

describe("1. quoting and comment prefixes", () => {
  test("a shell comment's `#  ` (two blanks) on every line, tabs inside", () => {
    const result = analyze(COMPILE_FAILURE.map((line) => `#  ${line.replace(" *   ", " *\t")}`));
    expect(result.linePrefix).toBe("#  ");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("foo.c:12:5: error: 'baz' undeclared (first use in this function)");
    expect(result.kind).toBe("compile");
  });

  test("`# ` with one blank keeps Portage's own ` * ` blank (the die message is read)", () => {
    const lines = [
      " * ERROR: dev-foo/bar-1.0::gentoo failed (setup phase):",
      " *   Your kernel lacks CONFIG_FOO",
      " * ",
      " * Call stack:",
      " *     ebuild.sh, line  136:  Called pkg_setup",
      " *   environment, line 3000:  Called die",
    ];
    const result = analyze(lines.map((line) => `# ${line}`));
    expect(result.primary?.text).toBe("Your kernel lacks CONFIG_FOO");
    expect(result.phase).toBe("setup");
  });

  test("nested mail quoting whose markdown escaper turned make's `***` into `**\\*`", () => {
    // GitHub's e-mail replies: `> > > ` per level; the reply's markdown escapes the third star.
    const lines = [
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "make -j2",
      "make[1]: *** No rule to make target 'gen/foo.h', needed by 'foo.o'.  Stop.",
      "make: *** [Makefile:300: all] Error 2",
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile"),
    ];
    const result = analyze(lines.map((line) => `> > > ${line.replace("***", "**\\*")}`));
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.text).toBe(
      "make[1]: *** No rule to make target 'gen/foo.h', needed by 'foo.o'.  Stop.",
    );
  });

  test("an escaped backtick (`` \\` ``) in ld's message, past the sample the prefix is decided on", () => {
    const busy = Array.from({ length: 60 }, (_, i) => `x86_64-pc-linux-gnu-gcc -c f${i}.c -o f${i}.o`);
    const lines = [
      ...busy,
      "x86_64-pc-linux-gnu-gcc -o prog f0.o -lm",
      "main.c:(.text+0x1a): undefined reference to \\`foo_bar'",
      "collect2: error: ld returned 1 exit status",
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile"),
    ];
    const result = analyze(lines.map((line) => `> ${line}`));
    expect(result.primary?.line).toBe(62);
    expect(result.primary?.text).toBe("main.c:(.text+0x1a): undefined reference to `foo_bar'");
    expect(result.kind).toBe("link");
  });

  test("a log without escapes keeps its backslashes", () => {
    const result = analyze(["sed -e 's/\\.la$//' foo", "foo.c:1:1: error: expected ';' before '}' token"]);
    expect(result.primary?.line).toBe(2);
    expect(result.linePrefix).toBeNull();
  });
});

describe("2. a short excerpt with no Portage marker: a strong error line is a failure", () => {
  test.each([
    ["> ", "ACCESS DENIED:  open_wr:      /usr/lib/python3.11/site-packages/foo.pyc", "sandbox"],
    ["- ", "ACCESS DENIED:  open_wr:      /usr/lib/python3.11/site-packages/foo.pyc", "sandbox"],
    ["> ", "setup: At least the following dependencies are missing:", "configure"],
    ["> ", ">>> SERVER OUT OF DATE: rsync://rsync.gentoo.org/gentoo-portage", "fetch"],
    ["> > ", "main.c:(.text+0x1a): undefined reference to `foo_bar'", "link"],
  ])("quoted %j, %j alone: failed, kind %s", (prefix, line, kind) => {
    const result = analyze([`${prefix}${line}`]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe(kind);
    expect(result.primary?.line).toBe(1);
  });

  test("a markdown-escaped sandbox line (`\\* ACCESS DENIED`)", () => {
    const result = analyze(["\\* ACCESS DENIED:  open_wr:      /usr/lib/python3.11/site-packages/foo.pyc"]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("sandbox");
  });

  test("wget's 404 or curl's (22) pasted alone is a fetch failure (kind fetch, no infra)", () => {
    for (const lines of [
      [
        "--2018-10-26 17:10:58--  http://example.org/foo-1.0.tar.gz",
        "2018-10-26 17:10:58 ERROR 404: Not Found.",
      ],
      ["curl: (22) The requested URL returned error: 404"],
    ]) {
      const result = analyze(lines);
      expect(result.status).toBe("failed");
      expect(result.kind).toBe("fetch");
      expect(result.phase).toBe("fetch");
      expect(result.infra).toBeNull();
    }
  });

  test.each([
    [["> foo.c:12:5: warning: unused variable 'x' [-Wunused-variable]", "> bar.c:3:1: warning: unused"]],
    [["> checking for gcc... gcc", "> checking whether the C compiler works... yes"]],
    [
      [
        "- main.c:(.text+0x1a): undefined reference to `foo_bar'",
        "- >>> Completed installing foo-1.0 into /x",
      ],
    ],
    [["> Task :app:compileJava", "> Task :app:processResources NO-SOURCE"]],
  ])("warnings, checks, a success tail or Gradle's own lines are no failure: %j", (lines) => {
    expect(analyze(lines).status).toBe("succeeded");
  });
});

describe("3. die without a message: the stack's `Called die` over an eclass phase function", () => {
  const stack = (middle: string[]) => [
    ...dieBanner("compile", "(no error message)"),
    " * ",
    " * Call stack:",
    " *     ebuild.sh, line  136:  Called src_compile",
    ...middle,
    " *   environment, line 1845:  Called die",
    " * The specific snippet of code:",
    " *       die",
  ];

  test.each(["cmake_src_compile", "distutils-r1_src_compile", "_eapi2_src_compile"])(
    "%s called die itself",
    (fn) => {
      const result = analyze(stack([` *   environment, line 4012:  Called ${fn}`]));
      expect(result.primary?.line).toBe(7);
      expect(result.primary?.text).toBe("environment, line 1845:  Called die");
    },
  );

  test("Portage 2.1's dispatch frames (`dyn_compile`, `qa_call`) are no helper either", () => {
    const result = analyze([
      ...dieBanner("compile", "(no error message)"),
      " * ",
      " * Call stack:",
      " *               ebuild.sh, line 1885:  Called dyn_compile",
      " *               ebuild.sh, line 1823:  Called qa_call 'src_compile'",
      " *               ebuild.sh, line   44:  Called src_compile",
      " *             environment, line 3211:  Called die",
    ]);
    expect(result.primary?.line).toBe(8);
  });

  test("a helper between them is still the most specific frame (round 4)", () => {
    const result = analyze(
      stack([
        " *   environment, line 4012:  Called cmake_src_compile",
        " *   environment, line 1900:  Called _cmake_check_build_dir",
      ]),
    );
    expect(result.primary?.text).toBe("environment, line 1900:  Called _cmake_check_build_dir");
  });
});

describe("7. eautoreconf's own failure over a (localised) sed probe line before it", () => {
  // autotools.eclass autotools_run_tool: `eerror "Failed Running $1 !"`, then `die "Failed Running $1 !"`.
  test.each([
    "sed: не удалось прочитать configure.ac: Нет такого файла или каталога",
    "sed: can't read configure.ac: No such file or directory",
  ])("%j", (sed) => {
    const result = analyze([
      sed,
      " * Running aclocal ...                                                  [ !! ]",
      "",
      " * Failed Running aclocal !",
      " * ",
      " * Include in your bug report the contents of:",
      " * ",
      " *   /var/tmp/portage/dev-foo/bar-1.0/temp/aclocal.out",
      "",
      ...dieBanner("prepare", "Failed Running aclocal !"),
      ...callStack("prepare"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.phase).toBe("prepare");
  });

  test("a sed the die's snippet names still wins when the die says something else (round 4)", () => {
    const result = analyze([
      "sed: can't read configure.ac: No such file or directory",
      ...dieBanner("prepare", "(no error message)"),
      " * The specific snippet of code:",
      " *       sed -i -e 's/foo/bar/' configure.ac || die",
    ]);
    expect(result.primary?.line).toBe(1);
  });
});

describe("1b. a short excerpt's clock head or two-blank indentation", () => {
  test.each([
    ["81:15.03 ", "mach's build clock"],
    ["[10:00:01] ", "a bracketed clock"],
    ["  ", "two blanks"],
  ])("%j (%s) before a one-line gcc error", (prefix) => {
    const result = analyze([`${prefix}src/foo.h:12:5: error: ‘PyFrameObject’ does not name a type`]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("compile");
    expect(result.primary?.text).toBe("src/foo.h:12:5: error: ‘PyFrameObject’ does not name a type");
  });

  test("a tool's own `clang-18: ` is no parallel_emerge package head on a short excerpt", () => {
    const result = analyze([
      "clang-18: /var/tmp/portage/llvm-core/clang-18.1.8/work/clang/lib/Sema/SemaExpr.cpp:1234: void clang::Sema::Foo(): Assertion `!isNull()' failed.",
    ]);
    expect(result.linePrefix).toBeNull();
    expect(result.kind).toBe("ice");
  });
});

describe("4. kind in src_test", () => {
  test("javac failing on the test classes (ejavac in src_test) is a test failure", () => {
    const result = analyze([
      ">>> Test phase: dev-java/foo-1.0",
      " * Compiling test classes",
      "/var/tmp/portage/dev-java/foo-1.0/work/foo-1.0/src/test/java/FooTest.java:3: error: package org.junit does not exist",
      "import org.junit.Test;",
      "1 error",
      ...dieBanner("test", "ejavac failed"),
      ...callStack("test"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("the same javac error in src_compile stays compile", () => {
    const result = analyze([
      "src/main/java/Foo.java:3: error: package org.junit does not exist",
      ...dieBanner("compile", "ejavac failed"),
    ]);
    expect(result.kind).toBe("compile");
  });
});
