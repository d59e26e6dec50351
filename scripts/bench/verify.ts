// Counts in the database what the clients believe they sent: every key stored once,
// with all its files. With --retry (and later --kill) this is the proof that a
// re-sent or cut-off upload neither got lost, nor doubled, nor half-written.
import pg from "pg";

export interface StoredCheck {
  sent: number;
  lost: string[];
  duplicated: string[];
  /** Keys whose build has fewer files than were sent. */
  partial: string[];
}

export async function checkStored(
  databaseUrl: string,
  keys: string[],
  filesPerResult: number,
): Promise<StoredCheck> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Parameterised: the keys never become SQL text.
    const { rows } = await client.query<{ key: string; builds: string; min_files: string }>(
      `SELECT b."idempotencyKey" AS key, count(DISTINCT b.id) AS builds,
              min((SELECT count(*) FROM "File" f WHERE f."buildId" = b.id)) AS min_files
         FROM "Build" b
        WHERE b."idempotencyKey" = ANY($1::text[])
        GROUP BY b."idempotencyKey"`,
      [keys],
    );
    const found = new Map(rows.map((row) => [row.key, row]));
    return {
      sent: keys.length,
      lost: keys.filter((key) => !found.has(key)),
      duplicated: rows.filter((row) => Number(row.builds) > 1).map((row) => row.key),
      partial: rows.filter((row) => Number(row.min_files) < filesPerResult).map((row) => row.key),
    };
  } finally {
    await client.end();
  }
}
