import { db } from "../db";

/** The build a tinderbox already uploaded under this idempotency key, if any. */
export async function findBuildByKey(tinderboxId: number, idempotencyKey: string): Promise<number | null> {
  const row = await db.build.findUnique({
    where: { tinderboxId_idempotencyKey: { tinderboxId, idempotencyKey } },
    select: { id: true },
  });
  return row?.id ?? null;
}
