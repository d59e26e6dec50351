// tsx scripts/bench/upload-load.ts [--rate 20] [--seconds 600]
// Background uploads for `bench:queries -- --load`: corpus build logs through the
// real ingest pipeline (lib/ingest/ingest-upload.ts: analysis, findings, signatures,
// blob chunks) at a steady rate, in a process of its own so the readers' event loop
// is not the uploads'. Prints the achieved rate when it gets SIGTERM or its time is up.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";
import { loadCorpusCases } from "@/lib/synthetic/corpus";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

async function main(): Promise<void> {
  const rate = option("--rate", 20);
  const seconds = option("--seconds", 600);
  const cases = loadCorpusCases();
  if (cases.length === 0) throw new Error("no corpus cases in fixtures/corpus/generated");
  const tinderbox = await ensureTinderbox("bench-queries-load");
  let started = 0;
  let done = 0;
  let failed = 0;
  let inFlight = 0;
  const begin = Date.now();
  const upload = async (index: number) => {
    const entry = cases[index % cases.length];
    async function* parts(): AsyncGenerator<UploadPart> {
      yield {
        type: "meta",
        text: JSON.stringify({ idempotencyKey: randomUUID(), atom: entry.expected.atom }),
      };
      yield { type: "file", name: "build.log", stream: Readable.from([Buffer.from(entry.buildLog)]) };
    }
    inFlight++;
    try {
      const outcome = await ingestUpload(parts(), { tinderboxId: tinderbox.id, tokenId: null });
      if (outcome.ok) done++;
      else failed++;
    } catch {
      failed++;
    } finally {
      inFlight--;
    }
  };
  const report = () => {
    const elapsed = (Date.now() - begin) / 1000;
    console.log(
      `[upload-load] ${done} stored, ${failed} failed in ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(1)} results/s (target ${rate}/s)`,
    );
  };
  let stop = false;
  process.on("SIGTERM", () => {
    stop = true;
  });
  // A fixed schedule: upload k starts at k / rate seconds (a slow one does not delay the next),
  // with at most 4 x rate in flight so an overloaded database cannot pile up without bound.
  while (!stop && Date.now() - begin < seconds * 1000) {
    const due = begin + (started * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight < 4 * rate) void upload(started);
    started++;
  }
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  report();
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error("[upload-load] failed:", error);
  process.exit(1);
});
