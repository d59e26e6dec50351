// What the diagnostics extractor (extract.ts) gives for one file: every
// compiler/linker warning and error, QA notice, sandbox and collision message,
// failed and skipped test it recognised, de-duplicated within the file by
// normalised text, with every occurrence's line.

/** The DiagnosticKind enum of prisma/schema.prisma. */
export type DiagnosticKind = "warning" | "error" | "qa" | "test";

export const DIAGNOSTIC_KINDS: readonly DiagnosticKind[] = ["warning", "error", "qa", "test"];

/** One distinct diagnostic of a file. */
export interface ExtractedDiagnostic {
  kind: DiagnosticKind;
  /** "-Wfoo" for a compiler flag, "E0425" for rustc, the QA check id, "failed"/"skipped" for tests; "" when none. */
  flag: string;
  /** Normalised text (paths, numbers, temporary names out): the de-duplication key with kind and flag. */
  text: string;
  /** The first raw line it was read from (cleaned of terminal escapes), for display. */
  example: string;
  /** The recogniser that caught it (rules.ts), for goldens and debugging. */
  ruleId: string;
}

export interface DiagnosticOccurrenceLine {
  /** Index into DiagnosticExtract.diagnostics. */
  diagnostic: number;
  /** 1-based line number (lib/analysis/lines.ts numbering). */
  line: number;
  /** The Portage phase section (or the attachment's phase) it was printed in, when known. */
  phase: string | null;
}

export interface DiagnosticExtract {
  diagnostics: ExtractedDiagnostic[];
  occurrences: DiagnosticOccurrenceLine[];
  /** Occurrences recognised, kept or not. */
  found: number;
  /** The per-file cap; `found > cap` means occurrences past it were not kept. */
  cap: number;
  capped: boolean;
}

/** What Build.analysis.diagnostics records, so a capped file is never silently short. */
export interface DiagnosticsSummary {
  version: string;
  occurrences: number;
  /** Files whose occurrences hit the cap: name (null = build log), found and kept. */
  capped: { file: string | null; found: number; kept: number }[];
}
