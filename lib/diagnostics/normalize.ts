// A diagnostic's normalised text: the signatures' normaliser (lib/analysis
// normalize.ts + coarse.ts: paths, line:col, numbers, versions and temporary
// names out, gcc/clang spellings merged), then the parts stored apart from the
// text: the severity (DiagnosticKind) and the -W flag (Diagnostic.flag).
import { createHash } from "node:crypto";
import { coarseMessage } from "../analysis/coarse";
import { maskMessage, titleMessage } from "../analysis/normalize";
import type { DiagnosticKind } from "./types";

/**
 * Version of extraction and normalisation, part of the text hash: a change of
 * either makes new Diagnostic rows (the old ones lose their occurrences at
 * reanalysis) instead of silently regrouping history.
 */
export const DIAGNOSTICS_VERSION = "diag-v1";

const SEVERITY = /^(?:fatal |schwerwiegender )?(?:warning|error|Warnung|Fehler): /;
// A location the coarse message keeps because masking made it dot-less ("conftest.c" -> "conftest").
const LEFT_LOCATION = /^[^\s:]+:\s+(?=(?:fatal |schwerwiegender )?(?:warning|error|Warnung|Fehler): )/;
const TRAILING_FLAG = /\s*\[(?:-W[^\]\s]*|-fpermissive)\]$/;
// gcc 14+ hyperlinks the flag: [-Wfoo[https://gcc.gnu.org/...]]; [-Werror=foo] is -Wfoo made fatal.
const FLAG = /\[(-W[\w#+=.-]+|-fpermissive)(?:\[https?:[^\]\s]*\])?\]/g;

/** The -W flag a compiler line names (the last one), "-Werror=foo" read as "-Wfoo"; "" when none. */
export function compilerFlag(line: string): string {
  let flag = "";
  for (const match of line.matchAll(FLAG)) flag = match[1];
  return flag.startsWith("-Werror=") ? `-W${flag.slice("-Werror=".length)}` : flag;
}

/** A compiler or linker line as its diagnostic's text: no location, severity or flag. */
export function compilerText(line: string): string {
  const coarse = coarseMessage(maskMessage(titleMessage(line)));
  return coarse.replace(LEFT_LOCATION, "").replace(SEVERITY, "").replace(TRAILING_FLAG, "").trim();
}

/** Any other message (QA notice, test name): the signatures' title and masks, paths shortened. */
export function messageText(message: string): string {
  return maskMessage(titleMessage(message));
}

/** A message that names a file the diagnostic is about (sandbox, collision): numbers masked, path kept. */
export function pathMessageText(message: string): string {
  return maskMessage(message.replace(/\s+/g, " ").trim());
}

/** The Diagnostic.textHash: the de-duplication key over kind, flag and text. */
export function diagnosticHash(kind: DiagnosticKind, flag: string, text: string): string {
  return createHash("sha256").update(`${DIAGNOSTICS_VERSION}\n${kind}\n${flag}\n${text}`).digest("hex");
}
