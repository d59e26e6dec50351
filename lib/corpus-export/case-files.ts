// The corpus case format of fixtures/corpus/generated/<case>/ (expected.json next
// to build.log), and safe case directory names for cases made from the database.
import { z } from "zod";

/** expected.json of a corpus case; what golden tests read (lib/analysis/testing/corpus.ts). */
export const corpusExpectedSchema = z.strictObject({
  atom: z.string().min(1),
  status: z.enum(["failed", "succeeded"]),
  phase: z.string().nullable(),
  kind: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  title: z.string(),
  notes: z.string(),
  primary: z.strictObject({ line: z.number().int().positive(), text: z.string().min(1) }).nullable(),
});

export type CorpusExpected = z.infer<typeof corpusExpectedSchema>;

const MAX_PART_CHARS = 64;

/**
 * `<kind>-<pkg>-<buildId>`: one path segment whatever the database holds (a
 * package name is checked at upload, but this must not depend on it): only
 * [a-z0-9+_.-], no leading dot, never empty, bounded.
 */
export function caseDirName(kind: string, packageName: string, buildId: number): string {
  if (!Number.isSafeInteger(buildId) || buildId <= 0) throw new Error(`bad build id ${buildId}`);
  return `${safePart(kind.replaceAll("_", "-"))}-${safePart(packageName)}-${buildId}`;
}

function safePart(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9+_.-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, MAX_PART_CHARS);
  return cleaned || "unknown";
}
