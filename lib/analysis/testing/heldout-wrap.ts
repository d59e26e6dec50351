// A held-out case as a tinderbox would upload it: not the pasted excerpt alone, but the whole build.log around
// it (issue 10). Portage's header and phase banners, real configure and compile output from the generated corpus,
// then the excerpt's lines unchanged, then Portage's die banner (that text: heldout-wrap-log.ts). The held-out sets are almost all excerpts, and the
// analyzer reads some excerpts right and the same lines inside a full log wrong; heldout-wrap-score.ts counts how
// often. Test and bench code: reads the fixture corpus, never used by the analyzer.

import { detectLinePrefix, PREFIX_SAMPLE_LINES } from "../line-prefix";
import { cleanLine } from "../lines";
import { DIE_BANNER, HEADER_LINE, LEGACY_DIE_BANNER, WRAPPED_DIE_BANNER_HEAD } from "../portage-patterns";
import type { HeldoutCase } from "./heldout";
import { dieLines, preambleLines, WRAPPED_PHASES, type WrappedPhase, wrapAtom } from "./heldout-wrap-log";

/**
 * Why a case is not wrapped. Each is a case where the wrapped log would not mean what the excerpt means, so its
 * label could not be carried over:
 * - succeeded: a success has no die banner and no failing phase to put the excerpt under;
 * - resolver: emerge's resolver output (kind dependency) is printed before any build starts, never inside one;
 * - fetch: fetch failures (kind fetch) come before unpack, so there is no configure or compile output around them;
 * - phase: the labelled phase is not one Portage runs after configure output (setup, unpack, prepare, merge, …),
 *   or there is none; the preamble would put the excerpt in a phase it did not run in;
 * - banners: the excerpt holds Portage's own header or phase banners (`>>> Compiling source`, `>>> Emerging`): it
 *   is a log or an emerge run of its own, and a second set of banners would be two builds in one log;
 * - prefix: a constant paste prefix on every line (`> `, `- `, `# `, timestamps, a code block's indentation): the
 *   analyzer decides the prefix on the log's first lines (line-prefix.ts), which would be the unprefixed preamble,
 *   so the excerpt's lines would no longer be stripped;
 * - decoration: no prefix, but the same first lines turn on the stripping of a paste's decorations (markdown
 *   fences and backticks, escapes, bold, trailing `<br>`, spinners), which the preamble would turn off.
 */
export const WRAP_SKIP_REASONS = [
  "succeeded",
  "resolver",
  "fetch",
  "phase",
  "banners",
  "prefix",
  "decoration",
] as const;
export type WrapSkipReason = (typeof WRAP_SKIP_REASONS)[number];

export type WrapResult =
  | { wrapped: true; testCase: HeldoutCase; shift: number; dieAdded: boolean }
  | { wrapped: false; reason: WrapSkipReason };

/** The banners that make an excerpt a log of its own (SECTION_STARTS' build phases, emerge's and the header's). */
const PORTAGE_BANNER =
  /^>>> (?:Emerging |Unpacking source|Source unpacked|Preparing source in |Configuring source in |Compiling source in |Source compiled|Test phase|Install )/;

const hasPortageBanners = (lines: readonly string[]): boolean =>
  lines.some((raw) => {
    const line = cleanLine(raw);
    return PORTAGE_BANNER.test(line.trimStart()) || HEADER_LINE.exec(line)?.[1] === "Package";
  });

/** Any die banner the analyzer reads as one (modern, Portage <= 2006, or cut by a terminal's wrap). */
const hasDieBanner = (lines: readonly string[]): boolean =>
  lines.some((raw) => {
    const line = cleanLine(raw);
    return DIE_BANNER.test(line) || LEGACY_DIE_BANNER.test(line) || WRAPPED_DIE_BANNER_HEAD.test(line);
  });

/** What the analyzer finds on its sample, the first non-empty raw lines: a prefix, decorations only, or nothing. */
function pasteDecoration(lines: readonly string[]): "prefix" | "decoration" | null {
  const found = detectLinePrefix(
    lines.filter((line) => line.trim().length > 0).slice(0, PREFIX_SAMPLE_LINES),
  );
  if (!found) return null;
  return found.example === null ? "decoration" : "prefix";
}

const isWrappedPhase = (phase: string | null): phase is WrappedPhase =>
  (WRAPPED_PHASES as readonly (string | null)[]).includes(phase);

/** Why `testCase` is not wrapped, or null when it is. */
export function wrapSkipReason(testCase: HeldoutCase, lines: readonly string[]): WrapSkipReason | null {
  const { expected } = testCase;
  if (expected.status !== "failed") return "succeeded";
  if (expected.kind === "dependency") return "resolver";
  if (expected.kind === "fetch") return "fetch";
  if (!isWrappedPhase(expected.phase)) return "phase";
  if (hasPortageBanners(lines)) return "banners";
  return pasteDecoration(lines);
}

/**
 * `testCase` inside a whole build.log: preamble, the excerpt's lines unchanged, Portage's die banner when the
 * excerpt has none of its own. The label is the case's with the primary line moved down by the preamble's length.
 * A BOM is taken off the excerpt's start: inside a log it would be part of a line's text, not a file mark.
 */
export function wrapInFullLog(testCase: HeldoutCase): WrapResult {
  const excerpt = testCase.logText.replace(/^\uFEFF/, "");
  const lines = excerpt.split("\n").map((line) => line.replace(/\r$/, ""));
  const reason = wrapSkipReason(testCase, lines);
  if (reason) return { wrapped: false, reason };
  const { expected } = testCase;
  const phase = expected.phase as WrappedPhase;
  const atom = wrapAtom(expected.atom);
  const preamble = preambleLines(atom, phase);
  const dieAdded = !hasDieBanner(lines);
  const tail = dieAdded ? `${dieLines(atom, phase).join("\n")}\n` : "";
  const body = excerpt.endsWith("\n") || excerpt.length === 0 ? excerpt : `${excerpt}\n`;
  const shift = preamble.length;
  const primary = expected.primary && { line: expected.primary.line + shift, text: expected.primary.text };
  return {
    wrapped: true,
    testCase: {
      name: testCase.name,
      logText: `${preamble.join("\n")}\n${body}${tail}`,
      expected: { ...expected, primary },
    },
    shift,
    dieAdded,
  };
}
