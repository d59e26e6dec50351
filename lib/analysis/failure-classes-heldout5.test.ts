import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

// Failure classes a fifth held-out set showed (issue 10, round 5), named in words only;
// nobody read that set. Most of its misses were excerpts without Portage's ` * ERROR:`
// banner that still show an error a developer recognises at once: such a log failed.
// Each class is checked on real lines found outside every held-out set (the comment names
// the source) or, where it says so, on lines written from the tool's own wording.
const analyze = (lines: readonly string[]) => analyzeLogText(lines.join("\n"));

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
