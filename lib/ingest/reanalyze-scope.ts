// Which builds a reanalysis run covers: one tinderbox and/or an id range (both
// inclusive). Stored normalised in the job's row, so only a run with the same
// scope continues a stopped one.
import type { Prisma } from "../db";

/** Which builds a run covers; empty means every build. */
export interface ReanalyzeScope {
  /** Only this tinderbox's builds (by name). */
  tinderbox?: string;
  /** Only builds with fromId <= id <= toId. */
  fromId?: number;
  toId?: number;
}

/** The scope with its unset fields dropped, in a fixed key order: comparable as JSON. */
export function normaliseScope(scope: ReanalyzeScope | undefined): ReanalyzeScope {
  const { tinderbox, fromId, toId } = scope ?? {};
  return {
    ...(tinderbox !== undefined && { tinderbox }),
    ...(fromId !== undefined && { fromId }),
    ...(toId !== undefined && { toId }),
  };
}

export function scopeWhere(scope: ReanalyzeScope): Prisma.BuildWhereInput {
  return {
    ...(scope.tinderbox !== undefined && { tinderbox: { name: scope.tinderbox } }),
    ...((scope.fromId !== undefined || scope.toId !== undefined) && {
      id: { gte: scope.fromId, lte: scope.toId },
    }),
  };
}
