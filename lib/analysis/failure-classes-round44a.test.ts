import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines } from "./testing/failure-class";

// Round 44a (rules44a): a survey of compilers and build drivers other than gcc/clang/ld. Each change is written from
// real public logs (fixtures/corpus/real row 896); lines that are not a row's are made up in the tools' formats, next
// to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

describe("Rust: cargo's and rustc's echoes alone are the compile step's failure (row 896)", () => {
  test("row 896: the first `could not compile`, not cargo install's `failed to compile` at the end", () => {
    const result = realRow("compile-cargo-could-not-compile-build-script-cargo-install-ragit");
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("`failed to run custom build command` alone, and rustc's `aborting due to`", () => {
    expect(analyze(["error: failed to run custom build command for `openssl-sys v0.9.80`"]).kind).toBe(
      "compile",
    );
    const aborting = analyze(["error: aborting due to 2 previous errors"]);
    expect(aborting.status).toBe("failed");
    expect(aborting.kind).toBe("compile");
  });

  test("rustc's own error above the echo stays the primary", () => {
    const result = analyze([
      "error[E0425]: cannot find value `x` in this scope",
      " --> src/main.rs:12:5",
      'error: could not compile `foo` (bin "foo") due to 1 previous error',
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: cargo's `warning: build failed, waiting …` alone fails nothing", () => {
    const result = analyze(["warning: build failed, waiting for other jobs to finish..."]);
    expect(result.status).toBe("succeeded");
  });
});
