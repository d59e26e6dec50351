// What a long log leaves in memory while it streams through the analysis: only
// the lines it keeps, never the decoded text around them.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { StreamingLog } from "./streaming-log";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test("kept error lines do not pin the 32 KiB pieces they were decoded from", () => {
  // 1100 segments, each with one error line (a kept candidate) and ~40 KB of build
  // noise, so every candidate sits in a different decoded piece. Before lines were
  // detached this kept ~1024 x 32 KiB = 32 MiB alive until the log ended.
  const noise = Buffer.from("libtool: compile:  x86_64-pc-linux-gnu-gcc -O2 -c foo.c -o foo.o\n".repeat(600));
  const phases = [">>> Configuring source in /var/tmp/x\n", ">>> Compiling source in /var/tmp/x\n"];
  const log = new StreamingLog();
  const before = heapAfterGc();
  for (let segment = 0; segment < 1100; segment++) {
    const error = `${phases[segment % 2]}foo${segment}.c:1:2: error: unknown type name 'bar${segment}'\n`;
    log.push(Buffer.concat([Buffer.from(error), noise]));
  }
  const retained = heapAfterGc() - before;
  expect(retained).toBeLessThan(8 * 1024 * 1024);
  const analysis = log.finish();
  expect(analysis.errorLines.length).toBeGreaterThan(0);
});
