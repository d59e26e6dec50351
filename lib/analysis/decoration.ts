// The short-excerpt fallback's line cleaner (issue 10, round 14). line-prefix.ts strips a prefix the
// first lines share; a pasted excerpt of a few lines often carries decoration that is not constant:
// it changes between lines (`12. ` then `13. `, a clock), is stacked (`1. 81:15.03 collect2: …`,
// `> > >   bzr: ERROR`) or only some lines carry it (a reply quoting half the paste). No shared
// prefix is found, no anchored rule matches, and the excerpt reads as a success. Each line here is
// stripped on its own of any run of known decorations; analyzer.ts reads a short log again with
// these lines when its first reading found neither a failure nor a success marker, or (round 15) failed
// only on the die's own lines, which a decorated tool line above may outrank.

import type { LinePrefix } from "./line-prefix";
import {
  decodeHtmlEntities,
  ELOG_AFTER_DASH,
  HASH_MARKER,
  NUMBERED_HEAD,
  PACKAGE_HEAD,
  PORTAGE_PROGRESS,
  SHORT_HEADS,
} from "./line-prefix-grammar";
import { SUCCESS_MARKER } from "./portage-patterns";
import { matchLineRule } from "./rules";
import { NINJA_FAILED_LINK } from "./rules/build-tools";
import { TIER_DIE, TIER_ROOT } from "./rules/rule";
import { LINE_RULES } from "./rules/table";
import type { LogAnalysis } from "./types";

/** Decorations stripped off one line at most (a stack deeper than this is no paste's). */
const MAX_DECORATIONS = 8;

/**
 * One decoration at a line's start (after blanks): the shapes the prefix grammar strips when every line
 * carries the same one (line-prefix-grammar.ts), here tried on each line on its own. The first that
 * matches is cut, with the blanks after it, and the rest is tried again.
 */
const DECORATIONS: readonly RegExp[] = [
  // a rendered table's left border (a gist's view copied)
  /^\|(?=[ \t]|$)/,
  // a paste site's line numbers (pastebin's `12. `, another's zero-padded `000180 `)
  NUMBERED_HEAD,
  // machines' heads: CI and syslog times, clocks, buildkit's step, mach's minutes (not parallel_emerge's
  // package head: last, below)
  ...SHORT_HEADS,
  // a shell or ebuild comment's `#` (not a shebang, not buildkit's `#12`)
  HASH_MARKER,
  // a markdown list's `- ` (Portage's ` * ` stays: it is eerror's)
  /^-(?=[ \t]|$)/,
  // a markdown fence glued to the first or last line's text (```` ```* ERROR: … ````, ```` ```194:35.02 ````)
  /^(?:```|~~~)(?=[^`~\s])/,
];
/**
 * A terminal-to-HTML converter's colour (aha, ansi2html, a slide or blog page): Portage's red ` * ` (and
 * any coloured word) inside `<span style="…">…</span>` or `<font color=…>`; HTML's escapes come with it.
 * A line that starts with such a tag is read without the tags (round 19).
 */
const HTML_COLOUR_START = /^[ \t]*<(?:span|font)\b/i;
const HTML_COLOUR_TAG = /<\/?(?:span|font)\b[^<>]{0,300}>/gi;
/** wget's own message starts with its date and time (the time alone before wget 1.10): that head is the message, not decoration. */
const WGET_MESSAGE = /^(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d ERROR \d{3}:/;
const LEADING_BLANKS = /^[ \t]+/;
/** An elog line whose blank went with the decoration (`> * ERROR:`): it gets its blank back. */
const BARE_STAR = /^\*(?=[ \t]|$)/;

/** What stripDecoration cut off a line: the text left and the decoration (empty when none). */
export interface Undecorated {
  text: string;
  decoration: string;
}

/**
 * `raw` without the decorations at its start (in any order and number, up to MAX_DECORATIONS) and
 * the table borders and blanks at its end. A line without decoration at its start keeps its
 * indentation (Portage's ` * `, a compiler's caret lines).
 */
export function stripDecoration(raw: string): Undecorated {
  if (HTML_COLOUR_START.test(raw)) {
    const tag = raw.slice(0, raw.indexOf(">") + 1);
    const inner = stripDecoration(decodeHtmlEntities(raw.replace(HTML_COLOUR_TAG, "")));
    return { text: inner.text, decoration: tag + inner.decoration };
  }
  let rest = raw;
  let cut = 0;
  let dash = false;
  for (let step = 0; step < MAX_DECORATIONS; step++) {
    const blanks = LEADING_BLANKS.exec(rest)?.[0].length ?? 0;
    const body = rest.slice(blanks);
    const length = decorationLength(body);
    if (length === 0) break;
    dash = body.charCodeAt(0) === 0x2d; /* - */
    rest = body.slice(length);
    cut += blanks + length;
  }
  if (cut > 0) {
    // Rendered markdown made Portage's ` * ` a `- `: an elog head after it gets its star back (as the
    // prefix grammar does), the die message's two blanks included.
    const afterMarker = rest.length > 0 && isBlank(rest.charCodeAt(0)) ? rest.slice(1) : rest;
    if (dash && ELOG_AFTER_DASH.test(afterMarker)) {
      return { text: ` * ${afterMarker.slice(0, rightEnd(afterMarker))}`, decoration: raw.slice(0, cut + 1) };
    }
    const blanks = LEADING_BLANKS.exec(rest)?.[0].length ?? 0;
    rest = rest.slice(blanks);
    cut += blanks;
    if (BARE_STAR.test(rest)) {
      rest = ` ${rest}`;
    }
  }
  return { text: rest.slice(0, rightEnd(rest)), decoration: raw.slice(0, cut) };
}

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09;

/**
 * Where `text` ends without its trailing blanks and a rendered table's right borders (` |`, ` | |`):
 * a scan from the end, linear whatever the line holds.
 */
function rightEnd(text: string): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    // A border is a `|` with a blank before it; a `|` glued to text is the text's.
    if (end < 2 || text.charCodeAt(end - 1) !== 0x7c || !isBlank(text.charCodeAt(end - 2))) return end;
    end--;
  }
}

/** Length of the one decoration `body` starts with (no leading blanks), 0 when none. */
function decorationLength(body: string): number {
  if (body.length === 0) return 0;
  const first = body.charCodeAt(0);
  // A mail quote: one `>` at a time, so `> >>> Emerging` keeps Portage's `>>> `.
  if (first === 0x3e /* > */) {
    if (PORTAGE_PROGRESS.test(body)) return 0;
    return 1;
  }
  if (WGET_MESSAGE.test(body)) return 0;
  for (const shape of DECORATIONS) {
    const match = shape.exec(body);
    if (match) return match[0].length;
  }
  // parallel_emerge's job head (`gtk-doc-am-1.13-r2: `), last: its shape is the loosest
  const job = PACKAGE_HEAD.exec(body);
  return job ? job[0].length : 0;
}

/** emerge's parallel summary when every job finished: `Jobs: 3 of 3 complete`. */
const JOBS_COMPLETE = /Jobs: (\d+) of (\d+) complete/;

/** True when an undecorated line says the build (or the whole emerge) went through. */
export function isSuccessLine(text: string): boolean {
  if (SUCCESS_MARKER.test(text)) return true;
  const jobs = JOBS_COMPLETE.exec(text);
  return jobs !== null && jobs[1] === jobs[2];
}

/**
 * The lines the fallback reads again. Over a failed reading with a prefix every line shares (`prefix`),
 * that prefix goes first, so that the indentation after it stays the line's own (ghc's message under its
 * `file:line: error:` head), and stripDecoration then cuts what varies; a line the prefix left indented
 * (`> > >   bzr: ERROR: …` under a `> > > ` prefix) loses its blanks only when that makes it a tool's
 * root-cause line (a rule of TIER_ROOT or more).
 */
export function undecoratedLines(held: readonly string[], prefix: LinePrefix | null): Undecorated[] {
  if (!prefix) return held.map(stripDecoration);
  return held.map((raw) => {
    const line = stripDecoration(prefix.strip(raw));
    if (line.decoration.length > 0 || !isBlank(line.text.charCodeAt(0))) return line;
    const text = line.text.trimStart();
    const rule = matchLineRule(text);
    const root = rule !== null && rule.role !== "noise" && rule.tier >= TIER_ROOT;
    return root ? { text, decoration: line.text.slice(0, line.text.length - text.length) } : line;
  });
}

// Round 49a: and ninja's `FAILED:` line relabelled by the link command under it (no table slot of its own): a
// decorated excerpt of a failed link (`chromeos-chrome-…: FAILED: chrome`) failed on nothing stronger.
const RULES_BY_ID = new Map([...LINE_RULES, NINJA_FAILED_LINK].map((rule) => [rule.id, rule]));
/** Primary rules a decorated excerpt may fail on without a die banner: a tool's fetch error is only detail-tier. */
const FALLBACK_DETAIL_RULES = new Set(["wget-http-error", "curl-http-error", "portage-crash"]);

/**
 * What a die's own lines rank as (result.ts): its message (or the eerror paragraph above it) is TIER_DIE;
 * without one the most specific frame of its stack and then the bare banner stand in, below it, and so
 * does the `Called die` frame of a stack without banner (call-stack-die-frame).
 */
const DIE_LINE_RANKS: Record<string, number> = {
  // Emerge's `>>> Failed to emerge` verdict alone (result.ts): the least a failed reading can rest on.
  "portage-failed-to-emerge": TIER_DIE - 4,
  "portage-die-banner": TIER_DIE - 3,
  "portage-die-call-stack": TIER_DIE - 2,
  "call-stack-die-frame": TIER_DIE - 1,
  // round 30b: that stack's most specific frame standing for its `Called die` (result.ts), ranked as it
  "call-stack-frame": TIER_DIE - 1,
};

/** The rank of a reading's primary: its rule's tier, or its rank among the die's own lines. */
function primaryTier(analysis: LogAnalysis): number {
  const id = analysis.primary?.ruleId;
  if (id === undefined) return TIER_DIE;
  return DIE_LINE_RANKS[id] ?? RULES_BY_ID.get(id)?.tier ?? TIER_DIE;
}

/**
 * True when a first reading may be bettered by an undecorated one: it found no failure, or failed on
 * less than a tool's root cause (the die message, the call stack's `Called die`, an echo): a decorated
 * line above it (`> > >   bzr: ERROR: …`, `1. 81:15.03 collect2: …`) did not match its rule.
 */
export function mayReadUndecorated(first: LogAnalysis): boolean {
  return first.status !== "failed" || primaryTier(first) < TIER_ROOT;
}

/**
 * True when the undecorated reading replaces the first. It must have failed on something strong (a die
 * banner, a root-cause rule or better, or a conclusive one): stripping may also turn a harmless line into
 * a weak candidate. Over a first reading that failed too it must also rank higher (mayReadUndecorated), or
 * read the same line without its decoration: the same die read twice keeps the first reading.
 */
export function undecoratedReadingWins(first: LogAnalysis, second: LogAnalysis): boolean {
  if (!strongFailure(second)) return false;
  if (first.status !== "failed") return true;
  const rank = primaryTier(second) - primaryTier(first);
  return rank > 0 || (rank === 0 && (sameLineUndecorated(first, second) || bannerFound(first, second)));
}

/**
 * True when both readings chose the same line and only the second read a die banner (one a markdown fence
 * or a colour span hid from the first): its phase then names the failure's kind (round 19).
 */
function bannerFound(first: LogAnalysis, second: LogAnalysis): boolean {
  return first.die === null && second.die !== null && first.primary?.line === second.primary?.line;
}

/**
 * True when both readings chose the same line and the second without its decoration (`> qmake-utils.eclass:
 * unsupported EAPI=5` as the die message after the stack, matched by the snippet's words anywhere in the line).
 */
function sameLineUndecorated(first: LogAnalysis, second: LogAnalysis): boolean {
  const a = first.primary;
  const b = second.primary;
  return (
    a !== null && b !== null && a.line === b.line && b.text.length < a.text.length && a.text.endsWith(b.text)
  );
}

function strongFailure(analysis: LogAnalysis): boolean {
  if (analysis.status !== "failed" || !analysis.primary) return false;
  if (analysis.die) return true;
  const id = analysis.primary.ruleId;
  if (FALLBACK_DETAIL_RULES.has(id)) return true;
  const rule = RULES_BY_ID.get(id);
  return rule !== undefined && rule.role === "error" && (rule.tier >= TIER_ROOT || rule.conclusive === true);
}
