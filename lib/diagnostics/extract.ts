// Diagnostics of one file, line by line (pure, no I/O): every line the rule
// table (rules.ts) recognises, plus three blocks whose entries carry no marker
// of their own (collision paths, the legacy sandbox summary, the configure
// implicit-declaration list of Portage's QA check). Memory is bounded: at most
// `cap` occurrences are kept, and how many were found past it is counted.
import { detectingPrefix, type PrefixTarget } from "../analysis/line-prefix";
import { cleanLine } from "../analysis/lines";
import { SECTION_ENDS, SECTION_STARTS } from "../analysis/portage-patterns";
import type { AttachmentRole } from "../analysis/types";
import { mayMatterBytes } from "./gate";
import { diagnosticHash, messageText, pathMessageText } from "./normalize";
import { ruleMatcher } from "./rule-matcher";
import { type DiagnosticMatch, sandboxMatch } from "./rules";
import type { DiagnosticExtract, ExtractedDiagnostic } from "./types";

/** Occurrences kept per file; past it they are counted (DiagnosticExtract.found) and the cap is recorded. */
export const MAX_OCCURRENCES_PER_FILE = 20_000;

/** What the file is: a build log (phases from Portage's section lines) or an attachment. */
export type DiagnosticSource = "build-log" | AttachmentRole;

// Configure and CMake/meson probe logs are full of errors a probe expects (a
// missing header is how a check says "no"): only -W flagged diagnostics count
// there, and their byte gate looks for the flag (gate.ts, PROBE_NEEDLES).
const PROBE_LOGS: ReadonlySet<DiagnosticSource> = new Set([
  "config-log",
  "cmake-error-log",
  "cmake-output-log",
  "cmake-configure-log",
  "meson-log",
]);

const ATTACHMENT_PHASE: Partial<Record<DiagnosticSource, string>> = {
  "config-log": "configure",
  "cmake-error-log": "configure",
  "cmake-output-log": "configure",
  "cmake-configure-log": "configure",
  "meson-log": "configure",
  "test-suite-log": "test",
  "ctest-log": "test",
};

type Block = "collision" | "sandbox-summary" | "implicit-decl" | null;

const COLLISION_PATH = /^\s*\*\s+(\/\S.*)$/;
const BLANK_STAR = /^\s*\*?\s*$/;
// Sandbox 1.x: "access_wr: /etc/krb5.conf"; 2.x prints "F: open_wr" / "P: path" after ACCESS DENIED lines it repeats.
const LEGACY_SANDBOX_ENTRY = /^([a-z]\w+):\s+(\/\S*)$/;
const SUMMARY_END = /^\s*(?:\*\s*)?-{5}/;
// Portage's 90config-impl-decl: " *   /var/tmp/portage/.../config.log:1234 - strlcpy"
const IMPLICIT_DECL_ENTRY = /^\s*\*\s+\S+:\d+ - (\w+)$/;

/**
 * Lines in, numbered 1, 2, ... (skipLines counts lines the byte gate passed by),
 * behind the analysis' line-prefix stage (line-prefix.ts): a quoted, timestamped
 * or buildkit-prefixed log is read without its prefix, as the analysis reads it.
 */
export type DiagnosticExtractor = PrefixTarget<DiagnosticExtract>;

/** Whether `source` is a probe log: only flagged compiler diagnostics count, and its byte gate is gate.ts' probe one. */
export function isProbeLog(source: DiagnosticSource): boolean {
  return PROBE_LOGS.has(source);
}

export function createDiagnosticExtractor(
  source: DiagnosticSource,
  cap = MAX_OCCURRENCES_PER_FILE,
): DiagnosticExtractor {
  return detectingPrefix(extractorCore(source, cap));
}

function extractorCore(source: DiagnosticSource, cap: number): DiagnosticExtractor {
  const probeLog = isProbeLog(source);
  const rules = ruleMatcher(probeLog);
  const diagnostics: ExtractedDiagnostic[] = [];
  const byHash = new Map<string, number>();
  const occurrences: DiagnosticExtract["occurrences"] = [];
  let found = 0;
  let lineNumber = 0;
  let phase: string | null = ATTACHMENT_PHASE[source] ?? null;
  let block: Block = null;

  function record(match: DiagnosticMatch, ruleId: string, example: string, at: string | null): void {
    if (probeLog && match.flag === "") return;
    found++;
    if (occurrences.length >= cap) return;
    const hash = diagnosticHash(match.kind, match.flag, match.text);
    let index = byHash.get(hash);
    if (index === undefined) {
      index = diagnostics.length;
      byHash.set(hash, index);
      diagnostics.push({ ...match, example: example.slice(0, 1000), ruleId });
    }
    occurrences.push({ diagnostic: index, line: lineNumber, phase: at });
  }

  function trackPhase(text: string): void {
    if (source !== "build-log" || !(text.startsWith(">>> ") || text.startsWith(" * checking "))) return;
    for (const marker of SECTION_STARTS) if (text.startsWith(marker.prefix)) phase = marker.phase;
    for (const end of SECTION_ENDS) if (text.startsWith(end)) phase = null;
  }

  function inBlockLine(text: string): boolean {
    if (block === "collision") {
      const path = COLLISION_PATH.exec(text);
      if (path) {
        const match = { kind: "qa", flag: "collision", text: pathMessageText(`file collision: ${path[1]}`) };
        record(match as DiagnosticMatch, "collision-path", text, phase);
        return true;
      }
      if (BLANK_STAR.test(text)) return true;
    } else if (block === "sandbox-summary") {
      if (SUMMARY_END.test(text)) {
        block = null;
        return true;
      }
      const entry = LEGACY_SANDBOX_ENTRY.exec(text);
      if (entry) record(sandboxMatch(entry[1], entry[2]), "sandbox-summary-entry", text, phase);
      return true;
    } else if (block === "implicit-decl") {
      const entry = IMPLICIT_DECL_ENTRY.exec(text);
      if (entry) {
        const match: DiagnosticMatch = {
          kind: "warning",
          flag: "-Wimplicit-function-declaration",
          text: messageText(`implicit declaration of function '${entry[1]}'`),
        };
        record(match, "qa-configure-implicit-decl-entry", text, "configure");
        return true;
      }
    }
    block = null;
    return false;
  }

  function openBlock(text: string): void {
    if (text.includes("Detected file collision")) block = "collision";
    else if (text.includes("ACCESS VIOLATION SUMMARY")) block = "sandbox-summary";
    else if (text.includes("implicit function declarations in configure")) block = "implicit-decl";
  }

  return {
    pushLine(raw) {
      lineNumber++;
      const text = cleanLine(raw);
      if (block !== null && inBlockLine(text)) return;
      trackPhase(text);
      const rule = rules.first(text);
      if (rule) record(rule.match, rule.id, text, phase);
      if (!probeLog) openBlock(text);
    },
    skipLines(count) {
      lineNumber += count;
    },
    // Inside a block every line may matter: the byte gate must let them all through.
    wantsNextLine: () => block !== null,
    mayMatterBytes: (bytes, from, to) => block !== null || mayMatterBytes(bytes, from, to, probeLog),
    plainByteGate: () => block === null,
    setLinePrefix: () => {},
    finish: () => ({ diagnostics, occurrences, found, cap, capped: found > occurrences.length }),
  };
}

/** Convenience for text held in memory (tests, the CLI): every line through the extractor. */
export function extractDiagnostics(
  lines: Iterable<string>,
  source: DiagnosticSource,
  cap?: number,
): DiagnosticExtract {
  const extractor = createDiagnosticExtractor(source, cap);
  for (const line of lines) extractor.pushLine(line);
  return extractor.finish();
}
