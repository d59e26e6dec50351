// The streaming analyzer: push lines in order, then finish(). Only bounded state
// is kept (structure fields, first candidate per tier and segment, capped lists),
// so memory stays flat for a 1 GB log.
import { type Candidate, CandidateBook } from "./candidates";
import { CHECK_OUTPUT_REACH, printedByConfigureCheck } from "./configure-check-output";
import { ConfigureComplaints, isConfigureComplaint, isStrayConfigureComplaint } from "./configure-complaint";
import { isSuccessLine, mayReadUndecorated, undecoratedLines, undecoratedReadingWins } from "./decoration";
import { announcesDetail } from "./detail";
import { type DyingTail, LineRing, TAIL_LINES, takeTail } from "./dying-tail";
import * as eerrorModule from "./eerror";
import { ElogBlock, type ElogFailure } from "./eerror";
import { LINKER_WARNING_NEEDLES, LinkerWarnings } from "./fatal-linker-warning";
import type { InfraWatcher } from "./infra";
import * as infraModule from "./infra";
import { firstTroubleLine, LAST_RESORT_RULES, lastResortRule } from "./last-resort";
import { detectingPrefix, type LinePrefix } from "./line-prefix";
import * as linesModule from "./lines";
import { MAKEFILE_MESSAGE_NEEDLES, MakefileMessages } from "./makefile-message";
import { NeedleScanner } from "./needle-scan";
import { PIP_BOX_NEEDLES, PipOutputBox } from "./pip-box";
import * as patternsModule from "./portage-patterns";
import { RECIPE_COMPLAINT_NEEDLES, RecipeComplaints } from "./recipe-complaint";
import { complaintAboveDie, echoAboveDie, restatesFailure, saysOnlyThatItFailed } from "./restated-die";
import { assembleAnalysis, DIE_LINE_RULES, isConfigureProbeLine } from "./result";
import type { LineRule } from "./rules";
import * as rulesModule from "./rules";
import * as binutilsModule from "./rules/binutils";
import * as buildToolsModule from "./rules/build-tools";
import type { RuleFacts } from "./rules/facts";
import * as factsModule from "./rules/facts";
import * as fetchModule from "./rules/fetch";
import * as fetchAttemptsModule from "./rules/fetch-attempts";
import * as gateModule from "./rules/gate";
import { ANT_BUILD_SUCCESSFUL, isAntJavadocLine } from "./rules/languages";
import * as noiseModule from "./rules/noise";
import * as otherToolsModule from "./rules/other-tools";
import * as qaModule from "./rules/qa";
import * as resolverModule from "./rules/resolver";
import * as ruleModule from "./rules/rule";
import * as testHarnessesModule from "./rules/test-harnesses";
import * as toolchainModule from "./rules/toolchain";
import { PortageStructure, SECTION_STRUCTURE_NEEDLES, STRUCTURE_NEEDLES } from "./structure";
import { IMPLEMENTATION_RUN_NEEDLE, SwallowedCrashes } from "./swallowed-crash";
import type { AttachmentAnalysis, ErrorLine, FailedTest, LogAnalysis, LogHeader, QaNotice } from "./types";
import { startsCompileStep, WEAK_PHASE_NEEDLES } from "./weak-phase";
import { WHEEL_BUILD_NEEDLES, WheelBuildSigns } from "./wheel-build";

// Module-level bindings of the imports used per line: an import compiled to
// CommonJS (tsx, bundles) is read through a getter at every use, which V8 does
// not inline here (~10 % of the mixed bench block, docs/benchmarks.md).
const { cleanLine, cleanText, detach, MAX_LINE_CHARS, splitLogText } = linesModule;
const {
  ATOM_TAG,
  CONFIG_STATUS_CREATED,
  CORE_SIGN_TAG,
  firstMatchingFacts,
  hasTag,
  INFRA_TAG,
  lineTags,
  newLineTags,
  QA_NOTICE_NEEDLE,
  SERVER_ANSWER_TAG,
  structureSigns,
  WGET_SAVED_TAG,
  WHEEL_TAG,
} = gateModule;
const { factsOf } = factsModule;
const { ELOG_LINE } = eerrorModule;
const { isQaAbortLine, QA_ABORT_NEEDLE, QA_NOTICE_PATTERN, qaRuleIdFor } = qaModule;
const { HEADER_KEYS, HEADER_LINE, HEADER_NEEDLES } = patternsModule;
const { LINE_RULES, matchLineRule, NON_NOISE_NEEDLES, TIER_DIE } = rulesModule;
const { INFRA_NEEDLES, PORTAGE_CRASH_EXCEPTION, unknownHostOf, upstreamGone } = infraModule;
const {
  AUTOCONF_ERROR,
  failedLineCommand,
  isLinkCommand,
  MAKE_MAKEFILE_ERROR,
  MAKEFILE_OWN_MESSAGE,
  NINJA_FAILED_LINK,
  NINJA_FAILED_TARGET,
  RECIPE_COMPLAINT,
} = buildToolsModule;
const { LD_WARNING_MADE_FATAL, LINKER_REFUSED_OPTION } = binutilsModule;
const { COLLECT2_LD_RETURNED, MAKE_ERROR_ECHO } = noiseModule;
const {
  CURL_HTTP_ERROR,
  DIGEST_DISTFILE_LINE,
  FETCH_NETWORK_ERROR,
  FETCH_UPSTREAM_GONE,
  MANIFEST_DIGEST_DISTFILE,
  MANIFEST_DIGEST_FAILED,
} = fetchModule;
const { DEPENDENCY_BLOCKER, DEPENDENCY_BLOCKER_SUMMARY, slotConflictWithoutBanner } = resolverModule;
const {
  couldNotDownloadDistfile,
  downloadingDistfile,
  FETCH_PROGRESS_NEEDLES,
  serverRefused,
  wgetRequestDistfile,
  wgetSavedDistfile,
} = fetchAttemptsModule;
const { TIER_ROOT } = ruleModule;
const { RSPEC_FAILURE_ERROR, RSPEC_FIRST_FAILURE } = testHarnessesModule;
const { CC_DRIVER_ERROR } = toolchainModule;
const { CMP_FILES_DIFFER, CMP_FILES_DIFFER_OUTSIDE_TEST } = testHarnessesModule;
const { WGET_HTTP_ERROR, WGET_HTTP_ERROR_ONLY_URI } = otherToolsModule;

export const MAX_ERROR_LINES = 50;
const MAX_QA_NOTICES = 100;
const MAX_FAILED_TESTS = 500;
/** Stored text of a candidate line; longer lines are cut (the line number stays exact). */
const MAX_CANDIDATE_CHARS = 8 * 1024;
/** Lines kept after a candidate ending in ":" (CMake, autoconf detail), each cut to 300 chars. */
const CONTINUATION_LINES = 10;
const CONTINUATION_CHARS = 300;
// Where the detail under an error ends: Portage's own lines, CMake's next message. Round 30b: also Portage's
// elog lines and die banner where a paste lost the ` * ` or made it a markdown list's `- ` (epatch's eerror).
const CONTINUATION_END =
  /^(?:>>>| \* |-- |-(?: |$)|CMake (?:Error|Warning)|Call Stack)|^\s*ERROR: \S+ failed\b/;

// A config.log or CMakeError.log fed as the main log: its probe errors are expected failures
// (docs/domain.md, "Lines that look like the error but are not"), so only autoconf's own verdict
// may count.
const PROBE_LOG_FIRST_LINE =
  /^(?:This file contains any messages produced by compilers while|(?:Determining if|Performing C(?:XX)? SOURCE FILE Test) .* failed with the following output:$)/;

/** emerge's slot conflict: the `cat/pkg:slot` it is about follows a few lines later (detail.ts). */
const SLOT_CONFLICT_START = /^!!! Multiple package instances within a single package slot/;
/** autoconf's verdict on its first link probe (AC_PROG_CC's `checking whether the C compiler works`), round 51a. */
const COMPILER_CANNOT_CREATE_EXECUTABLES = /compiler cannot create executables/;
/** Phases that run no tests (round 52a: cmp's verdict there is a build script's). */
const BUILD_PHASES: ReadonlySet<string> = new Set(["unpack", "prepare", "configure", "compile", "install"]);

/** Where PortageStructure keeps each header key's value. */
const HEADER_FIELDS: Record<(typeof HEADER_KEYS)[number], keyof LogHeader> = {
  Package: "package",
  Repository: "repository",
  Maintainer: "maintainers",
  Upstream: "upstream",
  USE: "use",
  FEATURES: "features",
};

// The line gate. Most lines of a build log (>90 % of a compile log) can change
// nothing: no needle of a non-noise rule (rules/gate.ts), no QA notice, nothing the Portage
// structure reads. One DFA pass over the raw line finds out, before cleanLine
// and the rules run. The control needles send lines whose cleaned text is not a
// plain substring of the raw line (bare "\r", ANSI escapes, NUL) the full way.
const LINE_GATE_NEEDLES = [
  ...NON_NOISE_NEEDLES,
  ...STRUCTURE_NEEDLES.filter((needle) => !HEADER_NEEDLES.includes(needle)),
  ...INFRA_NEEDLES,
  CONFIG_STATUS_CREATED,
  // wget's request and saved lines: which distfile an attempt is for (rules/fetch-attempts.ts).
  ...FETCH_PROGRESS_NEEDLES,
  QA_NOTICE_NEEDLE,
  // Portage's QA check dying (`Aborting due to serious QA concerns with RUNPATH/RPATH`, round 34)
  QA_ABORT_NEEDLE,
  // distutils-r1's next implementation after a swallowed test crash (swallowed-crash.ts, round 34)
  IMPLEMENTATION_RUN_NEEDLE,
  // a makefile's own `file:LINE: ERROR …` message line (makefile-message.ts, round 30b)
  ...MAKEFILE_MESSAGE_NEEDLES,
  // ld's own warning, for collect2's verdict below it (fatal-linker-warning.ts, round 31)
  ...LINKER_WARNING_NEEDLES,
  // a PEP 517 wheel hook's traceback frame and pypa/build's verdict (wheel-build.ts, round 40)
  ...WHEEL_BUILD_NEEDLES,
  // pip's box around a subprocess's output opening and closing (pip-box.ts, round 47d)
  ...PIP_BOX_NEEDLES,
  // complaints only round 47e's reading above make's echo takes (recipe-complaint.ts, round 48c)
  ...RECIPE_COMPLAINT_NEEDLES,
  // ant's verdict on a run that ended well: javadoc's errors above it failed nothing (round 48b)
  ANT_BUILD_SUCCESSFUL,
  // Portage's coloured star with the ESC bytes lost in a paste (`[31;01m*[0m`, lines.ts LOST_ESC_SGR)
  "*[0m",
  // Portage's progress lines, by how they start ("\n": at a line's start, needle-scan.ts).
  "\n>>>",
];
/**
 * What cleanLine removes or reads past (lines.ts): a line holding one is pushed the full way, under a
 * tag of its own, so that a line the quiet-line skip passed without one (its bits for these short
 * needles are always complete) is cleaned as a plain line (cleanText).
 */
const CONTROL_NEEDLES = ["\r", "\u001b", "^[", "\u0000"];
/**
 * Elog lines (" * …", or "* " where an excerpt or a code block's indentation ate
 * the blank): only the eerror paragraph before a banner reads them (eerror.ts),
 * unless they also hold a needle above.
 */
const ELOG_START_NEEDLES = ["\n * ", "\n* "];
/**
 * The weak phase's signs (weak-phase.ts WEAK_PHASE_NEEDLES) that no other reader of a line looks for: no rule's
 * (noise rules' included), none of the structure's own, of the gate's needles above, nor the control, elog and
 * header needles below. PortageStructure.observe reads them only outside a section, so while one is open a line
 * holding nothing else passes the gate for nothing: the mixed bench block's `make -j4`, `Making all in src`,
 * `python3.11 -m pytest …` lines, ~370 of its 18,604 lines per MiB (docs/benchmarks.md, "session 19").
 * Under a tag of their own (WEAK_PHASE_BIT) so StreamingLog can tell such a line from the others.
 */
const WEAK_PHASE_ONLY_NEEDLES: ReadonlySet<string> = (() => {
  const weak = new Set(WEAK_PHASE_NEEDLES);
  const others = new Set([
    // Every line make's echo of a failed target holds (noise-make-error-echo: `*** [`) stays loud: the echo reads
    // the lines above it (ld's warning, round 36; a tool's complaint, round 47e).
    "*** [",
    ...LINE_GATE_NEEDLES.filter((needle) => !weak.has(needle)),
    ...SECTION_STRUCTURE_NEEDLES,
    ...LINE_RULES.flatMap((rule) => rule.needles),
    ...HEADER_NEEDLES,
  ]);
  return new Set([...weak].filter((needle) => !others.has(needle)));
})();
const FULL_BIT = 1;
const ELOG_BIT = 2;
const HEADER_BIT = 4;
const CONTROL_BIT = 8;
const WEAK_PHASE_BIT = 16;
const WEAK_PHASE_TAG = 4;
const TAGGED_GATE_NEEDLES = [
  ...LINE_GATE_NEEDLES.map((text) => ({ text, tag: WEAK_PHASE_ONLY_NEEDLES.has(text) ? WEAK_PHASE_TAG : 0 })),
  ...CONTROL_NEEDLES.map((text) => ({ text, tag: 3 })),
  ...ELOG_START_NEEDLES.map((text) => ({ text, tag: 1 })),
  // Header keys under a tag of their own: a header line is read once per key (GATE_HEADER).
  ...HEADER_NEEDLES.filter((needle) => !LINE_GATE_NEEDLES.includes(needle)).map((text) => ({ text, tag: 2 })),
];
/**
 * The gate over a line's text (gateOf): the weak phase's needles under tag 0 as before, so its scan stops at them
 * as at any needle that settles the verdict (gateOfBits calls WEAK_PHASE_BIT full either way; only StreamingLog's
 * quiet-line path tells the bits apart).
 */
const LINE_GATE = new NeedleScanner(
  TAGGED_GATE_NEEDLES.map(({ text, tag }) => ({ text, tag: tag === WEAK_PHASE_TAG ? 0 : tag })),
);
/** The same gate over a line's UTF-8 bytes, before decoding (streaming-log.ts). */
export const LINE_GATE_BYTES = NeedleScanner.overUtf8(TAGGED_GATE_NEEDLES);
/** Lines up to this number are also checked for the probe-log signature. */
const PROBE_LOG_LINES = 3;

/** How a line passed the gate: not at all, for the whole analysis, as an elog line only, or as a header line. */
export const GATE_SKIP = 0;
export const GATE_FULL = 1;
/**
 * An elog line (" * …") with no needle: only the eerror paragraph (eerror.ts) can
 * use it, so it skips cleanLine's other work, the structure and the rules.
 */
export const GATE_ELOG = 2;
/**
 * A line with a header key (" * USE:") and no other needle: once the header
 * holds that key the line changes nothing (PortageStructure.knowsHeaderLine),
 * otherwise it goes the whole way. A log has a header per emerge; the error-dense
 * bench block repeats them.
 */
export const GATE_HEADER = 3;
export type GateResult = typeof GATE_SKIP | typeof GATE_FULL | typeof GATE_ELOG | typeof GATE_HEADER;

/** The tag bits (LINE_GATE_BYTES) that settle the verdict: scanning may stop once they are in. */
export const FULL_GATE_BITS = FULL_BIT;
/** The tag bit (LINE_GATE_BYTES) of the characters cleanLine removes: "\r", ESC, "^[", NUL. */
export const CONTROL_GATE_BIT = CONTROL_BIT;
/** The tag bit (LINE_GATE_BYTES) of the needles only the weak phase reads (WEAK_PHASE_ONLY_NEEDLES). */
export const WEAK_PHASE_GATE_BIT = WEAK_PHASE_BIT;
/** The tags of LINE_GATE_BYTES: 0-4 (a scanner made from it with more needles puts them from here on). */
export const GATE_TAGS = WEAK_PHASE_TAG + 1;

/** The verdict of a line whose tag bits (LINE_GATE_BYTES, up to FULL_GATE_BITS) are `bits`. */
export function gateOfBits(bits: number): GateResult {
  if (bits & (FULL_BIT | CONTROL_BIT | WEAK_PHASE_BIT)) return GATE_FULL;
  if (bits & HEADER_BIT) return GATE_HEADER;
  return bits & ELOG_BIT ? GATE_ELOG : GATE_SKIP;
}

/**
 * GATE_SKIP when the raw line certainly leaves the analysis unchanged: the
 * structure is not waiting for it and its analysed text (a substring of its
 * first MAX_LINE_CHARS characters) holds none of the needles above.
 */
function gateOf(raw: string, structure: PortageStructure): GateResult {
  if (structure.awaitingLine) return GATE_FULL;
  return gateOfBits(LINE_GATE.tagBits(raw, 0, Math.min(raw.length, MAX_LINE_CHARS), FULL_BIT));
}

/**
 * True when `text` (a GATE_HEADER line) is a header line whose key the header
 * already holds: PortageStructure.observe would only call it framing (the first
 * value of a key wins) and nothing else reads it, so it changes nothing.
 */
function knownHeaderLine(text: string, header: LogHeader): boolean {
  const match = HEADER_LINE.exec(text);
  return match !== null && header[HEADER_FIELDS[match[1] as (typeof HEADER_KEYS)[number]]] !== undefined;
}

const HEADER_KEY_BYTES = HEADER_NEEDLES.map((needle) => Buffer.from(needle, "latin1"));
const SPACE = 0x20;
const TAB = 0x09;

/**
 * knownHeaderLine for a line still in bytes (bytes[from, to), up to its "\n"),
 * without decoding it: true only when its text certainly matches HEADER_LINE
 * (blanks, "* KEY:", blanks, a printable ASCII character, then no "\r" nor
 * U+2028/U+2029, whose UTF-8 starts with 0xE2) and the header holds that key.
 * A false may still be a known header line: it is then pushed and decided on its text.
 */
function knownHeaderBytes(bytes: Uint8Array, from: number, to: number, header: LogHeader): boolean {
  // The one "\r" before the break is cut off the text (StreamingLog.text).
  const end = to > from && bytes[to - 1] === 0x0d ? to - 1 : to;
  if (end - from > MAX_LINE_CHARS) return false;
  let at = from;
  while (at < end && (bytes[at] === SPACE || bytes[at] === TAB)) at++;
  for (let k = 0; k < HEADER_KEY_BYTES.length; k++) {
    const key = HEADER_KEY_BYTES[k];
    if (end - at < key.length) continue;
    let same = 0;
    while (same < key.length && bytes[at + same] === key[same]) same++;
    if (same < key.length) continue;
    if (header[HEADER_FIELDS[HEADER_KEYS[k]]] === undefined) return false;
    let value = at + key.length;
    const blanks = value;
    while (value < end && (bytes[value] === SPACE || bytes[value] === TAB)) value++;
    if (value === blanks || value === end || bytes[value] < 0x21 || bytes[value] > 0x7e) return false;
    for (let i = value; i < end; i++) if (bytes[i] === 0x0d || bytes[i] === 0xe2) return false;
    return true;
  }
  return false;
}

/**
 * gateOf for a line still in bytes: bytes[from, to) are its UTF-8 bytes without
 * the line break, at most MAX_LINE_CHARS of them (so the gate sees the whole line
 * either way). Only meaningful when `wantsNextLine()` is false.
 */
export function gateOfBytes(bytes: Uint8Array, from: number, to: number): GateResult {
  return gateOfBits(LINE_GATE_BYTES.tagBitsBytes(bytes, from, to, FULL_BIT));
}

/** gateOfBytes, as a yes or no. */
export function mayMatterBytes(bytes: Uint8Array, from: number, to: number): boolean {
  return gateOfBytes(bytes, from, to) !== GATE_SKIP;
}

export interface AnalyzerState {
  structure: PortageStructure;
  candidates: CandidateBook;
  errorLines: ErrorLine[];
  qaNotices: QaNotice[];
  failedTests: FailedTest[];
  /** The last `Aborting due to (serious) QA concerns` line: a warning-only notice above it was fatal after all. */
  qaAbortLine: number | null;
  /** First QA notice per segment: the primary when a QA check killed the build. */
  qaBySegment: Map<number, QaNotice>;
  bannerSegment: number | null;
  lineCount: number;
  /** The candidate whose detail lines are still being read (any line passes the gate then). */
  continuation: { lines: string[]; remaining: number; candidate: Candidate } | null;
  /** A rule whose match makes the next line a candidate (LineRule.nextLine). */
  nextLineRule: LineRule | null;
  /** The candidate whose rule set nextLineRule (the line a LineRule.reasonFor line may take the place of). */
  nextLineAbove: Candidate | null;
  /** The noise line whose rule set nextLineRule (the line a LineRule.takesLineAbove match makes the candidate). */
  nextLineNoise: { text: string; line: number } | null;
  infra: InfraWatcher;
  /** The prefix stripped from every line (line-prefix.ts), reported as is. */
  linePrefix: string | null;
  /** The elog paragraph being read (eerror.ts). */
  elog: ElogBlock;
  /** Its failure line when the paragraph ended right above the die banner. */
  elogBeforeBanner: ElogFailure | null;
  /** The first `[blocks B ]` row: it names the packages of the blocker sentence after it. */
  blockerRow: string | null;
  /** The distfile the latest download attempt is for (`>>> Downloading`, wget's request line). */
  distfile: string | null;
  /** A server answered a download (wget's or curl's HTTP error): the builder's network worked (infra.ts). */
  serverAnswered: boolean;
  /** The candidate of LogAnalyzerOptions.complaintLine, once read. */
  complaintAboveDie: Candidate | null;
  /** A makefile's last message lines, for make's bare `*** ERROR.  Stop.` below them (makefile-message.ts). */
  makefileMessages: MakefileMessages;
  /** Round 47e: the last lines past the gate, for make's echo of a failed recipe or ninja's `FAILED:` (recipe-complaint.ts). */
  recipeComplaints: RecipeComplaints;
  /** The lines that show a wheel being built by a PEP 517 backend (wheel-build.ts, round 40). */
  wheelBuild: WheelBuildSigns;
  /** pip's box around a subprocess's output, read without its indentation (pip-box.ts, round 47d). */
  pipBox: PipOutputBox;
  /** ld's last warnings, for collect2's verdict right below them (fatal-linker-warning.ts). */
  linkerWarnings: LinkerWarnings;
  /** A configure script's shell complaint, until the line after it shows the script went on. */
  configureComplaints: ConfigureComplaints;
  /** Test crashes distutils-r1 went on after (the next implementation's run). */
  swallowedCrashes: SwallowedCrashes;
  /** Each distfile's `>>> Downloading` attempts (DownloadAttempts), the latest MAX_COUNTED_DISTFILES files. */
  downloadAttempts: Map<string, DownloadAttempts>;
  /** The latest server answer to wget (wget-http-error), with the file it was for. */
  lastHttpAnswer: Candidate | null;
  /** Round 50: the last lines pushed, for the tail of the dying phase (dying-tail.ts). */
  lineRing: LineRing;
  /** Round 50: where the lines above the banner come from when the ring has a gap (StreamingLog's bytes). */
  tailSource: ((lineBefore: number) => string[] | null) | null;
  /** Round 50: the dying phase's last lines, taken when the first banner came (dying-tail.ts). */
  dyingTail: DyingTail | null;
  /** Round 51c: reads of the feeder's bytes left for the lines above a compiler's message (configure-check-output.ts). */
  checkOutputReads: number;
  /** Round 52e: the log's first `Failure/Error:` looked at the line above it (takeRspecExampleAbove). */
  rspecLookedBack: boolean;
}

export interface LogAnalyzerOptions {
  /** Results of attached files (test-suite.log, …) whose failed tests join the log's own. */
  attachments?: readonly AttachmentAnalysis[];
  /** False for the decorated-excerpt fallback's own second reading (no third one). */
  decorationFallback?: boolean;
  /**
   * Round 50: false, no reading of the dying phase's tail (readDyingTail) for a log too long to be held whole. Set
   * for the readings' own second analyzers.
   */
  dyingTail?: boolean;
  /** The line the last resort chose (last-resort.ts): recorded under its rule whatever the rules say of it. */
  lastResortLine?: number;
  /**
   * A tool's complaint above a die that only restates the failure (restated-die.ts): recorded as the last
   * resort's line is, and the primary over the die's own lines (result.ts).
   */
  complaintLine?: number;
  /**
   * False: make's echo of a failed recipe records no tool complaint above it (recipe-complaint.ts). A log held
   * whole (an excerpt) is read again so, and its last resort and round 26 read it as before round 47e.
   */
  recipeComplaints?: boolean;
}

export interface LogAnalyzer {
  /**
   * `gate`: what the plain byte gate said of the line's bytes (plainByteGate()
   * was true), so the same test on the text is skipped; without it the line is
   * gated here.
   */
  pushLine(text: string, gate?: GateResult): void;
  /** True when the next line must be pushed whatever it holds (first lines, structure waiting for it). */
  wantsNextLine(): boolean;
  /** Counts lines that mayMatterBytes rejected while wantsNextLine() was false, without pushing them. */
  skipLines(count: number): void;
  /**
   * The byte gate (streaming-log.ts): false when the line in bytes[from, to)
   * (without its break, at most MAX_LINE_CHARS bytes) certainly changes nothing.
   */
  mayMatterBytes(bytes: Uint8Array, from: number, to: number): boolean;
  /**
   * True when mayMatterBytes is, for the next line, exactly the exported
   * mayMatterBytes (nothing awaited, no prefix): StreamingLog may then skip
   * lines with LINE_GATE_BYTES.skipQuietLines on its own.
   */
  plainByteGate(): boolean;
  /**
   * True when the next line is pushed whatever it holds (plainByteGate() is false only because the core waits
   * for a line: a candidate's detail, a next-line rule, a configure complaint, the first lines) and yet the core
   * gates its text with the plain gate (gateOf: lines reach the core as they are, the structure is not waiting
   * for it). StreamingLog may then push it with the plain byte gate's verdict on its bytes (pushLine's `gate`)
   * instead of having its text gated here: the same verdict, by the quiet-line skip instead of the text DFA.
   */
  awaitedLineGate(): boolean;
  /**
   * For a line the plain byte gate called GATE_ELOG or GATE_HEADER (bytes[from,
   * to), up to its "\n"), while plainByteGate() is true: true, and the line
   * counted, when pushing it would change nothing else (an elog line the eerror
   * paragraph lets go by, ElogBlock.takeUnread; a header line whose key the
   * header holds, knownHeaderBytes), so it need not be decoded; false, with
   * nothing changed, when it must be pushed.
   */
  passesUnread(bytes: Uint8Array, from: number, to: number, gate: GateResult): boolean;
  /**
   * pushLine(raw, GATE_FULL) for a line the plain byte gate passed, while plainByteGate() is true, that
   * holds none of "\r", ESC, "^[" and NUL (the quiet-line skip knows): its text is cleaned by
   * cleanText as a plain line.
   */
  pushPlainLine(raw: string): void;
  /**
   * True when the weak phase's signs can change nothing for the next line (WEAK_PHASE_GATE_BIT): lines reach
   * the core as they are, nothing is awaited (plainByteGate()), a section is open (PortageStructure.observe
   * reads them only outside one), and no ld warning waits for make's echo of a failed target (a noise rule's
   * line, LinkerWarnings.madeFatalByMake, which the gate does not pass on its own). StreamingLog may then
   * gate a line without that bit (gateOfBits(bits & ~WEAK_PHASE_GATE_BIT)).
   */
  weakPhaseAsleep(): boolean;
  /**
   * pushPlainLine for a line StreamingLog gated by its bits without WEAK_PHASE_GATE_BIT (weakPhaseAsleep()) when
   * those bits were that bit alone: what pushCore would do with it, counting it and reading it into the recipe
   * complaints' last lines (round 47e: every line past the gate is one of them), without the rest, which such a
   * line cannot change.
   */
  pushWeakLine(raw: string): void;
  /**
   * Round 50: where the lines above the die banner come from when the analyzer was not pushed each of them
   * (StreamingLog's quiet lines): `source(line)` returns the log's lines right above line `line`, the one being
   * pushed, oldest first (at least TAIL_LINES of them, or TAIL_CHARS characters, where the log has them), or null.
   */
  setTailSource(source: (line: number) => string[] | null): void;
  finish(): LogAnalysis;
}

export function createLogAnalyzer(options: LogAnalyzerOptions = {}): LogAnalyzer {
  const state: AnalyzerState = {
    structure: new PortageStructure(),
    candidates: new CandidateBook(),
    errorLines: [],
    qaNotices: [],
    failedTests: [],
    qaBySegment: new Map(),
    qaAbortLine: null,
    bannerSegment: null,
    lineCount: 0,
    continuation: null,
    nextLineRule: null,
    nextLineAbove: null,
    nextLineNoise: null,
    infra: new infraModule.InfraWatcher(),
    linePrefix: null,
    elog: new ElogBlock(),
    elogBeforeBanner: null,
    blockerRow: null,
    distfile: null,
    downloadAttempts: new Map(),
    lastHttpAnswer: null,
    serverAnswered: false,
    complaintAboveDie: null,
    makefileMessages: new MakefileMessages(),
    recipeComplaints: new RecipeComplaints(),
    wheelBuild: new WheelBuildSigns(),
    pipBox: new PipOutputBox(),
    linkerWarnings: new LinkerWarnings(),
    configureComplaints: new ConfigureComplaints(),
    swallowedCrashes: new SwallowedCrashes(),
    lineRing: new LineRing(),
    tailSource: null,
    dyingTail: null,
    checkOutputReads: CHECK_OUTPUT_BYTE_READS,
    rspecLookedBack: false,
  };
  let rules: readonly LineRule[] = LINE_RULES;
  const lastResortLine = options.lastResortLine ?? 0;
  const complaintLine = options.complaintLine ?? 0;
  const testNames = new Set<string>();
  const tagBuffer = newLineTags();
  const recipeComplaintsOn = options.recipeComplaints !== false;
  /** The log was held whole (an excerpt): its readings ran, the dying tail's does not (round 50). */
  let heldWhole = false;

  const wantsNextLine = (): boolean =>
    state.lineCount < PROBE_LOG_LINES ||
    state.structure.awaitingLine ||
    state.continuation !== null ||
    state.nextLineRule !== null ||
    state.configureComplaints.awaiting;
  // The core's own: the prefix stage takes it over when it steps aside (lines then reach the core as they are).
  const corePlainByteGate = (): boolean => !wantsNextLine();
  // A prefix found on the first lines is stripped before this core sees them.
  const stage = detectingPrefix(
    {
      wantsNextLine,
      mayMatterBytes: (bytes, from, to) => wantsNextLine() || mayMatterBytes(bytes, from, to),
      plainByteGate: corePlainByteGate,
      setLinePrefix: (prefix) => {
        state.linePrefix = prefix;
      },
      skipLines(count: number): void {
        state.lineCount += count;
      },
      pushLine(raw: string, gate?: GateResult): void {
        pushCore(raw, gate, false);
      },
      finish(): LogAnalysis {
        state.structure.finish(state.lineCount);
        if (state.structure.die === null) forgetCandidates(state, state.swallowedCrashes.takeTrailing());
        // Round 36: the log ends on a configure script's `not found` complaints: nothing after them says it failed.
        if (state.configureComplaints.awaiting)
          state.candidates.dropSurvivable(state.structure.segment, isStrayConfigureComplaint);
        for (const test of (options.attachments ?? []).flatMap((a) => a.failedTests)) {
          recordFailedTestEntry(state, testNames, test);
        }
        return assembleAnalysis(state);
      },
    },
    options.decorationFallback === false
      ? undefined
      : (held, result, prefix) => {
          heldWhole = true;
          // Round 47e's recipe complaints are for logs too long to be held; an excerpt is read again without them.
          return recipeComplaintsOn && result.errorLines.some((entry) => entry.ruleId === RECIPE_COMPLAINT.id)
            ? readWithoutRecipeComplaints(held, options)
            : readAsLastResort(
                held,
                readAboveRestatingDie(
                  held,
                  readAcrossBannerGap(held, readUndecorated(held, result, options, prefix), options, prefix),
                  options,
                  prefix,
                ),
                options,
                prefix,
              );
        },
  );
  // Round 50: a log too long to be held whole gets the excerpt's readings over its dying phase's last lines.
  const finishStage = stage.finish;
  stage.finish = (): LogAnalysis => {
    const result = finishStage();
    return heldWhole || options.decorationFallback === false || options.dyingTail === false
      ? result
      : readDyingTail(state, result);
  };
  function pushCore(raw: string, gate: GateResult | undefined, plain: boolean): void {
    const line = ++state.lineCount;
    state.lineRing.see(raw, line);
    if (state.continuation) followContinuation(state, raw);
    if (state.nextLineRule && takeNextLine(state, testNames, cleanLine(detach(raw)), line)) return;
    if (state.configureComplaints.awaiting && state.configureComplaints.wentOnAfter(cleanLine(detach(raw))))
      state.candidates.dropSurvivable(state.structure.segment, isConfigureComplaint);
    const forced = line === lastResortLine || line === complaintLine;
    const passed = line <= PROBE_LOG_LINES || forced ? GATE_FULL : (gate ?? gateOf(raw, state.structure));
    if (passed === GATE_SKIP) return;
    if (passed === GATE_ELOG) {
      state.elog.take(cleanLine(raw), line);
      return;
    }
    // Past the gate a line may be kept: it must not pin the text it was cut from. A line
    // the byte gate passed (gate given) was decoded on its own and pins nothing.
    const cleaned = cleanText(gate === undefined ? detach(raw) : raw, plain);
    // Round 47d: inside pip's box (pip-box.ts) a line is read without the box's indentation.
    const text = state.pipBox.open ? state.pipBox.strip(cleaned) : cleaned;
    if (passed === GATE_HEADER && knownHeaderLine(text, state.structure.header)) return;
    // One needle pass for the infra watcher, the structure's atoms and the rules.
    const tags = lineTags(text, tagBuffer);
    state.infra.observe(text, line, hasTag(tags, INFRA_TAG));
    if (line <= PROBE_LOG_LINES && PROBE_LOG_FIRST_LINE.test(text)) rules = [AUTOCONF_ERROR];
    if (observeFraming(state, text, line, tags)) return;
    const elog = ELOG_LINE.test(text);
    // The checks below look for CORE_SIGN_TAG's needles (rules/gate.ts): most lines hold none.
    const signs = hasTag(tags, CORE_SIGN_TAG);
    if (signs) state.pipBox.observe(cleaned);
    if (signs && text.includes(QA_NOTICE_NEEDLE) && QA_NOTICE_PATTERN.test(text)) {
      recordQaNotice(state, text, line);
      if (elog) state.elog.skip(line, true);
      return;
    }
    if (signs && text.includes(QA_ABORT_NEEDLE) && isQaAbortLine(text)) state.qaAbortLine = line;
    if (signs && state.swallowedCrashes.opensRun(text))
      forgetCandidates(state, state.swallowedCrashes.takeSwallowed());
    state.wheelBuild.observe(text, line, hasTag(tags, WHEEL_TAG));
    if (signs && text.startsWith(CONFIG_STATUS_CREATED))
      state.candidates.dropSurvivable(state.structure.segment);
    // Round 48b: ant ran every target to the end; its javadoc task's errors above failed nothing.
    if (signs && text.startsWith(ANT_BUILD_SUCCESSFUL))
      state.candidates.dropIn(state.structure.segment, (c) => isAntJavadocLine(c.text));
    // The rule's fields are read from its facts (rules/facts.ts: one hidden class), its identity from facts.rule.
    let facts =
      rules === LINE_RULES ? firstMatchingFacts(text, tags) : factsOrNull(matchLineRule(text, rules));
    // A dead upstream host (it refused the connection, or its name does not exist while a server had answered) is
    // no network failure.
    if (facts?.rule === FETCH_NETWORK_ERROR && (upstreamGone(text) || deadName(state, text)))
      facts = factsOf(FETCH_UPSTREAM_GONE);
    // The exception ending emerge's own traceback outside any phase: emerge crashed, whatever the text
    // reads like (a helper's traceback inside a phase, doins.py, is the package's; a full disk explains all).
    else if (
      facts?.tier === TIER_ROOT &&
      state.structure.openSection === null &&
      state.infra.endsPortageTraceback(text, line)
    )
      facts = factsOf(PORTAGE_CRASH_EXCEPTION);
    // Round 44c: old ninja's `FAILED: <command>` and samurai's `job failed: <command>` name a link on their line.
    else if (facts?.rule === NINJA_FAILED_TARGET && isLinkCommand(failedLineCommand(text)))
      facts = factsOf(NINJA_FAILED_LINK);
    // Round 52a: cmp's verdict in a section of a phase that runs no tests is a build script comparing files.
    else if (facts?.rule === CMP_FILES_DIFFER && BUILD_PHASES.has(state.structure.openSection?.phase ?? ""))
      facts = factsOf(CMP_FILES_DIFFER_OUTSIDE_TEST);
    // The last resort's line (last-resort.ts) counts even where the rules call it noise or detail.
    if (forced && (!facts || facts.role === "noise" || facts.tier < TIER_ROOT))
      facts = factsOf(lastResortRule(text));
    if (recipeComplaintsOn) observeForRecipe(state, text, line, facts !== null && facts.role !== "noise");
    if (!facts && state.makefileMessages.observe(text, line)) return;
    if (!facts && state.linkerWarnings.observe(text, line)) return;
    // Round 36: make's echo right below ld's warnings (ld run by make itself): the warning failed the link.
    if (facts?.rule === MAKE_ERROR_ECHO) {
      const fatal = state.linkerWarnings.madeFatalByMake(text, line);
      if (fatal) recordHit(state, factsOf(LD_WARNING_MADE_FATAL), fatal.text, fatal.line);
      // Round 47e: the recipe's tool said what failed on the line above, in words no rule knows.
      const complaint = fatal || !recipeComplaintsOn ? null : state.recipeComplaints.above(line);
      if (complaint) recordHit(state, factsOf(RECIPE_COMPLAINT), complaint.text, complaint.line);
    }
    if (!facts || facts.role === "noise") {
      if (elog) state.elog.take(text, line);
      // Round 51b: a header that is no failure itself, over a list whose first entry is (rebar3's `Failures:`).
      if (facts?.nextLine) {
        state.nextLineRule = facts.nextLine;
        state.nextLineAbove = null;
        state.nextLineNoise = { text, line };
      }
      return;
    }
    const rule = facts.rule;
    if (elog) state.elog.skip(line, false);
    if (rule === WGET_HTTP_ERROR || rule === CURL_HTTP_ERROR) state.serverAnswered = true;
    if (text.startsWith(GAVE_UP_ON_FILE)) promoteOnlyAnswer(state, text);
    // Round 30b: make's bare stop restates the makefile's message just above it, the primary (same tier, earlier).
    const restated = rule === MAKE_MAKEFILE_ERROR ? state.makefileMessages.restatedBy(text, line) : null;
    if (restated) recordHit(state, factsOf(MAKEFILE_OWN_MESSAGE), restated.text, restated.line);
    if (rule === RSPEC_FAILURE_ERROR) takeRspecExampleAbove(state, testNames, line);
    // Round 31: collect2's verdict right below ld's warnings and no ld error: the warning was made fatal.
    if (rule === COLLECT2_LD_RETURNED) {
      const fatal = state.linkerWarnings.madeFatalBy(line);
      if (fatal) recordHit(state, factsOf(LD_WARNING_MADE_FATAL), fatal.text, fatal.line);
    } else if (facts.kind === "link") state.linkerWarnings.forget();
    // Round 51a: the driver refusing AC_PROG_CC's version probe (`gcc -V >&5`) in a pasted config.log is routine.
    if (rule === CC_DRIVER_ERROR && state.structure.weakPhase.configLogVersionProbeAt(line)) return;
    const candidate = recordHit(state, facts, text, line);
    if (facts.kind === "compile" || facts.kind === "link" || facts.kindWithoutPhase === "compile")
      markConfigureCheckOutput(state, line);
    if (rule === NINJA_FAILED_TARGET && recipeComplaintsOn)
      state.recipeComplaints.ninjaFailed(line, !text.startsWith("FAILED: "));
    if (facts.survivable) state.configureComplaints.recorded(text);
    state.swallowedCrashes.recorded(candidate);
    if (line === complaintLine) state.complaintAboveDie = candidate;
    if (facts.testName) recordFailedTest(state, testNames, facts, text, line);
    if (facts.nextLine) {
      state.nextLineRule = facts.nextLine;
      state.nextLineAbove = candidate;
    }
  }
  return Object.assign(stage, {
    awaitedLineGate(): boolean {
      return stage.plainByteGate === corePlainByteGate && !state.structure.awaitingLine;
    },
    pushPlainLine(raw: string): void {
      // Only while lines reach the core as they are (plainByteGate(): no prefix, no sample held).
      pushCore(raw, GATE_FULL, true);
    },
    passesUnread(bytes: Uint8Array, from: number, to: number, gate: GateResult): boolean {
      // Only while lines reach the core as they are (no prefix, no sample held, nothing awaited).
      if (!stage.plainByteGate()) return false;
      const line = state.lineCount + 1;
      const unread =
        gate === GATE_ELOG
          ? state.elog.takeUnread(line, bytes, from, to)
          : gate === GATE_HEADER && knownHeaderBytes(bytes, from, to, state.structure.header);
      if (unread) state.lineCount = line;
      return unread;
    },
    setTailSource(source: (line: number) => string[] | null): void {
      state.tailSource = source;
    },
    pushWeakLine(raw: string): void {
      const line = ++state.lineCount;
      state.lineRing.see(raw, line);
      const text = cleanText(raw, true);
      if (recipeComplaintsOn) observeForRecipe(state, text, line, false);
      if (ELOG_LINE.test(text)) state.elog.take(text, line);
    },
    weakPhaseAsleep(): boolean {
      return (
        stage.plainByteGate() &&
        state.structure.openSection !== null &&
        state.linkerWarnings.idleFrom(state.lineCount + 1)
      );
    },
  });
}

/**
 * The decorated-excerpt fallback (issue 10, rounds 14-15). A log short enough to be held whole by the
 * prefix stage (fewer than WHOLE_LOG_LINES non-empty lines: the excerpts people paste) whose lines carry
 * decoration of their own (decoration.ts: quotes, numbers, clocks, comment and list markers in any mix
 * and stack) is read again with each line stripped of it, when the first reading found no failure and
 * no success marker, or failed only on something weak (a die message, the call stack) that an
 * undecorated line may outrank. Line numbers stay the file's (one line per line). Which reading wins:
 * decoration.ts undecoratedReadingWins. Longer logs never get here: the stage has stopped holding
 * lines, so this costs them nothing.
 */
function readUndecorated(
  held: readonly string[],
  result: LogAnalysis,
  options: LogAnalyzerOptions,
  prefix: LinePrefix | null,
): LogAnalysis {
  if (!mayReadUndecorated(result)) return result;
  const lines = undecoratedLines(held, result.status === "failed" ? prefix : null);
  const decorated = lines.find((line) => line.decoration.length > 0);
  if (!decorated) return result;
  if (result.status !== "failed" && lines.some((line) => isSuccessLine(line.text))) return result;
  const again = createLogAnalyzer({ ...options, decorationFallback: false });
  for (const line of lines) again.pushLine(line.text);
  const second = again.finish();
  if (!undecoratedReadingWins(result, second)) return result;
  return { ...second, linePrefix: second.linePrefix ?? decorated.decoration };
}

/**
 * An eerror paragraph one empty line above the banner (an eclass's `echo` between its eerror and its die:
 * qmake-utils' `No project file found in …!`, round 19) in a short excerpt that failed on the die's own
 * lines: read again with that line as an empty elog line, so the paragraph ends right above the banner
 * (eerror.ts). Only here, where the excerpt is held whole: a streamed log never sees its empty lines.
 */
function readAcrossBannerGap(
  held: readonly string[],
  result: LogAnalysis,
  options: LogAnalyzerOptions,
  prefix: LinePrefix | null,
): LogAnalysis {
  if (result.status !== "failed" || !DIE_LINE_RULES.has(result.primary?.ruleId ?? "") || !result.die)
    return result;
  const lines = undecoratedLines(held, prefix).map((line) => line.text);
  const gap = result.die.line - 2;
  if (gap < 1 || lines[gap].trim() !== "" || !ELOG_LINE.test(lines[gap - 1])) return result;
  lines[gap] = " * ";
  const again = createLogAnalyzer({ ...options, decorationFallback: false });
  for (const line of lines) again.pushLine(line);
  const second = again.finish();
  return second.primary?.ruleId === "portage-eerror" ? second : result;
}

/** The die's own lines: its message, the eerror line above it, its call stack's frame, its banner. */
const RESTATING_DIE_RULES: ReadonlySet<string> = new Set([
  "portage-die-message",
  "portage-eerror",
  "portage-die-call-stack",
  "portage-die-banner",
]);

/**
 * Round 26 (restated-die.ts): a short excerpt that failed on a die saying only that its step failed (or on a
 * message-less die's frame or banner) is read again with the tool's complaint a few lines above the banner as
 * the primary; round 30b: so is one whose message repeats a line printed just above the banner (echoAboveDie).
 * Line numbers stay the file's.
 */
function readAboveRestatingDie(
  held: readonly string[],
  result: LogAnalysis,
  options: LogAnalyzerOptions,
  prefix: LinePrefix | null,
): LogAnalysis {
  const primary = result.primary;
  if (result.status !== "failed" || !result.die || !primary || !RESTATING_DIE_RULES.has(primary.ruleId))
    return result;
  // The die's frame or banner stands for a die without a message: it says nothing, so nothing to test.
  const messageless = primary.ruleId === "portage-die-call-stack" || primary.ruleId === "portage-die-banner";
  const restates = messageless || restatesFailure(primary.text);
  const message = primary.ruleId === "portage-die-message" ? result.die.message : null;
  if (!restates && !message) return result;
  const lines = undecoratedLines(held, prefix).map((line) => line.text);
  const bannerIndex = result.die.line - 1;
  let at = restates ? complaintAboveDie(lines, bannerIndex) : -1;
  // Round 30b: a die message that repeats a line printed just above it (an eerror whose ` * ` a paste lost).
  if (at < 0 && message) at = echoAboveDie(lines, held, bannerIndex, message);
  if (at < 0) return result;
  const again = createLogAnalyzer({ ...options, decorationFallback: false, complaintLine: at + 1 });
  for (const line of lines) again.pushLine(line);
  const second = again.finish();
  return second.primary?.line === at + 1 ? second : result;
}

/** Every rule a reading's primary may name, by id: the rules' own and the last resort's (readDyingTail). */
const READING_RULES: ReadonlyMap<string, LineRule> = new Map(
  [...LINE_RULES, ...LAST_RESORT_RULES].map((rule) => [rule.id, rule]),
);

/**
 * Round 50: the first die banner came (line `banner`): the dying phase's last lines above it are kept (dying-tail.ts),
 * from the analyzer's own ring when every one of them was pushed, else from the feeder (StreamingLog's bytes). Not
 * under a paste prefix (a full log has none; the feeder's lines would still carry it).
 */
function takeDyingTail(state: AnalyzerState, banner: number): void {
  const structure = state.structure;
  if (state.linePrefix !== null) return;
  const lines = state.lineRing.linesBefore(banner) ?? state.tailSource?.(banner) ?? null;
  if (!lines) return;
  const open = structure.openSection;
  const cut = open ? open.startLine : (structure.sections.at(-1)?.endLine ?? 0);
  const tail = takeTail(lines.length > 4 * TAIL_LINES ? lines.slice(-4 * TAIL_LINES) : lines, banner, cut);
  state.dyingTail = { ...tail, phase: open?.phase ?? null };
}

/**
 * Round 50 (dying-tail.ts): a log too long to be held whole that failed on a die saying only that its step failed
 * (`emake failed`, `Make check failed. See above for details.`, a message-less die's frame or banner) is given the
 * readings an excerpt gets, over its dying phase's last lines: round 26's tool complaint above the banner
 * (complaintAboveDie), else those lines read as a pasted excerpt (the last resort, the decorated-excerpt and recipe
 * readings). An answer naming one of those lines takes the place round 26's complaint has (result.ts: over the
 * die's own lines, under every candidate of a rule), recorded as the excerpt's reading records it.
 */
function readDyingTail(state: AnalyzerState, result: LogAnalysis): LogAnalysis {
  const tail = state.dyingTail;
  const die = result.die;
  const primary = result.primary;
  if (!tail || tail.lines.length === 0 || result.status !== "failed" || !die || !primary) return result;
  if (!saysOnlyThatItFailed(primary.ruleId, primary.text)) return result;
  const texts = tail.lines.map((raw) => cleanLine(raw));
  const at = complaintAboveDie([...texts, ""], texts.length);
  let taken: { index: number; text: string; rule: LineRule } | null = null;
  if (at >= 0) taken = { index: at, text: texts[at], rule: forcedRule(texts[at]) };
  else {
    const excerpt = createLogAnalyzer({ dyingTail: false });
    for (const raw of tail.lines) excerpt.pushLine(raw);
    const read = excerpt.finish();
    const rule = READING_RULES.get(read.primary?.ruleId ?? "");
    const line = read.primary?.line ?? 0;
    if (read.status === "failed" && read.primary && rule && line >= 1 && line <= tail.lines.length)
      taken = { index: line - 1, text: read.primary.text, rule };
  }
  if (!taken || wentOnAfter(texts, taken.index)) return result;
  const line = tail.first + taken.index;
  const text = clip(taken.text.trim());
  state.complaintAboveDie = {
    line,
    text,
    rule: taken.rule,
    segment: state.bannerSegment ?? state.structure.segment,
    phase: tail.phase,
  };
  insertErrorLine(state, { line, text, ruleId: taken.rule.id, severity: taken.rule.severity });
  return assembleAnalysis(state);
}

/**
 * Compile steps begun below a line of the dying tail that say the build went on after it (a version probe's `fatal:
 * not a git repository`): as many as round 47e's reach above make's echo (recipe-complaint.ts).
 */
const WENT_ON_STEPS = 8;

function wentOnAfter(texts: readonly string[], index: number): boolean {
  let steps = 0;
  for (let i = index + 1; i < texts.length && steps < WENT_ON_STEPS; i++)
    if (startsCompileStep(texts[i])) steps++;
  return steps >= WENT_ON_STEPS;
}

/** The rule a forced line (the last resort's, a complaint's) is recorded under: pushCore's `forced`. */
function forcedRule(text: string): LineRule {
  const rule = matchLineRule(text);
  return rule && rule.role !== "noise" && rule.tier >= TIER_ROOT ? rule : lastResortRule(text);
}

/** An error line recorded after the log was read (readDyingTail), in its place by line number. */
function insertErrorLine(state: AnalyzerState, entry: ErrorLine): void {
  const list = state.errorLines;
  const at = list.findIndex((e) => e.line > entry.line);
  if (at === -1) pushErrorLine(state, entry);
  else {
    list.splice(at, 0, entry);
    if (list.length > MAX_ERROR_LINES) list.pop();
  }
}

/** A held excerpt read again as before round 47e: no recipe complaints, the fallbacks as they were. */
function readWithoutRecipeComplaints(held: readonly string[], options: LogAnalyzerOptions): LogAnalysis {
  const again = createLogAnalyzer({ ...options, recipeComplaints: false });
  for (const line of held) again.pushLine(line);
  return again.finish();
}

/**
 * Round 47e: a line past the gate into the recipe complaints' last lines (`read`: a rule took it); under ninja's
 * `FAILED:` and its command, a tool's complaint no rule reads is recorded.
 */
function observeForRecipe(state: AnalyzerState, text: string, line: number, read: boolean): void {
  const underNinja = state.recipeComplaints.observe(text, line, read);
  if (underNinja) recordHit(state, factsOf(RECIPE_COMPLAINT), underNinja.text, underNinja.line);
}

/**
 * The last resort (last-resort.ts): a short excerpt (held whole) that neither reading found failed nor
 * saw succeed is read once more with its first line that sounds like trouble recorded as a root cause.
 * Line numbers stay the file's.
 */
function readAsLastResort(
  held: readonly string[],
  result: LogAnalysis,
  options: LogAnalyzerOptions,
  prefix: LinePrefix | null,
): LogAnalysis {
  if (result.status === "failed") return result;
  // A config.log or CMakeError.log read as a main log is all failed probes (`rules`, below).
  if (held.slice(0, PROBE_LOG_LINES).some((line) => PROBE_LOG_FIRST_LINE.test(line.trim()))) return result;
  const lines = undecoratedLines(held, prefix);
  if (lines.some((line) => isSuccessLine(line.text))) return result;
  const texts = lines.map((line) => line.text);
  // Round 29b: a slot conflict cut below its banner says what failed before any line's words do.
  const conflict = slotConflictWithoutBanner(texts);
  const at = conflict >= 0 ? conflict : firstTroubleLine(texts);
  if (at < 0) return result;
  const again = createLogAnalyzer({ ...options, decorationFallback: false, lastResortLine: at + 1 });
  for (const line of lines) again.pushLine(line.text);
  const second = again.finish();
  if (second.status !== "failed") return result;
  const decorated = lines.find((line) => line.decoration.length > 0);
  return { ...second, linePrefix: second.linePrefix ?? decorated?.decoration ?? result.linePrefix };
}

function factsOrNull(rule: LineRule | null): RuleFacts | null {
  return rule === null ? null : factsOf(rule);
}

/** Analyzes a whole log held in memory (tests, small uploads). */
export function analyzeLogText(text: string): LogAnalysis {
  const analyzer = createLogAnalyzer();
  for (const line of splitLogText(text)) analyzer.pushLine(line);
  return analyzer.finish();
}

/** Gradle's mark before a nested cause (`> `, `   > `), trimmed already. */
const NESTING_MARK = /^> +/;

/**
 * The line after a header rule (Gradle's "* What went wrong:") is the message. False when the line is still to be
 * read as any other: it gave no reason for the line above (LineRule.reasonFor).
 */
function takeNextLine(state: AnalyzerState, testNames: Set<string>, text: string, line: number): boolean {
  const expected = state.nextLineRule;
  const rule =
    expected?.otherwise && !expected.pattern.test(text) && expected.otherwise.pattern.test(text)
      ? expected.otherwise
      : expected;
  const above = state.nextLineAbove;
  const noise = state.nextLineNoise;
  state.nextLineRule = null;
  state.nextLineAbove = null;
  state.nextLineNoise = null;
  if (rule?.relabels) {
    const relabelled = above?.rule.nextLine === rule && rule.pattern.test(text) ? rule.relabels(text) : null;
    if (above && relabelled) above.rule = relabelled;
    return false;
  }
  // Round 51b: a list that opens a few lines below its header (mocha's totals, rebar3's `Failures:`); round 52g:
  // a reason a few blank lines below its wrapper (rustbuild's padded panic message).
  if (rule?.passesOver && !rule.pattern.test(text)) {
    if (rule.passesOver.test(text)) {
      state.nextLineRule = rule;
      state.nextLineAbove = above;
      state.nextLineNoise = noise;
    }
    return false;
  }
  if (rule?.reasonFor) {
    const reason = rule.pattern.test(text) && above?.rule.nextLine === rule && rule.reasonFor(above.text);
    if (reason) giveReason(state, above, rule, text, line);
    return reason;
  }
  if (!rule?.pattern.test(text)) return true;
  // Read from the facts as pushCore does (rules/facts.ts).
  const facts = factsOf(rule);
  // Round 52a: the verdict makes the line above it the failure (unittest's row of a test that printed output).
  if (rule.takesLineAbove) {
    if (noise) {
      recordHit(state, facts, noise.text, noise.line);
      if (facts.testName) recordFailedTest(state, testNames, facts, noise.text, noise.line);
    }
    return true;
  }
  const trimmed = text.trim();
  const candidate = recordHit(state, facts, trimmed, line);
  if (facts.testName) recordFailedTest(state, testNames, facts, trimmed, line);
  if (facts.nextLine) {
    state.nextLineRule = facts.nextLine;
    state.nextLineAbove = candidate;
  }
  return true;
}

/**
 * Round 30a: the line under a wrapper (Gradle's `> Could not resolve …` under `A problem occurred evaluating
 * project ':app'.`) says what the wrapper only announces: it takes the wrapper's place among the candidates (its
 * tier, its turn), so a cause read before the wrapper still comes first. Gradle's `> ` nesting mark is no part of
 * the message the title is made from.
 */
function giveReason(
  state: AnalyzerState,
  wrapper: Candidate,
  rule: LineRule,
  text: string,
  line: number,
): void {
  const stored = clip(text.trim().replace(NESTING_MARK, ""));
  if (state.continuation?.candidate === wrapper) state.continuation = null;
  Object.assign(wrapper, { line, text: stored, rule, continuation: undefined });
  pushErrorLine(state, { line, text: stored, ruleId: rule.id, severity: rule.severity });
  if (rule.conclusive) state.candidates.noteConclusive(wrapper, state.structure.die !== null);
}

/** `tags`: the line's lineTags (rules/gate.ts), which say what the structure would search the line for. */
function observeFraming(state: AnalyzerState, text: string, line: number, tags: Uint32Array): boolean {
  const structure = state.structure;
  const hadBanner = structure.die !== null;
  if (text.startsWith(">>> Downloading ")) {
    state.distfile = downloadingDistfile(text);
    if (state.distfile !== null) countDownloadAttempt(state.downloadAttempts, state.distfile, text, line);
    state.candidates.dropFetchAttempts(state.distfile);
  } else if (text.startsWith("--")) state.distfile = wgetRequestDistfile(text) ?? state.distfile;
  else if (hasTag(tags, WGET_SAVED_TAG)) {
    const saved = wgetSavedDistfile(text);
    if (saved !== null) state.candidates.dropFetchAttempts(saved, false);
  }
  if (!state.serverAnswered && hasTag(tags, SERVER_ANSWER_TAG) && serverRefused(text))
    state.serverAnswered = true;
  const framing = structure.observe(text, line, hasTag(tags, ATOM_TAG), structureSigns(tags));
  if (!hadBanner && structure.die) {
    state.bannerSegment = structure.segment;
    takeDyingTail(state, line);
    // A depend-phase die comes from sourcing the ebuild: no ebuild function printed the lines above it.
    if (structure.die.phase !== "depend") state.elogBeforeBanner = state.elog.failureBefore(line);
    pushErrorLine(state, { line, text: clip(text), ruleId: "portage-die-banner", severity: "error" });
  }
  return framing;
}

/** A download failure naming a host that did not resolve, after a server answered (infra.ts unknownHostOf). */
function deadName(state: AnalyzerState, text: string): boolean {
  return state.serverAnswered && unknownHostOf(text) !== null;
}

/** Candidates a later line showed the build went on after (swallowed-crash.ts). */
function forgetCandidates(state: AnalyzerState, stale: readonly Candidate[]): void {
  if (stale.length === 0) return;
  const gone = new Set(stale);
  for (const segment of new Set(stale.map((c) => c.segment)))
    state.candidates.dropIn(segment, (c) => gone.has(c));
}

/**
 * Round 51c: how many times a log's compiler messages may read the feeder's bytes (StreamingLog's last 33 KiB,
 * decoded) for the lines above them when the analyzer's ring has a gap there: the first messages of a failure.
 */
const CHECK_OUTPUT_BYTE_READS = 8;

/**
 * Round 51c (configure-check-output.ts): a compiler's or linker's message right under an autoconf check's
 * `checking …` line or its `conftest.c` include chain is the check's: weak-phase.ts marks it as config.log's check
 * command is marked (configure, result.ts configLogProbe).
 */
function markConfigureCheckOutput(state: AnalyzerState, line: number): void {
  const weakPhase = state.structure.weakPhase;
  if (weakPhase.configLogProbeAt(line)) return;
  const above = linesRightAbove(state, line);
  if (above && printedByConfigureCheck(above)) weakPhase.markCheckOutput(line);
}

/** The `reach` lines above `line`, from the ring, else (a gap) the feeder's bytes; null when neither. */
function linesRightAbove(state: AnalyzerState, line: number, reach = CHECK_OUTPUT_REACH): string[] | null {
  const above: string[] = [];
  for (let n = Math.max(1, line - reach); n < line; n++) {
    const text = state.lineRing.lineAt(n);
    if (text === null) {
      // Not under a paste prefix: the feeder's lines would still carry it.
      if (state.tailSource === null || state.linePrefix !== null || state.checkOutputReads <= 0) return null;
      state.checkOutputReads--;
      return state.tailSource(line)?.slice(-reach) ?? null;
    }
    above.push(text);
  }
  return above;
}

/**
 * Round 52e: RSpec's numbered example (`  1) Group example`) right above the log's first `Failure/Error:` names the
 * failed test (LABELLING.md convention 19) when the paste cut the `Failures:` header that reads it otherwise
 * (RSPEC_FIRST_FAILURE as that header's nextLine; read twice, it is still one error line and one failed test). Its
 * line passes no gate needle (too common), so it is read only from here.
 */
function takeRspecExampleAbove(state: AnalyzerState, testNames: Set<string>, line: number): void {
  if (state.rspecLookedBack) return;
  state.rspecLookedBack = true;
  const raw = linesRightAbove(state, line, 1)?.at(-1);
  const above = raw === undefined ? "" : cleanLine(raw);
  if (!RSPEC_FIRST_FAILURE.pattern.test(above)) return;
  const facts = factsOf(RSPEC_FIRST_FAILURE);
  const text = above.trim();
  recordHit(state, facts, text, line - 1);
  recordFailedTest(state, testNames, facts, text, line - 1);
}

/** `facts`: the rule's (rules/facts.ts), whose fields are read here instead of the rule's. */
function recordHit(state: AnalyzerState, facts: RuleFacts, text: string, line: number): Candidate {
  const structure = state.structure;
  if (facts.kind === "collision") structure.markCollision();
  const stored = clip(text);
  const candidate: Candidate = {
    line,
    text: stored,
    rule: facts.rule,
    segment: structure.segment,
    phase: structure.openSection?.phase ?? null,
    distfile: state.distfile,
  };
  if (announcesDetail(stored) || SLOT_CONFLICT_START.test(stored)) {
    candidate.continuation = [];
    state.continuation = { lines: candidate.continuation, remaining: CONTINUATION_LINES, candidate };
  }
  if (facts.id === DEPENDENCY_BLOCKER.id) state.blockerRow ??= stored;
  else if (facts.id === DEPENDENCY_BLOCKER_SUMMARY.id && state.blockerRow)
    candidate.continuation = [state.blockerRow];
  // Round 48b: autoconf's verdict names what is missing; its probes' compiler and linker lines above led to it.
  // Round 51a: not a linker refusing an option under `compiler cannot create executables`: that names nothing, and
  // the refused flag (LDFLAGS) is why the probe could not link.
  if (facts.rule === AUTOCONF_ERROR) {
    const linkerSaysWhy = COMPILER_CANNOT_CREATE_EXECUTABLES.test(stored);
    state.candidates.dropIn(
      structure.segment,
      (c) =>
        isConfigureProbeLine(c, structure.weakPhase.phaseAt(c.line)) &&
        !(linkerSaysWhy && LINKER_REFUSED_OPTION.test(c.text)),
    );
  }
  state.candidates.record(candidate, structure.die !== null, facts);
  if (facts.rule === WGET_HTTP_ERROR) state.lastHttpAnswer = candidate;
  // A tier-0 line (ninja's `build stopped`) stands in for a missing die message: no error line.
  if (facts.tier > TIER_DIE)
    pushErrorLine(state, { line, text: stored, ruleId: facts.id, severity: facts.severity });
  return candidate;
}

/**
 * A distfile's `>>> Downloading` attempts: how many URIs they went to (round 27: a single URI's answer is the
 * reason; round 29b: parallel-fetch's background fetch and the build's own both try the same URI, counted once),
 * and the latest attempt's line text and line number.
 */
export interface DownloadAttempts {
  uris: number;
  latest: string;
  line: number;
}

/**
 * Distfiles whose attempts are counted: Portage fetches one file at a time, so only the latest matter, and a
 * hostile log of a million distinct `>>> Downloading` lines must not grow the analyzer's state.
 */
export const MAX_COUNTED_DISTFILES = 256;

/**
 * One more `>>> Downloading` attempt of `distfile` (its line `text`, number `line`): one more URI unless the
 * latest attempt was the same. Past MAX_COUNTED_DISTFILES files the oldest is forgotten.
 */
export function countDownloadAttempt(
  attempts: Map<string, DownloadAttempts>,
  distfile: string,
  text: string,
  line: number,
): void {
  const known = attempts.get(distfile);
  if (known === undefined && attempts.size >= MAX_COUNTED_DISTFILES) {
    const oldest = attempts.keys().next().value;
    if (oldest !== undefined) attempts.delete(oldest);
  }
  const uris = (known?.uris ?? 0) + (known?.latest === text ? 0 : 1);
  attempts.set(distfile, { uris, latest: text, line });
}

const GAVE_UP_ON_FILE = "!!! Couldn't download '";

/**
 * Portage gave up on a file it tried at one URI only (round 27, LABELLING.md convention 8): the server's
 * answer to that attempt (`2024-11-05 17:56:47 ERROR 404: Not Found.`) is the reason, ahead of the summary.
 * With mirrors tried first a 404 stays detail (a mirror's 404 is routine).
 */
function promoteOnlyAnswer(state: AnalyzerState, text: string): void {
  const answer = state.lastHttpAnswer;
  const file = couldNotDownloadDistfile(text);
  if (answer === null || file === null || state.downloadAttempts.get(file)?.uris !== 1) return;
  if (answer.distfile !== file && !answerAmidOtherDownload(state, answer, file)) return;
  state.lastHttpAnswer = null;
  state.candidates.record({ ...answer, rule: WGET_HTTP_ERROR_ONLY_URI }, state.structure.die !== null);
}

/**
 * Round 29b: another download's lines between this file's request and wget's answer (parallel-fetch's background
 * fetch printing to the same terminal) credit the answer to the file whose request came last. It is this file's
 * answer when that other file's latest attempt began after this file's only one and before the answer (a download
 * running alongside; one begun after the answer says the answer was the other's, a retry). A name only a wrapped
 * request line gave (no `>>> Downloading` of it) is none. A later reason of a failed attempt (a network failure)
 * still outranks the answer (candidates.ts).
 */
function answerAmidOtherDownload(state: AnalyzerState, answer: Candidate, file: string): boolean {
  const started = state.downloadAttempts.get(file)?.line;
  const other = answer.distfile == null ? undefined : state.downloadAttempts.get(answer.distfile)?.line;
  if (started === undefined || other === undefined) return false;
  return started < other && other < answer.line;
}

function followContinuation(state: AnalyzerState, raw: string): void {
  const pending = state.continuation;
  if (!pending) return;
  const text = cleanLine(raw);
  const ends =
    CONTINUATION_END.test(text) && !(pending.candidate.rule.detailOnElogLines && ELOG_LINE.test(text));
  if (ends || --pending.remaining <= 0) state.continuation = null;
  else {
    pending.lines.push(detach(text.slice(0, CONTINUATION_CHARS)));
    // The Manifest entry that failed is a downloaded distfile: a fetch failure (rules/fetch.ts).
    if (pending.candidate.rule === MANIFEST_DIGEST_FAILED && DIGEST_DISTFILE_LINE.test(text))
      pending.candidate.rule = MANIFEST_DIGEST_DISTFILE;
  }
}

function pushErrorLine(state: AnalyzerState, entry: ErrorLine): void {
  const list = state.errorLines;
  if (list.length >= MAX_ERROR_LINES) return;
  if (list.length > 0 && list[list.length - 1].text === entry.text) return;
  list.push(entry);
}

function recordQaNotice(state: AnalyzerState, text: string, line: number): void {
  const notice = { line, text: clip(text.trim()), ruleId: qaRuleIdFor(text) };
  if (state.qaNotices.length < MAX_QA_NOTICES) state.qaNotices.push(notice);
  const segment = state.structure.segment;
  if (!state.qaBySegment.has(segment) && state.qaBySegment.size < 1024)
    state.qaBySegment.set(segment, notice);
}

function recordFailedTest(
  state: AnalyzerState,
  seen: Set<string>,
  facts: RuleFacts,
  text: string,
  line: number,
): void {
  const name = facts.testName?.(text).slice(0, 500) ?? "";
  recordFailedTestEntry(state, seen, { name, line, source: facts.id });
}

function recordFailedTestEntry(state: AnalyzerState, seen: Set<string>, test: FailedTest): void {
  if (test.name.length === 0 || seen.has(test.name) || state.failedTests.length >= MAX_FAILED_TESTS) return;
  seen.add(test.name);
  state.failedTests.push(test);
}

function clip(text: string): string {
  // detach: the cut must not keep the rest of a 64 KiB line alive.
  return text.length > MAX_CANDIDATE_CHARS ? detach(text.slice(0, MAX_CANDIDATE_CHARS)) : text;
}
