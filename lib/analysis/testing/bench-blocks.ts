// The lines bench:analysis repeats into its two ~1 MiB blocks (scripts/bench-analysis.ts), in one home so the bench
// and the line-gate budget test (gate-budget.test.ts) read the same lines. Both are real build output from the
// generated corpus, without banners so the analyzer scans the whole log: "mixed" is every corpus line (error-dense:
// pytest failures, sandbox records, resolver output), "compile" only the lines of compile sections, which is what
// dominates a 200 MB log (llvm, chromium, gcc).
import { type GeneratedCase, generatedCases } from "./corpus";

/** Every generated corpus line but banners and die lines. */
export function mixedBlockLines(): string[] {
  return generatedCases()
    .flatMap((c) => c.logText.split("\n"))
    .filter((line) => !line.includes("ERROR:") && !line.startsWith(">>>"));
}

/**
 * The lines between `>>> Compiling source` and the next banner or die line, case by case (of `cases`: the held-out
 * wrapper, heldout-wrap.ts, takes only the builds whose compile phase ended well).
 */
export function compileBlockLines(cases: readonly GeneratedCase[] = generatedCases()): string[] {
  return cases.flatMap((c) => {
    const lines = c.logText.split("\n");
    const start = lines.findIndex((line) => line.startsWith(">>> Compiling source"));
    const end = lines.findIndex(
      (line, i) => i > start && (line.startsWith(">>>") || line.includes("ERROR:")),
    );
    return start === -1 ? [] : lines.slice(start + 1, end === -1 ? undefined : end);
  });
}

/** `lines` repeated (cut at a line's end) to ~1 MiB with a final newline: one block as bench:analysis feeds it. */
export function benchBlock(lines: readonly string[]): Buffer {
  const text: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i = (i + 1) % lines.length) {
    text.push(lines[i]);
    size += lines[i].length + 1;
  }
  return Buffer.from(`${text.join("\n")}\n`);
}
