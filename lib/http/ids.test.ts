import { expect, test } from "vitest";
import { parsePositiveId } from "./ids";

test.each([
  ["1", 1],
  ["42", 42],
  ["007", 7],
  ["2147483647", 2147483647],
])("%j names row %d", (raw, id) => {
  expect(parsePositiveId(raw)).toBe(id);
});

test.each(["0", "-1", "", " 1", "1.0", "1e3", "0x10", "abc", "12abc", "2147483648", "99999999999", "١٢"])(
  "%j names no row",
  (raw) => {
    expect(parsePositiveId(raw)).toBeNull();
  },
);
