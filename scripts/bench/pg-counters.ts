// What a bench run asked of PostgreSQL, per result, from its cumulative counters:
// the bench database's commits (pg_stat_database) and the WAL written and flushed
// (pg_stat_wal: the whole server's, so other databases' writes count too). Unlike
// CPU time on a shared machine, these do not depend on the load: a change that
// saves a commit or a WAL flush per upload shows as exactly that.
import pg from "pg";

export interface PgCounters {
  commits: number;
  walRecords: number;
  walBytes: number;
  walFullPages: number;
  walSyncs: number;
}

export async function pgCounters(databaseUrl: string | undefined): Promise<PgCounters | undefined> {
  if (!databaseUrl) return undefined;
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    // A backend reports its counters when it goes idle, at most once a second.
    const { rows } = await client.query<Record<keyof PgCounters, string>>(
      `SELECT d.xact_commit AS "commits", w.wal_records AS "walRecords", w.wal_bytes AS "walBytes",
              w.wal_fpi AS "walFullPages", w.wal_sync AS "walSyncs"
       FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = current_database()`,
    );
    const row = rows[0];
    return {
      commits: Number(row.commits),
      walRecords: Number(row.walRecords),
      walBytes: Number(row.walBytes),
      walFullPages: Number(row.walFullPages),
      walSyncs: Number(row.walSyncs),
    };
  } catch {
    // Before PostgreSQL 14 there is no pg_stat_wal: the summary goes without these rows.
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Per-result rows for the summary; the counters settle ~1 s after the last upload. */
export function pgCounterRows(
  before: PgCounters | undefined,
  after: PgCounters | undefined,
  results: number,
): [string, string][] {
  if (!before || !after || results === 0) return [];
  const per = (key: keyof PgCounters) => (after[key] - before[key]) / results;
  return [
    ["PostgreSQL per result: commits (bench database)", per("commits").toFixed(2)],
    ["PostgreSQL per result: WAL flushes (server-wide)", per("walSyncs").toFixed(2)],
    [
      "PostgreSQL per result: WAL KiB / records / full pages",
      `${(per("walBytes") / 1024).toFixed(0)} / ${per("walRecords").toFixed(0)} / ${per("walFullPages").toFixed(1)}`,
    ],
  ];
}
