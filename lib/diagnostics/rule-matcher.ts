// The first rule of the table that matches a line, found with one tagged
// needle-DFA pass (NeedleScanner.tagsIn) instead of each rule's needles in
// turn: only rules whose needle occurs run their pattern, in table order.
import { NeedleScanner } from "../analysis/needle-scan";
import { DIAGNOSTIC_RULES, type DiagnosticMatch, type DiagnosticRule } from "./rules";

export class RuleMatcher {
  private readonly scanner: NeedleScanner;
  private readonly tags: Uint32Array;

  constructor(private readonly rules: readonly DiagnosticRule[]) {
    this.scanner = new NeedleScanner(
      rules.flatMap((rule, tag) => rule.needles.map((text) => ({ text, tag }))),
    );
    this.tags = new Uint32Array(this.scanner.words);
  }

  first(text: string): { id: string; match: DiagnosticMatch } | null {
    const tags = this.tags;
    // A loop, not TypedArray#fill: a builtin call costs more than clearing a few words (rules/gate.ts lineTags).
    for (let word = 0; word < tags.length; word++) tags[word] = 0;
    if (!this.scanner.tagsIn(text, tags)) return null;
    for (let index = 0; index < this.rules.length; index++) {
      if ((tags[index >>> 5] & (1 << (index & 31))) === 0) continue;
      const match = this.rules[index].match(text);
      if (match) return { id: this.rules[index].id, match };
    }
    return null;
  }
}

let all: RuleMatcher | undefined;
let compilerOnly: RuleMatcher | undefined;

/** The whole table, or only its compiler rules (probe logs: config.log & co.). */
export function ruleMatcher(onlyCompiler: boolean): RuleMatcher {
  if (onlyCompiler) {
    compilerOnly ??= new RuleMatcher(DIAGNOSTIC_RULES.filter((rule) => rule.compiler));
    return compilerOnly;
  }
  all ??= new RuleMatcher(DIAGNOSTIC_RULES);
  return all;
}
