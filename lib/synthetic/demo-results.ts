// generateDemoResults: a seeded, realistic spread of tinderbox results for the demo.
import { demoCatalogue, type SyntheticPackage } from "./catalogue";
import { type Problem, planProblems, planVersions, type VersionStep, versionAt } from "./plan";
import { Rng, ZipfSampler } from "./prng";
import { assembleResult } from "./result";
import type { LogTemplate } from "./template-types";
import { QA_TEMPLATE, SUCCESS_TEMPLATE } from "./templates";
import { type SyntheticTinderbox, syntheticTinderboxes } from "./tinderboxes";
import type { DemoOptions, SyntheticResult } from "./types";

/** Share of builds that fail; the rest succeed (some of them with QA notices). */
const FAILURE_RATE = 0.27;
const QA_RATE = 0.08;

export interface DemoWorld {
  packages: SyntheticPackage[];
  tinderboxes: SyntheticTinderbox[];
  problems: Problem[];
  versions: VersionStep[][];
}

/** Everything planned before the first result: packages, images, problems, version timelines. */
export function planDemoWorld(rng: Rng, options: DemoOptions): DemoWorld {
  const window = { start: options.now.getTime() - options.days * 86_400_000, end: options.now.getTime() };
  const packages = demoCatalogue(rng.fork());
  const tinderboxes = syntheticTinderboxes(rng.fork(), options.tinderboxes ?? 6, options.now);
  const problems = planProblems(rng.fork(), options.count, packages, tinderboxes, window);
  const versions = planVersions(rng.fork(), packages, problems, window);
  return { packages, tinderboxes, problems, versions };
}

/** Yields `count` results in time order; the same options always give the same bytes. */
export function* generateDemoResults(options: DemoOptions): Generator<SyntheticResult> {
  const rng = new Rng(options.seed);
  const world = planDemoWorld(rng, options);
  const times = eventTimes(rng.fork(), options);
  const popularity = new ZipfSampler(world.packages.length, 0.7);
  // Popularity ranks map to a shuffled package order, not to the catalogue's category order.
  const byRank = rng.sample(
    world.packages.map((_, index) => index),
    world.packages.length,
  );
  let qaSeen = false;
  for (let index = 0; index < times.length; index++) {
    const at = times[index];
    const event = rng.chance(FAILURE_RATE) ? failureEvent(rng, world, at) : undefined;
    const chosen =
      event ?? successEvent(rng, world, at, () => byRank[rng.zipf(popularity)], !qaSeen && index >= 5);
    if (chosen.template.kind === "qa") qaSeen = true;
    const pkg = world.packages[chosen.packageIndex];
    yield assembleResult({
      seed: options.seed,
      index,
      rng: rng.fork(),
      pkg,
      pvr: versionAt(world.versions[chosen.packageIndex], at),
      tinderbox: world.tinderboxes[chosen.tinderboxIndex],
      template: chosen.template,
      problem: chosen.problem,
      finishedAt: new Date(at),
      corpusDir: options.corpusDir,
    });
  }
}

interface Event {
  template: LogTemplate;
  packageIndex: number;
  tinderboxIndex: number;
  problem?: Problem;
}

function eventTimes(rng: Rng, options: DemoOptions): number[] {
  const end = options.now.getTime();
  const span = options.days * 86_400_000;
  const times = Array.from({ length: options.count }, () => Math.floor(end - rng.float() * span));
  return times.sort((a, b) => a - b);
}

/** A sighting of an open problem; problems not yet seen go first so every one shows up. */
function failureEvent(rng: Rng, world: DemoWorld, at: number): Event | undefined {
  const active = world.problems.filter((problem) => problem.start <= at && at < problem.end);
  if (active.length === 0) return undefined;
  const unseen = active.filter((problem) => problem.hits === 0);
  const problem = unseen.length > 0 && rng.chance(0.6) ? rng.pick(unseen) : rng.pick(active);
  problem.hits++;
  return sighting(rng, problem);
}

function sighting(rng: Rng, problem: Problem): Event {
  return {
    template: problem.template,
    packageIndex: problem.packageIndex,
    tinderboxIndex: rng.pick(problem.tinderboxIndexes),
    problem,
  };
}

function successEvent(
  rng: Rng,
  world: DemoWorld,
  at: number,
  popularPackage: () => number,
  forceQa: boolean,
): Event {
  const packageIndex = popularPackage();
  const tinderboxIndex = rng.int(0, world.tinderboxes.length - 1);
  // A package with an open problem on this image fails again rather than passing.
  const open = world.problems.find(
    (problem) =>
      problem.packageIndex === packageIndex &&
      problem.start <= at &&
      at < problem.end &&
      problem.tinderboxIndexes.includes(tinderboxIndex),
  );
  if (open) {
    open.hits++;
    return { ...sighting(rng, open), tinderboxIndex };
  }
  const template = forceQa || rng.chance(QA_RATE) ? QA_TEMPLATE : SUCCESS_TEMPLATE;
  return { template, packageIndex, tinderboxIndex };
}
