import type { Sql } from "../sql/executor";
import { pgSql } from "../sql/executor";
import { sqlPool } from "../sql/pool";

/**
 * The build a tinderbox already uploaded under this idempotency key, if any.
 * Raw SQL on the shared pool: it runs once or twice per upload (before the
 * files and inside the result transaction), where Prisma's per-query CPU shows.
 */
export async function findBuildByKey(
  tinderboxId: number,
  idempotencyKey: string,
  sql: Sql = pgSql(sqlPool()),
): Promise<number | null> {
  const rows = await sql.query<{ id: number }>(
    `SELECT "id" FROM "Build" WHERE "tinderboxId" = $1 AND "idempotencyKey" = $2`,
    [tinderboxId, idempotencyKey],
  );
  return rows[0]?.id ?? null;
}
