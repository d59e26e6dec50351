// `npm run bench:redos`: worst-case times of the analyzer's line regexes on
// adversarial lines (units the patterns care about, repeated to REDOS_KB, default
// 1024 KiB). The unit test (lib/analysis/redos.test.ts) proves the patterns linear
// with recheck; this prints the numbers, including the patterns recheck leaves
// undecided, and the composite scans (gate, matcher, cleanLine, normaliser).
import { cleanLine } from "@/lib/analysis/lines";
import { maskMessage, titleMessage } from "@/lib/analysis/normalize";
import { matchLineRule, mayMatchSomeRule } from "@/lib/analysis/rules";
import { ADVERSARIAL_UNITS, UNTRUSTED_LINE_REGEXES } from "@/lib/analysis/testing/untrusted-regexes";

const LINE_CHARS = Number(process.env.REDOS_KB ?? 1024) * 1024;

/** Best of three: a GC pause or a busy neighbour is not the pattern's cost. */
function fastestMs(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const scans: [string, (line: string) => unknown][] = [
  ...UNTRUSTED_LINE_REGEXES.map(([name, pattern]): [string, (line: string) => unknown] => [
    name,
    (line) => pattern.test(line),
  ]),
  // The analyzer runs the fused gate and the matcher on the line after cleanLine (capped at 64 KiB).
  ["rule gate on the capped line", (line) => mayMatchSomeRule(cleanLine(line))],
  ["whole matcher on the capped line", (line) => matchLineRule(cleanLine(line))],
  ["cleanLine", (line) => cleanLine(line)],
  ["normaliser", (line) => maskMessage(titleMessage(line))],
];

console.log(`adversarial lines of ${LINE_CHARS} chars, ${scans.length} scans, best of 3`);
console.log("unit                 variant  slowest scan                                  ms");
let worst = { ms: 0, what: "" };
for (const unit of ADVERSARIAL_UNITS) {
  const base = unit.repeat(Math.ceil(LINE_CHARS / unit.length)).slice(0, LINE_CHARS);
  // Flattened up front (Buffer round-trip) so the timing measures the scan, not string flattening.
  const variants: [string, string][] = [
    ["plain", base],
    ["x+", `x${base}`],
    ["+!", `${base}!`],
  ].map(([name, line]) => [name, Buffer.from(line).toString()]);
  for (const [variant, line] of variants) {
    let slowest = { ms: 0, name: "" };
    for (const [name, scan] of scans) {
      const ms = fastestMs(() => scan(line));
      if (ms > slowest.ms) slowest = { ms, name };
    }
    console.log(
      `${JSON.stringify(unit).padEnd(20)} ${variant.padEnd(8)} ${slowest.name.padEnd(45)} ${slowest.ms.toFixed(2)}`,
    );
    if (slowest.ms > worst.ms)
      worst = { ms: slowest.ms, what: `${slowest.name} on ${JSON.stringify(unit)} ${variant}` };
  }
}
console.log(`worst: ${worst.ms.toFixed(2)} ms (${worst.what})`);
