// The old copies blobs:migrate still has to delete, in JobState "blobs-migrate"
// (details.pending): queued in the transaction that switches a Blob's store,
// deleted once their grace is over, by this run or the next one.
import type { Sql } from "@/lib/sql/executor";
import { sqlPool } from "@/lib/sql/pool";
import type { BlobStoreKind } from "./blob-store";
import { deleteCopy } from "./migrate-copies";

export const MIGRATE_JOB = "blobs-migrate";

export interface PendingDelete {
  chunkSetId: string;
  from: BlobStoreKind;
  /** When the Blob was switched (ms since the epoch). */
  at: number;
}

/** Queues an old copy for deletion; call it in the transaction that switches the Blob. */
export async function queueOldCopy(sql: Sql, entry: PendingDelete): Promise<void> {
  await sql.query(
    `INSERT INTO "JobState" ("name", "cursor", "details", "updatedAt")
     VALUES ($1, '', jsonb_build_object('pending', jsonb_build_array($2::jsonb)), now())
     ON CONFLICT ("name") DO UPDATE SET
       "details" = jsonb_set(coalesce("JobState"."details", '{}'::jsonb), '{pending}',
                             coalesce("JobState"."details"->'pending', '[]'::jsonb) || $2::jsonb),
       "updatedAt" = now()`,
    [MIGRATE_JOB, JSON.stringify(entry)],
  );
}

/** Deletes the old copies whose grace is over (all of them when `waitForAll`, after waiting); returns how many. */
export async function deleteDueCopies(graceMs: number, waitForAll: boolean): Promise<number> {
  const pending = await pendingDeletes();
  if (pending.length === 0) return 0;
  if (waitForAll) {
    const wait = Math.max(...pending.map((p) => p.at)) + graceMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const due = pending.filter((p) => p.at + graceMs <= Date.now());
  for (const { chunkSetId, from } of due) {
    await deleteCopy(from, chunkSetId);
    await sqlPool().query(
      `UPDATE "JobState" SET "updatedAt" = now(), "details" = jsonb_set("details", '{pending}',
         (SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements("details"->'pending') e
          WHERE e->>'chunkSetId' <> $2))
       WHERE "name" = $1`,
      [MIGRATE_JOB, chunkSetId],
    );
  }
  return due.length;
}

async function pendingDeletes(): Promise<PendingDelete[]> {
  const { rows } = await sqlPool().query<{ pending: PendingDelete[] | null }>(
    `SELECT "details"->'pending' AS "pending" FROM "JobState" WHERE "name" = $1`,
    [MIGRATE_JOB],
  );
  return rows[0]?.pending ?? [];
}
