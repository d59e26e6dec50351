import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 35 (lead): Catch2's failed assertion, both ways, in Catch2's own console format (its tutorial's
// `Example.cpp:9: FAILED:` / `  REQUIRE( Factorial(0) == 1 )` / `with expansion:` / `  0 == 1`). No public
// Gentoo log of the shape was found that is not a held-out source, so no real row.
const analyze = analyzeLines;

const TEST_SECTION = [">>> Test phase: sci-libs/highs-1.7.0", "ctest --output-on-failure"];

describe("Catch2: the assertion under `file.cpp:N: FAILED:` (LABELLING.md convention 10's reading)", () => {
  test("the REQUIRE line is the primary, kind test; the location is only an error line", () => {
    const result = analyze([
      ...TEST_SECTION,
      "  .../check/TestMipSolver.cpp:1162: FAILED:",
      "    REQUIRE( h.getInfo().objective_function_value == mip_optimal_objective )",
      "  with expansion:",
      "    1201500.0 == 1201499.9999999998",
      "test cases:  18 | 17 passed | 1 failed",
      ...dieBanner("test", "ctest failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 4, ruleId: "test-catch2-assertion" });
    expect(result.kind).toBe("test");
    expect(result.errorLines.map((e) => e.ruleId)).toContain("test-catch2-failed-location");
  });

  test("without any banner (a pasted excerpt) it is still a test failure", () => {
    const result = analyze([
      "Example.cpp:9: FAILED:",
      '  CHECK_THAT( name, Equals("x") )',
      "with expansion:",
    ]);
    expect(result).toMatchObject({ status: "failed", kind: "test" });
    expect(result.primary?.line).toBe(2);
  });

  test("MSVC-style location `file.cpp(12): FAILED:` too", () => {
    expect(analyze(["tests/unit.cpp(12): FAILED:", "  REQUIRE( a == b )"]).primary?.line).toBe(2);
  });

  test("near miss: `explicitly with message:` (a FAIL() macro) is no assertion: the location stays", () => {
    const result = analyze(["Example.cpp:9: FAILED:", "explicitly with message:", "  boom"]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "test-catch2-failed-location" });
    expect(result.kind).toBe("test");
  });

  test("near miss: ninja's `FAILED: out.o` and a compiler's `x.cpp:3: error:` are not Catch2's", () => {
    const ninja = analyze([
      "FAILED: src/foo.o",
      "g++ -c src/foo.cpp",
      "src/foo.cpp:3:1: error: 'x' was not declared",
    ]);
    expect(ninja.primary?.ruleId).not.toMatch(/catch2/);
    expect(ninja.kind).toBe("compile");
  });
});
