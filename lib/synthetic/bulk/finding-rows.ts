// Finding rows (the error lines of each failure) in COPY text format. About
// errorLines / failures lines per failure: the primary one, its parallel-make echo,
// warnings and make's own error lines, as lib/analysis reports them.

import { primaryOf, QA_SHARE } from "./build-rows";
import { copyLine } from "./copy";
import { type BulkWorld, failureIndexOf, hash32, unit } from "./world";

export const FINDING_COLUMNS = [
  "buildId",
  "kind",
  "lineNumber",
  "text",
  "ruleId",
  "severity",
  "isPrimary",
  "testName",
] as const;

/** Failures per COPY write (~10,000 lines). */
const BATCH_FAILURES = 500;

const QA_LINE = " * QA Notice: Files built without respecting LDFLAGS have been detected";

export function* findingBatches(world: BulkWorld, from: number, to: number): Generator<string> {
  let batch = "";
  let failures = 0;
  for (let index = from; index < to; index++) {
    const failureIndex = failureIndexOf(world, index);
    const rows = failureIndex >= 0 ? failureFindings(world, index, failureIndex) : qaFindings(world, index);
    if (rows === "") continue;
    batch += rows;
    failures++;
    if (failures >= BATCH_FAILURES) {
      yield batch;
      batch = "";
      failures = 0;
    }
  }
  if (batch) yield batch;
}

/** Mean lines per failure: errorLines / failures, drawn uniformly from 1..2·mean−1. */
export function findingCount(world: BulkWorld, index: number): number {
  const mean = world.errorLines / Math.max(1, world.failures);
  const spread = Math.max(1, Math.round(2 * mean - 1));
  return 1 + (hash32(world.seed, index, 8) % spread);
}

function failureFindings(world: BulkWorld, index: number, failureIndex: number): string {
  const { coarse, line, text } = primaryOf(world, index, failureIndex);
  const buildId = world.firstBuildId + index;
  const isTest = coarse.kind === "test";
  const kind = isTest ? "test" : "error";
  const testName = isTest ? text.replace(/^\W*(?:FAIL(?:ED)?:?\s+|\d+ - )?/, "").split(/\s/)[0] : null;
  let rows = copyLine([buildId, kind, line, text, coarse.ruleId, "error", true, testName]);
  const count = findingCount(world, index);
  for (let extra = 1; extra < count; extra++) {
    const lineNumber = line + extra * (1 + (hash32(world.seed, index, 100 + extra) % 40));
    rows += copyLine(secondaryFinding(buildId, lineNumber, extra, text, coarse.ruleId));
  }
  return rows;
}

/** The other lines around a failure, cycling the usual shapes: [text, rule, severity]. */
const SECONDARY_SHAPES: ReadonlyArray<
  (line: number, extra: number, primary: string, rule: string) => string[]
> = [
  // make -j prints the same error again for the PIC/non-PIC object.
  (_line, _extra, primary, rule) => [primary, rule, "error"],
  (_line, extra) => [
    `make[2]: *** [Makefile:${400 + extra}: all-recursive] Error 1`,
    "noise-make-error-echo",
    "noise",
  ],
  (line, extra) => [
    `util.c:${line}:7: warning: unused variable ‘tmp${extra}’ [-Wunused-variable]`,
    "cc-error",
    "warning",
  ],
  (line, extra) => [
    `src/io.c:${line}:3: error: ‘fd${extra}’ undeclared (first use in this function)`,
    "cc-error",
    "error",
  ],
];

function secondaryFinding(
  buildId: number,
  lineNumber: number,
  extra: number,
  primary: string,
  ruleId: string,
) {
  const [text, rule, severity] = SECONDARY_SHAPES[extra % SECONDARY_SHAPES.length](
    lineNumber,
    extra,
    primary,
    ruleId,
  );
  return [buildId, "error", lineNumber, text, rule, severity, false, null];
}

function qaFindings(world: BulkWorld, index: number): string {
  if (unit(world.seed, index, 7) >= QA_SHARE) return "";
  const line = 200 + (hash32(world.seed, index, 9) % 3000);
  return copyLine([
    world.firstBuildId + index,
    "qa",
    line,
    QA_LINE,
    "qa-flags-ignored",
    "warning",
    true,
    null,
  ]);
}
