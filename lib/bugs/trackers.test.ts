import { RE2JS } from "re2js";
import { expect, test } from "vitest";
import { SEED_TRACKERS } from "./tracker-seed";
import { compileRule, matchingTrackers, ruleMatches, textVariants, withoutQuotes } from "./trackers";

const trackers = SEED_TRACKERS.map((tracker) => ({ ...tracker, active: true }));

test.each([
  [
    "dev-libs/popt-1.19 - poptconfig.c: error: implicit declaration of function fnmatch [-Werror=implicit-function-declaration]",
    [870412],
  ],
  ["app-misc/foo-1 - QA Notice: Pre-stripped files found:", [239866]],
  ["x11-libs/bar-2 - configure: error: which: command not found", [646588]],
  ["media-video/baz-3 - baz.c: error: AVCodec has no member named foo", [961435]],
  ["dev-libs/qux-1 - something unrelated: avoid this", []],
])("%s blocks %j", (title, expected) => {
  expect(matchingTrackers([title], trackers).map((tracker) => tracker.bugNumber)).toEqual(expected);
});

test("every seed rule compiles and no two trackers share a bug number", () => {
  for (const tracker of SEED_TRACKERS)
    if (tracker.matchType === "regex") expect(compileRule(tracker.pattern).ok).toBe(true);
  expect(new Set(SEED_TRACKERS.map((tracker) => tracker.bugNumber)).size).toBe(SEED_TRACKERS.length);
});

test("substring rules ignore case; a broken regex or an empty pattern matches nothing", () => {
  expect(ruleMatches({ matchType: "substring", pattern: "BAD_TAR" }, "x - bad_tar_invocation")).toBe(true);
  expect(ruleMatches({ matchType: "regex", pattern: "(" }, "(")).toBe(false);
  expect(ruleMatches({ matchType: "substring", pattern: "" }, "anything")).toBe(false);
});

test("an error line below the title can match too", () => {
  const texts = [
    "dev-libs/popt-1.19 - poptconfig.c: error: FNM_PATHNAME undeclared (first use in this function)",
    "poptconfig.c:214:14: error: implicit declaration of function ‘fnmatch’ [-Werror=implicit-function-declaration]",
  ];
  expect(matchingTrackers(texts, trackers).map((tracker) => tracker.bugNumber)).toEqual([870412]);
  expect(matchingTrackers(texts.slice(0, 1), trackers)).toEqual([]);
});

test("regex rules run on RE2: a catastrophic backtracking pattern returns at once", () => {
  const pattern = "^ZZ(a+)+#$";
  const compiled = compileRule(pattern);
  // The engine is the point: a JavaScript RegExp takes ~2^n steps on this input.
  if (!compiled.ok) throw new Error(compiled.message);
  expect(compiled.regex).toBeInstanceOf(RE2JS);
  const hostile = `ZZ${"a".repeat(5000)}!`;
  expect(ruleMatches({ matchType: "regex", pattern }, hostile)).toBe(false);
  expect(ruleMatches({ matchType: "regex", pattern }, "zzaaa#")).toBe(true);
});

test("RE2 refuses backreferences and lookaround; such a rule matches nothing", () => {
  for (const pattern of ["(a)\\1", "foo(?=bar)", "(?<!x)y"]) {
    expect(compileRule(pattern).ok).toBe(false);
    expect(ruleMatches({ matchType: "regex", pattern }, "aa foobar y")).toBe(false);
  }
});

test.each([
  [
    "error: ‘string’ in namespace ‘std’ does not name a type",
    "error: string in namespace std does not name a type",
  ],
  ["error: 'string' in namespace 'std'", "error: string in namespace std"],
  ["undefined reference to `foo'", "undefined reference to foo"],
  ["no quotes here", "no quotes here"],
])("withoutQuotes(%j) is %j", (text, bare) => {
  expect(withoutQuotes(text)).toBe(bare);
});

test("rules written for quote-less titles and for quoted titles both match a quoted title", () => {
  const title = "dev-libs/x-1 - x.cpp: error: 'string' in namespace 'std' does not name a type";
  expect(textVariants(title)).toHaveLength(2);
  const rule = (pattern: string, matchType: "regex" | "substring") => ({
    bugNumber: 1,
    title: "t",
    matchType,
    pattern,
    active: true,
  });
  for (const matchType of ["regex", "substring"] as const) {
    expect(
      matchingTrackers([title], [rule("string in namespace std does not name", matchType)]),
    ).toHaveLength(1);
    expect(matchingTrackers([title], [rule("'string' in namespace 'std'", matchType)])).toHaveLength(1);
  }
});
