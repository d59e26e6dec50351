import { expect, test } from "vitest";
import { formatCount } from "./format-count";

test("one is singular, everything else plural, digits grouped", () => {
  expect(formatCount(1, "failure")).toBe("1 failure");
  expect(formatCount(0, "package")).toBe("0 packages");
  expect(formatCount(2345, "failure")).toBe("2,345 failures");
});

test("an irregular plural is given", () => {
  expect(formatCount(1, "match", "matches")).toBe("1 match");
  expect(formatCount(12345, "match", "matches")).toBe("12,345 matches");
});
