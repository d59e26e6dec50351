import { expect, test } from "vitest";
import { generatedCases } from "@/lib/analysis/testing/corpus";
import { caseDirName, corpusExpectedSchema } from "./case-files";

test("case names are one safe path segment whatever the database holds", () => {
  expect(caseDirName("compile", "popt", 42)).toBe("compile-popt-42");
  expect(caseDirName("disk_full", "gtk+", 7)).toBe("disk-full-gtk+-7");
  for (const hostile of ["../../etc", "/abs/path", "..", "a/../../b", "x\u0000y", "", "\\..\\win", "."]) {
    const name = caseDirName("compile", hostile, 1);
    expect(name).toMatch(/^compile-[a-z0-9+_.-]+-1$/);
    expect(name).not.toContain("..");
    expect(name).not.toContain("/");
  }
  expect(caseDirName("compile", "x".repeat(5000), 1).length).toBeLessThan(100);
  expect(() => caseDirName("compile", "popt", 0)).toThrow();
});

test("the schema accepts every hand-made corpus case and refuses a malformed one", () => {
  const cases = generatedCases();
  expect(cases.length).toBeGreaterThan(10);
  for (const c of cases) {
    const expected = corpusExpectedSchema.safeParse(c.expected);
    expect(expected.error, c.name).toBeUndefined();
  }
  const good = cases[0].expected;
  expect(corpusExpectedSchema.safeParse({ ...good, primary: { line: 0, text: "x" } }).success).toBe(false);
  expect(corpusExpectedSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
});
