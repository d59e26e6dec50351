import { expect, test } from "vitest";
import type { BugReport } from "./bug-report";
import { bugReportText, enterBugUrl, MAX_ENTER_BUG_URL_CHARS } from "./enter-bug-url";

const report: BugReport = {
  summary: "dev-libs/popt-1.19 - poptconfig.c: error: implicit declaration of function fnmatch",
  product: "Gentoo Linux",
  component: "Current packages",
  version: "unspecified",
  assignee: "base-system@gentoo.org",
  cc: ["a@gentoo.org", "b@gentoo.org"],
  keywords: ["TESTFAILURE"],
  blocks: [870412, 880545],
  url: "https://kindling.example/builds/42",
  description: "line one\nline two & more",
};

test("enter_bug.cgi gets every field as a parameter", () => {
  const url = new URL(enterBugUrl("https://bugs.gentoo.org/", report));
  expect(url.origin + url.pathname).toBe("https://bugs.gentoo.org/enter_bug.cgi");
  const params = Object.fromEntries(url.searchParams);
  expect(params).toEqual({
    product: "Gentoo Linux",
    component: "Current packages",
    version: "unspecified",
    short_desc: report.summary,
    assigned_to: "base-system@gentoo.org",
    cc: "a@gentoo.org,b@gentoo.org",
    keywords: "TESTFAILURE",
    blocked: "870412,880545",
    bug_file_loc: "https://kindling.example/builds/42",
    comment: "line one\nline two & more",
  });
});

test("empty lists are left out", () => {
  const url = new URL(enterBugUrl("https://bugs.example", { ...report, cc: [], keywords: [], blocks: [] }));
  expect([...url.searchParams.keys()]).not.toContain("cc");
  expect([...url.searchParams.keys()]).not.toContain("blocked");
});

test("a long description is cut at a line break to keep the URL under the limit", () => {
  const description = Array.from({ length: 2000 }, (_, i) => `line ${i} ${"é".repeat(20)}`).join("\n");
  const url = enterBugUrl("https://bugs.gentoo.org", { ...report, description });
  expect(url.length).toBeLessThanOrEqual(MAX_ENTER_BUG_URL_CHARS);
  const comment = new URL(url).searchParams.get("comment") ?? "";
  expect(comment.startsWith("line 0 ")).toBe(true);
  expect(comment).toContain("cut to fit the URL");
});

test("the text form lists the fields, then the description", () => {
  const text = bugReportText(report);
  expect(text.split("\n").slice(0, 2)).toEqual([`Summary: ${report.summary}`, "Product: Gentoo Linux"]);
  expect(text).toContain("Blocks: 870412, 880545");
  expect(text.endsWith("line one\nline two & more")).toBe(true);
});
