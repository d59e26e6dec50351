// A die that only restates that its step failed, with the tool's own complaint a few lines above it (round 26).
//
// ` *   emake failed`, ` *   No otf fonts were installed in …`, or a die without a message: LABELLING convention 2
// makes such a die's message the primary only when nothing more specific is in the log. When a rule knows the
// tool's line, it wins already. This is for the tools no rule knows (cgo's `pkg-config: exit status 1`,
// `my_print_defaults: unknown option '--mysqld'`, texi2dvi's `… exited with bad status`): the last tool
// output above the banner, past make's `*** [...] Error 2` and Portage's own `>>>` and elog lines, says what
// failed in its words, and a person reading the excerpt quotes it. A die message that says something itself
// (`Kernel not configured`, `USE Flag 'x' not in IUSE`) is no restatement and keeps the line.
// Only for short excerpts held whole (analyzer.ts readAboveRestatingDie): a streamed log's byte gate never
// decodes the lines such a tool prints. Pure: lines in, a line index out.

import { LEADING_JUNK, soundsLikeTrouble } from "./last-resort";
import { matchLineRule } from "./rules";
import { TIER_ROOT } from "./rules/rule";

/**
 * A die message that says only that the step failed: `<up to four words> failed` (`emake failed`, `go build
 * failed`, `Compilation failed`), `Failed to build …`, or an install step that installed nothing (font.eclass's
 * `No otf fonts were installed in /usr/share/fonts/x`).
 */
const RESTATING_DIE =
  /^(?:[\w.+/-]+ ){0,4}(?:failed|failure)[.!]?$|^(?:failed|unable) to (?:build|compile|install|make|run|generate|create|configure)\b[^:\n]{0,80}$|^No \S+ (?:fonts?|files?) (?:were |was )?installed\b/i;

/**
 * A tool's complaint in words the last resort's TROUBLE does not know: Go's os/exec error after a tool it ran
 * (cgo's `pkg-config: exit status 1`), an option a tool refuses (`my_print_defaults: [ERROR] unknown option
 * '--mysqld'`), texi2dvi's `pdflatex exited with bad status, quitting.`
 */
const TOOL_COMPLAINT =
  /^[\w.+-]{1,100}: (?:exit status [1-9]\d{0,2}$|(?:\[ERROR\] )?(?:unknown|unrecognized|invalid) (?:option|variable)\b)|\bexited with bad status\b/;

/**
 * Portage's own lines (`>>> Source compiled.`, ` * ` elog and the banner, a `!!! ` warning such as `!!!
 * /etc/portage/package.env does not exist`), also with the paste's `>>> ` or ` * ` gone (`Failed to emerge …,
 * Log file:`, `Jobs: 0 of 1 complete, 1 failed`, `ERROR: … failed (compile phase):`, `Messages for package …`):
 * not a tool's output. A helper's `!!! dobin: …` is a rule's.
 */
const PORTAGE_OWN =
  /^\s?(?:>>>|!!!|\*(?:\s|$))|^(?:Failed to emerge |Jobs: \d+ of \d+ complete|ERROR: \S+ failed|Messages for package |The complete build log |If you need support)/;
/**
 * A tool naming itself before its words (`mv: …`, `/usr/bin/install: …`, `pkg-config: …`): the shape of the lines
 * this reading takes. A line without it (a command line, a prompt, a paste's own words, a compiler's flags) says
 * less about who complained; round 26's first version took any such line and misread three held-out excerpts.
 */
const TOOL_HEAD = /^([\w.+/-]{1,200}): \S/;
/** A line that points elsewhere (`see ./configure: error: lines in config.log`): where to look, not what failed. */
const POINTER = /^\s*(?:see|check|consult|please (?:see|check|consult))\b|\bfor (?:more )?details\b/i;

/** How many lines of tool output above the banner are read: the cause is the step's last words. */
const MAX_TOOL_LINES = 6;

/** The die's message (or the eerror line standing for it) only restates that the step failed. */
export function restatesFailure(message: string): boolean {
  return message.length <= 200 && RESTATING_DIE.test(message.trim());
}

/**
 * Round 50: a die message that sends the reader up the log (`Make check failed. See above for details.`) or says
 * only that an implementation's tests failed (`pytest failed with python3.11`, `Tests fail with python3.12`).
 */
const POINTS_ABOVE =
  /^(?:[\w.+/-]+ ){0,4}failed[.!]? +see above(?: for details)?[.!]?$|^(?:[\w.+/-]+ ){0,2}fail(?:ed|s)? with (?:python|pypy)[\d.]*$/i;

/** The die's own lines that stand for a die saying only that its step failed (round 50, analyzer.ts readDyingTail). */
export function saysOnlyThatItFailed(ruleId: string, text: string): boolean {
  if (ruleId === "portage-die-call-stack" || ruleId === "portage-die-banner") return true;
  if (ruleId !== "portage-die-message") return false;
  return restatesFailure(text) || (text.length <= 200 && POINTS_ABOVE.test(text.trim()));
}

/**
 * The index of the earliest line that complains, in a tool's words, among the last MAX_TOOL_LINES lines of tool
 * output above `bannerIndex`, or -1. A tool's summary (make's `*** [...] Error N`, ninja's `FAILED:`) or a
 * detail line a rule knows is passed over: it is what convention 2 puts below the die's message.
 */
export function complaintAboveDie(texts: readonly string[], bannerIndex: number): number {
  let found = -1;
  let read = 0;
  for (let i = bannerIndex - 1; i >= 0 && read < MAX_TOOL_LINES; i--) {
    // what a paste left before the line (`11. `, `> `) would hide Portage's marker or make's summary
    const text = texts[i].replace(LEADING_JUNK, "");
    if (text.trim() === "" || PORTAGE_OWN.test(texts[i]) || PORTAGE_OWN.test(text)) continue;
    read++;
    const rule = matchLineRule(text);
    if (rule && (rule.role === "noise" || rule.tier < TIER_ROOT)) continue;
    if (isToolComplaint(text)) found = i;
  }
  return found;
}

/** The tool a line names first (`mawk` of `mawk: x.awk: line 22: …`), or null. */
export function toolHeadOf(text: string): string | null {
  return TOOL_HEAD.exec(text)?.[1] ?? null;
}

/**
 * A line no rule reads in which a tool, naming itself first (`grep: …`, `/usr/bin/install: …`), says in any words
 * that something went wrong: what complaintAboveDie takes above a restating die, and what round 47e takes right
 * above make's `*** [target] Error N` in a streamed log (recipe-complaint.ts). Not Portage's own lines, not a
 * pointer to another file.
 */
export function isToolComplaint(text: string): boolean {
  if (PORTAGE_OWN.test(text) || POINTER.test(text) || !TOOL_HEAD.test(text)) return false;
  return soundsLikeTrouble(text) || TOOL_COMPLAINT.test(text);
}

/** How many lines above the banner may hold the eerror line a die message repeats: eerror.ts's paragraph. */
const MAX_ECHO_LINES = 8;
/** Shorter messages (`failed`, `error`) repeat nothing in particular. */
const MIN_ECHO_CHARS = 8;
/** What a paste put before a line (blanks, quotes, `#`, `|`, a line number), not the elog marker after it. */
const PASTE_JUNK = /^(?:[\s#>|]|\d{1,6}(?=[ \t]))+/;
/** Portage's elog marker (` * `), a markdown list's `- ` a paste made of it, or both, at a line's start. */
const ELOG_MARKS = /^(?:[*-](?:[ \t]+|$))+/;

/** The elog markers a line carries as the paste left them (`*`, `-`, `-*`), or "" without one. */
function elogMarkOf(raw: string): string {
  return (ELOG_MARKS.exec(raw.replace(PASTE_JUNK, ""))?.[0] ?? "").replace(/[ \t]/g, "");
}

/**
 * Round 30b: the index of the eerror line, among the MAX_ECHO_LINES above `bannerIndex`, that the die's `message`
 * repeats: the line starts with it or is it (epatch's `eerror "Cannot find \$EPATCH_SOURCE!  Value for
 * \$EPATCH_SOURCE is:"` above its `die "Cannot find \$EPATCH_SOURCE!"`); the topmost such line, or -1. The line
 * says at least as much and came first: the primary. An eerror line carries the banner's own elog marker in the
 * paste as it came (`raw`): ` * `, the `- ` a markdown paste made of it, or none where the paste lost it on the
 * banner too; a tool's line does not. Portage's `>>>` progress ends the search (above it is another step).
 * `texts` are the lines read (a paste's prefix gone), `raw` the same lines as pasted.
 */
export function echoAboveDie(
  texts: readonly string[],
  raw: readonly string[],
  bannerIndex: number,
  message: string,
): number {
  const said = message.trim();
  if (said.length < MIN_ECHO_CHARS || said.length > 1000) return -1;
  const mark = elogMarkOf(raw[bannerIndex] ?? "");
  let found = -1;
  for (let i = bannerIndex - 1; i >= 0 && i >= bannerIndex - MAX_ECHO_LINES; i--) {
    if (texts[i].startsWith(">>>")) break;
    if (elogMarkOf(raw[i] ?? "") !== mark) continue;
    const text = texts[i].replace(PASTE_JUNK, "").replace(ELOG_MARKS, "").trim();
    if (text.startsWith(said)) found = i;
  }
  return found;
}

/** The regexes run on untrusted lines here, for the ReDoS test (testing/untrusted-regexes.ts). */
export const RESTATED_DIE_REGEXES = {
  RESTATING_DIE,
  POINTS_ABOVE,
  TOOL_COMPLAINT,
  PORTAGE_OWN,
  TOOL_HEAD,
  POINTER,
  PASTE_JUNK,
  ELOG_MARKS,
};
