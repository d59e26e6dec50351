// A makefile that prints its own error before stopping (round 30b). `$(warning …)` prints `file:LINE: text`, and a
// check makefile uses it for its verdict, then stops with a `$(error …)` whose text says nothing more:
//
//   ../cfg/check_features.mk:34: ERROR -- Cannot compile Toxic        <- the message (the primary)
//   ../cfg/check_features.mk:35: ERROR -- You need these libraries
//   ../cfg/check_features.mk:36: ERROR -- libtoxcore
//   ../cfg/check_features.mk:37: *** ERROR.  Stop.                    <- make only restates it
//
// make's `*** X.  Stop.` is make-makefile-error's (rules/build-tools.ts), the primary when X says what is wrong
// (`missing separator`, round 27's `$(error)` with a message). When X is only ERROR (or error, fatal, failed) and
// the same makefile printed a message line just above, that line is the primary. Pure and bounded: one run of
// message lines is remembered, nothing grows with the log.

import { MAKEFILE_OWN_MESSAGE } from "./rules/build-tools";

/** `path:LINE: ` at a line's start: the path without blanks or colons, as make prints it. */
const FILE_LINE_HEAD = /^([^\s:]{1,300}):\d{1,9}: /;
/** A makefile's name: `Makefile`, `GNUmakefile`, `makefile`, `Makefile.common`, `checks.mk`, `rules.mak`, `x.make`. */
const MAKEFILE_NAME = /(?:^|\/)(?:GNU)?[Mm]akefile(?:\.[\w-]{1,40})?$|\.(?:mk|mak|make)$/;
/** make's stop after a makefile's `$(error …)`: `path:LINE: *** text.  Stop.` (text captured). */
const MAKEFILE_STOP = /^([^\s:]{1,300}):\d{1,9}: \*\*\* ([^\n]{0,300})\. {1,2}Stop\.$/;
/** A stop that says nothing but that it stopped: `ERROR`, `error`, `Fatal error`, `Aborting`, `failed`. */
const BARE_STOP_TEXT = /^(?:(?:fatal )?errors?|fatal|abort(?:ing|ed)?|failed|failure)[!.]*$/i;
/** Lines between the message lines and make's stop (a blank one) still read as just above it. */
const MAX_GAP = 2;

/** Needles every message line holds (the analyzer's line gate lets them through). */
export const MAKEFILE_MESSAGE_NEEDLES: readonly string[] = [": ERROR", ": Error", ": error"];

interface MessageRun {
  path: string;
  /** The run's first line: it says what is wrong (the later ones list the details). */
  line: number;
  text: string;
  lastLine: number;
}

/** The run of message lines a makefile printed last, and the stop that restates it. */
export class MakefileMessages {
  private run: MessageRun | null = null;

  /** Reads a line no rule took; true when it is a makefile's message line (`checks.mk:44: ERROR -- …`). */
  observe(text: string, line: number): boolean {
    if (!MAKEFILE_OWN_MESSAGE.pattern.test(text)) return false;
    const path = FILE_LINE_HEAD.exec(text)?.[1];
    if (path === undefined || !MAKEFILE_NAME.test(path)) return false;
    const run = this.run;
    if (run && run.path === path && line - run.lastLine <= MAX_GAP) run.lastLine = line;
    else this.run = { path, line, text, lastLine: line };
    return true;
  }

  /**
   * The message line a bare stop (`check_features.mk:37: *** ERROR.  Stop.`, line `line`) restates: the first
   * of the run the same makefile printed just above it; null for a stop that says something itself.
   */
  restatedBy(text: string, line: number): { line: number; text: string } | null {
    const run = this.run;
    if (!run || line - run.lastLine > MAX_GAP) return null;
    const stop = MAKEFILE_STOP.exec(text);
    if (!stop || stop[1] !== run.path || !BARE_STOP_TEXT.test(stop[2].trim())) return null;
    return { line: run.line, text: run.text };
  }
}

/** The regexes run on untrusted lines here, for the ReDoS test (testing/untrusted-regexes.ts). */
export const MAKEFILE_MESSAGE_REGEXES = { FILE_LINE_HEAD, MAKEFILE_NAME, MAKEFILE_STOP, BARE_STOP_TEXT };
