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
  /** Keys with a stored file whose sha256 differs from what was sent (or is missing). */
  corrupt: string[];
}

/** Per idempotency key: file name -> sha256 of the bytes sent. */
export type SentContent = Map<string, Map<string, string>>;

export async function checkStored(
  databaseUrl: string,
  keys: string[],
  filesPerResult: number,
  sent?: SentContent,
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
    const corrupt = sent ? await differentContent(client, keys, sent) : [];
    return {
      corrupt,
      sent: keys.length,
      lost: keys.filter((key) => !found.has(key)),
      duplicated: rows.filter((row) => Number(row.builds) > 1).map((row) => row.key),
      partial: rows.filter((row) => Number(row.min_files) < filesPerResult).map((row) => row.key),
    };
  } finally {
    await client.end();
  }
}

/** Keys whose stored files' sha256s are not exactly the ones sent. */
async function differentContent(client: pg.Client, keys: string[], sent: SentContent): Promise<string[]> {
  const { rows } = await client.query<{ key: string; name: string; sha256: string }>(
    `SELECT b."idempotencyKey" AS key, f."name", f."blobSha256" AS sha256
       FROM "Build" b JOIN "File" f ON f."buildId" = b.id
      WHERE b."idempotencyKey" = ANY($1::text[])`,
    [keys],
  );
  const stored = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const files = stored.get(row.key) ?? new Map<string, string>();
    files.set(row.name, row.sha256);
    stored.set(row.key, files);
  }
  return keys.filter((key) => {
    const expected = sent.get(key);
    const actual = stored.get(key);
    if (!expected || !actual) return false; // counted as lost, not corrupt
    return [...expected].some(([name, sha]) => actual.get(name) !== sha);
  });
}
