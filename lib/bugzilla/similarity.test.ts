import { expect, test } from "vitest";
import { keyTerms, trigramSimilarity, trigrams } from "./similarity";

test("trigrams are pg_trgm's: padded words, lower case", () => {
  expect([...trigrams("Cat")].sort()).toEqual(["  c", " ca", "at ", "cat"]);
  expect([...trigrams("a-b")].sort()).toEqual(["  a", "  b", " a ", " b "]);
});

test("similarity matches pg_trgm's values for known pairs", () => {
  // SELECT similarity('word', 'two words') = 0.36363637 in PostgreSQL.
  expect(trigramSimilarity("word", "two words")).toBeCloseTo(0.363636, 5);
  expect(trigramSimilarity("popt fails to compile", "popt fails to compile")).toBe(1);
  expect(trigramSimilarity("", "x")).toBe(0);
});

test("key terms drop the atom and boilerplate and prefer identifiers", () => {
  const title = "dev-libs/popt-1.19: fails to compile: implicit declaration of function 'poptStrdup_r'";
  expect(keyTerms(title, "dev-libs/popt-1.19")).toEqual(["poptStrdup_r"]);
  expect(
    keyTerms("sys-apps/foo-1: fails test: test_socket_timeout hangs in sandbox", "sys-apps/foo-1"),
  ).toEqual(["test_socket_timeout", "sandbox", "hangs"]);
});
