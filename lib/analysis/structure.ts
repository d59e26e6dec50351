// Streaming tracker of the Portage structure of a log: header, phase sections,
// die banner, attachment pointers and the package atom. Its state is bounded
// (a fixed set of fields plus at most MAX_SECTIONS sections and MAX_HINTS hints).
import type { StackFrame } from "./call-stack";
import * as callStackModule from "./call-stack";
import { NeedleScanner } from "./needle-scan";
import type { HintRule } from "./portage-patterns";
import * as patternsModule from "./portage-patterns";
import type { AttachmentHint, DieBanner, LogHeader, PhaseSection } from "./types";
import { SCONS_READING_NEEDLE, WEAK_PHASE_NEEDLES, WeakPhase } from "./weak-phase";

// Module-level bindings of the imports used per line: an import compiled to CommonJS
// (tsx, bundles) is a getter call at every use (analyzer.ts; docs/benchmarks.md).
const { CALL_STACK_HEADER, DieCallStack, isLooseFrame, looseFrame } = callStackModule;
const {
  ATOM_SOURCES,
  ATTACHMENT_HINTS,
  attachmentRoleFor,
  COLLISION_OWNER,
  DIE_BANNER,
  DIE_MESSAGE_HEADER,
  FAILED_TO_EMERGE,
  HEADER_NEEDLES,
  HEADER_LINE,
  LEGACY_DIE_BANNER,
  WRAPPED_DIE_BANNER_HEAD,
  WRAPPED_DIE_BANNER_PHASE,
  LEGACY_DIE_FUNCTION,
  MERGE_WOULD_NOT_ABORT,
  MERGED_DESPITE_COLLISIONS,
  NOT_MERGED,
  PACKAGE_FETCH,
  PACKAGE_FETCH_NEEDLES,
  SECTION_ENDS,
  SECTION_STARTS,
  SUCCESS_MARKER,
} = patternsModule;

const MAX_SECTIONS = 256;
const MAX_HINTS = 32;
/** How far below a message-less banner the call stack may start. */
const STACK_SEARCH_LINES = 4;

export class PortageStructure {
  readonly header: LogHeader = {};
  readonly sections: PhaseSection[] = [];
  readonly hints: AttachmentHint[] = [];
  die: DieBanner | null = null;
  /** Line of the die message (the line after the banner), when it has one. */
  dieMessageLine: number | null = null;
  /** The cat/pf seen outside the header and banner (collision, fetch, resolver output). */
  otherAtom: string | null = null;
  private otherAtomRank = Number.POSITIVE_INFINITY;
  /** The frames under the banner; the primary when die got no message. */
  readonly callStack = new DieCallStack();
  /**
   * The phase a call stack without banner names (call-stack.ts looseFrame): an excerpt cut
   * below the banner still says the die ran in src_test. The outermost such frame of the last stack.
   */
  looseStackPhase: string | null = null;
  /**
   * Round 30b: the first call stack without banner that reached its `Called die`, read as the banner's stack is
   * (call-stack.ts): its most specific frame stands for the die (LABELLING.md convention 3), also cut at the
   * top and with the ` * ` gone (`environment, line 672:  Called esetup.py 'build'` above `Called die`).
   */
  looseDie: { dieLine: number; frame: StackFrame } | null = null;
  /** The loose stack being read (its frames are consecutive lines), and whether a frame kept its ` * `. */
  private readonly looseStack = new DieCallStack();
  private looseStackStarred = false;
  /** The phase weaker signs give a line outside the sections (weak-phase.ts), below all the above. */
  readonly weakPhase = new WeakPhase();
  /** The line of the last frame read outside a banner's stack (a new stack starts after a gap). */
  private looseFrameLine = -2;
  /** The current loose stack has named its phase already. */
  private looseStackOpen = false;
  /** Lines after a message-less banner still searched for " * Call stack:". */
  private stackSearchLines = 0;
  collisionOwner: string | null = null;
  /** The command the die's "specific snippet of code" runs (`sed -i … || die` -> "sed"). */
  dieSnippetTool: string | null = null;
  private awaitingSnippet = false;
  /**
   * The message a die without one after its banner was called with (`die "setup build failed"` in the
   * snippet), as its literal parts, and the lines after the snippet still searched for it.
   */
  private snippetMessage: readonly string[] | null = null;
  private snippetMessageLines = 0;
  succeeded = false;
  /**
   * Emerge's own verdict, `>>> Failed to emerge cat/pf, Log file:` (the first): an excerpt in which no line says
   * why still failed (round 22, the lead).
   */
  failedToEmerge: { line: number; text: string } | null = null;
  /** The latest line showing a package's download under way (PACKAGE_FETCH), or null. */
  private packageFetchLine: number | null = null;
  /** Portage merged the package over a file collision (a warning, not a failure). */
  collisionTolerated = false;
  /** A `NOT merged` line came: `would like the merge to abort` (before or after it) excuses nothing. */
  private collisionRefused = false;
  /** Bumped whenever a section opens or closes: error candidates are grouped by segment. */
  segment = 0;
  openSection: PhaseSection | null = null;
  private pendingHint: HintRule | null = null;
  private awaitingDieMessage = false;
  /** Lines after a `!!! ERROR:` banner still searched for its `!!! message` (a call stack may come first). */
  private legacyMessageLines = 0;
  private awaitingCollisionOwner = false;
  /** A banner's first part wrapped onto two lines (WRAPPED_DIE_BANNER_HEAD), joined to the next line. */
  private pendingBanner: { text: string; line: number } | null = null;

  /**
   * True when the next line is read whatever it holds (the die message after the
   * banner, a hint's path, a collision's owner). Otherwise `observe` ignores every
   * line that neither starts with ">" nor contains one of STRUCTURE_NEEDLES.
   */
  get awaitingLine(): boolean {
    return (
      this.pendingHint !== null ||
      this.pendingBanner !== null ||
      this.awaitingDieMessage ||
      this.awaitingCollisionOwner ||
      this.awaitingSnippet ||
      this.snippetMessageLines > 0 ||
      this.callStack.reading ||
      this.stackSearchLines > 0 ||
      this.weakPhase.afterCompiledLines > 0
    );
  }

  /**
   * Feeds one cleaned line; returns true when it is Portage framing that no error
   * rule should see. `namesAtom`: whether it holds one of ATOM_NEEDLES, when known; `signs`: which of
   * SIGN_NEEDLES it holds (bit i for SIGN_NEEDLES[i]; the analyzer knows from its needle pass).
   */
  observe(text: string, line: number, namesAtom?: boolean, signs = signsIn(text)): boolean {
    if (this.pendingHint) this.takeHintPath(text, line);
    if (this.pendingBanner && this.takeBannerTail(text)) return true;
    if (this.awaitingDieMessage) return this.takeDieMessage(text, line);
    if (this.awaitingCollisionOwner) this.takeCollisionOwner(text);
    if (this.awaitingSnippet) return this.takeSnippet(text);
    if (this.snippetMessageLines > 0 && this.takeSnippetMessage(text, line)) return true;
    if (this.callStack.reading && this.callStack.take(text, line)) {
      if (this.die && !this.die.phase) this.die.phase = this.callStack.phase;
      return true;
    }
    if (this.stackSearchLines > 0) {
      this.stackSearchLines--;
      if (CALL_STACK_HEADER.test(text)) {
        this.stackSearchLines = 0;
        this.callStack.start();
        return true;
      }
      // Round 30b: the header cut or lost, its first frame comes at once.
      if (looseFrame(text)) {
        this.stackSearchLines = 0;
        this.callStack.start();
        return this.callStack.take(text, line);
      }
    }
    // Cheap gates first: framing lines start with ">>>" or carry Portage's "* "
    // marker, the resolver's lines start with "(", and hints have their own gate.
    const first = text.charCodeAt(0);
    // Before the sections: ">>> Completed installing" both closes one and marks success.
    if (first === 62 && SUCCESS_MARKER.test(text)) this.succeeded = true;
    else if (first === 62 && this.failedToEmerge === null && FAILED_TO_EMERGE.test(text))
      this.failedToEmerge = { line, text: text.slice(0, 1000) };
    if ((first === 62 || (signs & FETCH_SIGN) !== 0) && PACKAGE_FETCH.test(text))
      this.packageFetchLine = line;
    if (first === 62 && text.startsWith(">>> ")) this.weakPhase.observeProgress(text, line);
    else if (!this.openSection) this.weakPhase.observe(text, line);
    else this.weakPhase.sconsReading(text, line);
    // The three collision sentences hold ATOM_NEEDLES: a line known to hold none needs no search for them.
    if (namesAtom !== false) this.observeCollisionSentences(text);
    // Before the sections: `>>> Install <atom> into …` opens one and names the package (ATOM_SOURCES).
    if (namesAtom ?? mayNameAtom(text)) this.observeAtoms(text);
    if ((first === 62 || first === 32) && this.observeSection(text, line)) {
      // A banner glued to the end of a progress line (`>>> … 100%  * ERROR: …`).
      if ((signs & BANNER_SIGN) !== 0) this.observeBanner(text, line);
      return true;
    }
    if (!this.die && (signs & LOOSE_FRAME_SIGN) !== 0) this.observeLooseFrame(text, line);
    if ((signs & HEADER_SIGN) !== 0 && this.observeHeader(text)) return true;
    this.observeHint(text, line);
    if (this.die && !this.dieSnippetTool && SNIPPET_HEADER.test(text)) {
      this.awaitingSnippet = true;
      return true;
    }
    if (this.die && this.die.message === null && DIE_MESSAGE_HEADER.test(text)) {
      this.awaitingDieMessage = true;
      return true;
    }
    return (signs & BANNER_SIGN) !== 0 && this.observeBanner(text, line);
  }

  /**
   * Round 30c: emerge's `>>> Failed to emerge` came while a package was being downloaded, no build step opened
   * since (a binary package fetched in the background, emerge --fetchonly): the download failed, whatever its
   * reason (wget's lines went to emerge-fetch.log). Kind fetch for that verdict (result.ts).
   */
  get verdictWhileFetching(): boolean {
    const fetched = this.packageFetchLine;
    const verdict = this.failedToEmerge;
    if (fetched === null || verdict === null || fetched > verdict.line) return false;
    return !this.sections.some(
      (s) => s.phase !== "fetch" && s.startLine > fetched && s.startLine < verdict.line,
    );
  }

  finish(lineCount: number): void {
    if (this.openSection) this.openSection.endLine = lineCount;
    this.openSection = null;
  }

  private observeCollisionSentences(text: string): void {
    if (text.includes(MERGED_DESPITE_COLLISIONS)) this.collisionTolerated = true;
    else if (text.includes(NOT_MERGED)) {
      this.collisionRefused = true;
      this.collisionTolerated = false;
    } else if (text.includes(MERGE_WOULD_NOT_ABORT) && !this.collisionRefused) this.collisionTolerated = true;
  }

  /**
   * A collision rule's line: the owner's `cat/pf:slot::repo` follows the file list. Not after Portage's `NOT
   * merged` verdict, which ends the report (round 48c: a paste without the header fails on it, its owner above).
   */
  markCollision(): void {
    if (!this.collisionRefused) this.awaitingCollisionOwner = true;
  }

  private observeLooseFrame(text: string, line: number): void {
    // A stack's later frames, its phase named already: only whether the line is a frame counts (no match array,
    // no phase). The mixed bench block has ~340 frame lines per MiB past the gate (docs/benchmarks.md, perf25).
    if (this.looseStackOpen && line === this.looseFrameLine + 1) {
      if (!isLooseFrame(text)) return;
      this.looseFrameLine = line;
      this.readLooseStack(text, line);
      return;
    }
    const frame = looseFrame(text);
    if (!frame) return;
    // Frames are consecutive lines; a gap starts another stack, whose outermost phase frame counts.
    if (line !== this.looseFrameLine + 1) {
      this.looseStackOpen = false;
      this.looseStackStarred = false;
      this.looseStack.reset();
      this.looseStack.start();
    }
    this.looseFrameLine = line;
    this.readLooseStack(text, line);
    if (frame.phase === null || this.looseStackOpen) return;
    this.looseStackPhase = frame.phase;
    this.looseStackOpen = true;
  }

  /**
   * A loose frame read as a stack's (DieCallStack); the first stack to reach `Called die` is kept. Only a stack
   * that lost Portage's ` * ` on every frame: with the marker kept, a stack without banner stays read by its
   * `Called die` frame (round 16; two held-out labels take that frame under a helper's, see docs/analysis.md).
   */
  private readLooseStack(text: string, line: number): void {
    // Only looseDie is read of the stack: once it is set, or once a frame of this stack kept its ` * ` (the
    // stack is read again from its start after a gap), reading the frames changes nothing.
    if (this.looseDie !== null) return;
    if (!this.looseStackStarred && STARRED_FRAME.test(text)) this.looseStackStarred = true;
    const stack = this.looseStack;
    if (this.looseStackStarred || !stack.reading) return;
    stack.take(text, line);
    const frame = stack.mostSpecific;
    if (stack.dieLine !== null && frame !== null && !this.looseStackStarred)
      this.looseDie = { dieLine: stack.dieLine, frame };
  }

  private observeSection(text: string, line: number): boolean {
    if (!text.startsWith(">>> ") && !text.startsWith(" * checking ")) return false;
    if (SECTION_ENDS.some((end) => text.startsWith(end))) {
      this.closeSection(line);
      return true;
    }
    const start = SECTION_STARTS.find((marker) => text.startsWith(marker.prefix));
    if (!start || (start.phase === "merge" && !isMergeStart(text))) return false;
    if (this.openSection?.phase === start.phase) return true;
    this.closeSection(line - 1);
    if (this.sections.length < MAX_SECTIONS) {
      this.openSection = { phase: start.phase, startLine: line, endLine: line };
      this.sections.push(this.openSection);
    }
    this.segment++;
    return true;
  }

  private closeSection(endLine: number): void {
    if (!this.openSection) return;
    this.openSection.endLine = Math.max(endLine, this.openSection.startLine);
    this.openSection = null;
    this.segment++;
  }

  private observeHeader(text: string): boolean {
    const match = HEADER_LINE.exec(text);
    if (!match) return false;
    const value = match[2].trim();
    const h = this.header;
    if (match[1] === "Package") h.package ??= value;
    else if (match[1] === "Repository") h.repository ??= value;
    else if (match[1] === "Maintainer") h.maintainers ??= parseMaintainers(value);
    else if (match[1] === "Upstream") h.upstream ??= value;
    else if (match[1] === "USE") h.use ??= value;
    else h.features ??= value;
    return true;
  }

  private observeBanner(text: string, line: number): boolean {
    const modern = DIE_BANNER.exec(text);
    const match = modern ?? LEGACY_DIE_BANNER.exec(text);
    if (!match) {
      if (this.die || !WRAPPED_DIE_BANNER_HEAD.test(text)) return false;
      this.pendingBanner = { text: text.trimEnd(), line };
      return true;
    }
    if (!modern && !this.die) this.legacyMessageLines = LEGACY_MESSAGE_REACH;
    if (!this.die) {
      this.die = {
        atom: match[1],
        repository: match[2] || null,
        phase: match[3] ?? null,
        message: null,
        line,
      };
      this.awaitingDieMessage = true;
    }
    return true;
  }

  /**
   * The line after a wrapped banner's first part: the banner when the two make one (joined as a terminal
   * wraps, inside a word, or as a writer does, at a blank). False when they do not: the line is read as any.
   */
  private takeBannerTail(text: string): boolean {
    const head = this.pendingBanner;
    this.pendingBanner = null;
    if (!head || text.length > 200) return false;
    // A terminal's wrap of an elog line keeps Portage's ` * ` on the next line.
    const tail = text.replace(/^\s*(?:\*\s+)?/, "").trimEnd();
    const joined = [head.text + tail, `${head.text} ${tail}`].find((candidate) => DIE_BANNER.test(candidate));
    return joined !== undefined && this.observeBanner(joined, head.line);
  }

  // The die message is the line after the banner (isolated-functions.sh); the
  // legacy format gives the phase there instead.
  private takeDieMessage(text: string, line: number): boolean {
    this.awaitingDieMessage = false;
    const die = this.die;
    if (!die) return false;
    // Round 21c: a banner wrapped right after `failed`: its phase on the next line.
    const phaseTail = die.phase === null ? WRAPPED_DIE_BANNER_PHASE.exec(text) : null;
    if (phaseTail) {
      die.phase = phaseTail[1];
      this.awaitingDieMessage = true;
      return true;
    }
    // Round 29b: another banner right under this one (grep's `ERROR:` over several build logs, one banner a
    // file): no message of this die, which stays the failure; the next banner is framing like any later one.
    if (text.includes("ERROR: ") && DIE_BANNER.test(text)) return true;
    // die without a message: the banner is followed by the call stack at once. (Portage 2.1's `!!! ERROR:`
    // banner may print a bare `Call stack:` and frames before its message: read below.)
    const legacy21 = this.legacyMessageLines > 0;
    if (CALL_STACK_HEADER.test(text) && (!legacy21 || text.includes("*"))) {
      this.callStack.start();
      return true;
    }
    // Round 30b: or by its frames, the header lost.
    if (!legacy21 && looseFrame(text)) {
      this.callStack.start();
      return this.callStack.take(text, line);
    }
    const legacy = LEGACY_DIE_FUNCTION.exec(text);
    if (legacy) {
      die.phase ??= legacy[1];
      // The message is the `!!! …` line under it.
      this.awaitingDieMessage = true;
      return true;
    }
    // A sandbox denial printed while the banner was (depend phase): the message is still to come.
    if (SANDBOX_DENIAL.test(text)) {
      this.awaitingDieMessage = true;
      return false;
    }
    // Portage 2.1's `!!! ERROR:` banner: a bare `Call stack:` and its frames may come before
    // the `!!! message` line.
    if (this.legacyMessageLines > 0 && !LEGACY_MESSAGE.test(text)) {
      this.legacyMessageLines--;
      // Its frames name the phase the banner does not (`Called dyn_install`, `Called src_install`).
      die.phase ??= looseFrame(text)?.phase ?? null;
      this.awaitingDieMessage = true;
      return true;
    }
    this.legacyMessageLines = 0;
    const message = text.replace(/^\s*(?:- )?(?:\*|!!!)?/, "").trim();
    if (message.length > 0 && message !== "(no error message)") {
      die.message = message.slice(0, 1000);
      this.dieMessageLine = line;
    }
    // The call stack follows a blank " * " line or two later, with a message or without: it names a message-less
    // die's frame and a banner's missing phase (Portage 2.1), and (round 51d) whether any ebuild or eclass code ran
    // (call-stack.ts packageManagerOnly).
    this.stackSearchLines = STACK_SEARCH_LINES;
    return true;
  }

  private takeSnippet(text: string): boolean {
    this.awaitingSnippet = false;
    const words = text.replace(/^\s*\*?\s*/, "").split(/\s+/);
    // Wrappers and assignments before the command: `nonfatal`, `LC_ALL=C sed …`.
    const command = words.find((word) => !SNIPPET_WRAPPERS.has(word) && !/^\w+=/.test(word)) ?? "";
    const tool = command.slice(command.lastIndexOf("/") + 1);
    if (/^[\w.+-]{1,40}$/.test(tool)) this.dieSnippetTool = tool;
    if (this.die?.message === null) {
      this.snippetMessage = snippetMessageParts(text);
      if (this.snippetMessage) this.snippetMessageLines = SNIPPET_MESSAGE_REACH;
    }
    return true;
  }

  /**
   * An excerpt whose die message comes after the stack and snippet (an elog cut and pasted on, a
   * `(continued)` reply): the line that says what the snippet's `die "…"` says is the message, so it
   * is the primary and not a frame of the stack.
   */
  private takeSnippetMessage(text: string, line: number): boolean {
    this.snippetMessageLines--;
    const die = this.die;
    const message = text.replace(ELOG_BULLET, "").trim();
    if (!die || die.message !== null || !this.snippetMessage || message.length > MAX_SNIPPET_MESSAGE)
      return false;
    if (!partsInOrder(this.snippetMessage, message)) return false;
    die.message = message;
    this.dieMessageLine = line;
    this.snippetMessageLines = 0;
    return true;
  }

  private takeCollisionOwner(text: string): void {
    const owner = COLLISION_OWNER.exec(text);
    if (owner) {
      this.collisionOwner = owner[1];
      this.awaitingCollisionOwner = false;
    }
  }

  // The best-ranked package the resolver, fetcher or merge output names (ATOM_SOURCES).
  private observeAtoms(text: string): void {
    for (const source of ATOM_SOURCES) {
      if (source.rank > this.otherAtomRank) return;
      const match = source.pattern.exec(text);
      if (!match) continue;
      if (source.rank === this.otherAtomRank && !source.lastWins) return;
      this.otherAtom = match[1].replace(/::.*$/, "").replace(/\[.*$/, "");
      this.otherAtomRank = source.rank;
      return;
    }
  }

  private observeHint(text: string, line: number): void {
    if (this.hints.length >= MAX_HINTS || !HINT_FIRST_CHARS.includes(text.charAt(0))) return;
    if (!HINT_NEEDLES.some((needle) => text.includes(needle))) return;
    for (const rule of ATTACHMENT_HINTS) {
      const match = rule.pattern.exec(text);
      if (!match) continue;
      if (rule.pathOnNextLine || !match[1]) this.pendingHint = rule;
      else this.addHint(match[1], line);
      return;
    }
  }

  private takeHintPath(text: string, line: number): void {
    this.pendingHint = null;
    const path = text
      .replace(/^\s*(?:!!!|\*)?\s*/, "")
      .split(/\s/)[0]
      .replace(/^['"]|['"]$/g, "");
    if (path.includes("/") || path.endsWith(".log")) this.addHint(path, line);
  }

  private addHint(path: string, line: number): void {
    if (this.hints.length < MAX_HINTS) this.hints.push({ line, path, kind: attachmentRoleFor(path) });
  }
}

// ` * The specific snippet of code:` (isolated-functions.sh __dump_trace), then the line that died.
/** __dump_trace's frame: `ebuild.sh, line  136:  Called src_test` (two blanks before `Called`). */
const LOOSE_FRAME_NEEDLE = ":  Called ";
/** A frame that kept Portage's elog marker (` *   environment, line 12:  Called die`). */
const STARRED_FRAME = /^\s*\*\s/;
const SNIPPET_HEADER = /^\s*\*?\s*The specific snippet of code:$/;
const LEGACY_MESSAGE = /^\s*(?:- )?!!! \S/;
const LEGACY_MESSAGE_REACH = 40;
const SANDBOX_DENIAL = /^\s*(?:\*\s*)?ACCESS DENIED:? /;
/** Lines after the snippet searched for the die's message, and the longest message compared. */
const SNIPPET_MESSAGE_REACH = 6;
const MAX_SNIPPET_MESSAGE = 500;
const ELOG_BULLET = /^\s*(?:- )?(?:\*|!!!)?/;
/** The double-quoted argument of a `die` in the snippet line (`|| die "emake failed"`). */
const SNIPPET_DIE_ARGUMENT = /\bdie\s+(?:-n\s+)?"((?:[^"\\]|\\.){4,300})"/;
/** Shell expansions in that argument: `${ECLASS}`, `$EAPI`, `$(nproc)`; any text stands for them. */
const SNIPPET_EXPANSION = /\$\{[^}]{0,80}\}|\$\([^)]{0,80}\)|\$[\w@*#?]+/g;
const MAX_SNIPPET_EXPANSIONS = 4;
const SNIPPET_WRAPPERS = new Set(["nonfatal", "command", "env", "edo", "eval"]);

/**
 * What `observe` searches every line for, by bit: before PACKAGE_FETCH on a line not starting with ">"
 * (Binpkg.py's `.partial` path, emerge.log's `Fetching Binary`), the banner's needle, before HEADER_LINE
 * (which holds `* <key>:`), and before a loose call stack's frame (LOOSE_FRAME_NEEDLE). The analyzer knows which
 * a line holds from its needle pass (rules/gate.ts) and passes them: searching each line past the gate for them
 * cost ~2 % of the streaming mixed row (the loose frame's ~1 %, docs/benchmarks.md, perf25).
 */
export const SIGN_NEEDLES: readonly (readonly string[])[] = [
  [".partial", "Fetching Binary"],
  ["ERROR: "],
  HEADER_NEEDLES,
  [LOOSE_FRAME_NEEDLE],
];
const FETCH_SIGN = 1;
const BANNER_SIGN = 2;
const HEADER_SIGN = 4;
const LOOSE_FRAME_SIGN = 8;

/** observe's `signs` of `text`. */
function signsIn(text: string): number {
  let signs = 0;
  for (let bit = 0; bit < SIGN_NEEDLES.length; bit++) {
    if (SIGN_NEEDLES[bit].some((needle) => text.includes(needle))) signs |= 1 << bit;
  }
  return signs;
}

// Every attachment hint starts with one of these characters and contains one of
// the needles; checking the first character spares most lines six searches.
const HINT_FIRST_CHARS = " \t*!SATL";
const HINT_NEEDLES = ["bug report", "Please attach", "Tests failed.", "See ", "A full log", "LOG FILE"];
export const ATOM_NEEDLES: readonly string[] = [
  "NOT merged",
  // not an atom source: lets the line past the gate to structure.observe (MERGED_DESPITE_COLLISIONS)
  "merged despite",
  // Also not an atom source: structure.observe reads it (MERGE_WOULD_NOT_ABORT).
  MERGE_WOULD_NOT_ABORT,
  "Fetch failed",
  "dependency required",
  "Failed to emerge",
  "Failed to install",
  "has fetch restriction",
  "# required by ",
  "scheduled for merge)",
  "[ebuild",
  "[binary",
  "could satisfy",
  "to satisfy",
  "[blocks B",
  // the build's own progress lines (ATOM_SOURCES)
  ">>> Emerging ",
  ">>> Installing (",
  ">>> Install ",
  ">>> Completed installing ",
  ">>> Test phase: ",
  ">>> Completed testing ",
  // pkg-testing-tool's summary of a failed run (round 33)
  ", USE flags: '",
];

/**
 * STRUCTURE_NEEDLES but the weak phase's (weak-phase.ts): `observe` reads the weak phase's signs only outside
 * a section, so while one is open (and nothing is awaited, `awaitingLine`) a line holding none of these changes
 * nothing here (the analyzer's line gate, analyzer.ts WEAK_PHASE_BIT).
 */
export const SECTION_STRUCTURE_NEEDLES: readonly string[] = [
  "* checking ",
  LOOSE_FRAME_NEEDLE,
  ...HEADER_NEEDLES,
  "ERROR: ",
  "snippet of code:",
  "The die message:",
  ...HINT_NEEDLES,
  ...ATOM_NEEDLES,
  ...PACKAGE_FETCH_NEEDLES,
  SCONS_READING_NEEDLE,
];

/**
 * Every line `observe` acts on, apart from lines starting with ">" and the line
 * after a banner, hint or collision (see `awaitingLine`), contains one of these:
 * the merge section's " * checking ", a header key (HEADER_LINE), the banner's
 * "ERROR: " and the atom and hint needles. The analyzer's line gate relies on it.
 */
export const STRUCTURE_NEEDLES: readonly string[] = [...SECTION_STRUCTURE_NEEDLES, ...WEAK_PHASE_NEEDLES];

// One DFA pass instead of a dozen `includes` on every line past the gate.
const ATOM_SCAN = new NeedleScanner(ATOM_NEEDLES);

/**
 * The message `die "…"` in a snippet line prints, as its literal parts (at least four characters of
 * them, so `die "$msg"` gives none): each expansion between two parts stands for any text.
 */
export function snippetMessageParts(snippet: string): string[] | null {
  const argument = SNIPPET_DIE_ARGUMENT.exec(snippet)?.[1]?.replace(/\\(.)/g, "$1");
  if (!argument) return null;
  const parts = argument.split(SNIPPET_EXPANSION);
  if (parts.length - 1 > MAX_SNIPPET_EXPANSIONS || parts.join("").trim().length < 4) return null;
  parts[0] = parts[0].trimStart();
  parts[parts.length - 1] = parts[parts.length - 1].trimEnd();
  return parts;
}

/**
 * Whether `text` is `parts` with any text between each two: the first part starts it, the last ends it,
 * the others found in order, each at its leftmost place (which leaves the most room for the rest). Linear
 * in the text: a regular expression of the parts joined by `.*?` backtracks through every split of a
 * hostile line (`die "a${x}a${y}a${z}a${w}b"` against 500 `a`s: seconds).
 */
export function partsInOrder(parts: readonly string[], text: string): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length === 1) return text === first;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last))
    return false;
  const end = text.length - last.length;
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > end) return false;
    at = found + parts[i].length;
  }
  return true;
}

function mayNameAtom(text: string): boolean {
  return ATOM_SCAN.test(text);
}

function isMergeStart(text: string): boolean {
  return text.startsWith(">>> Merging ") || text.endsWith(" files for package collisions");
}

function parseMaintainers(value: string): { email: string }[] {
  return value
    .split(/\s+/)
    .filter((token) => token.includes("@"))
    .map((token) => ({ email: token.replace(/^<|>$/g, "") }));
}
