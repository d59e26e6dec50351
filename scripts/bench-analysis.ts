// `npm run bench:analysis`: accuracy of the analyzer over the corpus, then
// throughput and peak RSS on a large log generated on the fly from corpus lines
// (nothing is written to disk). Sizes: BENCH_MB (default 200).
import { analyzeLogText, createLogAnalyzer, LineSplitter, type LogAnalysis } from "@/lib/analysis";
import { StreamingLog } from "@/lib/analysis/streaming-log";
import { benchBlock, compileBlockLines, mixedBlockLines } from "@/lib/analysis/testing/bench-blocks";
import { corpusText, generatedCases, REAL_CASES } from "@/lib/analysis/testing/corpus";
import { printGroupingReport } from "@/lib/analysis/testing/grouping";
import { printHeldoutReport } from "@/lib/analysis/testing/heldout";
import { BuildLogPass } from "@/lib/ingest/build-log-pass";

interface Score {
  hits: number;
  total: number;
}

const percent = (score: Score) =>
  `${((100 * score.hits) / Math.max(score.total, 1)).toFixed(1)} % (${score.hits}/${score.total})`;

function measureAccuracy(): void {
  const primary: Score = { hits: 0, total: 0 };
  const kind: Score = { hits: 0, total: 0 };
  const phase: Score = { hits: 0, total: 0 };
  const misses: string[] = [];
  for (const testCase of generatedCases()) {
    const result = analyzeLogText(testCase.logText);
    const expected = testCase.expected;
    const primaryOk = (result.primary?.line ?? null) === (expected.primary?.line ?? null);
    primary.total++;
    kind.total++;
    phase.total++;
    if (primaryOk) primary.hits++;
    else misses.push(`${testCase.name}: primary ${result.primary?.line} != ${expected.primary?.line}`);
    if (result.kind === expected.kind) kind.hits++;
    if (result.phase === expected.phase) phase.hits++;
  }
  for (const realCase of REAL_CASES) {
    const result = analyzeLogText(corpusText(`real/${realCase.file}`));
    primary.total++;
    if (result.primary?.line === realCase.line) primary.hits++;
    else misses.push(`real row ${realCase.row}: primary ${result.primary?.line} != ${realCase.line}`);
  }
  console.log(`primary line accuracy: ${percent(primary)}  (generated + real MANIFEST cases)`);
  console.log(`kind accuracy:         ${percent(kind)}  (generated cases)`);
  console.log(`phase accuracy:        ${percent(phase)}  (generated cases)`);
  for (const miss of misses) console.log(`  miss: ${miss}`);
}

type Mode = "split only" | "every line" | "streaming" | "with diagnostics";

/**
 * What the analysis is fed through: nothing (split only), every decoded line,
 * StreamingLog's byte gate, or that with the diagnostics extractor following
 * (BuildLogPass: what the upload's analysis thread runs).
 */
function feeder(mode: Mode): { push(piece: Uint8Array): void; finish(): LogAnalysis } {
  if (mode === "streaming") return new StreamingLog();
  if (mode === "with diagnostics") {
    const pass = new BuildLogPass();
    return { push: (piece) => pass.push(piece), finish: () => pass.finish().analysis };
  }
  const analyzer = createLogAnalyzer();
  const onLine = mode === "every line" ? (line: string) => analyzer.pushLine(line) : () => {};
  const splitter = new LineSplitter();
  return {
    push(piece) {
      for (const line of splitter.push(piece)) onLine(line);
    },
    finish() {
      for (const line of splitter.end()) onLine(line);
      return analyzer.finish();
    },
  };
}

function measureThroughput(
  label: string,
  megabytes: number,
  block: Uint8Array,
  mode: Mode = "every line",
): void {
  const feed = feeder(mode);
  const chunkSize = 64 * 1024;
  const totalBytes = megabytes * 1024 * 1024;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let fed = 0; fed < totalBytes; fed += block.length) {
    for (let offset = 0; offset < block.length; offset += chunkSize) {
      feed.push(block.subarray(offset, offset + chunkSize));
    }
  }
  const result = feed.finish();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const fedMb = (Math.ceil(totalBytes / block.length) * block.length) / (1024 * 1024);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${label}: ${fedMb.toFixed(0)} MiB, ${result.lineCount} lines: ${(fedMb / seconds).toFixed(1)} MB/s wall, ` +
      `${(fedMb / cpuSeconds).toFixed(1)} MB/s per CPU-second, ` +
      `peak RSS ${peakRssMb.toFixed(0)} MiB, ${result.errorLines.length} error lines kept`,
  );
}

function main(): void {
  measureAccuracy();
  // Real logs no rule was written from (fixtures/corpus/heldout): the honest number.
  printHeldoutReport();
  printGroupingReport();
  // Two ~1 MiB blocks of real build output (lib/analysis/testing/bench-blocks.ts says which lines).
  const mixed = benchBlock(mixedBlockLines());
  const compile = benchBlock(compileBlockLines());
  const target = Number(process.env.BENCH_MB ?? 200);
  const quarter = Math.max(1, Math.round(target / 4));
  // The decode+split baseline says how fast this machine is right now (shared
  // runners vary several-fold); the analyzer's cost is the difference.
  measureThroughput("split only (baseline)", quarter, mixed, "split only");
  // Smaller runs first: peak RSS is monotonic, so equal numbers mean memory is flat in log size.
  measureThroughput("analyze, mixed corpus lines", quarter, mixed);
  measureThroughput("analyze, compile-section lines", quarter, compile);
  measureThroughput("analyze, mixed corpus lines", target, mixed);
  measureThroughput("analyze, compile-section lines", target, compile);
  // What uploads use: only lines that pass the byte gate are decoded (lib/analysis/streaming-log.ts).
  measureThroughput("streaming, mixed corpus lines", target, mixed, "streaming");
  measureThroughput("streaming, compile-section lines", target, compile, "streaming");
  // The upload's analysis thread: the same pass also extracts the diagnostics (lib/ingest/build-log-pass.ts).
  measureThroughput("streaming + diagnostics, mixed corpus lines", target, mixed, "with diagnostics");
  measureThroughput("streaming + diagnostics, compile-section lines", target, compile, "with diagnostics");
}

main();
