// What the analyzer reads of a rule on every hit, in one hidden class. The rules are object literals
// whose optional fields differ in set and order (56 key orders over the table), so a site that reads
// `rule.tier` of any rule sees more shapes than V8 keeps inline and goes through its megamorphic load
// stub: ~7 % of the streaming bench's mixed block (docs/benchmarks.md, "Analysis throughput, session
// 16"). The rule object stays what a candidate holds and what the analyzer compares with `===`; its
// facts are a copy of its fields, made once per rule (rules are constants, never changed).
import type { FailureKind, Severity } from "../types";
import type { LineRule, RuleRole } from "./rule";

export class RuleFacts {
  readonly id: string;
  readonly pattern: RegExp;
  readonly role: RuleRole;
  readonly tier: number;
  readonly kind: FailureKind | null;
  /** Round 51c: the kind without a phase (rule.kindWithoutPhase), null when the rule has none. */
  readonly kindWithoutPhase: FailureKind | null;
  readonly severity: Severity;
  readonly testName: ((text: string) => string) | null;
  readonly nextLine: LineRule | null;
  readonly survivable: boolean;
  readonly conclusive: boolean;
  readonly afterBanner: boolean;

  constructor(readonly rule: LineRule) {
    this.id = rule.id;
    this.pattern = rule.pattern;
    this.role = rule.role;
    this.tier = rule.tier;
    this.kind = rule.kind;
    this.kindWithoutPhase = rule.kindWithoutPhase ?? null;
    this.severity = rule.severity;
    this.testName = rule.testName ?? null;
    this.nextLine = rule.nextLine ?? null;
    this.survivable = rule.survivable === true;
    this.conclusive = rule.conclusive === true;
    this.afterBanner = rule.afterBanner === true;
  }
}

/** Every rule's facts, made on first use: the rules are module constants, so this stays as small as the table. */
const known = new Map<LineRule, RuleFacts>();

export function factsOf(rule: LineRule): RuleFacts {
  let facts = known.get(rule);
  if (facts === undefined) {
    facts = new RuleFacts(rule);
    known.set(rule, facts);
  }
  return facts;
}
