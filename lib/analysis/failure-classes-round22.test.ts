import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 22 (helper rules22): shapes a reviewer of sets 40-45 named in words, both ways (real row 390 holds
// the one found in a public thread).
const analyze = analyzeLines;

describe("1. a bare `error: …` line with no phase in the log", () => {
  test.each([
    ["error: no matching function for call to 'foo(int)'", "compile"],
    ["error: unknown type name 'my_bool'", "compile"],
    ["error: command 'x86_64-pc-linux-gnu-gcc' failed with exit code 1", "compile"],
    ['error: Command "gcc -c foo.c -o foo.o" failed with exit status 1', "compile"],
    ["error: linking with `cc` failed: exit status: 1", "link"],
  ])("%j alone: the line, kind %s", (line, kind) => {
    const result = analyze([line]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe(kind);
  });

  test("wrapped: the location on the line before, the message line is the primary", () => {
    const result = analyze(["src/foo.cc:12:5:", "error: no matching function for call to 'foo(int)'"]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("a phase the log names still decides: src_test's bare error is a test failure", () => {
    const result = analyze([
      "error: no matching function for call to 'foo(int)'",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.kind).toBe("test");
  });

  // Round 34: automake's conditional is configure's check (`configure: error: conditional …`), kind configure
  // (failure-classes-round34.test.ts).
  test.each([["error: gcc failed :(", "crossdev's wrapper line"]])(
    "near miss: %j (%s) stays kind unknown",
    (line) => {
      const result = analyze([line]);
      expect(result.primary?.line).toBe(1);
      expect(result.kind).toBe("unknown");
    },
  );
});

describe("2. sanitizer reports from a program under test", () => {
  test("UBSan's `file:L:C: runtime error:` is the primary, kind test, not a compiler line", () => {
    const result = analyze([
      "test signature verify:./testdata/test_signatures.9",
      "src/parse.cc:123:45: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'",
      "make: *** [Makefile:316: test] Error 1",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("ubsan-runtime-error");
    expect(result.kind).toBe("test");
  });

  test("ASan's `==N==ERROR: AddressSanitizer:` header is the primary over its SUMMARY, kind test", () => {
    const result = analyze([
      "=================================================================",
      "==12345==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 at pc 0x4f1234",
      "READ of size 4 at 0x602000000010 thread T0",
      "    #0 0x4f1233 in main /tmp/x.c:5:10",
      "SUMMARY: AddressSanitizer: heap-use-after-free /tmp/x.c:5:10 in main",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("sanitizer-report");
    expect(result.kind).toBe("test");
  });

  test("near miss: a compiler's `error:` at a location stays a compile error", () => {
    const result = analyze(["src/parse.cc:123:45: error: 'runtime' was not declared in this scope"]);
    expect(result.kind).toBe("compile");
    expect(result.primary?.ruleId).not.toBe("ubsan-runtime-error");
  });

  test("near miss: a log line quoting the sanitizer mid-line is not its report", () => {
    const result = analyze(["INFO: set ASAN_OPTIONS to avoid ==1==ERROR: AddressSanitizer: noise"]);
    expect(result.primary?.ruleId).not.toBe("sanitizer-report");
  });
});
