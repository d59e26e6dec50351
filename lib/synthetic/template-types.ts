// What a log template is: a corpus case plus the details one failure varies.
import type { FailureKind } from "../generated/prisma/enums";
import type { BuildSystem } from "./package-names";
import type { Rng } from "./prng";
import type { LogIdentity, Replacement } from "./substitute";

/** FailureKind of prisma/schema.prisma, minus "unknown" which the generator never makes. */
export type SyntheticKind = Exclude<FailureKind, "unknown">;

export const FAILURE_KINDS: readonly SyntheticKind[] = [
  "configure",
  "compile",
  "link",
  "test",
  "install",
  "sandbox",
  "collision",
  "fetch",
  "dependency",
  "oom",
  "ice",
  "disk_full",
];

/** Another package a failure names (the dependency that cannot be satisfied, the colliding owner). */
export interface OtherPackage {
  category: string;
  pn: string;
  pvr: string;
}

export interface DetailContext {
  /** The package the log is being rewritten for. */
  target: LogIdentity;
  other: OtherPackage;
}

export interface LogTemplate {
  id: string;
  kind: SyntheticKind;
  /** Directory under fixtures/corpus/generated. */
  caseName: string;
  /** Build systems whose packages can fail this way; null = any package. */
  buildSystems: readonly BuildSystem[] | null;
  /** Corpus files attached as they are templated: [path in the case dir, uploaded name]. */
  attachments: ReadonlyArray<readonly [string, string]>;
  /** Draws the details of one failure; the same draw gives the same fine signature. */
  drawDetail(rng: Rng, context: DetailContext): Replacement[];
  /** Splices a different error into the corpus text (ICE, disk-full, QA); no randomness here. */
  rewrite?: (log: string) => string;
  /** Title with the corpus package's spelling; defaults to expected.json's title. */
  title?: string;
}
