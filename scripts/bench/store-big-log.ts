// The log benchmarks (bench:logview, bench:bundle) store their big logs through
// the real ingest, streamed piece by piece, and run under withDatabase; both
// pieces live here so the two scripts cannot drift apart.
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import type { BigLog } from "@/lib/files/testing/big-log";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import { closeChunkPool } from "@/lib/storage/chunk-pool";
import { withDatabase } from "../lib/with-database";

export interface ExtraFile {
  name: string;
  content: Buffer;
}

/** Stores `log` as a failed build of tinderbox `tinderbox` (with `extra` files first); the build id. */
export async function storeBigLog(tinderbox: string, log: BigLog, extra: ExtraFile[] = []): Promise<number> {
  const { id: tinderboxId } = await ensureTinderbox(tinderbox);
  async function* parts() {
    yield { type: "meta" as const, text: JSON.stringify({ atom: log.atom, status: "failed" }) };
    for (const file of extra)
      yield { type: "file" as const, name: file.name, stream: Readable.from([file.content]) };
    yield { type: "file" as const, name: log.fileName, stream: Readable.from(log.pieces) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(`ingest: ${outcome.code} ${outcome.message}`);
  return outcome.id;
}

/** Runs `main` against DATABASE_URL (or the embedded server); a throw sets exit code 1. */
export function runLogBench(main: () => Promise<void>): void {
  withDatabase(main)
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    })
    .finally(async () => {
      await closeChunkPool();
      await db.$disconnect();
    });
}
