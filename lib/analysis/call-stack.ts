// The call stack Portage prints under a die banner (isolated-functions.sh
// __dump_trace). When die got no message, the most specific frame says more than
// the banner: the deepest function that is neither die nor the phase entry.
//
//  * Call stack:
//  *     ebuild.sh, line  136:  Called src_configure
//  *   environment, line 4012:  Called cmake_src_configure
//  *   environment, line 1900:  Called _cmake_check_build_dir
//  *   environment, line 1845:  Called die
const FRAME = /^\s*\*\s+(\S+), line +\d+: +Called (\S+)/;
export const CALL_STACK_HEADER = /^\s*\*\s*Call stack:$/;
const DIE_FUNCTIONS = new Set(["die", "__helpers_die", "assert"]);
// ebuild.sh calling the phase function: true of every stack, says nothing.
const PHASE_ENTRY = /^(?:src|pkg)_[a-z]+$/;

export interface StackFrame {
  line: number;
  text: string;
}

export class DieCallStack {
  /** True while the lines after " * Call stack:" are frames. */
  reading = false;
  private best: StackFrame | null = null;
  private dieFrame: StackFrame | null = null;
  /**
   * The phase ebuild.sh called (`Called src_compile` -> "compile"): Portage 2.1's banner
   * (`ERROR: cat/pkg-1 failed.`) names none, its stack does.
   */
  phase: string | null = null;

  start(): void {
    this.reading = true;
  }

  /** Feeds one line while reading; returns false when the stack has ended. */
  take(text: string, line: number): boolean {
    const frame = FRAME.exec(text);
    if (!frame) {
      this.reading = false;
      return false;
    }
    const callee = frame[2];
    const entry: StackFrame = { line, text: text.replace(/^\s*\*\s+/, "").trim() };
    if (DIE_FUNCTIONS.has(callee)) {
      this.dieFrame ??= entry;
      this.reading = false;
    } else if (frame[1] === "ebuild.sh" && PHASE_ENTRY.test(callee)) {
      this.phase ??= callee.slice(callee.indexOf("_") + 1);
    } else {
      this.best = entry;
    }
    return true;
  }

  /** The frame to show for a die without message, or null without a stack. */
  get mostSpecific(): StackFrame | null {
    return this.best ?? this.dieFrame;
  }
}
