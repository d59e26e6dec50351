import { expect, test } from "vitest";
import { failureFilterSchema } from "@/lib/queries/failure-filters";
import { categoryMatches, listNotices } from "@/lib/queries/filter-notices";
import { activeFilters } from "./active-filters";

test("one chip per value; removing one keeps the others, drops the page, leaves no empty parameter", () => {
  const params = { kind: "compile,link", category: "dev-libs", page: "3", q: "undeclared" };
  const chips = activeFilters("/failures", params);
  expect(chips.map((chip) => `${chip.key}=${chip.value}`)).toEqual([
    "q=undeclared",
    "category=dev-libs",
    "kind=compile",
    "kind=link",
  ]);
  const byValue = Object.fromEntries(chips.map((chip) => [chip.value, chip.href]));
  expect(byValue.compile).toBe("/failures?kind=link&category=dev-libs&q=undeclared");
  expect(byValue["dev-libs"]).toBe("/failures?kind=compile%2Clink&q=undeclared");
  expect(activeFilters("/failures", { kind: "link" })[0]?.href).toBe("/failures");
});

test("fixed filters, the default status and paging are not chips", () => {
  expect(
    activeFilters("/c/dev-libs", { category: "dev-libs", status: "failed", pageSize: "100" }, ["category"]),
  ).toEqual([]);
  expect(activeFilters("/failures", { status: "all" }).map((chip) => chip.key)).toEqual(["status"]);
});

test("category globs match on either side; names are compared in lower case", () => {
  const known = ["dev-libs", "sys-libs", "dev-python"];
  expect(categoryMatches("*-libs", known)).toBe(true);
  expect(categoryMatches("DEV-LIBS", known)).toBe(true);
  expect(categoryMatches("dev-libs/", known)).toBe(true);
  expect(categoryMatches("dev-*", known)).toBe(true);
  expect(categoryMatches("*-perl", known)).toBe(false);
  // A regular-expression character in the typed value is literal.
  expect(categoryMatches("dev.libs", known)).toBe(false);
});

test("notices name each value that cannot match", () => {
  const filters = failureFilterSchema.parse({
    category: "dev-libs,nosuch",
    tinderbox: "amd64,ghost",
    kind: "compile,Bogus",
    triage: "new,later",
    package: "libxml2",
  });
  const notices = listNotices(filters, { categories: ["dev-libs"], tinderboxes: ["amd64"] });
  expect(notices.map((n) => `${n.filter}=${n.value}`)).toEqual([
    "category=nosuch",
    "tinderbox=ghost",
    "kind=Bogus",
    "triage=later",
    "package=libxml2",
  ]);
  expect(notices[4]?.message).toContain("not category/name");
});
