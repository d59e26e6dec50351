// The grep jobs' settings (docs/grep.md). Read from the environment on each
// call, so tests and one-off scripts can change them; parsed with zod like lib/env.ts.
import { availableParallelism } from "node:os";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

const grepEnvSchema = z.object({
  /** Uncompressed bytes a job may cover without a signed-in user. */
  KINDLING_GREP_ANON_MAX_BYTES: positiveInt.default(2 * 1024 * 1024 * 1024),
  /** Jobs scanning at once in one process: one per core by default. */
  KINDLING_GREP_WORKERS: positiveInt.max(64).optional(),
  /** A job stops with "stopped after N hits" at this many. */
  KINDLING_GREP_MAX_HITS: positiveInt.default(100_000),
  KINDLING_GREP_KEEP_DAYS: positiveInt.max(365).default(7),
  /** Jobs queued or running at once (all instances); past it a new job is refused with 503. */
  KINDLING_GREP_MAX_PENDING: positiveInt.default(32),
  /** Decompressed bytes one archive may expand to while its members are searched (a nested xz bomb stops here). */
  KINDLING_GREP_ARCHIVE_SCAN_BYTES: positiveInt.default(4 * 1024 * 1024 * 1024),
});

export interface GrepConfig {
  anonMaxBytes: number;
  workers: number;
  maxHits: number;
  keepDays: number;
  maxPending: number;
  archiveScanBytes: number;
}

export function grepConfig(source: NodeJS.ProcessEnv = process.env): GrepConfig {
  const env = grepEnvSchema.parse(
    Object.fromEntries(
      Object.entries(source).filter(([key, value]) => key.startsWith("KINDLING_GREP_") && value),
    ),
  );
  return {
    anonMaxBytes: env.KINDLING_GREP_ANON_MAX_BYTES,
    workers: env.KINDLING_GREP_WORKERS ?? Math.max(1, availableParallelism()),
    maxHits: env.KINDLING_GREP_MAX_HITS,
    keepDays: env.KINDLING_GREP_KEEP_DAYS,
    maxPending: env.KINDLING_GREP_MAX_PENDING,
    archiveScanBytes: env.KINDLING_GREP_ARCHIVE_SCAN_BYTES,
  };
}

/** A heartbeat older than this means the instance running the job died: another one takes it over. */
export const STALE_AFTER_MS = 15_000;
/** How often a running job writes its hits and progress (and learns it was cancelled). */
export const FLUSH_EVERY_MS = 400;
