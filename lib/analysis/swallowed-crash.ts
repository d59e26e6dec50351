// Test crashes an eclass ran on past (round 34). distutils-r1 runs python_test once per Python implementation; an
// ebuild whose python_test does not `|| die` lets bash report the test program's crash and goes on:
//
//   * python3_11: running distutils-r1_run_phase python_test
//   …/temp/environment: line 3890:    66 Segmentation fault      (core dumped) "${PYTHON}" tests/PamTest.py
//   * python3_12: running distutils-r1_run_phase python_test        <- the next implementation: the crash was swallowed
//
// A crash (shell-job-crash) followed by the next implementation's run stopped nothing. One the excerpt ends on
// counts as swallowed too, when an earlier crash was (the same test, the same unchecked call) and no die banner
// came; a die banner after it still fails the build. Pure and bounded: the crashes since the last run line.

import type { Candidate } from "./candidates";
import { SHELL_JOB_CRASH } from "./rules/shell";

/** distutils-r1's (and python-r1's multibuild) line opening one implementation's run of a phase function. */
export const IMPLEMENTATION_RUN_NEEDLE = ": running distutils-r1_run_phase ";
const IMPLEMENTATION_RUN = /^\s?\*\s+\w+: running distutils-r1_run_phase \w+$/;

/** At most this many crashes are remembered between two run lines (one per test program). */
const MAX_PENDING = 64;

export class SwallowedCrashes {
  private pending: Candidate[] = [];
  private swallowedBefore = false;

  /** A candidate was recorded: a test program's crash is remembered until a run line or the end. */
  recorded(candidate: Candidate): void {
    if (candidate.rule === SHELL_JOB_CRASH && this.pending.length < MAX_PENDING) this.pending.push(candidate);
  }

  /** Whether `text` opens the next implementation's run: the crashes before it did not stop the phase. */
  opensRun(text: string): boolean {
    return text.includes(IMPLEMENTATION_RUN_NEEDLE) && IMPLEMENTATION_RUN.test(text);
  }

  /** The crashes the run line just read went on after (they explain nothing), emptied. */
  takeSwallowed(): readonly Candidate[] {
    const swallowed = this.pending;
    if (swallowed.length > 0) this.swallowedBefore = true;
    this.pending = [];
    return swallowed;
  }

  /** At the end of a log without a die banner: the last crashes, when crashes were swallowed before them. */
  takeTrailing(): readonly Candidate[] {
    return this.swallowedBefore ? this.takeSwallowed() : [];
  }
}
