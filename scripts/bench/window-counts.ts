// Writes lib/analysis/common-windows.ts: the 4-byte runs most frequent in build output and how often each occurs,
// over every .log/.txt of fixtures/corpus but the held-out sets (real snippets, generated logs). Not the bench
// blocks on top (they repeat the generated logs' lines): the bench measures a choice it did not weigh (session 20:
// with them, 8,078 and 3,804 stops per MiB of the mixed and compile blocks; without, 8,863 and 4,799). The window
// search (needle-scan.ts) chooses each needle's window by them. Only speed depends on the list. `npx tsx scripts/bench/window-counts.ts`
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const KEEP = 5000;
const files = execFileSync(
  "find",
  [
    "fixtures/corpus",
    "-name",
    "heldout*",
    "-prune",
    "-o",
    "-type",
    "f",
    "(",
    "-name",
    "*.log",
    "-o",
    "-name",
    "*.txt",
    ")",
    "-print",
  ],
  { encoding: "utf8" },
)
  .trim()
  .split("\n")
  .sort();
const counts = new Map<string, number>();
let bytes = 0;
function add(text: string): void {
  for (const line of text.split("\n")) {
    // The bytes the skip reads, one char per byte.
    const units = Buffer.from(line, "utf8").toString("latin1");
    bytes += units.length + 1;
    for (let at = 0; at + 4 <= units.length; at++) {
      const window = units.slice(at, at + 4);
      if (/^[\x20-\x7e]{4}$/.test(window)) counts.set(window, (counts.get(window) ?? 0) + 1);
    }
  }
}
for (const file of files) add(readFileSync(file, "utf8"));
const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
// One line per count: "count:" and its windows, 4 characters each.
const groups: string[] = [];
for (const [window, count] of kept) {
  const last = groups.length - 1;
  if (last >= 0 && groups[last].startsWith(`${count}:`)) groups[last] += window;
  else groups.push(`${count}:${window}`);
}
const text = groups.join("\n");
const pieces: string[] = [];
for (let at = 0; at < text.length; at += 96) pieces.push(JSON.stringify(text.slice(at, at + 96)));
const megabytes = (bytes / 1e6).toFixed(1);
writeFileSync(
  "lib/analysis/common-windows.ts",
  `// The ${KEEP.toLocaleString("en")} 4-byte runs of printable ASCII most frequent within lines of build output, and how often each
// occurs: over every .log/.txt of fixtures/corpus but the held-out sets (${files.length} files: real snippets and
// generated logs, ${megabytes} MB). The window search (needle-scan.ts) looks
// for a needle by one 4-byte window, and a window whose runs of 3 occur often (" pack" of "package", "with",
// "work/") stops the search on many lines that hold none of its needles: each stop costs ~40-60 ns. Only speed
// depends on this list: any window of a needle finds it. Written by scripts/bench/window-counts.ts.
//
// One line per count, most frequent first: the count, ":", then its windows, 4 characters each.
export const COMMON_WINDOW_COUNTS: string =\n  ${pieces.join(" +\n  ")};\n`,
);
// Biome's quotes, so that the file regenerates as committed.
execFileSync("npx", ["biome", "check", "--write", "lib/analysis/common-windows.ts"], { stdio: "ignore" });
console.log(
  `${files.length} files, ${megabytes} MB, ${counts.size} distinct windows, ${kept.length} kept, last count ${kept[kept.length - 1][1]}`,
);
