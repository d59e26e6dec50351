// The story a demo data set tells: recurring problems (a package failing the same way on
// several images, across version bumps, until a revbump fixes it) and each package's
// version timeline. Planned up front so every result can be rendered on its own.
import { bumpVersion, type SyntheticPackage } from "./catalogue";
import type { Rng } from "./prng";
import { FAILURE_KINDS, type LogTemplate, type OtherPackage, type SyntheticKind } from "./template-types";
import { templatesFor } from "./templates";
import type { SyntheticTinderbox } from "./tinderboxes";

export interface Problem {
  template: LogTemplate;
  packageIndex: number;
  other: OtherPackage;
  /** Seeds the detail draw, so every sighting of the problem has the same error details. */
  detailSeed: number;
  start: number;
  /** When a revbump fixed it; Infinity while it is still open. */
  end: number;
  tinderboxIndexes: number[];
  hits: number;
}

export interface VersionStep {
  from: number;
  pvr: string;
}

/** How often each failure kind is the cause of a recurring problem (compile and test dominate). */
const KIND_WEIGHTS: ReadonlyArray<readonly [SyntheticKind, number]> = [
  ["compile", 30],
  ["test", 18],
  ["configure", 15],
  ["link", 8],
  ["dependency", 6],
  ["install", 4],
  ["fetch", 4],
  ["collision", 3],
  ["sandbox", 3],
  ["oom", 2],
  ["ice", 2],
  ["disk_full", 1],
];

/** Machine trouble (OOM, ICE, full disk) hits one image for a day or two. */
const TRANSIENT: ReadonlySet<SyntheticKind> = new Set(["oom", "ice", "disk_full"]);

export interface PlanWindow {
  start: number;
  end: number;
}

export function planProblems(
  rng: Rng,
  count: number,
  packages: readonly SyntheticPackage[],
  boxes: readonly SyntheticTinderbox[],
  window: PlanWindow,
): Problem[] {
  const total = Math.max(FAILURE_KINDS.length + 4, Math.round((count * 0.3) / 4));
  const problems: Problem[] = [];
  for (let index = 0; index < total; index++) {
    // The first problems cover every kind once, so even a small set shows them all.
    const kind = index < FAILURE_KINDS.length ? FAILURE_KINDS[index] : rng.weighted(KIND_WEIGHTS);
    const problem = planProblem(rng, kind, index < FAILURE_KINDS.length, packages, boxes, window);
    if (problem) problems.push(problem);
  }
  return problems;
}

function planProblem(
  rng: Rng,
  kind: SyntheticKind,
  longLived: boolean,
  packages: readonly SyntheticPackage[],
  boxes: readonly SyntheticTinderbox[],
  window: PlanWindow,
): Problem | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const packageIndex = rng.int(0, packages.length - 1);
    const fitting = templatesFor(kind, packages[packageIndex].buildSystem);
    if (fitting.length === 0) continue;
    const span = window.end - window.start;
    const start = longLived
      ? window.start + rng.float() * span * 0.2
      : window.start + rng.float() * span * 0.9;
    const transient = TRANSIENT.has(kind);
    const length = transient ? rng.int(1, 3) * 86_400_000 : rng.int(3, 25) * 86_400_000;
    const fixed = transient || (!longLived && rng.chance(0.4));
    const other = packages[rng.int(0, packages.length - 1)];
    return {
      template: rng.pick(fitting),
      packageIndex,
      other: { category: other.category, pn: other.name, pvr: other.version },
      detailSeed: rng.int(1, 2 ** 31),
      start,
      end: fixed ? Math.min(start + length, window.end) : Number.POSITIVE_INFINITY,
      tinderboxIndexes: pickBoxes(rng, kind, transient ? 1 : rng.int(1, 4), boxes),
      hits: 0,
    };
  }
  return undefined;
}

/** Test failures show up on images that run tests; the rest anywhere. */
function pickBoxes(
  rng: Rng,
  kind: SyntheticKind,
  wanted: number,
  boxes: readonly SyntheticTinderbox[],
): number[] {
  const indexes = boxes.map((_, index) => index);
  const testing = indexes.filter((index) => boxes[index].toolchainTags.includes("test"));
  const pool = kind === "test" && testing.length > 0 ? testing : indexes;
  return rng.sample(pool, Math.min(wanted, pool.length));
}

/**
 * Version steps per package: the first version (sometimes already -r1), a version bump
 * in a third of the packages, and a revbump where a problem was fixed.
 */
export function planVersions(
  rng: Rng,
  packages: readonly SyntheticPackage[],
  problems: readonly Problem[],
  window: PlanWindow,
): VersionStep[][] {
  const steps = packages.map((pkg) => {
    const first = rng.chance(0.3) ? `${pkg.version}-r1` : pkg.version;
    const timeline: VersionStep[] = [{ from: 0, pvr: first }];
    if (rng.chance(0.33)) {
      timeline.push({
        from: window.start + rng.float() * (window.end - window.start),
        pvr: bumpVersion(pkg.version),
      });
    }
    return timeline;
  });
  for (const problem of problems) {
    if (!Number.isFinite(problem.end) || TRANSIENT.has(problem.template.kind)) continue;
    const timeline = steps[problem.packageIndex];
    timeline.sort((a, b) => a.from - b.from);
    timeline.push({ from: problem.end, pvr: revbump(versionAt(timeline, problem.end)) });
  }
  for (const timeline of steps) timeline.sort((a, b) => a.from - b.from);
  return steps;
}

export function versionAt(timeline: readonly VersionStep[], at: number): string {
  let pvr = timeline[0].pvr;
  for (const step of timeline) if (step.from <= at) pvr = step.pvr;
  return pvr;
}

function revbump(pvr: string): string {
  const match = /^(.*)-r(\d+)$/.exec(pvr);
  return match ? `${match[1]}-r${Number(match[2]) + 1}` : `${pvr}-r1`;
}
