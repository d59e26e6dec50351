// The titles of the generated corpus against the ones written by hand in each
// expected.json (a Gentoo developer's wording), cut to Bugzilla's 170 characters.
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { generatedCases } from "./testing/corpus";

// expected.json titles this case's primary line does not give: popt's hand-written
// title quotes the implicit declaration of fnmatch, the primary is the first error
// (FNM_PATHNAME, three lines earlier), which the golden test pins.
const TITLE_FROM_ANOTHER_LINE = new Set(["compile-c-implicit-decl-popt"]);

function cut(title: string): string {
  return title.length > 170 ? `${title.slice(0, 169)}…` : title;
}

describe("titles match the hand-written expected.json titles", () => {
  const cases = generatedCases().filter((c) => !TITLE_FROM_ANOTHER_LINE.has(c.name));
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const expected = (testCase.expected as { title?: string }).title ?? "";
    const title = analyzeLogText(testCase.logText).title;
    expect(title ?? "").toBe(cut(expected));
  });
});
