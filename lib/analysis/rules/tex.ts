// TeX's errors (round 19): a documentation build run by make in src_compile, or latex-package.eclass.
// TeX prints `! <message>` at column 0, its help, `l.<n>` context, then `! Emergency stop.` and
// pdfTeX's `==> Fatal error occurred, no output PDF file produced!` as it gives up.
import { type LineRule, TIER_ECHO, TIER_ROOT } from "./rule";

export const TEX_ERROR: LineRule = {
  id: "tex-error",
  note:
    "LaTeX's \\@latex@error (`! LaTeX Error: File `x.sty' not found.`), \\PackageError and \\ClassError " +
    "(`! Package inputenc Error: …`), and TeX's own `! Undefined control sequence.`",
  needles: ["! LaTeX Error: ", "! Package ", "! Class ", "! Undefined control sequence"],
  pattern: /^! (?:LaTeX Error: |(?:Package|Class) \S+ Error: |Undefined control sequence)/,
  example: "! LaTeX Error: File `fullpage.sty' not found.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const TEX_GAVE_UP: LineRule = {
  id: "tex-gave-up",
  note: "TeX stopping after the error above (interaction nonstopmode): an echo",
  needles: ["! Emergency stop.", "==> Fatal error occurred, no output PDF file produced!"],
  pattern: /^(?:! Emergency stop\.|(?:!\s+)?==> Fatal error occurred, no output PDF file produced!)/,
  example: "!  ==> Fatal error occurred, no output PDF file produced!",
  role: "error",
  tier: TIER_ECHO,
  // TeX exits non-zero after it: alone (the error above not pasted) it still fails an excerpt.
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const TEX_RULES: readonly LineRule[] = [TEX_ERROR, TEX_GAVE_UP];
