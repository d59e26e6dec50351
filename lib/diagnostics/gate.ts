// The diagnostics' byte gate: a line that holds none of the rules' needles (nor
// a block's, nor ">>> " of Portage's section lines, nor a terminal escape that
// could cut one) cannot change the extract, so stream.ts passes it by
// undecoded. One NeedleScanner DFA, as the analysis' gate.
import { MAX_LINE_CHARS } from "../analysis/lines";
import { NeedleScanner } from "../analysis/needle-scan";
import { DIAGNOSTIC_RULES } from "./rules";

/** Fixed substrings of lines that open or continue a block (extract.ts). */
export const BLOCK_NEEDLES = [
  // Section lines (SECTION_STARTS/ENDS): the phase. Not "starts with >": a mail-quoted log's every line does.
  ">>> ",
  "Detected file collision",
  "ACCESS VIOLATION SUMMARY",
  "implicit function declarations in configure",
  "* checking ",
];

/**
 * Probe logs (config.log & co., extract.ts) keep only compiler diagnostics that
 * name a flag: compilerFlag's "[-Wfoo]" / "[-fpermissive]", or rustc's
 * "error[E0425]". A line without one of these cannot count there, however many
 * "error: " lines a configure run's probes print.
 */
export const PROBE_NEEDLES = ["[-W", "[-fpermissive", "warning[", "error["];

/** Bytes of a line the gate looks at: what MAX_LINE_CHARS characters can take. */
export const GATE_BYTES = 4 * (MAX_LINE_CHARS + 2);

// A coloured line's needles may be cut by escapes ("warning:\u001b[m ", "[\u001b[01m-W"): such lines take the slow path.
const ESCAPES = ["\u001b[", "^[["];

/** Every needle a line must hold to matter outside a block (`probe`: in a probe log). */
export function gateNeedles(probe = false): string[] {
  if (probe) return [...PROBE_NEEDLES, ...ESCAPES];
  const needles = new Set<string>([...BLOCK_NEEDLES, ...ESCAPES]);
  for (const rule of DIAGNOSTIC_RULES) for (const needle of rule.needles) needles.add(needle);
  return [...needles];
}

let scanner: NeedleScanner | undefined;
let probeScanner: NeedleScanner | undefined;

export function diagnosticGate(probe = false): NeedleScanner {
  if (probe) {
    probeScanner ??= NeedleScanner.overUtf8(gateNeedles(true));
    return probeScanner;
  }
  scanner ??= NeedleScanner.overUtf8(gateNeedles());
  return scanner;
}

/** False when the line bytes[from, to) certainly holds no diagnostic and no section marker. */
export function mayMatterBytes(bytes: Uint8Array, from: number, to: number, probe = false): boolean {
  return diagnosticGate(probe).testBytes(bytes, from, Math.min(to, from + GATE_BYTES));
}
