// One golden JSON file per case (lib/analysis and lib/diagnostics golden tests). Compared as data,
// so the stored layout (biome's, an older writer's) does not matter; UPDATE_GOLDEN=1 rewrites only
// the files whose data changed or that are missing, so a regeneration's diff is the behaviour change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";

export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === "1";

export function compareWithGoldenFile(file: string, view: unknown): void {
  // Through JSON, so undefined members and the like compare as they are stored.
  const actual = JSON.parse(JSON.stringify(view)) as unknown;
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as unknown) : undefined;
  if (UPDATE_GOLDEN) {
    if (stored !== undefined && isDeepStrictEqual(actual, stored)) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  // A missing golden is a failure, not a fresh snapshot: otherwise CI passes
  // by writing whatever the code says today.
  expect(stored !== undefined, `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toEqual(stored);
}
