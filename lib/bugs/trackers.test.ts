import { expect, test } from "vitest";
import { SEED_TRACKERS } from "./tracker-seed";
import { compileRule, matchingTrackers, ruleMatches } from "./trackers";

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
    if (tracker.matchType === "regex") expect(compileRule(tracker.pattern)).not.toBeNull();
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
