// What the stored files take, for /admin/storage: uploaded bytes by tinderbox,
// file role and age (since upload), and the stored (gzip, deduplicated) bytes by
// store. One pass over File, cached for a few minutes: the page says how old.
import { type Cached, cached } from "@/lib/queries/ttl-cache";
import { sqlPool } from "@/lib/sql/pool";

export const AGE_BUCKETS = ["under 7 days", "7-30 days", "30-90 days", "90-365 days", "over a year"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface UsageRow {
  key: string;
  files: number;
  /** Uploaded (uncompressed) bytes of files still stored. */
  bytes: number;
  /** Files whose content retention removed. */
  removed: number;
}

export interface StorageUsage {
  byTinderbox: UsageRow[];
  byRole: UsageRow[];
  byAge: UsageRow[];
  /** Stored bytes per blob store, each distinct content once. */
  stored: Array<{ store: string; blobs: number; storedBytes: number }>;
}

const USAGE_TTL_MS = 5 * 60_000;

const GROUPED = `
  SELECT t."name" AS "tinderbox", f."role",
         CASE WHEN f."createdAt" > $1::timestamp - interval '7 days' THEN 0
              WHEN f."createdAt" > $1::timestamp - interval '30 days' THEN 1
              WHEN f."createdAt" > $1::timestamp - interval '90 days' THEN 2
              WHEN f."createdAt" > $1::timestamp - interval '365 days' THEN 3 ELSE 4 END AS "age",
         count(*)::int AS "files",
         coalesce(sum(f."size") FILTER (WHERE f."purgedAt" IS NULL), 0)::float8 AS "bytes",
         count(*) FILTER (WHERE f."purgedAt" IS NOT NULL)::int AS "removed"
  FROM "File" f JOIN "Build" b ON b."id" = f."buildId" JOIN "Tinderbox" t ON t."id" = b."tinderboxId"
  GROUP BY 1, 2, 3`;

const STORED = `
  SELECT "store"::text AS "store", count(*)::int AS "blobs", coalesce(sum("gzSize"), 0)::float8 AS "storedBytes"
  FROM "Blob" WHERE "purgedAt" IS NULL GROUP BY 1 ORDER BY 1`;

export function storageUsage(): Promise<Cached<StorageUsage>> {
  return cached("admin:storage-usage", USAGE_TTL_MS, computeStorageUsage);
}

export async function computeStorageUsage(now = new Date()): Promise<StorageUsage> {
  const pool = sqlPool();
  const [grouped, stored] = await Promise.all([
    pool.query<{
      tinderbox: string;
      role: string;
      age: number;
      files: number;
      bytes: number;
      removed: number;
    }>(GROUPED, [now.toISOString()]),
    pool.query<{ store: string; blobs: number; storedBytes: number }>(STORED),
  ]);
  const rows = grouped.rows;
  return {
    byTinderbox: sumBy(rows, (row) => row.tinderbox),
    byRole: sumBy(rows, (row) => row.role),
    byAge: sumBy(rows, (row) => AGE_BUCKETS[row.age]).sort(
      (a, b) => AGE_BUCKETS.indexOf(a.key as AgeBucket) - AGE_BUCKETS.indexOf(b.key as AgeBucket),
    ),
    stored: stored.rows,
  };
}

/** Largest first. */
function sumBy<T extends { files: number; bytes: number; removed: number }>(
  rows: T[],
  keyOf: (row: T) => string,
): UsageRow[] {
  const sums = new Map<string, UsageRow>();
  for (const row of rows) {
    const key = keyOf(row);
    const sum = sums.get(key) ?? { key, files: 0, bytes: 0, removed: 0 };
    sum.files += row.files;
    sum.bytes += row.bytes;
    sum.removed += row.removed;
    sums.set(key, sum);
  }
  return [...sums.values()].sort((a, b) => b.bytes - a.bytes || a.key.localeCompare(b.key));
}
