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

/**
 * Round 21b: the resolver's non-fatal notice (`!!! The following update has been skipped due to unsatisfied
 * dependencies:`, `!!! The following update(s) have been skipped due to unsatisfied dependencies` /
 * `!!! triggered by backtracking:`), whose block explains the skip in the resolver's failure words (`emerge:
 * there are no ebuilds to satisfy …`, `All ebuilds that could satisfy … have been masked.`), and the merge
 * going on after it (`>>> Emerging (1 of 3) …`, `>>> Installing (1 of 3) …`, `Jobs: 3 of 3 complete`) or the
 * end of the output (`emerge -p`): the block is no failure (result.ts), whatever comes after it decides.
 */
const SKIPPED_UPDATE_SIGN = "skipped due to unsatisfied dependencies";
const SKIPPED_UPDATE =
  /^!!! (?:The following update has|The following update\(s\) have|One or more updates have) been skipped due to unsatisfied dependencies\b/;
const MERGE_GOES_ON = /^>>> (?:Emerging|Installing) (?:binary )?\(\d+ of \d+\) /;
const JOBS_SIGN = "Jobs: ";
const JOBS_COMPLETE = /^(?:>>> )?Jobs: \d+ of \d+ complete\b/;

/**
 * Round 21b: a build's compile progress (an excerpt without banner and section): CMake's `[ 45%] Building C
 * object …`, ninja's `[12/345] Compiling C object …` or `[12/345] x86_64-pc-linux-gnu-gcc … -c foo.c`, automake's
 * silent rules (`  CC       foo.lo`, `  CXX  …`, kbuild's `  CC [M]  x.o`), cargo's `   Compiling foo v1.2.3`;
 * `libtool: compile: …` (and `libtool: link: …`) and a compiler command with `-c` and `-o x.o` only where the gate
 * passes the line anyway. Their link steps (`[ 60%] Linking C
 * executable`, `  CCLD     foo`, `libtool: link: …`, ninja's `[N/M] Linking …`) end what those said: an error
 * after them is no compile step's (a linker's own line names link by its rule anyway).
 */
const COMPILE_STEP_SIGNS = ["] Building ", "] Compiling ", "  Compiling ", "  CC ", "  CXX "] as const;
const LINK_STEP_SIGNS = ["] Linking ", "  CCLD ", "  CXXLD ", "  LD "] as const;
/**
 * Read only on lines the gate passes for another reason (an excerpt's first lines): a verbose build prints one
 * per file, inside Portage's sections, and as gate needles they halved the analysis of a full log's compile
 * section (bench:analysis). The progress lines above are what a quiet build (and so a paste) shows.
 */
const UNGATED_COMPILE_SIGNS = ["libtool: compile:", " -c "] as const;
const UNGATED_LINK_SIGN = "libtool: link:";
const COMPILE_PROGRESS =
  /^(?:\[ *\d{1,3}%\] Building (?:C|CXX|Fortran|ASM|CUDA|HIP|OBJC|OBJCXX|Swift)\S* object |\[\d+\/\d+\] (?:Compiling |Building (?:C|CXX|Fortran|ASM|CUDA)\S* object )|libtool: compile: |\s+Compiling [\w-]+ v\d|\s{1,4}(?:CC|CXX|FC|F77|OBJC|OBJCXX|CCAS|AS)(?: \[M\])?\s+\S+\.(?:o|lo|obj)\s*$)/;
/** A C, C++ or Fortran compiler as a command's first word (after ninja's `[N/M] `), for a line with ` -c `. */
const COMPILER_COMMAND =
  /^(?:\[\d+\/\d+\] )?(?:\S*\/)?(?:[\w.-]+-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|gfortran|icc|icpc)(?:-[\d.]+)?\s/;
const OBJECT_OUTPUT = / -o \S+\.(?:o|lo|obj)(?:\s|$)/;
const LINK_PROGRESS =
  /^(?:\[ *\d{1,3}%\] Linking |\[\d+\/\d+\] Linking |libtool: link: |\s{1,4}(?:CCLD|CXXLD|LD)\s)/;

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
  SKIPPED_UPDATE_SIGN,
  JOBS_SIGN,
  ...COMPILE_STEP_SIGNS,
  ...LINK_STEP_SIGNS,
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
  SKIPPED_UPDATE,
  MERGE_GOES_ON,
  JOBS_COMPLETE,
  COMPILE_PROGRESS,
  COMPILER_COMMAND,
  OBJECT_OUTPUT,
  LINK_PROGRESS,
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

  /** The last skipped-update notice's line, and the first merge progress line after it (0: none yet). */
  private skippedUpdateLine = 0;
  private mergeAfterSkipLine = 0;

  /** Feeds a `>>> ` line: every one ends what the signs before it said. */
  observeProgress(text: string, line: number): void {
    this.afterCompiledLines = text.startsWith(SOURCE_COMPILED) ? AFTER_COMPILED_REACH : 0;
    this.mark(line, null);
    if (MERGE_GOES_ON.test(text) || JOBS_COMPLETE.test(text)) this.mergeGoesOn(line);
  }

  /**
   * True when `line` lies in a skipped-update notice's block (after the notice, up to the merge that went on
   * after it, or to the end: `emerge -p` stops after it): the resolver's words there explain a skip, not a
   * failure. emerge prints the notice only under a merge list it could resolve.
   */
  inSkippedUpdate(line: number): boolean {
    const after = this.skippedUpdateLine > 0 && this.skippedUpdateLine <= line;
    return after && (this.mergeAfterSkipLine === 0 || this.mergeAfterSkipLine > line);
  }

  private mergeGoesOn(line: number): void {
    if (this.skippedUpdateLine > 0 && this.mergeAfterSkipLine === 0) this.mergeAfterSkipLine = line;
  }

  /** Feeds a line outside any section. */
  observe(text: string, line: number): void {
    if (text.includes(SKIPPED_UPDATE_SIGN) && SKIPPED_UPDATE.test(text)) {
      this.skippedUpdateLine = line;
      this.mergeAfterSkipLine = 0;
    } else if (text.includes(JOBS_SIGN) && JOBS_COMPLETE.test(text)) this.mergeGoesOn(line);
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
    else this.observeBuildStep(text, line);
  }

  /**
   * Compile and link progress (round 21b). A verbose build prints a compile step per file: once the last mark
   * says compile (mark() keeps no repeat), the line is not searched for one.
   */
  private observeBuildStep(text: string, line: number): void {
    if (
      (LINK_STEP_SIGNS.some((sign) => text.includes(sign)) || text.includes(UNGATED_LINK_SIGN)) &&
      LINK_PROGRESS.test(text)
    )
      this.mark(line, null);
    else if (
      this.marks[this.marks.length - 1]?.phase !== "compile" &&
      (COMPILE_STEP_SIGNS.some((sign) => text.includes(sign)) ||
        UNGATED_COMPILE_SIGNS.some((sign) => text.includes(sign))) &&
      compileStep(text)
    )
      this.mark(line, "compile");
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

/** A compile step's progress line or command (round 21b). */
function compileStep(text: string): boolean {
  if (COMPILE_PROGRESS.test(text)) return true;
  return text.includes(" -c ") && COMPILER_COMMAND.test(text) && OBJECT_OUTPUT.test(text);
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
