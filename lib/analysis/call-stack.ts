// The call stack Portage prints under a die banner (isolated-functions.sh
// __dump_trace). When die got no message, the most specific frame says more than
// the banner: the deepest function that is neither die nor the phase entry (nor an
// eclass's phase function right above die: then die's own frame).
//
//  * Call stack:
//  *     ebuild.sh, line  136:  Called src_configure
//  *   environment, line 4012:  Called cmake_src_configure
//  *   environment, line 1900:  Called _cmake_check_build_dir
//  *   environment, line 1845:  Called die
//
// Round 30b: a paste may lose every ` * ` (a forum's or an issue's rendering): the frames and the header are
// read without it too, after a banner as before and, without one, as a loose stack (structure.ts).
// Round 51d: pkgcore's ebd since 0.12 prints `called` (`ebuild.bash, line 351:  called die`).
const FRAME = /^\s*(?:\*\s+)?(\S+), line +\d+: +[Cc]alled (\S+)(?: '([^'\s]{1,40})')?/;
/**
 * Round 51d: the package manager's own shell files, the frames of a die no ebuild or eclass code reached: Portage's
 * ebuild.sh, phase-functions.sh, phase-helpers.sh, misc-functions.sh, isolated-functions.sh (`__dyn_package` →
 * `assert` → `die`), pkgcore's ebuild-daemon.bash, ebuild.bash, isolated-functions.bash and its older `.lib` files.
 * The ebuild's and eclasses' code runs from `environment` (or pkgcore's `.initial_environ`), or from the ebuild's or
 * eclass's own file name.
 */
const PACKAGE_MANAGER_FILE =
  /^(?:ebuild|phase-functions|phase-helpers|misc-functions|isolated-functions|bashrc-functions|ebuild-daemon(?:-lib)?|ebuild-default-functions|ebuild-env-utils|exit-handling|ebuild-functions|common|generic_ebuild_functions)\.(?:sh|bash|lib)$/;
/**
 * Round 29a: old Portage's die told the function it was called in (its alias passed `$FUNCNAME`), as a line of its
 * own: ` * Function epatch, Line 51, Exitcode 0`, under ` * Call stack:` in the eerror form of a message-less die.
 * The function named called die: the frame to show unless it is a phase function (then the line is die's own frame).
 */
const DIE_FUNCTION_FRAME = /^\s*(?:\*\s+)?Function (\S+), Line +\d+, Exitcode +\d+/;
export const CALL_STACK_HEADER = /^\s*(?:\*\s*)?Call stack:$/;
const DIE_FUNCTIONS = new Set(["die", "__helpers_die", "assert"]);
// ebuild.sh calling the phase function: true of every stack, says nothing.
const PHASE_ENTRY = /^(?:src|pkg)_[a-z]+$/;
/** ebuild.sh's dispatch to the phase function in Portage up to 2.1/2.2: `dyn_compile`, `qa_call`, `ebuild_phase`. */
const PORTAGE_DISPATCH = /^_*(?:dyn_[a-z]+|qa_call|ebuild_phase(?:_with_hooks)?)$/;
/** An eclass's (or multilib's) phase function: `cmake_src_compile`, `distutils-r1_src_test`, `xdg_pkg_postinst`. */
const ECLASS_PHASE_FUNCTION =
  /^[\w-]+_(?:src_(?:unpack|prepare|configure|compile|test|install)|pkg_(?:pretend|setup|preinst|postinst|prerm|postrm|config|nofetch))$/;

/** A frame of a stack pasted without its banner: ` * ` may be gone, and so may the frames above. */
const LOOSE_FRAME = /^\s*(?:\*\s+)?\S+, line +\d+: +[Cc]alled (\S+)(?: '([^'\s]{1,40})')?/;
/**
 * Functions whose frame says which phase ran: `src_test`, `multilib_src_test`, `distutils-r1_src_test`,
 * `virtx`; Portage 2.1's ebuild.sh ran each phase from `dyn_<phase>`; round 30b: distutils-r1's sub-phases
 * (`python_compile`, `distutils-r1_python_install`, `python_compile_all`).
 */
const PHASE_FUNCTION =
  /^(?:(?:[\w-]+_)?(?:src|pkg)|dyn)_([a-z]+)$|^(?:[\w-]+_)?python_(configure|compile|test|install)(?:_all)?$/;
/** setup.py's command a build helper runs (`esetup.py 'build'`, distutils.eclass's `setup.py 'install'`). */
const SETUP_PY_HELPERS = new Set(["esetup.py", "setup.py"]);
const SETUP_PY_STEPS: Readonly<Record<string, string>> = {
  build: "compile",
  build_ext: "compile",
  build_py: "compile",
  build_clib: "compile",
  build_scripts: "compile",
  install: "install",
  test: "test",
};
const TEST_RUNNERS = new Set([
  "virtx",
  "virtualmake",
  "python_test",
  "multilib_src_test",
  "epytest",
  "ctest",
]);

/**
 * A frame of a call stack without the banner above it (an excerpt starting at ` * Call stack:` or at
 * its frames), and the phase it names: `ebuild.sh … Called src_test` or, when that frame was cut, an
 * eclass's `multilib_src_test` / `virtx`. Null when `text` is no frame.
 */
export function looseFrame(text: string): { phase: string | null } | null {
  const frame = LOOSE_FRAME.exec(text);
  if (!frame) return null;
  return { phase: phaseNamedBy(frame[1], frame[2]) };
}

/** Whether `text` is a loose frame (looseFrame not null), without the phase: a stack's later frames (structure.ts). */
export function isLooseFrame(text: string): boolean {
  return LOOSE_FRAME.test(text);
}

/**
 * The phase a frame's callee names (`src_test`, `distutils-r1_src_test`, `dyn_compile`, `python_test`), or the
 * step a setup.py helper runs by its first argument (`esetup.py 'build'`: compile; round 30b), or null.
 */
function phaseNamedBy(callee: string, firstArgument?: string): string | null {
  if (TEST_RUNNERS.has(callee)) return "test";
  if (SETUP_PY_HELPERS.has(callee)) return SETUP_PY_STEPS[firstArgument ?? ""] ?? null;
  const named = PHASE_FUNCTION.exec(callee);
  return named ? (named[1] ?? named[2]) : null;
}

export interface StackFrame {
  line: number;
  text: string;
}

export class DieCallStack {
  /** True while the lines after " * Call stack:" are frames. */
  reading = false;
  /** The line of its `Called die` frame, once read. */
  dieLine: number | null = null;
  private best: StackFrame | null = null;
  private dieFrame: StackFrame | null = null;
  /**
   * The phase ebuild.sh called (`Called src_compile` -> "compile"): Portage 2.1's banner
   * (`ERROR: cat/pkg-1 failed.`) names none, its stack does.
   */
  phase: string | null = null;
  /** Frames read, and whether one of them was outside the package manager's own files (PACKAGE_MANAGER_FILE). */
  private frames = 0;
  private packageFrame = false;

  start(): void {
    this.reading = true;
  }

  /** Forgets the stack read so far: a loose stack's frames after a gap are another stack's (structure.ts). */
  reset(): void {
    this.reading = false;
    this.best = null;
    this.dieFrame = null;
    this.dieLine = null;
    this.phase = null;
    this.frames = 0;
    this.packageFrame = false;
  }

  /** Feeds one line while reading; returns false when the stack has ended. */
  take(text: string, line: number): boolean {
    const frame = FRAME.exec(text);
    if (!frame) return this.takeDieFunction(text, line);
    const callee = frame[2];
    this.frames++;
    if (!PACKAGE_MANAGER_FILE.test(frame[1])) this.packageFrame = true;
    const entry: StackFrame = { line, text: text.replace(/^\s*\*\s+/, "").trim() };
    if (DIE_FUNCTIONS.has(callee)) {
      this.dieFrame ??= entry;
      this.dieLine ??= line;
      this.reading = false;
    } else if (frame[1] === "ebuild.sh" && PHASE_ENTRY.test(callee)) {
      this.phase ??= callee.slice(callee.indexOf("_") + 1);
    } else if (frame[1] === "ebuild.sh" && PORTAGE_DISPATCH.test(callee)) {
      // Portage's own way to the phase function (old stacks): says nothing of the failure.
    } else {
      // A stack pasted without ebuild.sh's frame (round 16): the outermost frame that names a phase
      // (`distutils-r1_src_test`, `python_test`) says which phase died, as looseFrame does without a banner.
      this.phase ??= phaseNamedBy(callee, frame[3]);
      // A phase function (`cmake_src_compile`, `distutils-r1_src_test`, old stacks' `src_compile` in
      // environment) names the phase the banner names already: when it called die itself, die's own
      // frame is the most specific line.
      this.best = PHASE_ENTRY.test(callee) || ECLASS_PHASE_FUNCTION.test(callee) ? null : entry;
    }
    return true;
  }

  /** Old Portage's ` * Function foo, Line N, Exitcode N` (DIE_FUNCTION_FRAME); false, ending the stack, for any other line. */
  private takeDieFunction(text: string, line: number): boolean {
    const caller = DIE_FUNCTION_FRAME.exec(text)?.[1];
    if (caller === undefined) {
      this.reading = false;
      return false;
    }
    const entry: StackFrame = { line, text: text.replace(/^\s*\*\s+/, "").trim() };
    this.phase ??= phaseNamedBy(caller);
    if (PHASE_ENTRY.test(caller) || ECLASS_PHASE_FUNCTION.test(caller)) this.dieFrame ??= entry;
    else this.best = entry;
    return true;
  }

  /**
   * Round 51d: the stack reached die without an ebuild or eclass frame: the package manager's own code died
   * (`__dyn_package` → `assert` → `die`, pkgcore's `__run_ebuild_phase` → `die`). False without a stack.
   */
  get packageManagerOnly(): boolean {
    return this.frames > 0 && this.dieLine !== null && !this.packageFrame;
  }

  /** The frame to show for a die without message, or null without a stack. */
  get mostSpecific(): StackFrame | null {
    return this.best ?? this.dieFrame;
  }
}
