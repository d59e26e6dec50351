import { StreamingLog } from "@/lib/analysis/streaming-log";
import { mixedBlockLines } from "@/lib/analysis/testing/bench-blocks";
function main() {
  const lines = mixedBlockLines();
  const text: string[] = []; let size = 0;
  for (let i = 0; size < 1024 * 1024; i = (i + 1) % lines.length) { text.push(lines[i]); size += lines[i].length + 1; }
  const block = new TextEncoder().encode(`${text.join("\n")}\n`);
  const mb = Number(process.env.MB ?? 60);
  const s = new StreamingLog();
  const t0 = process.cpuUsage();
  for (let i = 0; i < mb; i++) for (let o = 0; o < block.length; o += 65536) s.push(block.subarray(o, Math.min(o + 65536, block.length)));
  s.finish();
  const u = process.cpuUsage(t0);
  console.log(`${mb} MiB: ${((u.user + u.system) / 1000 / mb).toFixed(2)} ms CPU per MiB, ${(mb * 1.048576 / ((u.user + u.system) / 1e6)).toFixed(1)} MB/s`);
}
main();
