// CPU cost of the attachment analysis at ingest, per byte, against the build
// log's: what file-intake.ts runs on a config.log & co. (LineSplitter into the
// role's reader, and the role's DiagnosticStream), on the corpus' real and
// generated attachments, each file analysed as an attachment of its own and
// repeated to `mib` MiB. The build log's BuildLogPass over bench:ingest's 1 MiB
// logs is the reference row.
//
//   npx tsx scripts/bench/attachments.ts <tree> [<tree>...] [--pairs 3] [--rounds 3] [--mib 8]
//
// A tree is a checkout (e.g. the commit before a change, unpacked with
// `git archive` and node_modules symlinked). Each tree runs in a process of its
// own, the trees alternated `pairs` times (two trees in one process are not
// comparable: analysis-ab.ts). A process reports per row its median ms per MiB
// of CPU over `rounds` and a hash of the results; the table shows the medians
// over the processes and flags a row whose results differ between the trees.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadNow, median, runAlternated } from "./alternate-trees";

const CHUNK = 64 * 1024;
const PARTS = ["reader", "diagnostics"] as const;

interface Row {
  name: string;
  msPerMiB: number;
  hash: string;
}

interface Sample {
  role: string;
  file: string;
  bytes: Buffer;
}

/** The corpus' attachments (one role per file, from its name), as the golden tests find them. */
async function attachmentSamples(tree: string): Promise<Sample[]> {
  const { attachmentRoleFor } = await import(path.join(tree, "lib/analysis/portage-patterns.ts"));
  const samples: Sample[] = [];
  for (const set of ["real", "generated"]) {
    const root = path.join(tree, "fixtures/corpus", set);
    for (const dir of readdirSync(root)) {
      if (!statSync(path.join(root, dir)).isDirectory()) continue;
      for (const name of readdirSync(path.join(root, dir))) {
        const role = attachmentRoleFor(name);
        const file = path.join(root, dir, name);
        if (role === "other" || !statSync(file).isFile()) continue;
        samples.push({ role, file: `${set}/${dir}/${name}`, bytes: readFileSync(file) });
      }
    }
  }
  return samples;
}

type Run = (bytes: Buffer) => unknown;

async function runners(tree: string, role: string): Promise<Record<(typeof PARTS)[number], Run>> {
  const { LineSplitter } = await import(path.join(tree, "lib/analysis/lines.ts"));
  const { createAttachmentReader } = await import(path.join(tree, "lib/analysis/attachments.ts"));
  const { DiagnosticStream } = await import(path.join(tree, "lib/diagnostics/stream.ts"));
  return {
    // As file-intake.ts' StreamingAttachment: decoded lines into the reader, the verdict in a failed configure.
    reader(bytes) {
      const splitter = new LineSplitter();
      const reader = createAttachmentReader(role);
      for (let at = 0; at < bytes.length; at += CHUNK)
        for (const line of splitter.push(bytes.subarray(at, at + CHUNK))) reader.push(line);
      for (const line of splitter.end()) reader.push(line);
      return reader.finish({ mainLogConfigureFailed: true });
    },
    diagnostics(bytes) {
      const stream = new DiagnosticStream(role);
      for (let at = 0; at < bytes.length; at += CHUNK) stream.push(bytes.subarray(at, at + CHUNK));
      return stream.finish();
    },
  };
}

function measure(name: string, inputs: Buffer[], run: Run, mib: number, rounds: number): Row {
  const perPass = inputs.reduce((sum, input) => sum + input.length, 0);
  const passes = Math.max(1, Math.round((mib * 1024 * 1024) / perPass));
  const times: number[] = [];
  let hash = "";
  // Round 0 warms the JIT up and is not counted.
  for (let round = 0; round <= rounds; round++) {
    const results: unknown[] = [];
    const started = process.cpuUsage();
    for (let pass = 0; pass < passes; pass++)
      for (const input of inputs) {
        const result = run(input);
        if (pass === 0) results.push(result);
      }
    const cpu = process.cpuUsage(started);
    if (round > 0) times.push((cpu.user + cpu.system) / 1000 / ((passes * perPass) / (1024 * 1024)));
    hash = createHash("sha1").update(JSON.stringify(results)).digest("hex").slice(0, 12);
  }
  return { name, msPerMiB: median(times), hash };
}

async function child(tree: string, mib: number, rounds: number): Promise<void> {
  const rows: Row[] = [];
  const samples = await attachmentSamples(tree);
  for (const role of [...new Set(samples.map((sample) => sample.role))].sort()) {
    const inputs = samples.filter((sample) => sample.role === role).map((sample) => sample.bytes);
    const run = await runners(tree, role);
    const kb = Math.round(inputs.reduce((sum, input) => sum + input.length, 0) / 1024);
    for (const part of PARTS)
      rows.push(
        measure(`${role} (${inputs.length} files, ${kb} KB) ${part}`, inputs, run[part], mib, rounds),
      );
  }
  const { PayloadFactory } = await import(path.join(tree, "scripts/bench/payloads.ts"));
  const { BuildLogPass } = await import(path.join(tree, "lib/ingest/build-log-pass.ts"));
  const factory = new PayloadFactory("attachments", 1024 * 1024);
  const logs = Array.from({ length: 4 }, (_, i) => Buffer.concat([...factory.result(i).files[0].chunks()]));
  const buildLog: Run = (bytes) => {
    const pass = new BuildLogPass();
    for (let at = 0; at < bytes.length; at += CHUNK) pass.push(bytes.subarray(at, at + CHUNK));
    return pass.finish();
  };
  rows.push(measure("build log (bench:ingest's 1 MiB) BuildLogPass", logs, buildLog, mib, rounds));
  process.stdout.write(JSON.stringify(rows));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      child: { type: "boolean", default: false },
      pairs: { type: "string", default: "3" },
      rounds: { type: "string", default: "3" },
      mib: { type: "string", default: "8" },
    },
  });
  const mib = Number(values.mib);
  const rounds = Number(values.rounds);
  if (values.child) return child(path.resolve(positionals[0]), mib, rounds);
  if (positionals.length === 0) throw new Error("usage: attachments.ts <tree> [<tree>...] [options]");
  const trees = positionals.map((tree) => path.resolve(tree));
  const flags = ["--mib", String(mib), "--rounds", String(rounds)];
  const runs = runAlternated<Row[]>(__filename, trees, Number(values.pairs), flags);
  console.log(`CPU ms per MiB, medians of ${values.pairs} processes per tree (load now ${loadNow()})`);
  console.log(`trees: ${trees.join(" | ")}`);
  for (const { name } of runs[0][0]) {
    const of = (index: number) => runs[index].map((run) => run.find((row) => row.name === name) as Row);
    const cells = trees.map((_, index) => median(of(index).map((row) => row.msPerMiB)).toFixed(2));
    const same = new Set(trees.flatMap((_, index) => of(index).map((row) => row.hash))).size === 1;
    console.log(`${name}: ${cells.join(" -> ")}${same ? "" : "  RESULTS DIFFER"}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
