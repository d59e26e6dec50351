// Which needles of the line gate let lines of bench:analysis' "mixed" block
// through that then match no rule: the lines past the gate (GATE_FULL) whose
// every gate needle is a rule needle (no structure, infra, QA or control
// needle) and whose cleaned text matches no non-noise rule. Such a line
// changes nothing but the line count; tightening the needles that let it
// through is rule work (docs/benchmarks.md, "Analysis throughput").
//
//   npx tsx scripts/bench/gate-needles.ts [tree] [--top 20] [--lines]
//
// Per needle: the wasted lines holding it, those holding no other gate needle
// (tightening it alone would keep them out), and the rules whose needle it is.
import path from "node:path";
import { parseArgs } from "node:util";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "20" }, lines: { type: "boolean", default: false } },
  });
  const tree = path.resolve(positionals[0] ?? ".");
  const load = (file: string) => import(path.join(tree, file));
  const { GATE_FULL, GATE_SKIP, gateOfBytes } = await load("lib/analysis/analyzer.ts");
  const { cleanLine, MAX_LINE_CHARS } = await load("lib/analysis/lines.ts");
  const { LINE_RULES } = await load("lib/analysis/rules/table.ts");
  const { NON_NOISE_NEEDLES, firstMatchingRule } = await load("lib/analysis/rules/gate.ts");
  const { generatedCases } = await load("lib/analysis/testing/corpus.ts");
  const { holdsNeedle } = await load("lib/analysis/needle-scan.ts");

  // The mixed block as bench:analysis (and analysis-ab.ts) builds it: every corpus line but banners, to 1 MiB.
  const texts: string[] = generatedCases().map((c: { logText: string }) => c.logText);
  const lines = texts
    .flatMap((t) => t.split("\n"))
    .filter((l) => !l.includes("ERROR:") && !l.startsWith(">>>"));
  const block: string[] = [];
  for (let i = 0, size = 0; size < 1024 * 1024; i = (i + 1) % lines.length) {
    block.push(lines[i]);
    size += lines[i].length + 1;
  }

  const ruleNeedles = new Set<string>(NON_NOISE_NEEDLES);
  const owners = new Map<string, string[]>();
  for (const rule of LINE_RULES)
    if (rule.role !== "noise")
      for (const needle of rule.needles) owners.set(needle, [...(owners.get(needle) ?? []), rule.id]);

  let passed = 0;
  let full = 0;
  let wasted = 0;
  const holding = new Map<string, number>();
  const alone = new Map<string, number>();
  const wastedLines = new Map<string, number>();
  for (const raw of block) {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const bytes = Buffer.from(text.slice(0, MAX_LINE_CHARS));
    const gate = gateOfBytes(bytes, 0, bytes.length);
    if (gate === GATE_SKIP) continue;
    passed++;
    if (gate !== GATE_FULL) continue;
    full++;
    // Only rule needles: the gate without them would have skipped the line.
    // The line with every rule needle blanked out: still GATE_FULL, another needle lets it through.
    let masked = text;
    for (const needle of ruleNeedles)
      masked = needle.startsWith("\n")
        ? masked.startsWith(needle.slice(1))
          ? " ".repeat(needle.length - 1) + masked.slice(needle.length - 1)
          : masked
        : masked.split(needle).join(" ".repeat(needle.length));
    const rest = Buffer.from(masked.slice(0, MAX_LINE_CHARS));
    if (gateOfBytes(rest, 0, rest.length) === GATE_FULL) continue;
    const rule = firstMatchingRule(cleanLine(text));
    if (rule && rule.role !== "noise") continue;
    wasted++;
    wastedLines.set(text, (wastedLines.get(text) ?? 0) + 1);
    const found = [...ruleNeedles].filter((needle) => holdsNeedle(text, needle));
    for (const needle of found) {
      holding.set(needle, (holding.get(needle) ?? 0) + 1);
      if (found.length === 1) alone.set(needle, (alone.get(needle) ?? 0) + 1);
    }
  }
  console.log(
    `mixed block: ${block.length} lines, ${passed} past the byte gate, ${full} as GATE_FULL, ` +
      `${wasted} of those with only rule needles and no rule matching`,
  );
  if (values.lines)
    for (const [text, count] of [...wastedLines].sort((a, b) => b[1] - a[1]))
      console.log(count, JSON.stringify(text));
  console.log("| needle | wasted lines holding it | holding no other | rules |");
  console.log("| --- | --- | --- | --- |");
  for (const [needle, count] of [...holding].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(
      `| \`${JSON.stringify(needle).slice(1, -1)}\` | ${count} | ${alone.get(needle) ?? 0} | ${(owners.get(needle) ?? []).join(", ")} |`,
    );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
