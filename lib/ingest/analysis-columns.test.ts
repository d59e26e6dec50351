import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { analyzeLogText } from "../analysis/analyzer";
import { forPackage, retitle } from "./analysis-columns";

const log = readFileSync(
  path.resolve(__dirname, "../../fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log"),
  "utf8",
);

test("the fine signature keyed by the build's atom equals the library's when they name the same package", () => {
  const { signature } = analyzeLogText(log);
  expect(forPackage(signature, "dev-libs/popt-1.19")).toEqual(signature);
  expect(forPackage(signature, "dev-libs/popt-1.20-r1").fine).toBe(signature.fine);
});

test("another package gets another fine signature but the same coarse one", () => {
  const { signature } = analyzeLogText(log);
  const other = forPackage(signature, "dev-libs/other-1.0");
  expect(other.fine).not.toBe(signature.fine);
  expect(other.fineText).toMatch(/^dev-libs\/other \| compile \| /);
  expect(other.coarse).toBe(signature.coarse);
});

test("a title takes the uploader's atom", () => {
  expect(retitle("dev-libs/popt-1.19 - x: error", "dev-libs/popt-1.19", "dev-libs/popt-1.19-r1")).toBe(
    "dev-libs/popt-1.19-r1 - x: error",
  );
  expect(retitle("dev-libs/popt-1.19 - x", "dev-libs/popt-1.19", "dev-libs/popt-1.19")).toBe(
    "dev-libs/popt-1.19 - x",
  );
  expect(retitle(null, null, "a/b-1")).toBe("");
});

test("a log that never names its package is titled with the upload's atom, still within 170 characters", () => {
  expect(retitle("unknown - foo.c:1: error: x", null, "dev-libs/popt-1.19")).toBe(
    "dev-libs/popt-1.19 - foo.c:1: error: x",
  );
  const long = retitle(`unknown - ${"e".repeat(160)}`, null, "dev-libs/a-very-long-package-name-1.0");
  expect(long).toHaveLength(170);
  expect(long.startsWith("dev-libs/a-very-long-package-name-1.0 - eee")).toBe(true);
  // Only the leading name is replaced, never a word in the message.
  expect(retitle("a/b-1 - unknown - x", null, "c/d-2")).toBe("a/b-1 - unknown - x");
});
