// ld's warning that failed the link (round 31). Under `--fatal-warnings` (an upstream's LDFLAGS, a gcc spec file)
// GNU ld exits non-zero after a warning and prints no error of its own, so the warning is what collect2 echoes:
//
//   /usr/bin/ld.bfd: warning: src/boot/efi/systemd-bootaa64.elf has a LOAD segment with RWX permissions   <- the cause
//   collect2: error: ld returned 1 exit status                                                             <- its echo
//
// collect2-ld-failed (rules/noise.ts) stays the primary only where nothing of ld's is shown. The same warning in a
// link that succeeds (no collect2 right below it) stays out of the analysis, as every warning does. Pure and
// bounded: one run of warning lines is remembered.
//
// Round 36: ld run by make itself (firmware: OP-TEE, trusted-firmware), where no collect2 speaks: make's echo of the
// failed link target right below the warning says the same (`make: *** [Makefile:848: …/bl31.elf] Error 1`).

import { LD_WARNING_MADE_FATAL } from "./rules/binutils";

/** Lines between the last warning and collect2's verdict (a blank one, a wrapped rest) still read as just above. */
const MAX_GAP = 2;

/** make's failed target is an object file: a compile job's, whatever ld warned of in another job (round 36). */
const OBJECT_TARGET = /\.(?:o|lo|obj)\] /;

/** Needles every warning line holds (the analyzer's line gate lets them through). */
export const LINKER_WARNING_NEEDLES: readonly string[] = [
  "ld: warning: ",
  "ld.bfd: warning: ",
  "ld.gold: warning: ",
];

interface WarningRun {
  /** The run's first line: the first thing ld complained about. */
  line: number;
  text: string;
  lastLine: number;
}

/** The run of ld warnings printed last, and collect2's verdict that makes it the link's failure. */
export class LinkerWarnings {
  private run: WarningRun | null = null;

  /** Reads a line no rule took; true when it is ld's own warning (`/usr/bin/ld: warning: -z relro ignored`). */
  observe(text: string, line: number): boolean {
    if (!LD_WARNING_MADE_FATAL.pattern.test(text)) return false;
    const run = this.run;
    if (run && line - run.lastLine <= MAX_GAP) run.lastLine = line;
    else this.run = { line, text, lastLine: line };
    return true;
  }

  /**
   * No warning waits for a verdict on line `line` or below: madeFatalBy and madeFatalByMake change nothing
   * that matters there (a run past MAX_GAP is as good as none: they return null, observe starts a new one).
   */
  idleFrom(line: number): boolean {
    return this.run === null || line - this.run.lastLine > MAX_GAP;
  }

  /** A linker error was read: it, not a warning before it, is why the link failed. */
  forget(): void {
    this.run = null;
  }

  /** The warning make's echo of a failed target (`make: *** [file:N: x.elf] Error 1`) on line `line` repeats. */
  madeFatalByMake(text: string, line: number): { line: number; text: string } | null {
    return OBJECT_TARGET.test(text) ? null : this.madeFatalBy(line);
  }

  /** The warning collect2's verdict on line `line` echoes: the first of the run just above it, else null. */
  madeFatalBy(line: number): { line: number; text: string } | null {
    const run = this.run;
    this.run = null;
    if (!run || line - run.lastLine > MAX_GAP) return null;
    return { line: run.line, text: run.text };
  }
}
