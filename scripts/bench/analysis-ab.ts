// A/B of the streaming analysis between two trees (e.g. a `git worktree` of the
// commit before a change, with node_modules symlinked, and this checkout):
//
//   npx tsx scripts/bench/analysis-ab.ts /tmp/before . [--pairs 5] [--rounds 3] [--mib 20] [--with-diagnostics]
//     [--blocks mixed,compile,ingest]
//
// Each tree runs in a process of its own, the two alternated `pairs` times: two
// trees in one process are not comparable (the tree loaded first ran 8-17 %
// faster in every round, whichever it was). A process feeds each block `rounds`
// times, `mib` MiB each, and reports its median MB per CPU-second and a hash of
// the results; the table shows the medians over the processes, and any block
// whose results differ between the trees. Blocks: bench:analysis' two (mixed,
// compile) and bench:ingest's 1 MiB logs, each analysed as a log of its own.
// --with-diagnostics also runs the diagnostics extractor (BuildLogPass where the
// tree has it, else StreamingLog and DiagnosticStream side by side).
import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadNow, median, runAlternated } from "./alternate-trees";

interface Feed {
  push(piece: Uint8Array): void;
  finish(): unknown;
}
type FeedMaker = () => Feed;
interface ChildReport {
  block: string;
  mbPerCpuSecond: number;
  hash: string;
}

const BLOCKS = ["mixed", "compile", "ingest"] as const;
const CHUNK = 64 * 1024;

async function feedMaker(tree: string, withDiagnostics: boolean): Promise<FeedMaker> {
  const { StreamingLog } = await import(path.join(tree, "lib/analysis/streaming-log.ts"));
  if (!withDiagnostics) return () => new StreamingLog();
  try {
    const { BuildLogPass } = await import(path.join(tree, "lib/ingest/build-log-pass.ts"));
    return () => new BuildLogPass();
  } catch {
    const { DiagnosticStream } = await import(path.join(tree, "lib/diagnostics/stream.ts"));
    return () => {
      const log = new StreamingLog();
      const stream = new DiagnosticStream("build-log");
      return {
        push(piece) {
          log.push(piece);
          stream.push(piece);
        },
        finish: () => ({ analysis: log.finish(), diagnostics: stream.finish() }),
      };
    };
  }
}

/** The logs of a block: the 1 MiB bench block fed `mib` times as one log, or `mib` bench:ingest logs. */
async function blockLogs(
  tree: string,
  block: string,
  mib: number,
): Promise<{ log: Buffer; times: number }[]> {
  if (block === "ingest") {
    const { PayloadFactory } = await import(path.join(tree, "scripts/bench/payloads.ts"));
    const factory = new PayloadFactory("ab", 1024 * 1024);
    return Array.from({ length: mib }, (_, i) => ({
      log: Buffer.concat([...factory.result(i).files[0].chunks()]),
      times: 1,
    }));
  }
  const { generatedCases } = await import(path.join(tree, "lib/analysis/testing/corpus.ts"));
  const texts: string[] = generatedCases().map((c: { logText: string }) => c.logText);
  const lines =
    block === "mixed"
      ? texts.flatMap((t) => t.split("\n")).filter((l) => !l.includes("ERROR:") && !l.startsWith(">>>"))
      : texts.flatMap((t) => {
          const all = t.split("\n");
          const start = all.findIndex((l) => l.startsWith(">>> Compiling source"));
          const end = all.findIndex((l, i) => i > start && (l.startsWith(">>>") || l.includes("ERROR:")));
          return start === -1 ? [] : all.slice(start + 1, end === -1 ? undefined : end);
        });
  const kept: string[] = [];
  for (let i = 0, size = 0; size < 1024 * 1024; i = (i + 1) % lines.length) {
    kept.push(lines[i]);
    size += lines[i].length + 1;
  }
  return [{ log: Buffer.from(`${kept.join("\n")}\n`), times: mib }];
}

async function child(
  tree: string,
  rounds: number,
  mib: number,
  withDiagnostics: boolean,
  blocks: readonly string[],
): Promise<void> {
  const make = await feedMaker(tree, withDiagnostics);
  const reports: ChildReport[] = [];
  for (const block of blocks) {
    const logs = await blockLogs(tree, block, mib);
    const speeds: number[] = [];
    let hash = "";
    for (let round = 0; round < rounds; round++) {
      const results: unknown[] = [];
      let bytes = 0;
      const started = process.cpuUsage();
      for (const { log, times } of logs) {
        const feed = make();
        for (let t = 0; t < times; t++)
          for (let at = 0; at < log.length; at += CHUNK) feed.push(log.subarray(at, at + CHUNK));
        results.push(feed.finish());
        bytes += times * log.length;
      }
      const cpu = process.cpuUsage(started);
      speeds.push(bytes / (1024 * 1024) / ((cpu.user + cpu.system) / 1e6));
      hash = createHash("sha1").update(JSON.stringify(results)).digest("hex").slice(0, 12);
    }
    reports.push({ block, mbPerCpuSecond: median(speeds), hash });
  }
  process.stdout.write(JSON.stringify(reports));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      child: { type: "boolean", default: false },
      pairs: { type: "string", default: "5" },
      rounds: { type: "string", default: "3" },
      mib: { type: "string", default: "20" },
      "with-diagnostics": { type: "boolean", default: false },
      // A subset of the blocks (comma-separated), e.g. more processes for the one a change is about.
      blocks: { type: "string", default: BLOCKS.join(",") },
    },
  });
  const rounds = Number(values.rounds);
  const mib = Number(values.mib);
  const withDiagnostics = values["with-diagnostics"] ?? false;
  const blocks = values.blocks.split(",").filter((block) => block !== "");
  const unknown = blocks.filter((block) => !(BLOCKS as readonly string[]).includes(block));
  if (unknown.length > 0) throw new Error(`unknown blocks: ${unknown.join(", ")}`);
  if (values.child) return child(path.resolve(positionals[0]), rounds, mib, withDiagnostics, blocks);
  if (positionals.length !== 2) throw new Error("usage: analysis-ab.ts <tree before> <tree after> [options]");
  const trees = positionals.map((tree) => path.resolve(tree));
  const flags = ["--rounds", String(rounds), "--mib", String(mib), "--blocks", blocks.join(",")];
  if (withDiagnostics) flags.push("--with-diagnostics");
  const runs = runAlternated<ChildReport[]>(__filename, trees, Number(values.pairs), flags);
  console.log(`MB per CPU-second, medians of ${values.pairs} processes per tree (load now ${loadNow()})`);
  for (const block of blocks) {
    const of = (index: number) => runs[index].map((run) => run.find((r) => r.block === block) as ChildReport);
    const [before, after] = [of(0), of(1)];
    const same = new Set([...before, ...after].map((r) => r.hash)).size === 1;
    const speeds = (reports: ChildReport[]) => reports.map((r) => r.mbPerCpuSecond);
    console.log(
      `${block}: ${median(speeds(before)).toFixed(1)} -> ${median(speeds(after)).toFixed(1)}` +
        `  (before ${speeds(before)
          .map((s) => s.toFixed(0))
          .join("/")}, after ${speeds(after)
          .map((s) => s.toFixed(0))
          .join("/")})` +
        (same ? "" : "  RESULTS DIFFER"),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
