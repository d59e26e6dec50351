// The last resort for a short excerpt that no rule reads as a failure (issue 10, session 10).
//
// Six sessions of rule rounds taught one thing: each new source of pasted logs brings shapes no
// rule knows yet (qmake's `Project ERROR:`, mysql-test-run's `[ fail ]`, an install script's
// `Please run as root.`, ld.gold's `internal error`), and such an excerpt, with no banner and no
// rule hit, read as a *success*: the worst answer, since people paste logs because something
// failed. This reads such an excerpt the way a person scanning it would: the first line that says,
// in any tool's words, that something went wrong. It runs only on what detectingPrefix held whole
// (fewer than WHOLE_LOG_LINES non-empty lines), only when the rules found no failure and no line
// says the build went through, so a tinderbox's full log never gets here and costs nothing.
// Pure: lines in, a line number and a rule out.

import { isStrayConfigureComplaint } from "./configure-complaint";
import { DISTFILE_VERIFIED } from "./portage-patterns";
import { matchLineRule } from "./rules";
import { LINKER } from "./rules/binutils";
import { wgetSavedDistfile } from "./rules/fetch-attempts";
import { DEPENDENCY_SLOT_CONFLICT_NO_BANNER } from "./rules/resolver";
import { type LineRule, TIER_ROOT } from "./rules/rule";
import type { FailureKind } from "./types";

/**
 * Words any tool uses for "this went wrong". A line needs one; the first such line of the excerpt
 * wins (the earliest complaint is the cause more often than the loudest: a missing tool above the
 * `Project ERROR: Failed to run` it causes, a failed test above the harness's summary).
 */
const TROUBLE = new RegExp(
  [
    String.raw`\berror\b`,
    String.raw`\bfatal\b`,
    String.raw`\[ *fail(?:ed)? *\]`,
    String.raw`\bsegmentation fault\b`,
    String.raw`\b(?:failed|failure|failing)\b`,
    String.raw`\bno such file or directory\b`,
    String.raw`\bnot found\b`,
    String.raw`\b(?:cannot|can't|could not|couldn't|unable to)\b`,
    String.raw`\bpermission denied\b`,
    String.raw`\bkilled\b`,
    String.raw`\baborted\b`,
    String.raw`\bnothing to do\.`,
    String.raw`\bplease run as root\b`,
    String.raw`\bassertion\b`,
    String.raw`\b(?:unmet|unsatisfied|unresolved)\b`,
    String.raw`\bdoes not exist\b`,
    // Portage refusing a helper (portage-patterns.ts EAPI_REFUSED_DIE, round 21b)
    String.raw`\bbanned (?:for|in) EAPI\b|\bnot supported (?:with|in this) EAPI\b|\barguments? needed\b`,
    // make's `*** [target] Error N` in any locale (`Fehler 2`, `Ошибка 1`, `Błąd 1`, `错误 2`), round 21a
    String.raw`\*\*\* \[[^\][]{0,500}\] \S+ \d+\s*$`,
  ].join("|"),
  "i",
);
/** Test harnesses' verdict in capitals (`FAIL: test_x`, Berkeley DB's `FAIL:07:05:59`, Go's `FAIL\tpkg`). */
const SHOUTED_FAIL = /\bFAIL(?:ED)?\b/;

/**
 * Lines that carry those words without saying anything failed: warnings and their flags, configure's
 * probes and cmake's status lines, a tally of zero, a name that contains the word (`strerror`,
 * `error.c`, `test_error_path`), Portage's own elog and summary lines (` * `, `>>> `: a cut banner or
 * `>>> Failed to emerge` says *that* it failed, the line above says what), QA notices, wget's status line
 * before its `ERROR 404:`, a configure script's stray shell error (it runs without `set -e`), and make's
 * bookkeeping (`make[2]: Leaving directory '…/error/'`: a directory's name is no complaint).
 */
const HARMLESS = new RegExp(
  [
    "-W(?:no-)?error",
    String.raw`\bwarnings?\b`,
    String.raw`^\s*checking `,
    // round 36: config.log's record of a check's answer (`configure:12345: result: not found`): an answer, no verdict
    String.raw`^(?:\S*\/)?configure:\d+: result: `,
    // a variable's assignment (emerge --info's FEATURES="… fail-clean …", an environment dump)
    String.raw`^\s*(?:export |declare -\S+ )?[A-Za-z_][A-Za-z0-9_]*=`,
    String.raw`^\s*-- `,
    String.raw`strerror|error\.[ch]\b|\berror_|_error\b|_fail(?:ed|ure)?\b`,
    String.raw`\b0 (?:tests? )?(?:failed|errors?|failures?)\b`,
    String.raw`\b(?:fail(?:ed|ures?)?|errors?)\b[^:\n]{0,20}:\s*0\s*$`,
    // round 47a: testthat's total of a passing run (`[ FAIL 0 | WARN 1 | SKIP 0 | PASS 63 ]`), eunit's with skips
    // (`  Failed: 0.  Skipped: 2.  Passed: 10.`)
    String.raw`^\s*\[ FAIL 0 \| |\bFailed: 0\.\s`,
    "^>>> ",
    "QA Notice",
    String.raw`awaiting response\.\.\.`,
    // make's bookkeeping (round 21b): a directory it enters or leaves (`…/error-handling/`, `…/test-failed/`),
    // `Nothing to be done for 'all'.`, `*** Waiting for unfinished jobs....`
    String.raw`^(?:\S*/)?g?make(?:\[\d+\])?: (?:(?:Entering|Leaving) directory |Nothing to be done for |\*\*\* Waiting for unfinished jobs)`,
    // the resolver's non-fatal notice (round 21b): an update skipped, the rest merged
    "been skipped due to unsatisfied dependencies|^!!! triggered by backtracking:",
  ].join("|"),
  "i",
);

/**
 * Portage's elog lines: an ewarn reads like an eerror once its colour is gone (`Unable to find kernel
 * sources`), and a QA notice lists commands that were not found; only under a die banner (cut or garbled,
 * or the rules would have read it) is an elog line the die's own paragraph (`*   Wheel build failed`).
 * The banner itself says *that* it failed, never what. Looser than eerror.ts's ELOG_LINE (a tab after the
 * star: a QA notice's list) and portage-patterns.ts's DIE_BANNER (anything after `failed`: a banner that one
 * reads is a die, and the last resort never runs on a log with one).
 */
const ELOG_LINE = /^\s?\*(?:[ \t]|$)/;
const DIE_BANNER = /^\s?\*\s+ERROR: \S+ failed\b/;

/**
 * A logger's info or debug line (round 23): chromite's `09:48:06 INFO    : …`, meson's and ninja wrappers'
 * `INFO: …`, `DEBUG: …`, Maven's `[INFO] …`: it reports (`INFO: Finished building … with errors`), another line
 * says what went wrong, so it is the last resort's line only when no other line sounds like trouble. In
 * capitals only: a tool's lowercase `info:` may be its message.
 */
const LOGGER_INFO_LINE =
  /^\s*(?:\d\d:\d\d:\d\d(?:[.,]\d+)? )?(?:\[(?:INFO|DEBUG)\]|(?:INFO|DEBUG) *:)(?:\s|$)/;

/**
 * Round 30c: a recipe line make prints before it runs it, echoing a message (`echo >&2 "  ERROR: Kernel
 * configuration is invalid.";           \`, a multi-line recipe continued with a backslash, or a statement ended by
 * `;`): the command, not its output. The message is trouble only where it was printed, on a line of its own.
 */
const RECIPE_ECHO = /^\s*@?(?:echo|printf)\s[^\n]*[\\;]\s*$/;

/**
 * Round 30c: Portage's post-merge GNU info index (util/_info_files.py, after `>>> Completed (1 of 1)`): ` *
 * Regenerating GNU info directory index...`, then `install-info: No such file or directory for …/x.info.gz` and
 * ` * Processed 120 info files; 1 errors.`. A broken info file never fails the merge that already happened.
 */
const INFO_INDEX_START =
  /^\s?\*\s+(?:Regenerating GNU info directory index|Processed \d+ info files?; \d+ errors?)\b/;
const INSTALL_INFO_LINE = /^install-info: /;

/** Longer lines are a dump (a command line, a minified file), not a complaint. */
const MAX_CHARS = 1000;

const GENERIC_ID = "last-resort";

const base = {
  needles: [],
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
  note: "Not in the rule table: only last-resort.ts chooses it, for a short excerpt no rule read as failed.",
} as const;

/**
 * The rule a last-resort line is recorded under, by the tool its words name: its kind when nothing else
 * (a banner, a section, a weak phase sign) tells the phase.
 */
export const LAST_RESORT_RULES: readonly LineRule[] = [
  // round 29b: a slot conflict's atom line, which the analyzer chooses only under its instances (rules/resolver.ts)
  DEPENDENCY_SLOT_CONFLICT_NO_BANNER,
  {
    ...base,
    id: "last-resort-build-tool",
    // round 49a: a build step's own tool by name at the line's start, before the linker's words (`ghc: x/Main.o: …`
    // names an object): GHC and its bootstrap's helpers, and libtool's script, whose shell fails under LTO plugin
    // flags (`../libtool: eval: line 1774: syntax error near unexpected token ˋ|'`)
    pattern:
      /^(?:\S*\/)?(?:ghc(?:-stage\d|-\d[\d.]*)?|ghc-pkg|hsc2hs|haddock|happy|alex|c2hs|genprimopcode|libtool)(?:\.exe)?: /,
    example: "hsc2hs: createProcess: posix_spawnp: does not exist (No such file or directory)",
    kindWithoutPhase: "compile",
  },
  {
    ...base,
    id: "last-resort-linker",
    // the linker by name, or a driver complaining about an archive or object it was to link; clang's `linker
    // command failed` (noise beside the linker's own lines, round 25: alone it is the link's)
    pattern: new RegExp(
      String.raw`(?:${LINKER}|\bcollect2):|\bundefined reference\b|\.(?:a|so|la|o)(?:\.\d+)*: |: error: linker command failed\b`,
    ),
    example: "/usr/bin/ld.gold: internal error in set_xindex, at ../../gold/object.h:1234",
    // as the rule table's linker rules: the tool decides, whatever phase ran it
    kind: "link",
  },
  {
    ...base,
    id: "last-resort-test",
    pattern: /\[ *fail(?:ed)? *\]|\btests? failed\b|\bFAIL\b|\bassertion\b/i,
    example: "main.mysql_client_test                   w2 [ fail ]",
    kindWithoutPhase: "test",
  },
  {
    ...base,
    id: "last-resort-download",
    pattern: /\bERROR \d{3}: |\bcurl: \(\d+\)|\bHTTP(?:S)? (?:error|support not compiled)/i,
    example: "2020-08-09 13:04:14 ERROR 404: Not Found.",
    kindWithoutPhase: "fetch",
  },
  {
    ...base,
    id: "last-resort-configure",
    // a configure step's own tool by name at the line's start; round 49a: CMake's find module's `Could NOT find
    // Coin3D (missing: …)` anywhere in the line (quoted in prose, its `CMake Error at` header not pasted)
    pattern: /^(?:\S*\/)?(?:configure|waf|cmake|meson|qmake|pkg-config)\b[^:\s/]*:|\bCould NOT find [A-Za-z]/,
    example: "waf: error: no such option: --libdir",
    kindWithoutPhase: "configure",
  },
  {
    ...base,
    id: "last-resort-bootstrap",
    // round 36: autotools' bootstrap (eautoreconf, an autogen.sh) runs in src_prepare, before any configure step:
    // no kind of its own (LABELLING.md's phases without a step kind)
    pattern: /^(?:\S*\/)?(?:autoreconf|aclocal|automake|autoconf|autoheader|autom4te|libtoolize)\b[^:\s/]*:/,
    example: "autoreconf: automake failed with exit status: 1",
    kindWithoutPhase: "unknown",
  },
  {
    ...base,
    id: "last-resort-compiler",
    // a source file named with a location or as the object of the complaint
    pattern:
      /\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|f|f90|f95|rs|go|pyx|pxd|vala|cs|java|d|hs|hsc|ml|s|S)(?::\d+)*: |\*\*\* \[(?:[^\]\s]*: )?[^\]\s]*\.(?:o|lo|obj|go)\] /,
    example: "/bin/sh: auto/default-font.c: No such file or directory",
    kindWithoutPhase: "compile",
  },
  {
    ...base,
    id: GENERIC_ID,
    pattern: /./,
    example: "Please run as root.",
  },
];

/**
 * What may stand before a tool's line in a paste and defeat the rules' anchors: blanks, `#`, `>`, `|`, `-`,
 * and a paste's or a mail's line number (`15 > !!! …`).
 */
export const LEADING_JUNK = /^(?:[\s#>|-]|\d{1,6}(?=[ \t]))+/;
/** A quotation's opening mark before a tool's line (round 49a): not in LEADING_JUNK, which restated-die.ts shares. */
const OPENING_QUOTE = /^["“]/;

/**
 * The rule of a line the last resort chose: a known rule's, when the line without what stands before it
 * (`\t\t psrc.h:93:23: error: …`, `## configure: error: …`) is that rule's line; else the first of
 * LAST_RESORT_RULES whose pattern matches (the generic one always does).
 */
export function lastResortRule(text: string): LineRule {
  // Round 49a: and a quotation's opening mark (`"CMake Error at …:218 (message):` quoted in a sentence)
  const bare = text.replace(LEADING_JUNK, "").replace(OPENING_QUOTE, "");
  if (bare !== text) {
    const known = matchLineRule(bare);
    if (known && known.role !== "noise" && known.tier >= TIER_ROOT) return known;
  }
  return (
    LAST_RESORT_RULES.find((rule) => rule.pattern.test(text)) ??
    LAST_RESORT_RULES[LAST_RESORT_RULES.length - 1]
  );
}

/** True when `text` (a line without its decoration) says, in some tool's words, that something failed. */
export function soundsLikeTrouble(text: string, underBanner = false): boolean {
  if (ELOG_LINE.test(text) && (!underBanner || DIE_BANNER.test(text))) return false;
  if (text.length > MAX_CHARS || !(TROUBLE.test(text) || SHOUTED_FAIL.test(text))) return false;
  if (isStrayConfigureComplaint(text)) return false;
  return !HARMLESS.test(text) && !RECIPE_ECHO.test(text);
}

/**
 * The index of the excerpt's first line that sounds like trouble, or -1. None when a download was saved
 * after it: the fetch rules (rules/fetch-attempts.ts) have weighed that attempt against the next and
 * found it recovered. Round 21c: also when Portage verified a distfile after it (` * f BLAKE2B SHA512 size
 * ;-) ...  [ ok ]`): curl says nothing when a download succeeds, so a mirror's 404 was a dropped attempt.
 */
export function firstTroubleLine(texts: readonly string[]): number {
  const banner = texts.findIndex((text) => DIE_BANNER.test(text));
  const infoIndex = texts.some((text) => INFO_INDEX_START.test(text));
  const trouble = (text: string, i: number) =>
    soundsLikeTrouble(text, banner >= 0 && i > banner) && !(infoIndex && INSTALL_INFO_LINE.test(text));
  // a logger's INFO or DEBUG line only when no other line sounds like trouble (round 23)
  let at = texts.findIndex((text, i) => trouble(text, i) && !LOGGER_INFO_LINE.test(text));
  if (at < 0) at = texts.findIndex(trouble);
  if (at < 0) return -1;
  for (let i = at + 1; i < texts.length; i++) {
    if (wgetSavedDistfile(texts[i]) !== null || DISTFILE_VERIFIED.test(texts[i])) return -1;
  }
  return sentenceStart(texts, at);
}

/** A line that goes on a sentence (lower case first) and the line above it that ends in a comma. */
const GOES_ON = /^\s*[a-z]/;
const ENDS_IN_COMMA = /,\s*$/;

/**
 * The first line of the sentence line `at` belongs to, when a terminal or a writer wrapped it after a comma
 * (Portage's `The directory specified in your PORTAGE_TMPDIR variable, '/x',` / `does not exist.`): the
 * trouble word may sit in the second line, the sentence starts on the first (one line back at most).
 */
function sentenceStart(texts: readonly string[], at: number): number {
  return at > 0 && GOES_ON.test(texts[at]) && ENDS_IN_COMMA.test(texts[at - 1]) ? at - 1 : at;
}

/**
 * An install step's own words: coreutils' `install:`, libtool's `relink … before installing`, DESTDIR, and a
 * path into Portage's image directory (`/var/tmp/portage/dev-foo/bar-1/image/usr/…`, round 20).
 */
const INSTALL_WORDS =
  /^\s*(?:\S*\/)?install: |\bbefore installing\b|\bDESTDIR\b|\/portage\/[^\s/]+\/[^\s/]+\/image\//;
/** A C or C++ compiler's complaint when its `file:line:` is gone (`error: too few arguments to function …`). */
const COMPILE_WORDS =
  /\b(?:too (?:few|many) arguments to function|implicit declaration of function|undeclared|incompatible (?:pointer )?types?|has incomplete type|conflicting types for|was not declared in this scope|does not name a type|no member named)\b/;

/**
 * The kind a failure line names by its tool or words (last resort rules but the generic one, an install
 * step, a compiler's complaint), or null: result.ts takes it when no phase is told and the line's rule
 * names no kind, which would otherwise be `unknown`.
 */
export function kindNamedBy(text: string): FailureKind | null {
  if (INSTALL_WORDS.test(text)) return "install";
  for (const rule of LAST_RESORT_RULES) {
    if (rule.id !== GENERIC_ID && rule.pattern.test(text)) return rule.kind ?? rule.kindWithoutPhase ?? null;
  }
  return COMPILE_WORDS.test(text) ? "compile" : null;
}

/**
 * Round 22: bare `error: …` lines (tool-error) that are not a build step's, so no phase-less compile:
 * crossdev's own `error: gcc failed :(` wrapper line (which step failed is only in the logs it names).
 */
const BARE_ERROR_NOT_BUILDING = /^error: gcc failed :\(/;

/**
 * Round 34: automake's `error: conditional "X" was never defined.` is the check automake puts at the end of the
 * generated configure script (`configure: error: conditional …`, its prefix lost in a paste): the configure step.
 */
const BARE_ERROR_CONFIGURING = /^error: conditional "[^"\n]{0,200}" was never defined/;

/** rustc's "error: linking with `cc` failed: exit status: 1": the link step, not compiling. */
const BARE_ERROR_LINKING = /^error: linking with /;

/** The kind of a bare `error: …` line whose words name none and whose log names no phase (result.ts). */
export function bareErrorKind(text: string): FailureKind | null {
  if (BARE_ERROR_NOT_BUILDING.test(text)) return null;
  if (BARE_ERROR_CONFIGURING.test(text)) return "configure";
  return BARE_ERROR_LINKING.test(text) ? "link" : "compile";
}

/** The regexes run on untrusted lines here, for the ReDoS test (testing/untrusted-regexes.ts). */
export const LAST_RESORT_LINE_REGEXES = {
  TROUBLE,
  SHOUTED_FAIL,
  HARMLESS,
  LOGGER_INFO_LINE,
  ELOG_LINE,
  DIE_BANNER,
  RECIPE_ECHO,
  INFO_INDEX_START,
  INSTALL_INFO_LINE,
  LEADING_JUNK,
  OPENING_QUOTE,
  INSTALL_WORDS,
  COMPILE_WORDS,
  GOES_ON,
  ENDS_IN_COMMA,
  BARE_ERROR_NOT_BUILDING,
  BARE_ERROR_CONFIGURING,
  BARE_ERROR_LINKING,
};
