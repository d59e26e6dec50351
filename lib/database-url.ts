// Which server a command (migrate, start, seeds, benchmarks, test setup) talks to: DATABASE_URL
// when set, else the embedded cluster under .data/pg, so the same migrations run against both.
import { ensureEmbeddedPostgres } from "./embedded-postgres";

/** DATABASE_URL as the user set it; lib/env.ts defaults it, which would hide "unset". */
export function explicitDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

/**
 * Runs `work` against DATABASE_URL, or against the embedded server, which is stopped again
 * afterwards if this call started it (a server someone else started keeps running).
 */
export async function withDatabaseUrl<T>(work: (url: string) => Promise<T>): Promise<T> {
  const url = explicitDatabaseUrl();
  if (url) return work(url);
  const embedded = await ensureEmbeddedPostgres();
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
