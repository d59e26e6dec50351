import { expect, test } from "vitest";
import { Rng } from "../prng";
import { copyField, copyLine } from "./copy";
import { findingCount } from "./finding-rows";
import { coarseSignatures } from "./signatures";
import { type BulkWorld, failureIndexOf, hash32, planFailures } from "./world";

test("COPY text escapes tabs, newlines and backslashes; arrays are quoted literals", () => {
  expect(copyField("a\tb\nc\\d")).toBe("a\\tb\\nc\\\\d");
  expect(copyField(null)).toBe("\\N");
  // The array literal escapes the quote, then COPY escapes that backslash again.
  expect(copyField(["nls", "-static-libs", 'we"ird'])).toBe('{"nls","-static-libs","we\\\\"ird"}');
  expect(copyLine([1, true, "x"])).toBe("1\tt\tx\n");
});

test("failures are spread evenly and add up exactly", () => {
  const sizes = { builds: 1000, failures: 200, errorLines: 4000 };
  const indexes = Array.from({ length: sizes.builds }, (_, index) => failureIndexOf(sizes, index)).filter(
    (j) => j >= 0,
  );
  expect(indexes).toEqual(Array.from({ length: 200 }, (_, j) => j));
});

test("every fine signature is used and the plan is the same for the same seed", () => {
  const plan = planFailures(5, 5000, 800);
  expect(new Set(plan).size).toBe(800);
  expect(planFailures(5, 5000, 800)).toEqual(plan);
  expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
  expect(hash32(1, 2, 3)).not.toBe(hash32(1, 2, 4));
});

test("error lines average errorLines / failures", () => {
  const world = { seed: 3, builds: 10_000, failures: 10_000, errorLines: 200_000 } as BulkWorld;
  let total = 0;
  for (let index = 0; index < world.failures; index++) total += findingCount(world, index);
  expect(total / world.failures).toBeGreaterThan(19);
  expect(total / world.failures).toBeLessThan(21);
});

test("coarse signatures cover every failure kind and are distinct", () => {
  const coarse = coarseSignatures(new Rng(1), 2000);
  expect(new Set(coarse.map((signature) => signature.text)).size).toBe(2000);
  expect(new Set(coarse.map((signature) => signature.kind)).size).toBe(12);
});
