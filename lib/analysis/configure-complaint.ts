// A configure script's own shell complaint inside a check (round 34). configure runs without `set -e`, so a
// broken test in a check prints bash's complaint and the check goes on to its answer:
//
//   checking whether faketime program works... 1691391464
//   …/configure: line 11540: 2006-09-23 00:00:00: command not found     <- survivable (LineRule.survivable)
//   …/configure: line 11540: test: =: unary operator expected
//   no                                                                  <- the check's answer: the script went on
//
// The complaint explains nothing once configure's own output follows it: the check's answer alone on its line, or
// the next `checking …` line. Before round 34 only `configure: creating ./config.status` said so; an excerpt cut
// before it failed on the complaint (since round 36 only when the complaint is more than a `not found`). A complaint
// followed by `configure: error:` or make's stop still fails the build (the complaint stays a candidate). Pure and
// bounded: one flag.

/** bash's complaint from a configure script (`…/configure: line N: `, dash's `./configure: N: `). */
const CONFIGURE_COMPLAINT = /(?:^|[\s/])configure: (?:line )?\d+: /;

/** configure's next check. (Its `configure: error:` verdict ends the wait and drops nothing: a broken script's
 * `syntax error near unexpected token` above it stays the cause, long-tail.test.ts.) */
const CONFIGURE_GOES_ON = /^checking /;

/**
 * The interrupted check's answer, printed alone on its line (AC_MSG_RESULT after the complaint's newline):
 * `no`, `yes`, `(cached) yes`, `none needed`, a path, `lib,lib,lib`. Short, no `: ` (every tool message has
 * one), and no word a crash or failure would print.
 */
const CHECK_ANSWER = /^(?:\(cached\) )?[\w/.,+=~-][^:]{0,80}$/;
const NOT_AN_ANSWER = /\b(?:[Ee]rror|ERROR|[Ff]ail|FAIL|fault|[Kk]illed|[Aa]bort|[Tt]erminated|[Ss]top)/;

/** Whether a line is a configure script's own shell complaint. */
export function isConfigureComplaint(text: string): boolean {
  return CONFIGURE_COMPLAINT.test(text);
}

/** bash's `command not found`, dash's bare `not found`: a word the script ran as a command (round 36). */
const NOT_FOUND_END = /not found\s*$/;

/**
 * Round 36: a configure script's complaint that a word it ran is no command (`…/configure: 24546: STDC_HEADERS: not
 * found`, an unexpanded macro; `configure: line 12132: PKG_PROG_PKG_CONFIG: command not found`). Never fatal by
 * itself: the script goes on to its next check, and a configure that fails says so (`configure: error:`, econf's
 * die). A log that ends on such complaints (nothing after them but more complaints or blank lines) failed nowhere:
 * they are dropped at its end (analyzer.ts finish); the last resort never takes one (last-resort.ts).
 */
export function isStrayConfigureComplaint(text: string): boolean {
  return CONFIGURE_COMPLAINT.test(text) && NOT_FOUND_END.test(text);
}

/** The complaint read last, until the line after it says whether the script went on. */
export class ConfigureComplaints {
  private open = false;

  /** True while the line after a complaint is awaited (it must reach the analyzer whatever it holds). */
  get awaiting(): boolean {
    return this.open;
  }

  /** A survivable candidate was recorded on `text`: a configure complaint opens the wait. */
  recorded(text: string): void {
    if (isConfigureComplaint(text)) this.open = true;
  }

  /**
   * The line after a complaint (cleaned): true when it shows the script went on (the complaints explain
   * nothing). Another complaint and empty lines keep waiting; anything else ends the wait.
   */
  wentOnAfter(text: string): boolean {
    const line = text.trim();
    if (line === "" || isConfigureComplaint(text)) return false;
    this.open = false;
    return CONFIGURE_GOES_ON.test(line) || (CHECK_ANSWER.test(line) && !NOT_AN_ANSWER.test(line));
  }
}
