// A tool's complaint right above make's `*** [target] Error N` (round 47e).
//
//   grep: src/config.h: No such file or directory          <- the recipe's tool says what failed (the primary)
//   make[1]: *** [Makefile:313: .cache/options] Error 2     <- make only says that the recipe failed
//   …
//    * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):
//    *   emake failed
//
// Rules know the compilers, linkers and most build tools. For the rest (grep, awk, m4, xsltproc, doxygen, help2man,
// a project's own script), a short excerpt is read by the last resort or round 26's complaint above a restating
// die (restated-die.ts), both over lines held whole; a tinderbox's full log gets neither, and its primary was the
// die's `emake failed`. Here the analyzer remembers the last lines past the gate, and when make's echo of a failed
// recipe comes, the first tool's complaint (isToolComplaint) of the lines right above it that name the same tool is
// a detail-tier candidate: any rule's error line outranks it, and it outranks the die's message. A line the byte
// gate skipped is never seen, so a complaint in words no gate needle holds stays unread (as before). Pure and
// bounded: eight lines are remembered. Ninja prints a failed job's output below its `FAILED: <target>` and the
// command line: there the first line past the gate, when it is a tool's complaint no rule reads, is the candidate
// (it outranks ninja's `FAILED:` line, an echo-tier target name).

import { isToolComplaint, toolHeadOf } from "./restated-die";

/** How many unread lines right above make's echo are read: a tool's complaint and the lines it goes on with. */
const MAX_RUN = 8;

/**
 * Round 48c: complaints in words no rule's needle holds, let through the line gate (analyzer.ts) for this reading
 * alone: git run by a recipe outside a checkout (`fatal: not a git repository (or any parent up to mount point
 * /mnt)` under a version header's `git log`). No rule: a build that ignores git's failure prints it too.
 */
export const RECIPE_COMPLAINT_NEEDLES: readonly string[] = ["not a git repository", "Not a git repository"];

/**
 * GNU make 3.82-4.2's own line between a recipe's output and its echo (`Makefile:16: recipe for target 'main'
 * failed`): passed over like a line the gate skipped (round 48c).
 */
const RECIPE_FOR_TARGET_FAILED = /^\S{1,300}:\d+: recipe for target '[^'\n]{1,300}' failed\s*$/;

export class RecipeComplaints {
  /** The last MAX_RUN lines past the gate, by line number modulo MAX_RUN, and whether a rule read each. */
  private readonly texts: string[] = new Array(MAX_RUN).fill("");
  private readonly lines = new Int32Array(MAX_RUN);
  private readonly read = new Uint8Array(MAX_RUN);

  /** Where the tool's complaint under ninja's last `FAILED:` may be (the line after its command), or 0. */
  private ninjaFrom = 0;

  /**
   * A line past the gate; `read`: a rule (not a noise rule) took it. Returns the complaint of a tool ninja ran: the
   * first line past the gate under `FAILED: <target>` and its command line, when no rule read it and it is a
   * tool's complaint (`glib-compile-resources: Failed to locate 'x.svg' in any source directory.`).
   */
  observe(text: string, line: number, read: boolean): { line: number; text: string } | null {
    const slot = line % MAX_RUN;
    this.texts[slot] = text;
    this.lines[slot] = line;
    this.read[slot] = read ? 1 : 0;
    if (this.ninjaFrom === 0 || line < this.ninjaFrom) return null;
    const from = this.ninjaFrom;
    this.ninjaFrom = 0;
    if (read || line >= from + MAX_RUN || !isToolComplaint(text)) return null;
    return { line, text };
  }

  /**
   * ninja's `FAILED: <target>` on `line`, its command the line after; samurai's `samu: job failed: <command>` holds
   * its command (`commandOnLine`).
   */
  ninjaFailed(line: number, commandOnLine: boolean): void {
    this.ninjaFrom = line + (commandOnLine ? 1 : 2);
  }

  /**
   * The complaint make's echo of a failed recipe (on line `echoLine`) follows: the remembered lines right above the
   * echo that name the same tool first (`mawk: x.awk: line 22: syntax error at or near ,`, its `line 23: …` and
   * `line 82: illegal reference to array pv`), up to MAX_RUN lines up, and the first of them that is a complaint;
   * null when the line nearest the echo names no tool or none complains. A line a rule read ends the search (its
   * own candidate says what failed); lines the gate skipped are passed over.
   */
  above(echoLine: number): { line: number; text: string } | null {
    let tool: string | null = null;
    let found = -1;
    for (let line = echoLine - 1; line > 0 && line >= echoLine - MAX_RUN; line--) {
      const slot = line % MAX_RUN;
      if (this.lines[slot] !== line) continue;
      if (this.read[slot] === 1) break;
      const text = this.texts[slot];
      if (RECIPE_FOR_TARGET_FAILED.test(text)) continue;
      const head = toolHeadOf(text);
      if (head === null || (tool !== null && head !== tool)) break;
      tool = head;
      if (isToolComplaint(text)) found = line;
    }
    if (found === -1) return null;
    return { line: found, text: this.texts[found % MAX_RUN] };
  }
}

/** The regexes run on untrusted lines here, for the ReDoS test (testing/untrusted-regexes.ts). */
export const RECIPE_COMPLAINT_REGEXES = { RECIPE_FOR_TARGET_FAILED };
