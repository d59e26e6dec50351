import { describe, expect, test } from "vitest";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 31 (helper r31): compiler and linker output wrapped by a terminal or a mail, and ld's warning made fatal,
// both ways. Real rows 760-762 hold the public logs found (a linux-mips post, systemd issue #24241, a
// linux-kbuild post); the logs written here follow GCC's and ld's own formats.
const analyze = analyzeLines;
const realLines = (file: string) => corpusText(`real/${file}/snippet.log`).split("\n");

const compileSection = [
  ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  "make -j2",
];

describe("1. GCC's message wrapped after a bare `error:`", () => {
  test("GCC 4's location without a column: its wrapped message is the primary (convention 1), over the echo", () => {
    const result = analyze([
      ...compileSection,
      "foo.c: In function 'main':",
      "foo.c:12: error:",
      "  'x' undeclared (first use in this function)",
      "foo.c:12: error: (Each undeclared identifier is reported only once",
      "foo.c:12: error: for each function it appears in.)",
      "make: *** [foo.o] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary).toMatchObject({
      line: 5,
      text: "'x' undeclared (first use in this function)",
      ruleId: "cc-error-message-below",
    });
    expect(result.kind).toBe("compile");
  });

  test("a C++ suffix ghc-c-error leaves out (`.C`, `.tcc`) with a column", () => {
    for (const location of ["src/Widget.C:40:7: error:", "include/bits/impl.tcc:12:3: error:"]) {
      const result = analyze([
        ...compileSection,
        location,
        "  'x' was not declared in this scope",
        "make: *** [x.o] Error 1",
      ]);
      expect(result.primary, location).toMatchObject({ line: 4, ruleId: "cc-error-message-below" });
    }
  });

  test("the real linux-mips post: the first wrapped message (row 760)", () => {
    const result = analyze(
      realLines("compile-gcc4-error-message-wrapped-no-column-bcm1250-tbprof-linux-mips"),
    );
    expect(result.primary).toMatchObject({ line: 4, text: "expected expression before" });
  });

  test("near miss: a bare `warning:` location and a script's `x.sh:3: error:` are no compiler error", () => {
    const warning = analyze([
      ...compileSection,
      "foo.c:396: warning:",
      "format '%lld' expects type 'long long int'",
    ]);
    const wrapped = ["cc-error-message-wrapped", "cc-error-message-below"];
    expect(wrapped).not.toContain(warning.primary?.ruleId);
    const script = analyze([...compileSection, "build.sh:3: error:", "nothing"]);
    expect(wrapped).not.toContain(script.primary?.ruleId);
  });

  test("GCC's `file.c:L:C: error:` at a line's end (a terminal's wrap): the message at the margin below", () => {
    const result = analyze([
      ...compileSection,
      "module/zfs/vdev_indirect.c:296:2: error:",
      "positional initialization of field in 'struct' declared with",
      "'designated_init' attribute [-Werror=designated-init]",
    ]);
    expect(result.primary).toMatchObject({ line: 4, ruleId: "cc-error-message-below" });
    expect(result.kind).toBe("compile");
  });

  test("near miss: GHC's own layout (the message indented by four or more) keeps its header as the primary", () => {
    const result = analyze([
      ...compileSection,
      "cbits/text_icu.c:308:43: error:",
      "     note: each undeclared identifier is reported only once for each function it appears in",
      "    |",
      "308 |     return u_strCompareIter(iter1, iter2, true);",
    ]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "ghc-c-error" });
  });

  test("near miss: make's line right under a bare location is no message", () => {
    const result = analyze([...compileSection, "foo.c:12:5: error:", "make: *** [foo.o] Error 1"]);
    expect(result.primary).toMatchObject({ line: 3 });
  });
});

describe("2. ld's warning made fatal by --fatal-warnings", () => {
  test("the warning right above collect2 is the primary, kind link", () => {
    const result = analyze([
      ...compileSection,
      "ia64-unknown-linux-gnu-gcc -Wl,--fatal-warnings -o libefivar.so efivar.o",
      "/usr/libexec/gcc/ia64-unknown-linux-gnu/ld: warning: -z relro ignored",
      "collect2: error: ld returned 1 exit status",
      "make[1]: *** [src/include/rules.mk:32: libefivar.so] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 4, ruleId: "ld-warning-made-fatal" });
    expect(result.kind).toBe("link");
  });

  test("the real systemd issue: the RWX warning over collect2 (row 761)", () => {
    const result = analyze(realLines("link-ld-warning-rwx-segment-made-fatal-collect2-systemd-boot"));
    expect(result.primary).toMatchObject({ line: 1, ruleId: "ld-warning-made-fatal" });
    expect(result.kind).toBe("link");
  });

  test("near miss: the same warning in a link that succeeds stays noise", () => {
    const result = analyze([
      ...compileSection,
      "/usr/bin/ld: warning: -z relro ignored",
      "x86_64-pc-linux-gnu-gcc -c bar.c -o bar.o",
      ">>> Source compiled.",
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
    ]);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
  });

  test("near miss: a warning above ld's own error, or far above collect2, is not the cause", () => {
    const withError = analyze([
      ...compileSection,
      "/usr/bin/ld: warning: libfoo.so.1, needed by libbar.so, not found (try using -rpath or -rpath-link)",
      "/usr/bin/ld: main.o: in function `main':",
      "main.c:(.text+0x10): undefined reference to `foo_init'",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(withError.primary?.ruleId).toBe("ld-undefined-reference");
    const far = analyze([
      ...compileSection,
      "/usr/bin/ld: warning: -z relro ignored",
      "x86_64-pc-linux-gnu-gcc -c a.c",
      "x86_64-pc-linux-gnu-gcc -c b.c",
      "x86_64-pc-linux-gnu-gcc -c c.c",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(far.primary?.ruleId).toBe("collect2-ld-failed");
  });
});

describe("4. ld's DSO-missing report wrapped", () => {
  test("`undefined reference to symbol` cut before the symbol is the primary, kind link", () => {
    const result = analyze([
      ...compileSection,
      "/usr/bin/ld: foo.o: undefined reference to symbol",
      "'pthread_create@@GLIBC_2.2.5'",
      "/usr/bin/ld: /lib64/libpthread.so.0: error adding symbols: DSO missing from command line",
      "collect2: error: ld returned 1 exit status",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "ld-undefined-reference" });
    expect(result.kind).toBe("link");
  });

  test("the DSO line cut after `error adding symbols:` or `DSO` alone is still ld's error", () => {
    for (const cut of [
      "/usr/bin/ld: /usr/lib/libboost_thread.so.1.72.0: error adding symbols:",
      "//usr/lib/i386-linux-gnu/libcrypto.so.1.1: error adding symbols: DSO",
    ]) {
      const result = analyze([
        ...compileSection,
        cut,
        "DSO missing from command line",
        "collect2: error: ld returned 1 exit status",
      ]);
      expect(result.primary, cut).toMatchObject({ line: 3, ruleId: "ld-dso-missing" });
    }
  });

  test("the real linux-kbuild post: the message line under the bare `ld:` (row 762)", () => {
    const result = analyze(
      realLines("link-ld-undefined-reference-to-symbol-wrapped-dso-missing-kconfig-mconf-openwrt"),
    );
    expect(result.primary).toMatchObject({ line: 13, ruleId: "ld-undefined-reference" });
    expect(result.kind).toBe("link");
  });

  test("near miss: prose naming an undefined reference is no linker line", () => {
    const result = analyze([
      ...compileSection,
      "Linking fails with an undefined reference to symbol",
      ">>> Source compiled.",
    ]);
    expect(result.primary?.ruleId).not.toBe("ld-undefined-reference");
  });
});
