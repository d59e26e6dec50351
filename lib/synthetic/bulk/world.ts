// The benchmark data set as a pure function of (seed, index): any build can be made
// on its own, so a run that stopped half-way can continue where it left off.
import type { SyntheticPackage } from "../catalogue";
import { Rng, ZipfSampler } from "../prng";
import type { SyntheticTinderbox } from "../tinderboxes";
import type { CoarseSignature, FineSignature } from "./signatures";

export interface BulkSizes {
  builds: number;
  failures: number;
  errorLines: number;
}

export interface BulkWorld extends BulkSizes {
  seed: number;
  /** Epoch ms of the first and last build. */
  start: number;
  span: number;
  tinderboxes: readonly SyntheticTinderbox[];
  tinderboxIds: readonly number[];
  packages: readonly SyntheticPackage[];
  packageIds: readonly number[];
  coarse: readonly CoarseSignature[];
  fine: readonly FineSignature[];
  coarseIds: readonly number[];
  fineIds: readonly number[];
  /** Fine signature of the j-th failure: every fine one at least once, then Zipf-skewed, shuffled. */
  fineOfFailure: Int32Array;
  /** Build id of index 0: ids follow the index so findings can name their build. */
  firstBuildId: number;
  packagePopularity: ZipfSampler;
}

/** A uint32 hash of (seed, index, salt): murmur3's finaliser over a mixed key. */
export function hash32(seed: number, index: number, salt: number): number {
  let h =
    Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^
    Math.imul(index + 0x632be5ab, 0xc2b2ae35) ^
    (salt * 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function unit(seed: number, index: number, salt: number): number {
  return hash32(seed, index, salt) / 4294967296;
}

export function planFailures(seed: number, failures: number, fineCount: number): Int32Array {
  const rng = new Rng(seed ^ 0x5eed);
  const skew = new ZipfSampler(fineCount, 0.9);
  const plan = new Int32Array(failures);
  for (let j = 0; j < failures; j++) plan[j] = j < fineCount ? j : rng.zipf(skew);
  for (let j = failures - 1; j > 0; j--) {
    const k = rng.int(0, j);
    const swap = plan[j];
    plan[j] = plan[k];
    plan[k] = swap;
  }
  return plan;
}

/** Failures spread evenly: index i fails when it carries the failure count over an integer. */
export function failureIndexOf(world: BulkSizes, index: number): number {
  const before = Math.floor((index * world.failures) / world.builds);
  const after = Math.floor(((index + 1) * world.failures) / world.builds);
  return after > before ? before : -1;
}

/** PVR at a time: each package bumps every 40-240 days; some versions carry a revision. */
export function versionAt(world: BulkWorld, packageIndex: number, at: number): string {
  const pkg = world.packages[packageIndex];
  const periodDays = 40 + (hash32(world.seed, packageIndex, 11) % 200);
  const bumps = Math.floor((at - world.start) / (periodDays * 86_400_000));
  const parts = pkg.version.split(".");
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + bumps);
  const revision = hash32(world.seed, packageIndex * 31 + bumps, 12) % 4;
  return revision === 0 ? `${parts.join(".")}-r1` : parts.join(".");
}
