// Every labelled pair of fixtures/grouping/pairs.json: "same" pairs must share a
// coarse signature, "different" pairs must not.
import { describe, expect, test } from "vitest";
import { coarsePair, groupingScore, loadGroupingPairs } from "./testing/grouping";

const { same, different } = loadGroupingPairs();

describe("grouping set", () => {
  test("holds at least 60 pairs of each label", () => {
    expect(same.length).toBeGreaterThanOrEqual(60);
    expect(different.length).toBeGreaterThanOrEqual(60);
  });

  test.each(same.map((pair) => [pair.source, pair] as const))("same: %s", (_source, pair) => {
    const [a, b] = coarsePair(pair);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
  });

  test.each(different.map((pair) => [pair.source, pair] as const))("different: %s", (_source, pair) => {
    const [a, b] = coarsePair(pair);
    expect(b).not.toBe(a);
  });

  test("precision and recall reach 95 %", () => {
    const score = groupingScore();
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
