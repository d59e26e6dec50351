// Build rows in COPY text format, 2,000 per batch.
import { ALGORITHM_VERSION } from "../../analysis";
import { arrayLiteral, copyLine } from "./copy";
import { type BulkWorld, failureIndexOf, unit, versionAt } from "./world";

export const BUILD_COLUMNS = [
  "id",
  "tinderboxId",
  "packageId",
  "idempotencyKey",
  "atom",
  "version",
  "repository",
  "status",
  "phase",
  "kind",
  "startedAt",
  "finishedAt",
  "durationSec",
  "useFlags",
  "profile",
  "analysisVersion",
  "title",
  "primaryLine",
  "primaryText",
  "primaryRule",
  "fineSignatureId",
  "coarseSignatureId",
  "triageState",
  "createdAt",
] as const;

const BATCH = 2000;

/** USE flag sets as a tinderbox header prints them; a package keeps one. */
const USE_SETS = [
  "abi_x86_64 amd64 elibc_glibc kernel_linux nls -static-libs",
  "abi_x86_64 amd64 elibc_glibc kernel_linux test -doc",
  "abi_x86_64 amd64 elibc_glibc kernel_linux python_targets_python3_13 -test",
  "abi_x86_64 amd64 elibc_musl kernel_linux ssl -debug",
  "X abi_x86_64 amd64 elibc_glibc kernel_linux systemd wayland -gtk-doc",
].map((flags) => arrayLiteral(flags.split(" ")));

const TRIAGE: ReadonlyArray<readonly [string, number]> = [
  ["new", 0.7],
  ["confirmed", 0.8],
  ["reported", 0.9],
  ["fixed", 0.95],
  ["invalid", 0.98],
  ["infra", 1],
];

/** Fraction of successes that carry a QA notice. */
export const QA_SHARE = 0.03;

export function timestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23).replace("T", " ");
}

export function finishedAtOf(world: BulkWorld, index: number): number {
  return Math.floor(world.start + ((index + unit(world.seed, index, 1)) * world.span) / world.builds);
}

export function packageIndexOf(world: BulkWorld, index: number, failureIndex: number): number {
  if (failureIndex >= 0) return world.fine[world.fineOfFailure[failureIndex]].packageIndex;
  return world.packagePopularity.rank(unit(world.seed, index, 2));
}

export function* buildBatches(world: BulkWorld, from: number, to: number): Generator<string> {
  let batch = "";
  for (let index = from; index < to; index++) {
    batch += buildRow(world, index);
    if ((index - from + 1) % BATCH === 0) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}

function buildRow(world: BulkWorld, index: number): string {
  const failureIndex = failureIndexOf(world, index);
  const packageIndex = packageIndexOf(world, index, failureIndex);
  const pkg = world.packages[packageIndex];
  const finishedAt = finishedAtOf(world, index);
  const pvr = versionAt(world, packageIndex, finishedAt);
  const atom = `${pkg.category}/${pkg.name}-${pvr}`;
  const box = Math.floor(unit(world.seed, index, 3) * world.tinderboxes.length);
  const duration = 30 + Math.floor(unit(world.seed, index, 4) * 5400);
  const failure =
    failureIndex >= 0 ? failureColumns(world, index, failureIndex, atom) : successColumns(world, index, atom);
  return copyLine([
    world.firstBuildId + index,
    world.tinderboxIds[box],
    world.packageIds[packageIndex],
    `bulk-${world.seed}-${index}`,
    atom,
    pvr,
    "gentoo",
    failure.status,
    failure.phase,
    failure.kind,
    timestamp(finishedAt - duration * 1000),
    timestamp(finishedAt),
    duration,
    USE_SETS[packageIndex % USE_SETS.length],
    world.tinderboxes[box].profile,
    ALGORITHM_VERSION,
    failure.title,
    failure.primaryLine,
    failure.primaryText,
    failure.primaryRule,
    failure.fineId,
    failure.coarseId,
    failure.triage,
    timestamp(finishedAt + 5000),
  ]);
}

interface OutcomeColumns {
  status: "succeeded" | "failed";
  phase: string | null;
  kind: string;
  title: string;
  primaryLine: number | null;
  primaryText: string | null;
  primaryRule: string | null;
  fineId: number | null;
  coarseId: number | null;
  triage: string;
}

/** The primary error line of a failure, shared with its Finding rows. */
export function primaryOf(world: BulkWorld, index: number, failureIndex: number) {
  const fineIndex = world.fineOfFailure[failureIndex];
  const coarse = world.coarse[world.fine[fineIndex].coarseIndex];
  const line = 20 + Math.floor(unit(world.seed, index, 5) * 4000);
  const file = world.packages[world.fine[fineIndex].packageIndex].name.replace(/[^a-z0-9]/gi, "");
  const text = coarse.line.replace("{file}", file).replace("{line}", String(line));
  return { fineIndex, coarse, line, text };
}

function failureColumns(world: BulkWorld, index: number, failureIndex: number, atom: string): OutcomeColumns {
  const { fineIndex, coarse, line, text } = primaryOf(world, index, failureIndex);
  const roll = unit(world.seed, index, 6);
  return {
    status: "failed",
    phase: coarse.phase,
    kind: coarse.kind,
    title: `${atom}${coarse.kind === "test" ? " fails test" : ""} - ${coarse.message}`,
    primaryLine: line,
    primaryText: text,
    primaryRule: coarse.ruleId,
    fineId: world.fineIds[fineIndex],
    coarseId: world.coarseIds[world.fine[fineIndex].coarseIndex],
    triage: TRIAGE.find(([, upTo]) => roll < upTo)?.[0] ?? "new",
  };
}

function successColumns(world: BulkWorld, index: number, atom: string): OutcomeColumns {
  const qa = unit(world.seed, index, 7) < QA_SHARE;
  return {
    status: "succeeded",
    phase: null,
    kind: qa ? "qa" : "none",
    title: qa ? `${atom} - QA Notice: Files built without respecting LDFLAGS have been detected` : "",
    primaryLine: null,
    primaryText: null,
    primaryRule: null,
    fineId: null,
    coarseId: null,
    triage: "new",
  };
}
