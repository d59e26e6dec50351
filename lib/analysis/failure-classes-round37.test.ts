import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 37 (lead): ninja's `FAILED:` naming an output whose path holds parentheses (CMake object paths of
// sources like `a(b).cpp`) is ninja's echo, not round 34's unit-test `FAILED: <expression>`. Found by round 36
// (rules36) in review; no public log of the shape was found, so the lines are made up in ninja's format.
const analyze = analyzeLines;

describe("ninja's FAILED: with parentheses in the output path", () => {
  test("the compiler's error under it is the primary, kind compile, not a test failure", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
      "[1/3] Building CXX object CMakeFiles/foo.dir/src/parse(v2).cpp.o",
      "FAILED: CMakeFiles/foo.dir/src/parse(v2).cpp.o ",
      "/usr/bin/x86_64-pc-linux-gnu-g++ -O2 -c 'src/parse(v2).cpp' -o 'CMakeFiles/foo.dir/src/parse(v2).cpp.o'",
      "src/parse(v2).cpp:12:3: error: 'optional' in namespace 'std' does not name a template type",
      "ninja: build stopped: subcommand failed.",
      ...dieBanner("compile", "ninja -v -j4 failed"),
    ]);
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(5);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("unittest-check-failed");
  });

  test("a FAILED output path alone (no compiler line) is not read as a test", () => {
    const result = analyze(["FAILED: lib/libfoo(x).so ", "ninja: build stopped: subcommand failed."]);
    expect(result.kind).not.toBe("test");
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("unittest-check-failed");
  });

  test("near miss: a unit test's FAILED expression that calls a function still reads as a test", () => {
    const result = analyze([
      "src/libutil/strutil_test.cpp:1579:",
      "FAILED: Strutil::parse_int(s) == 42",
      "\tvalues were '41' and '42'",
    ]);
    expect(result.primary?.ruleId).toBe("unittest-check-failed");
    expect(result.kind).toBe("test");
  });
});
