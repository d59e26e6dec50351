// Saving a tracker rule: a regex must be one RE2 can run (linear time), and a
// pattern that only JavaScript accepts is refused with the reason.
import { expect, test } from "vitest";
import { trackerInputSchema } from "./trackers";

const rule = (pattern: string) => ({ bugNumber: 1, title: "t", matchType: "regex", pattern, active: "on" });
const message = (pattern: string) => trackerInputSchema.safeParse(rule(pattern)).error?.issues[0]?.message;

test("a backreference or lookaround is refused, naming RE2", () => {
  expect(message("(a)\\1")).toMatch(/RE2 engine does not support \(backreferences, lookaround\)/);
  expect(message("foo(?=bar)")).toMatch(/RE2 engine does not support/);
});

test("a broken pattern is not a regular expression; an RE2 one is accepted", () => {
  expect(message("(")).toBe("not a valid regular expression");
  expect(trackerInputSchema.safeParse(rule("^ZZ(a+)+#$")).success).toBe(true);
});
