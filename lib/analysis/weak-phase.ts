// The phase of an excerpt cut before Portage's banner and outside its `>>> …` sections, read
// from weaker signs than those (round 16c): what runs after `>>> Source compiled.` (a test
// runner or an install), a make run installing into Portage's image directory, and
// elisp-compile (elisp.eclass, run from src_compile), qmake's errors and make finding no makefile
// (round 17), make's failed object file and go test's unbuilt package (round 19). result.ts consults it only after the
// banner's phase, the open section's and a call stack's (structure.ts), which always win.

/** Marks kept; a log holds a few phase boundaries per package. */
const MAX_MARKS = 256;
/** Lines after `>>> Source compiled.` searched for what the build did next. */
const AFTER_COMPILED_REACH = 64;
/**
 * How far below an error its phase's sign may come: elisp-compile announces itself after
 * the shell error of the ebuild's `cd` above it.
 */
const FORWARD_REACH = 8;

const SOURCE_COMPILED = ">>> Source compiled";
/** A make run (`make`, `gmake`, `emake`, or one named by path), as the line's first word. */
const MAKE_COMMAND = /^(?:\S*\/)?(?:g?make|emake)(?:\s|$)/;
/**
 * A make (or ninja, meson) run with an install target (`install`, `install-info`, `install-strip`);
 * read only after `>>> Source compiled.`.
 */
const MAKE_INSTALL = /^(?:\S*\/)?(?:g?make|emake|ninja|meson)\s(?:.*\s)?install(?:-[\w-]+)?(?:\s|$)/;
/** A make (or ninja, meson) run with a test target. */
const MAKE_CHECK = /^(?:\S*\/)?(?:g?make|emake|ninja|meson)\s(?:.*\s)?(?:check|test|tests)(?:\s|$)/;
/** A test runner as the line's first word. */
const TEST_RUNNER = /^(?:\S*\/)?(?:ctest|pytest|py\.test|nosetests|trial)(?:\s|$)/;
/** python.eclass's per-implementation test step (` * python3.2: running testing`). */
const PYTHON_TEST_STEP = /^\s*\*\s+[\w.-]+: running testing\b/;
/**
 * distutils-r1's per-implementation step names its sub-phase anywhere (` * python3_9: running
 * distutils-r1_run_phase python_test` for the ebuild's own function, `… distutils-r1_python_compile` for the
 * eclass's default, round 19); its `_all` steps run once, without the implementation.
 */
const DISTUTILS_STEP_NEEDLE = "running distutils-r1_run_phase ";
const DISTUTILS_STEP =
  /^\s*\*\s+[\w.-]+: running distutils-r1_run_phase (?:distutils-r1_)?python_(configure|compile|test|install)\b/;
const DESTDIR = "DESTDIR=";
/** elisp.eclass elisp-compile: its einfo and its failure. */
export const ELISP_COMPILE_SIGNS = ["Compiling GNU Emacs Elisp files", "elisp-compile: "] as const;

/**
 * Round 17: qmake's `Project ERROR: …` (qmake is the configure step, also when run from src_compile) and
 * make run without a target finding no makefile (`make: *** No targets specified and no makefile found.`:
 * a plain `emake`, src_compile's; `emake install` says `No rule to make target 'install'`). Both name
 * the phase of the shell error just above them (`sh: …/lrelease: No such file or directory`, a
 * `./build.sh: No such file or directory`).
 */
const QMAKE_ERROR_SIGN = "Project ERROR: ";
const MAKE_NO_MAKEFILE_SIGN = "No targets specified and no makefile found";
/**
 * Round 18: waf's report of a failed task under `Build failed` (`-> task in 'x' failed with exit status 1`,
 * waf 1.5's `-> task failed (err #127)`): waf builds in src_compile, and the shell error of the task's
 * command above it (`/bin/sh: …/asn1_compile: No such file or directory`) names no phase of its own.
 */
const WAF_TASK_SIGN = "-> task ";
/** Round 20: Haskell tasty's total (`3 out of 120 tests failed (0.52s)`) names test for the error above it. */
const TASTY_SIGN = " tests failed (";
const TASTY_TOTAL = /^\s*\d+ out of \d+ tests failed \(/;
const WAF_TASK_FAILED = /^\s*-> task (?:in '|failed )/;

/**
 * Round 19: make's report of a failed object file (`make[2]: *** [foo.o] Error 1`, `[Makefile:12: x.lo]`,
 * `[x.obj]`): a compile step failed, whatever the error line above it names; and `go test`'s
 * `FAIL\tpkg [build failed]` (or `[setup failed]`), the test phase building a test binary.
 */
const OBJECT_TARGET_SIGNS = ["o] Error ", "obj] Error "] as const;
const OBJECT_TARGET_FAILED = /\*\*\* \[(?:[^\]\s]*: )?[^\]\s]+\.(?:o|lo|obj)\] Error \d+/;
const GO_TEST_NOT_RUN_SIGNS = [" [build failed]", " [setup failed]"] as const;
const GO_TEST_NOT_RUN = /^FAIL\s+\S+\s+\[(?:build|setup) failed\]/;

/** Line-gate needles for the signs read outside the window after `>>> Source compiled.`. */
export const WEAK_PHASE_NEEDLES: readonly string[] = [
  DESTDIR,
  DISTUTILS_STEP_NEEDLE,
  ...ELISP_COMPILE_SIGNS,
  QMAKE_ERROR_SIGN,
  MAKE_NO_MAKEFILE_SIGN,
  WAF_TASK_SIGN,
  ...OBJECT_TARGET_SIGNS,
  ...GO_TEST_NOT_RUN_SIGNS,
  TASTY_SIGN,
];

/** For the ReDoS table (redos.test.ts). */
export const WEAK_PHASE_REGEXES = {
  MAKE_COMMAND,
  MAKE_INSTALL,
  MAKE_CHECK,
  TEST_RUNNER,
  PYTHON_TEST_STEP,
  DISTUTILS_STEP,
  WAF_TASK_FAILED,
  OBJECT_TARGET_FAILED,
  GO_TEST_NOT_RUN,
  TASTY_TOTAL,
} as const;

interface PhaseMark {
  line: number;
  /** null: a boundary (a `>>> ` line) after which earlier signs say nothing. */
  phase: string | null;
}

export class WeakPhase {
  private readonly marks: PhaseMark[] = [];
  /** Lines still searched for a test or install sign after `>>> Source compiled.`. */
  afterCompiledLines = 0;

  /** Feeds a `>>> ` line: every one ends what the signs before it said. */
  observeProgress(text: string, line: number): void {
    this.afterCompiledLines = text.startsWith(SOURCE_COMPILED) ? AFTER_COMPILED_REACH : 0;
    this.mark(line, null);
  }

  /** Feeds a line outside any section. */
  observe(text: string, line: number): void {
    if (this.afterCompiledLines > 0) {
      this.afterCompiledLines--;
      const phase = afterCompiledPhase(text);
      if (phase) {
        this.afterCompiledLines = 0;
        this.mark(line, phase);
        return;
      }
    }
    if (text.includes(DISTUTILS_STEP_NEEDLE)) {
      const step = DISTUTILS_STEP.exec(text);
      if (step) this.mark(line, step[1]);
    } else if (text.includes(DESTDIR) && installsIntoImage(text)) this.mark(line, "install");
    else if (ELISP_COMPILE_SIGNS.some((sign) => text.includes(sign))) this.mark(line, "compile");
    else if (text.startsWith(QMAKE_ERROR_SIGN)) this.mark(line, "configure");
    else if (text.includes(MAKE_NO_MAKEFILE_SIGN)) this.mark(line, "compile");
    else if (text.includes(WAF_TASK_SIGN) && WAF_TASK_FAILED.test(text)) this.mark(line, "compile");
    else if (OBJECT_TARGET_SIGNS.some((sign) => text.includes(sign)) && OBJECT_TARGET_FAILED.test(text))
      this.mark(line, "compile");
    else if (GO_TEST_NOT_RUN_SIGNS.some((sign) => text.includes(sign)) && GO_TEST_NOT_RUN.test(text))
      this.mark(line, "test");
    else if (text.includes(TASTY_SIGN) && TASTY_TOTAL.test(text)) this.mark(line, "test");
  }

  /** The phase the signs give the line: the last one above it, else one just below it. */
  phaseAt(line: number): string | null {
    let index = this.marks.length - 1;
    while (index >= 0 && this.marks[index].line > line) index--;
    if (index >= 0 && this.marks[index].phase) return this.marks[index].phase;
    const next = this.marks[index + 1];
    return next && next.line - line <= FORWARD_REACH ? next.phase : null;
  }

  private mark(line: number, phase: string | null): void {
    const last = this.marks[this.marks.length - 1];
    // The first boundary counts too: an error above `>>> Source compiled.` is not the test's.
    if (last && last.phase === phase) return;
    if (this.marks.length >= MAX_MARKS) this.marks.shift();
    this.marks.push({ line, phase });
  }
}

function afterCompiledPhase(text: string): string | null {
  const command = text.trimStart();
  if (
    PYTHON_TEST_STEP.test(text) ||
    TEST_RUNNER.test(command) ||
    command.includes(" -m pytest") ||
    MAKE_CHECK.test(command)
  )
    return "test";
  if (MAKE_INSTALL.test(command) || (command.includes(DESTDIR) && MAKE_COMMAND.test(command)))
    return "install";
  return null;
}

/**
 * A make run installing into Portage's image directory (`make DESTDIR=…/image/ install-info`),
 * `${D}`. A staging DESTDIR (`make DESTDIR="${WORKDIR}/stage" install` in src_compile) is not,
 * and a configure line passing DESTDIR is no make run.
 */
function installsIntoImage(text: string): boolean {
  const command = text.trimStart();
  if (!MAKE_COMMAND.test(command)) return false;
  const at = command.indexOf(DESTDIR) + DESTDIR.length;
  const end = command.indexOf(" ", at);
  const value = command.slice(at, end < 0 ? command.length : end).replace(/["']/g, "");
  return value.endsWith("/image") || value.endsWith("/image/");
}
