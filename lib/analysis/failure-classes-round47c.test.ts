import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 47c (rules47c): LABELLING.md convention 18 (a compiler's error while building test code is kind compile, the
// phase stays test) and a survey of the linkers and compiler drivers; held-out logs not read. Each change is written
// from a real public log (fixtures/corpus/real rows 990 and after). Lines that are not a row's are made up in the
// tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));
const TEST_BANNER = ">>> Test phase: dev-foo/bar-1.0";

describe("convention 18: a compiler's error while building test code is kind compile, phase test (row 990)", () => {
  test("row 990: `% make test` (zsh's prompt), the test program's clang error", () => {
    const result = realRow("compile-make-test-cmake-test-program-check-h-not-found-ulfius");
    expect(result.primary?.line).toBe(10);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("row 865 (round 39): automake's check run, gcc's error in a check program: compile, phase test", () => {
    const result = realRow("test-automake-making-check-in-src-test-program-unknown-type-name-mumudvb");
    expect(result.primary?.line).toBe(7);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test.each([
    ["gcc", ["tests/test_io.c:12:10: fatal error: check.h: No such file or directory"]],
    [
      "clang",
      [
        "test/core.c:13:10: error: call to undeclared function 'foo'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
      ],
    ],
    ["ghc", ["test/Spec.hs:12:5: error:", "    • Variable not in scope: foo :: Int"]],
    ["rustc", ["error[E0425]: cannot find value `foo` in this scope", "  --> tests/it.rs:3:5"]],
    ["gfortran", ["../tests/t1.f90:5:12:", "", "Error: Symbol 'x' at (1) has no IMPLICIT type"]],
    ["meson test case", ["../test cases/frameworks/8 flex/lexer.l:12:1: error: unknown type name 'yyy'"]],
  ])("%s under `$ make check`, `ninja test` and a test banner with its die", (_tool, lines) => {
    for (const context of [["$ make check"], ["ninja test"], ["% make test"], [TEST_BANNER]]) {
      const tail = context[0] === TEST_BANNER ? dieBanner("test", "emake check failed") : [];
      const result = analyze([...context, ...lines, ...tail]);
      expect(result.kind, context[0]).toBe("compile");
      expect(result.phase, context[0]).toBe("test");
    }
  });

  test("a linker's error there stays link", () => {
    for (const context of [["$ make check"], [TEST_BANNER]]) {
      const result = analyze([
        ...context,
        "/usr/bin/ld: test_main.o: in function `main':",
        "test_main.c:(.text+0x1a): undefined reference to `ck_assert_ptr_ne'",
        "collect2: error: ld returned 1 exit status",
      ]);
      expect(result.kind, context[0]).toBe("link");
      expect(result.phase, context[0]).toBe("test");
    }
  });

  test("a path in `tests/` or `test cases/` alone names no test phase", () => {
    const result = analyze(["tests/foo.c:3:1: error: expected ';' before '}' token"]);
    expect(result).toMatchObject({ kind: "compile", phase: "compile" });
  });

  test("near misses: what round 46 meant stays test (mkdir's refusal, a test script, a failed test)", () => {
    expect(
      analyze(["$ make check", "mkdir: cannot create directory '/testlog': Permission denied"]).kind,
    ).toBe("test");
    expect(analyze(["% make test", "./run_tests.sh: line 4: foo: command not found"]).kind).toBe("test");
    const failed = analyze([TEST_BANNER, "FAIL: test_io", ...dieBanner("test", "emake check failed")]);
    expect(failed.kind).toBe("test");
  });

  test("near misses: `%` in prose or a longer command line is no prompt", () => {
    for (const line of ["%make test", "100% make test coverage", "% cd tests && make test"]) {
      const result = analyze([line, "cp: cannot create regular file 'data/x.bin': Permission denied"]);
      expect(result.kind, line).not.toBe("test");
    }
  });
});

describe("clang's driver seeing its frontend or linker killed (SIGKILL): oom, infra oom (rows 991, 993)", () => {
  test("row 991: `clang: error: unable to execute command: Killed`, then the frontend's `failed due to signal`", () => {
    const result = realRow("oom-clang-unable-to-execute-command-killed-frontend-travis");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test("row 993: the same for the linker (`linker command failed due to signal`), under make", () => {
    const result = realRow("oom-clang-unable-to-execute-command-killed-linker-revbugbench");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test.each([
    "clang++: error: unable to execute command: Killed",
    "clang-17: error: unable to execute command: Killed",
    "x86_64-pc-linux-gnu-clang++: error: unable to execute command: Killed",
    "/usr/lib/llvm/18/bin/clang: error: unable to execute command: Killed",
  ])("%s under src_compile's banner", (line) => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      line,
      "clang: error: linker command failed due to signal (use -v to see invocation)",
      "make: *** [Makefile:12: bar] Error 254",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("oom");
    expect(result.infra?.reason).toBe("oom");
  });

  test("near misses: a crash's signal stays an ICE, `Killed` in prose or a missing program is no oom", () => {
    const crash = analyze([
      "clang: error: unable to execute command: Segmentation fault (core dumped)",
      "clang: error: clang frontend command failed due to signal (use -v to see invocation)",
    ]);
    expect(crash.kind).toBe("ice");
    const prose = analyze([
      "clang: error: unable to execute command: Killed by the user's script, see below",
    ]);
    expect(prose.kind).not.toBe("oom");
    const missing = analyze(['clang: error: unable to execute command: Executable "ld.lld" doesn\'t exist!']);
    expect(missing.kind).not.toBe("oom");
  });
});

describe("GNU ld refusing a non-PIC object in a PIE (row 992)", () => {
  test("row 992: `… can not be used when making a PIE object` (hidden symbol, no advice), then `; recompile with -fPIE`", () => {
    const result = realRow("link-ld-relocation-pie-object-static-library-xavs2");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("link");
  });

  test("the `-fPIE` advice over collect2's echo, under src_compile's banner", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "x86_64-pc-linux-gnu-gcc -O2 -o irssi irssi.o ../core/libcore.a",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: ../core/libcore.a(core.o): relocation R_X86_64_32 against `.rodata.str1.1' can not be used when making a PIE object; recompile with -fPIE",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: failed to set dynamic section sizes: bad value",
      "collect2: error: ld returned 1 exit status",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("link");
  });

  test("`making a PIE object; recompile with -fPIC` (older binutils' advice) and the shared-object form", () => {
    expect(
      analyze([
        "/usr/bin/ld: src/friend.o: relocation R_X86_64_32 against `.text' can not be used when making a PIE object; recompile with -fPIC",
      ]).kind,
    ).toBe("link");
    expect(
      analyze([
        "/usr/bin/ld: foo.o: relocation R_X86_64_PC32 against symbol `bar' can not be used when making a shared object; recompile with -fPIC",
      ]).primary?.line,
    ).toBe(1);
  });

  test("near misses: a compiler's advice in prose and `-fPIE` as a flag are no linker error", () => {
    expect(analyze(["Consider building with -fPIE -pie for hardening"]).primary).toBeNull();
    expect(analyze(["x86_64-pc-linux-gnu-gcc -fPIE -c foo.c -o foo.o"]).primary).toBeNull();
  });
});

describe("a linker's error under config.log's check command is the configure check's (row 994)", () => {
  test("row 994: `configure:20365: gcc -o conftest …`, ld's `recompile with -fPIC`, `$? = 1`", () => {
    const result = realRow("configure-config-log-ld-recompile-fpic-conftest-strtok-r-collectd");
    expect(result.primary?.line).toBe(3);
    expect(result).toMatchObject({ kind: "configure", phase: "configure" });
  });

  test("GNU ld's and lld's missing library under a check's link command", () => {
    for (const [linker, primary] of [
      [
        "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -lcollectdclient: No such file or directory",
        3,
      ],
      ["ld.lld: error: unable to find library -lcollectdclient", 3],
      // ld's `in function` header: the undefined reference under it is the primary, as anywhere
      ["/usr/bin/ld: /tmp/ccAb12Cd.o: in function `main':", 4],
    ] as const) {
      const result = analyze([
        "configure:7100: checking for lcc_connect in -lcollectdclient",
        "configure:7111: x86_64-pc-linux-gnu-gcc -o conftest -O2 -pipe  -Wl,-O1 conftest.c -lcollectdclient  >&5",
        linker,
        "conftest.c:(.text.startup+0x5): undefined reference to `lcc_connect'",
        "collect2: error: ld returned 1 exit status",
        "configure:7111: $? = 1",
        "configure: failed program was:",
        "| /* confdefs.h */",
      ]);
      expect(result.kind, linker).toBe("configure");
      expect(result.primary?.line, linker).toBe(primary);
    }
  });

  test("near miss: after the probe's exit status a later build's linker error is the build's", () => {
    const result = analyze([
      "configure:7111: gcc -o conftest -O2 conftest.c -lfoo  >&5",
      "configure:7111: $? = 0",
      "configure:7130: result: yes",
      "libtool: link: gcc -O2 -o foo foo.o -lbar",
      "/usr/bin/ld: cannot find -lbar: No such file or directory",
    ]);
    expect(result.kind).toBe("link");
  });

  test("near misses: config.log's `checking`/`result` lines and a make run naming conftest are no probe command", () => {
    const checking = analyze([
      "configure:7100: checking whether gcc -o conftest works",
      "/usr/bin/ld: cannot find -lbar: No such file or directory",
    ]);
    expect(checking.kind).toBe("link");
    const make = analyze([
      "make -C conftest all",
      "/usr/bin/ld: cannot find -lbar: No such file or directory",
    ]);
    expect(make.kind).toBe("link");
  });
});
