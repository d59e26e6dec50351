import { expect, test } from "vitest";
import { resultMetaSchema } from "../ingest/result-meta";
import { loadCorpusCases } from "./corpus";
import { corpusResults } from "./corpus-results";

test("every corpus case becomes a result carrying its exact build.log", () => {
  const cases = loadCorpusCases();
  const results = corpusResults();
  expect(results).toHaveLength(cases.length);
  for (const [index, result] of results.entries()) {
    const buildLog = cases[index].files.find((file) => file.relativePath === "build.log");
    expect(result.files[0].content.equals(buildLog?.content ?? Buffer.alloc(0))).toBe(true);
    expect(result.meta.atom).toBe(cases[index].expected.atom);
    expect(resultMetaSchema.safeParse(result.meta).success).toBe(true);
    expect(new Set(result.files.map((file) => file.name)).size).toBe(result.files.length);
  }
});

test("issue-dir attachments come along", () => {
  const popt = corpusResults().find((result) => result.meta.atom === "dev-libs/popt-1.19");
  expect(popt?.files.map((file) => file.name)).toEqual(
    expect.arrayContaining(["dev-libs:popt-1.19:20261128-044417.log", "emerge-info.txt", "qlist-info.txt"]),
  );
});
