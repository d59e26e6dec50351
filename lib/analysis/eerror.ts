import { detach } from "./lines";

// What an eclass or ebuild printed with eerror right before it died. Many die
// calls carry no message, or a short one, after an eerror paragraph that says
// what is wrong:
//
//  * Unable to locate CMakeLists.txt under:                       <- the error
//  * "/var/tmp/portage/x11-themes/foo-1/work/foo-1/CMakeLists.txt"
//  * Consider not inheriting the cmake eclass.
//  * ERROR: x11-themes/foo-1::gentoo failed (prepare phase):
//  *   FATAL: Unable to find CMakeLists.txt
//
// einfo, ewarn and eerror all print " * " (only the colour differs, and logs
// often lose it), so the paragraph counts only when it ends on the line right
// above the banner, and its line is the first that reads like a failure.

/** Lines of one paragraph kept; the first lines say what is wrong. */
const MAX_BLOCK_LINES = 8;
const MAX_LINE_CHARS = 300;
/**
 * An elog line: Portage's " * " marker (or " *" alone, a blank elog line); "* "
 * when an abridged excerpt or a code block's indentation lost the blank.
 */
export const ELOG_LINE = /^ ?\*(?: |$)/;
// Words of a sentence that says something is wrong, from eclass and ebuild eerror
// texts (cmake, linux-info, check-reqs, haskell-cabal, python-r1, toolchain-funcs), and the
// `No <thing> found` / `No supported <thing>` of qmake-utils and python-utils-r1 (round 19).
const FAILURE_WORDS =
  /\b(?:unable|cannot|can't|could(?: not|n't)|fail(?:s|ed|ure)?|not (?:found|supported|set|enough|available|exist)|missing|no such|unsupported|forgot|must|requires?|required|needs?|wrong|invalid|broken|does(?: not|n't)|is(?: not|n't)|are(?: not|n't)|no longer|refus\w*|error|no (?:[\w.-]+ ){0,3}(?:found|supported|available))\b/i;
// check-reqs and others shout it: "There is NOT enough disk space".
const SHOUTED_NOT = /\bNOT\b/;
// Portage's own echo of a pkg_* function's exit status (vartree: ` * FAILED postinst: 1`): it says that
// the phase failed, as the banner does, never why.
const PHASE_STATUS_ECHO = /^FAILED (?:pre|post)(?:inst|rm): -?\d+$/;

// emerge's own notices, printed before any ebuild runs (news, config files to update).
const EMERGE_NOTICE = /^ ?\* (?:IMPORTANT: |Use eselect news|See the CONFIGURATION FILES)/;

export interface ElogLine {
  line: number;
  text: string;
}

export interface ElogFailure extends ElogLine {
  /** The paragraph's later lines: a sentence wrapped over several elog lines goes on there. */
  continuation: string[];
}

export class ElogBlock {
  private lines: ElogLine[] = [];
  private lastLine = -1;
  /**
   * The paragraph is not the ebuild's error: a QA notice's list (" * QA Notice: …"
   * and the lines under it) or emerge's own notices.
   */
  private foreign = false;
  /**
   * The die message above the first ` * Call stack:` this block read: a stack the structure did not read
   * (its banner was cut from the excerpt, or glued to other output) still has the message above it.
   */
  stackMessage: ElogFailure | null = null;

  /** An elog line that no rule took. */
  take(text: string, line: number): void {
    if (line !== this.lastLine + 1) {
      this.lines = [];
      this.foreign = false;
    }
    this.lastLine = line;
    if (EMERGE_NOTICE.test(text)) this.foreign = true;
    if (this.foreign || this.lines.length >= MAX_BLOCK_LINES) return;
    const message = elogMessage(text);
    // (A full paragraph's lines are taken unread, takeUnread: its stack header is not looked at either.)
    if (message === "Call stack:" && this.stackMessage === null) this.stackMessage = this.firstFailure();
    // A copy: the line may be a view into a much larger decoded piece (lines.ts detach).
    if (message.length > 0) this.lines.push({ line, text: detach(text.slice(0, MAX_LINE_CHARS)) });
  }

  /**
   * take() of elog line `line` without its text (UTF-8 bytes[from, to), as the
   * byte gate passed it), when the text cannot matter: the line goes on the
   * paragraph, which is foreign or already holds MAX_BLOCK_LINES, and cannot be
   * one of emerge's notices (EMERGE_NOTICE needs "I", "U" or "S" after the
   * marker). True when taken so; false, with nothing changed, when take() must read it.
   */
  takeUnread(line: number, bytes: Uint8Array, from: number, to: number): boolean {
    if (line !== this.lastLine + 1) return false;
    if (!this.foreign && (this.lines.length < MAX_BLOCK_LINES || mayBeEmergeNotice(bytes, from, to)))
      return false;
    this.lastLine = line;
    return true;
  }

  /** An elog line that is part of something else (a QA notice, a rule's hit): the paragraph goes on. */
  skip(line: number, qaNotice: boolean): void {
    if (line !== this.lastLine + 1) {
      this.lines = [];
      this.foreign = false;
    }
    this.lastLine = line;
    if (qaNotice) this.foreign = true;
  }

  /** The failure line of the paragraph that ends right above `bannerLine`, or null. */
  failureBefore(bannerLine: number): ElogFailure | null {
    if (this.lastLine !== bannerLine - 1 || this.foreign) return null;
    return this.firstFailure();
  }

  /** The paragraph's first line that reads like a failure, with the lines after it. */
  private firstFailure(): ElogFailure | null {
    const readsAsFailure = (text: string) =>
      (FAILURE_WORDS.test(text) || SHOUTED_NOT.test(text)) && !PHASE_STATUS_ECHO.test(text);
    const index = this.lines.findIndex((entry) => readsAsFailure(elogMessage(entry.text)));
    if (index === -1) return null;
    const continuation = this.lines.slice(index + 1).map((entry) => elogMessage(entry.text));
    return { ...this.lines[index], continuation };
  }
}

/** False when the elog line in bytes[from, to) certainly does not match EMERGE_NOTICE (its text starts as its bytes do). */
function mayBeEmergeNotice(bytes: Uint8Array, from: number, to: number): boolean {
  const at = from < to && bytes[from] === 0x20 ? from + 1 : from;
  if (at + 2 >= to || bytes[at] !== 0x2a || bytes[at + 1] !== 0x20) return false;
  const first = bytes[at + 2];
  return first === 0x49 || first === 0x55 || first === 0x53;
}

function elogMessage(text: string): string {
  return text.slice(text.indexOf("*") + 1).trim();
}
