// Every diagnostics rule catches its own example line, first in the table, and
// every needle the rule relies on is in the byte gate.
import { describe, expect, test } from "vitest";
import { gateNeedles } from "./gate";
import { DIAGNOSTIC_RULES } from "./rules";

describe("the rule table", () => {
  test.each(DIAGNOSTIC_RULES.map((rule) => [rule.id, rule] as const))(
    "%s matches its example",
    (_id, rule) => {
      expect(rule.match(rule.example), rule.example).not.toBeNull();
      const first = DIAGNOSTIC_RULES.find(
        (other) => other.needles.some((n) => rule.example.includes(n)) && other.match(rule.example),
      );
      expect(first?.id).toBe(rule.id);
    },
  );

  test("rule ids are unique", () => {
    const ids = DIAGNOSTIC_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every example passes the byte gate", () => {
    const needles = gateNeedles();
    for (const rule of DIAGNOSTIC_RULES)
      expect(
        needles.some((needle) => rule.example.includes(needle)),
        rule.id,
      ).toBe(true);
  });

  test("notes and context lines are not diagnostics", () => {
    for (const line of [
      "a.c:9:2: note: include '<string.h>' or provide a declaration of 'strlcpy'",
      "a.c: In function 'main':",
      "In file included from /usr/include/stdio.h:27,",
      "/usr/bin/ld: foo.o: in function `main':",
      "torture/rpctorture.c:377: error: (Each undeclared identifier is reported only once",
    ])
      expect(
        DIAGNOSTIC_RULES.filter((rule) => rule.match(line)).map((rule) => rule.id),
        line,
      ).toEqual([]);
  });
});
