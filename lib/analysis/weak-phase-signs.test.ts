// WeakPhase.observe tests a bit of weakPhaseSigns (one needle pass over the line) where it tested `includes` of
// each sign: the bit must be set exactly when the line holds one of its group's needles.
import { describe, expect, test } from "vitest";
import { generatedCases } from "./testing/corpus";
import { WEAK_PHASE_SIGN_GROUPS, weakPhaseSigns } from "./weak-phase";

function expected(text: string): number {
  let bits = 0;
  WEAK_PHASE_SIGN_GROUPS.forEach((needles, bit) => {
    if (needles.some((needle) => text.includes(needle))) bits |= 1 << bit;
  });
  return bits;
}

describe("weakPhaseSigns", () => {
  test("fits the bits of one word", () => {
    expect(WEAK_PHASE_SIGN_GROUPS.length).toBeLessThanOrEqual(31);
  });

  test("on every line of the generated corpus, the groups' `includes`", () => {
    let withSigns = 0;
    for (const line of generatedCases().flatMap((c) => c.logText.split("\n"))) {
      const bits = weakPhaseSigns(line);
      if (bits !== 0) withSigns++;
      if (bits !== expected(line)) expect(bits, line).toBe(expected(line));
    }
    expect(withSigns).toBeGreaterThan(100);
  });

  test("each needle alone, at a line's start and end, between other text, twice, cut short", () => {
    const around = ["", "x", " ", "make[2]: ", "\u00e9\u2603 ", "\ud834\udd1e", "\r", "\u001b[0m"];
    for (const needle of WEAK_PHASE_SIGN_GROUPS.flat()) {
      for (const before of around)
        for (const after of around) {
          for (const text of [
            `${before}${needle}${after}`,
            `${before}${needle}${needle}${after}`,
            `${before}${needle.slice(0, -1)}${after}`,
            `${before}${needle.slice(1)}${after}`,
          ])
            if (weakPhaseSigns(text) !== expected(text))
              expect(weakPhaseSigns(text), text).toBe(expected(text));
        }
    }
  });
});
