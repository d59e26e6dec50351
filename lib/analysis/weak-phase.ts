// The phase of an excerpt cut before Portage's banner and outside its `>>> …` sections, read
// from weaker signs than those (round 16c): what runs after `>>> Source compiled.` (a test
// runner or an install), a make run installing into Portage's image directory, and
// elisp-compile (elisp.eclass, run from src_compile), qmake's errors and make finding no makefile
// (round 17), make's failed object file and go test's unbuilt package (round 19). result.ts consults it only after the
// banner's phase, the open section's and a call stack's (structure.ts), which always win.

import { NeedleScanner } from "./needle-scan";
import { TEST_HARNESS_NEEDLES, TEST_HARNESS_REGEXES, testHarnessLine } from "./test-harness-signs";

/** Marks kept; a log holds a few phase boundaries per package. */
const MAX_MARKS = 256;
/** Lines after `>>> Source compiled.` searched for what the build did next. */
const AFTER_COMPILED_REACH = 64;
/**
 * How far below an error its phase's sign may come: elisp-compile announces itself after
 * the shell error of the ebuild's `cd` above it.
 */
const FORWARD_REACH = 8;
/** How far below a failed command make's `*** [target] Error N` may come (its `Waiting for unfinished jobs` too). */
const MAKE_TARGET_REACH = 16;

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
 * Round 27: CMake's error from a CMakeLists.txt or a module it includes (catkin's safe_execute_process.cmake
 * reporting the Python helper it ran), and its `-- Configuring incomplete`: cmake is the configure step, and
 * the helper's own complaint just above (`ImportError: … No module named 'catkin_pkg'`) is configure's.
 * Not cmake_install.cmake (the install step runs it).
 */
const CMAKE_ERROR_SIGN = "CMake Error at ";
const CMAKE_INCOMPLETE_SIGN = "-- Configuring incomplete";
// Round 51d: nor ExternalProject's download step scripts (`x-gitclone.cmake`, `x-stamp/x-download-Release.cmake`): make
// or ninja runs them from the build (result.ts cmakeStepReachingOut names their step).
const CMAKE_CONFIGURE_ERROR =
  /^CMake Error at (?![^\n]*(?:cmake_install\.cmake:|-(?:gitclone|gitupdate|hgclone|download-[\w.-]{1,40})\.cmake:))\S+(?:\.cmake|CMakeLists\.txt):\d+ \(/;
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
/**
 * Round 25: make's report of any other failed target names its step too: an install target (`install-recursive`,
 * `install-data-am`) the install, a check or test target (`check-am`, `test`) the test run, any other (`all`,
 * `obj_xref.h`, `version.h`, `libfoo.la`) the build. A build-time helper's complaint above it (a code generator's
 * `not found`, a header generator's usage text) is then a compile step's; a line the weak signs read anyway.
 */
const MAKE_TARGET_SIGN = "] Error ";
/**
 * Round 29b: make's failed target wrapped by a terminal or a writer before its `] Error N` (`make: *** [Makefile:50:
 * sub-tests-make_` then `first] Error 2`): the head ends the line without its `]`, the tail starts the next one.
 */
const MAKE_TARGET_HEAD_SIGN = "*** [";
const MAKE_TARGET_HEAD = /\*\*\* \[([^\]\s]{0,300}(?:: [^\]\s]{0,300})?)$/;
const MAKE_TARGET_TAIL = /^([^\]\s]{0,300})\] Error \d+/;
/**
 * Round 28: SBCL's summary after a compile-file that failed (ASDF's compile step): like make's failed target, it
 * reports the failure of the lines above it (`; caught ERROR:`, the debugger's `Unhandled …`), so the same weakest
 * sign. Not a rule of its own: as a candidate it took the primary from the error it sums up.
 */
const LISP_UNIT_ABORTED_SIGN = "; compilation unit aborted";
const MAKE_TARGET_FAILED = /\*\*\* \[(?:[^\]\s]*: )?([^\]\s]+)\] Error \d+/;
const INSTALL_TARGET = /^(?:\S*\/)?install(?:[-_.][\w.-]*)?$/;
/**
 * Round 29b: also the test wrappers of qmake's and CMake's makefiles: qmake's subdirs template runs a directory's
 * tests as `sub-<dir>-check` (`sub-tests-auto-check`, `sub-tst_foo-check_ordered`) and builds its `tests` directory
 * as `sub-tests-make_first` (`sub-tests-auto-all`: qt5-build builds a module's tests in src_test), CMake's Makefile2
 * a custom `check` or `test` target as `tests/CMakeFiles/check.dir/all` (or `/rule`).
 */
const TEST_TARGET =
  /^(?:\S*\/)?(?:check|test|tests)(?:[-_.][\w.-]*)?$|^sub-(?:[\w.-]{1,200}-check|tests?(?:-[\w.]{1,60}){0,8}-(?:make_first|all))(?:_ordered)?$|^(?:\S*\/)?CMakeFiles\/(?:check|tests?)\.dir\/(?:all|rule)$/;
/**
 * A goal make was asked for by name that runs the tests: no file's name (`test_libraries.sh`, `test_foo.o` are what a
 * test target needs, built in any step), only a test target's (`check`, `check-am`, `tests`, the wrappers above).
 */
const TEST_GOAL =
  /^(?:check|tests?)(?:-[\w-]{1,60})?$|^sub-[\w.-]{1,200}-check(?:_ordered)?$|^(?:\S*\/)?CMakeFiles\/(?:check|tests?)\.dir\/(?:all|rule)$/;
const INSTALL_GOAL = /^install(?:-[\w-]{1,60})?$/;
/** Opening quotes of make's target names: GNU make's `'` (old ones `` ` ``), a translation's ‘ “ „ «. */
const MAKE_QUOTES = ["'", "`", "\u2018", "\u201c", "\u201e", "\u00ab"];
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

/**
 * Round 25: a test run an excerpt shows without banner or section. googletest's run banner (`[==========] Running 3
 * tests from 1 test suite.`) and its per-test line (`[ RUN      ] Suite.Test`); a project's own test driver as a
 * command or a shell's complaint's first word (`./run_test.sh: line 25: KEY: unbound variable`, `python3
 * run-tests.py`), or in a Python frame (`File "…/tests/run_tests.py", line 12, in <module>`). A path that merely
 * holds `test` is no sign (`tests/foo.c:12: error: …` is a compile step).
 */
const GTEST_RUN_SIGNS = ["[==========] Running ", "[ RUN      ] "] as const;
const GTEST_RUN = /^\[(?:==========\] Running \d+ tests? from | RUN {6}\] \S)/;
/**
 * Cabal running a test suite (`Running 1 test suites...`, `Test suite tasty: RUNNING...`) and tasty's verdict on one
 * test (`    parses a number: FAIL`, `… FAIL (0.02s)`), for a run whose `N out of M tests failed` total was cut.
 */
const CABAL_TEST_SIGNS = ["Test suite ", " test suites..."] as const;
const CABAL_TEST_RUN = /^(?:Test suite \S+: RUNNING\.\.\.|Running \d+ test suites\.\.\.)\s*$/;
const TASTY_FAIL_SIGN = ": FAIL";
const TASTY_FAIL = /^\s+[^\s:][^:]*: FAIL(?: \(\d+(?:\.\d+)?s\))?\s*$/;
const TEST_DRIVER_SIGNS = [
  "run_test",
  "run-test",
  "runtest",
  "test_runner",
  "test-runner",
  "run_project_test",
] as const;
// Round 36: meson's `run_project_tests.py` too.
const TEST_DRIVER_NAME = String.raw`(?:run[_-]?(?:unit[_-]?|project[_-]?)?tests?|runtests?|test[_-]runner)(?:\.(?:sh|bash|py|pl))?`;
const TEST_DRIVER = new RegExp(
  String.raw`^\s*(?:(?:(?:\S*\/)?(?:python[\d.]*|bash|sh|perl)\s+)?(?:\S*\/)?${TEST_DRIVER_NAME}(?::|\s|$)|File "(?:[^"]*\/)?${TEST_DRIVER_NAME}", line \d)`,
);

/**
 * Round 29a: a frame of Portage's install helper in a Python traceback (`  File "/usr/lib/portage/python3.9/doins.py",
 * line 179, in run`): doins.py runs for doins, dodoc, newins and the other ins helpers, only from src_install, so the
 * exception ending that traceback (`FileNotFoundError: [Errno 2] No such file or directory: b'README.markdown'`, a
 * file the ebuild names that is not there) is the install step's; an excerpt of the traceback alone read compile.
 * Anywhere in the line: a paste that lost its line breaks keeps the frame inside one line. The helper named as the
 * speaker of a line (`dodoc: …`, `!!! doins: …`, the die message `dodoc failed`) says the same of the line, and so
 * does an OSError's line (`[Errno 2] …`) that names the helper at all: the file it could not find is the helper's.
 * Not a missing file shown as a bytes literal alone (`No such file or directory: b'…'`, doins.py's way): Portage's
 * own modules pass bytes too, and emerge crashing on a bytes path is no install step's (a held-out loss, round 29a).
 */
const INSTALL_HELPER_SIGNS = [
  "doins",
  "dodoc",
  "newins",
  "newdoc",
  "minstall.py",
  "meson_install.py",
  "installer/__main__.py",
  "installer/_core.py",
  "/command/install",
  ", in install",
  "-m installer",
] as const;
/**
 * Round 52b: so is a frame of another installer, which runs only to install (meson's `mesonbuild/minstall.py`, before
 * 0.47 `mesonbuild/scripts/meson_install.py`; the `installer` module's `installer/__main__.py` or `_core.py`;
 * distutils' or setuptools' `command/install*.py`; a setup.py's own `install` function), and `python3 -m installer …`
 * as a command: the `FileNotFoundError: [Errno 2] …` or `PermissionError: [Errno 13] …` ending the traceback is the
 * install step's, also in an excerpt with no banner. Not the command `python setup.py install` alone: a `make install`
 * recipe pipes its output into other tools (row 1031: sed's error below it, labelled kind unknown). Not `setup.py
 * build`, nor `meson compile`: those run in src_compile.
 */
const INSTALL_HELPER_LINE =
  /File "(?:[^"\n]{0,300}\/)?(?:doins\.py|mesonbuild\/(?:scripts\/meson_install|minstall)\.py|installer\/(?:__main__|_core)\.py|(?:distutils|setuptools)\/command\/install\w{0,20}\.py)", line \d|File "(?:[^"\n]{0,300}\/)?setup\.py", line \d{1,6}, in install\w{0,20}\s*$|(?<![\w./-])(?:do|new)(?:ins|doc)(?::\s| failed\b)|^\s*(?:\$ )?(?:sudo )?(?:\S*\/)?python[\d.]*\s+-m installer(?:\s|$)/;
const OS_ERROR_SIGN = "[Errno ";
const INSTALL_HELPER_NAMED = /(?<![\w./-])(?:do|new)(?:ins|doc)(?:\.py)?(?![\w-])/;

/**
 * Round 39: automake's recursion into a directory for a target (`Making check in tests`, `Making install in src`,
 * `Making all in lib`). `check` starts a test run: what it compiles and links after that is the test programs'
 * build (`check_PROGRAMS`), so a compile error or a link step there is the tests', until automake recurses for
 * another target (`all`, `install`: no mark of their own, make's targets and the other signs tell those) or a `>>> `
 * line ends the run.
 */
const AUTOMAKE_RECURSION_SIGN = "Making ";
const AUTOMAKE_RECURSION = /^Making (check|install|all) in \S/;

/**
 * Round 46: a command that runs the tests, shown above the failure (an excerpt without banner or section): a shell
 * prompt's (`$ make check -j`, `# ctest`) or the bare command make or a script echoes (`make -j5 -j1 check`,
 * `ninja test`, `meson test`, `python3 -m pytest`, `./run_tests`), with environment assignments before it
 * (`LANG=C make check`). The run starts a check run as automake's `Making check in` does (round 39): a compile step
 * after it builds a test program, a failure with no phase of its own (`cp: cannot create regular file …` in a test
 * data recipe, `mkdir: cannot create directory …`) is the tests'. Only at line start: not the words in prose (`the
 * output of make check`), not a target of a longer command line (`cd tests && make check`). Round 47c: zsh's and
 * csh's prompt too (`% make test`, ulfius' CMake `test` target building its test program; row 990). What a compile step
 * there fails with keeps the compiler's kind (LABELLING.md convention 18): the mark names the phase.
 */
const TEST_COMMAND_SIGNS = [
  "make check",
  "make test",
  "make -",
  "ninja test",
  "meson test",
  "ctest",
  "pytest",
  "./run",
] as const;
const TEST_COMMAND =
  /^(?:[$#%] )?(?:[A-Z_][A-Z0-9_]*=\S* )*(?:\S*\/)?(?:(?:g?make|emake)(?: -[\w=.-]+)* (?:check|tests?)|(?:ninja|meson)(?: -[\w=.-]+)* test|ctest|pytest|py\.test|python[\d.]* -m pytest|run[_-]?(?:unit[_-]?)?tests?(?:\.(?:sh|py|pl))?)(?:\s|$)/;

/**
 * Round 47c: autoconf's config.log pasted as an excerpt: a check's command (`configure:20365: gcc -o conftest … conftest.c
 * >&5`) runs the probe, and what the compiler or the linker says under it (`/usr/bin/ld: /tmp/cc90PsQM.o: relocation …;
 * recompile with -fPIC`, `/usr/bin/ld: cannot find -lfoo`) is that configure check's, up to its exit status
 * (`configure:20365: $? = 1`), which ends it. A linker's line names no conftest file of its own (round 39 read a
 * compiler's `conftest.c:12:5: error:` so already): the command above it does (row 994).
 */
const CONFIG_LOG_SIGN = "configure:";
const CONFIG_LOG_PROBE_SIGN = "conftest";
const CONFIG_LOG_STATUS_SIGN = "$? = ";
// Round 49a: also a compile-only check (AC_COMPILE_IFELSE: `configure:12350: clang -c -O2 conftest.c >&5`), which
// writes no `-o conftest`: its source argument names the probe.
const CONFIG_LOG_PROBE =
  /^configure:\d+: (?!checking |result: )\S[^\n]{0,4000}? (?:-o conftest(?:\.\w+)?|conftest\.(?:c|cc|cpp|cxx|C|m|f|F|f90))\s/;
const CONFIG_LOG_STATUS = /^configure:\d+: \$\? = \d+\s*$/;
// Round 51a: AC_PROG_CC's version probes (`configure:3414: gcc -V >&5`, also `-qversion`, `--version`, `-v`,
// `-version`): the driver's `gcc: error: unrecognized command line option '-V'` and `gcc: fatal error: no input files`
// under it are routine, the probe's (every gcc config.log holds them), not the failure.
const CONFIG_LOG_VERSION_PROBE_SIGN = " >&5";
const CONFIG_LOG_VERSION_PROBE =
  /^configure:\d+: \S{1,500}(?: \S{1,500}){0,3} (?:--?version|-[vV]|-qversion) >&5\s*$/;

/**
 * Round 52c: SCons reads its build description (SConstruct, SConscript files) before it builds anything, and its
 * Configure checks run while it does: from `scons: Reading SConscript files ...` up to `scons: done reading SConscript
 * files.` a failure (a Python traceback from the SConstruct, `scons: *** …`, a check's `no` and the script's exit) is
 * the configure step's (LABELLING.md convention 7), also under src_compile's banner.
 */
// The needle is structure.ts's (SECTION_STRUCTURE_NEEDLES): the sign is read inside a phase's section too.
export const SCONS_READING_NEEDLE = "SConscript files";
const SCONS_PREFIX = "scons: ";
const SCONS_READING = /^scons: (?:(Reading)|done reading) SConscript files\b/;

/** Line-gate needles for the signs read outside the window after `>>> Source compiled.`. */
export const WEAK_PHASE_NEEDLES: readonly string[] = [
  DESTDIR,
  DISTUTILS_STEP_NEEDLE,
  ...ELISP_COMPILE_SIGNS,
  QMAKE_ERROR_SIGN,
  CMAKE_ERROR_SIGN,
  CMAKE_INCOMPLETE_SIGN,
  MAKE_NO_MAKEFILE_SIGN,
  WAF_TASK_SIGN,
  ...OBJECT_TARGET_SIGNS,
  MAKE_TARGET_SIGN,
  MAKE_TARGET_HEAD_SIGN,
  LISP_UNIT_ABORTED_SIGN,
  ...GO_TEST_NOT_RUN_SIGNS,
  TASTY_SIGN,
  ...GTEST_RUN_SIGNS,
  ...CABAL_TEST_SIGNS,
  TASTY_FAIL_SIGN,
  ...TEST_DRIVER_SIGNS,
  ...TEST_HARNESS_NEEDLES,
  ...INSTALL_HELPER_SIGNS,
  AUTOMAKE_RECURSION_SIGN,
  ...TEST_COMMAND_SIGNS,
  CONFIG_LOG_PROBE_SIGN,
  CONFIG_LOG_STATUS_SIGN,
  CONFIG_LOG_VERSION_PROBE_SIGN,
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
  CMAKE_CONFIGURE_ERROR,
  OBJECT_TARGET_FAILED,
  MAKE_TARGET_FAILED,
  MAKE_TARGET_HEAD,
  MAKE_TARGET_TAIL,
  INSTALL_TARGET,
  TEST_TARGET,
  TEST_GOAL,
  INSTALL_GOAL,
  GO_TEST_NOT_RUN,
  TASTY_TOTAL,
  GTEST_RUN,
  CABAL_TEST_RUN,
  TASTY_FAIL,
  TEST_DRIVER,
  ...TEST_HARNESS_REGEXES,
  INSTALL_HELPER_LINE,
  INSTALL_HELPER_NAMED,
  AUTOMAKE_RECURSION,
  TEST_COMMAND,
  CONFIG_LOG_PROBE,
  CONFIG_LOG_STATUS,
  CONFIG_LOG_VERSION_PROBE,
  SCONS_READING,
  SKIPPED_UPDATE,
  MERGE_GOES_ON,
  JOBS_COMPLETE,
  COMPILE_PROGRESS,
  COMPILER_COMMAND,
  OBJECT_OUTPUT,
  LINK_PROGRESS,
} as const;

/**
 * The signs observe() looks for, a bit per sign or group of signs: one needle pass over the line (SIGN_SCAN)
 * instead of ~40 `includes` and `some` closures, which were ~18 % of the streaming compile row (its lines lie
 * outside any section; docs/benchmarks.md, "session 19"). A bit is set exactly when the line holds one of its
 * needles (NeedleScanner), so each test below is the `includes` it replaces.
 */
const SIGN_GROUPS: readonly (readonly string[])[] = [
  [SKIPPED_UPDATE_SIGN],
  [JOBS_SIGN],
  [DISTUTILS_STEP_NEEDLE],
  [DESTDIR],
  INSTALL_HELPER_SIGNS,
  ELISP_COMPILE_SIGNS,
  [MAKE_NO_MAKEFILE_SIGN],
  [WAF_TASK_SIGN],
  OBJECT_TARGET_SIGNS,
  GO_TEST_NOT_RUN_SIGNS,
  [TASTY_SIGN],
  TEST_COMMAND_SIGNS,
  GTEST_RUN_SIGNS,
  CABAL_TEST_SIGNS,
  [TASTY_FAIL_SIGN],
  // testHarnessLine is false on a line holding none of these (each of its tests starts with one).
  TEST_HARNESS_NEEDLES,
  TEST_DRIVER_SIGNS,
  [LISP_UNIT_ABORTED_SIGN],
  [MAKE_TARGET_SIGN],
  [MAKE_TARGET_HEAD_SIGN],
  [...LINK_STEP_SIGNS, UNGATED_LINK_SIGN],
  [...COMPILE_STEP_SIGNS, ...UNGATED_COMPILE_SIGNS],
];
const SKIPPED_UPDATE_BIT = 1 << 0;
const JOBS_BIT = 1 << 1;
const DISTUTILS_STEP_BIT = 1 << 2;
const DESTDIR_BIT = 1 << 3;
const INSTALL_HELPER_BIT = 1 << 4;
const ELISP_COMPILE_BIT = 1 << 5;
const MAKE_NO_MAKEFILE_BIT = 1 << 6;
const WAF_TASK_BIT = 1 << 7;
const OBJECT_TARGET_BIT = 1 << 8;
const GO_TEST_NOT_RUN_BIT = 1 << 9;
const TASTY_BIT = 1 << 10;
const TEST_COMMAND_BIT = 1 << 11;
const GTEST_RUN_BIT = 1 << 12;
const CABAL_TEST_BIT = 1 << 13;
const TASTY_FAIL_BIT = 1 << 14;
const TEST_HARNESS_BIT = 1 << 15;
const TEST_DRIVER_BIT = 1 << 16;
const LISP_UNIT_ABORTED_BIT = 1 << 17;
const MAKE_TARGET_BIT = 1 << 18;
const MAKE_TARGET_HEAD_BIT = 1 << 19;
const LINK_STEP_BIT = 1 << 20;
const COMPILE_STEP_BIT = 1 << 21;
const ALL_SIGN_BITS = (1 << SIGN_GROUPS.length) - 1;
const SIGN_SCAN = new NeedleScanner(
  SIGN_GROUPS.flatMap((needles, tag) => needles.map((text) => ({ text, tag }))),
);

/** The bits of SIGN_GROUPS `text` holds a needle of (bit i: SIGN_GROUPS[i]). */
export function weakPhaseSigns(text: string): number {
  return SIGN_SCAN.tagBits(text, 0, text.length, ALL_SIGN_BITS);
}

/** For the tests: SIGN_GROUPS, in bit order. */
export const WEAK_PHASE_SIGN_GROUPS = SIGN_GROUPS;

interface PhaseMark {
  line: number;
  /** null: a boundary (a `>>> ` line) after which earlier signs say nothing. */
  phase: string | null;
  /** A link step's progress line or command (a boundary too): what fails after it fails the link (round 25). */
  linkStep?: boolean;
  /** config.log's check command (round 49a): what the compiler or linker says up to its `$? = N` is the probe's. */
  probe?: boolean;
  /** Round 51a: the check is AC_PROG_CC's version probe (`configure:3414: gcc -V >&5`). */
  versionProbe?: boolean;
  /** Round 52c: SCons reading its SConstruct (SCONS_READING), up to its `done reading`. */
  buildDescription?: boolean;
}

export class WeakPhase {
  private readonly marks: PhaseMark[] = [];
  /** Lines still searched for a test or install sign after `>>> Source compiled.`. */
  afterCompiledLines = 0;

  /** make's failed targets (round 25), apart from the marks: the weakest sign. */
  private readonly makeTargets: PhaseMark[] = [];

  /** Inside automake's `make check` recursion (AUTOMAKE_RECURSION): compile and link steps build the tests. */
  private checkRun = false;

  /** A failed make target's head whose `] Error N` the next line holds (MAKE_TARGET_HEAD), with its line. */
  private wrappedTarget: { head: string; line: number } | null = null;

  /** The last skipped-update notice's line, and the first merge progress line after it (0: none yet). */
  private skippedUpdateLine = 0;
  private mergeAfterSkipLine = 0;

  /** Feeds a `>>> ` line: every one ends what the signs before it said. */
  observeProgress(text: string, line: number): void {
    this.afterCompiledLines = text.startsWith(SOURCE_COMPILED) ? AFTER_COMPILED_REACH : 0;
    this.checkRun = false;
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
    const signs = weakPhaseSigns(text);
    if ((signs & SKIPPED_UPDATE_BIT) !== 0 && SKIPPED_UPDATE.test(text)) {
      this.skippedUpdateLine = line;
      this.mergeAfterSkipLine = 0;
    } else if ((signs & JOBS_BIT) !== 0 && JOBS_COMPLETE.test(text)) this.mergeGoesOn(line);
    if (this.afterCompiledLines > 0) {
      this.afterCompiledLines--;
      const phase = afterCompiledPhase(text);
      if (phase) {
        this.afterCompiledLines = 0;
        this.mark(line, phase);
        return;
      }
    }
    const automakeTarget = text.startsWith(AUTOMAKE_RECURSION_SIGN)
      ? AUTOMAKE_RECURSION.exec(text)?.[1]
      : undefined;
    if (automakeTarget !== undefined) this.automakeRecursion(automakeTarget, line);
    else if ((signs & DISTUTILS_STEP_BIT) !== 0) {
      const step = DISTUTILS_STEP.exec(text);
      if (step) this.mark(line, step[1]);
    } else if ((signs & DESTDIR_BIT) !== 0 && installsIntoImage(text)) this.mark(line, "install");
    else if ((signs & INSTALL_HELPER_BIT) !== 0 && installHelperLine(text)) this.mark(line, "install");
    else if ((signs & ELISP_COMPILE_BIT) !== 0) this.mark(line, "compile");
    else if (text.startsWith(QMAKE_ERROR_SIGN)) this.mark(line, "configure");
    else if (text.startsWith(CONFIG_LOG_SIGN)) this.configLogLine(text, line);
    else if (text.startsWith(SCONS_PREFIX)) this.sconsReading(text, line);
    else if (cmakeConfigures(text)) this.mark(line, "configure");
    else if ((signs & MAKE_NO_MAKEFILE_BIT) !== 0) this.mark(line, "compile");
    else if ((signs & WAF_TASK_BIT) !== 0 && WAF_TASK_FAILED.test(text)) this.mark(line, "compile");
    else if ((signs & OBJECT_TARGET_BIT) !== 0 && OBJECT_TARGET_FAILED.test(text)) this.mark(line, "compile");
    else if ((signs & GO_TEST_NOT_RUN_BIT) !== 0 && GO_TEST_NOT_RUN.test(text)) this.mark(line, "test");
    else if ((signs & TASTY_BIT) !== 0 && TASTY_TOTAL.test(text)) this.mark(line, "test");
    else if (testCommand(text, signs)) this.testCommand(line);
    else if (testRunStarts(text, signs)) this.mark(line, "test");
    else if ((signs & LISP_UNIT_ABORTED_BIT) !== 0) this.failedStepBelow(line, "compile");
    else if (!((signs & MAKE_TARGET_BIT) !== 0 && this.makeTargetFailed(text, line)))
      this.observeBuildStep(text, line, signs);
    this.wrappedTarget = (signs & MAKE_TARGET_HEAD_BIT) !== 0 ? wrappedTargetHead(text, line) : null;
  }

  /** config.log's check command (a probe: configure) and its exit status (the probe's end), round 47c. */
  private configLogLine(text: string, line: number): void {
    if (text.includes(CONFIG_LOG_STATUS_SIGN)) {
      if (CONFIG_LOG_STATUS.test(text)) this.mark(line, null);
    } else if (text.includes(CONFIG_LOG_PROBE_SIGN) && CONFIG_LOG_PROBE.test(text))
      this.mark(line, "configure", false, true);
    else if (text.includes(CONFIG_LOG_VERSION_PROBE_SIGN) && CONFIG_LOG_VERSION_PROBE.test(text)) {
      this.mark(line, "configure", false, true);
      // A probe mark right above (merged into it) is ended by the `$? = N` between them, so this one is pushed.
      const last = this.marks[this.marks.length - 1];
      if (last?.line === line) last.versionProbe = true;
    }
  }

  /**
   * SCons' `Reading SConscript files ...` starts its configure step, its `done reading …` ends it (round 52c). Also
   * fed inside a phase's section (structure.ts), where no other sign is read: escons runs in src_compile.
   */
  sconsReading(text: string, line: number): void {
    if (!text.startsWith(SCONS_PREFIX)) return;
    const reading = SCONS_READING.exec(text);
    if (!reading) return;
    if (!reading[1]) {
      this.mark(line, null);
      return;
    }
    this.mark(line, "configure");
    // mark() keeps no repeat: after another configure sign (no flag) this one is pushed.
    const last = this.marks[this.marks.length - 1];
    if (last?.line === line) last.buildDescription = true;
    else {
      if (this.marks.length >= MAX_MARKS) this.marks.shift();
      this.marks.push({ line, phase: "configure", buildDescription: true });
    }
  }

  /** automake's `Making <target> in <dir>` (round 39): `check` starts a check run, any other target ends it. */
  private automakeRecursion(target: string, line: number): void {
    this.checkRun = target === "check";
    if (this.checkRun) this.mark(line, "test");
  }

  /** A command running the tests (round 46): a check run, as automake's `Making check in`. */
  private testCommand(line: number): void {
    this.checkRun = true;
    this.mark(line, "test");
  }

  /**
   * Compile and link progress (round 21b). A verbose build prints a compile step per file: once the last mark
   * says compile (mark() keeps no repeat), the line is not searched for one.
   */
  private observeBuildStep(text: string, line: number, signs: number): void {
    if ((signs & LINK_STEP_BIT) !== 0 && LINK_PROGRESS.test(text)) this.mark(line, null, true);
    else if (
      this.marks[this.marks.length - 1]?.phase !== "compile" &&
      (signs & COMPILE_STEP_BIT) !== 0 &&
      compileStep(text)
    )
      this.mark(line, "compile");
  }

  /**
   * make's failed target (round 25): kept apart from the marks, as the weakest sign (makeTargetPhaseAt); false when
   * the line is none.
   */
  private makeTargetFailed(text: string, line: number): boolean {
    const wrapped = this.wrappedTarget?.line === line - 1 ? this.wrappedTarget : null;
    const tail = wrapped ? MAKE_TARGET_TAIL.exec(text)?.[1] : undefined;
    const target =
      MAKE_TARGET_FAILED.exec(text)?.[1] ?? (tail === undefined ? undefined : wrapped?.head + tail);
    if (target === undefined) return false;
    this.failedStepBelow(
      wrapped && tail !== undefined ? wrapped.line : line,
      INSTALL_TARGET.test(target) ? "install" : TEST_TARGET.test(target) ? "test" : "compile",
    );
    return true;
  }

  private failedStepBelow(line: number, phase: string): void {
    if (this.makeTargets.length >= MAX_MARKS) this.makeTargets.shift();
    this.makeTargets.push({ line, phase });
  }

  /**
   * The step the first failed make target at or below `line` names (within MAKE_TARGET_REACH lines): make reports
   * the failure of the commands above it. Weaker than every other sign and than what the line's own rule says
   * (result.ts consults it last): a target's name only says which part of the build make was at.
   */
  makeTargetPhaseAt(line: number): string | null {
    const below = this.makeTargets.find((target) => target.line >= line);
    return below && below.line - line <= MAKE_TARGET_REACH ? below.phase : null;
  }

  /** The phase the signs give the line: the last one above it, else one just below it. */
  phaseAt(line: number): string | null {
    const index = this.lastMarkAt(line);
    if (index >= 0 && this.marks[index].phase) return this.marks[index].phase;
    const next = this.marks[index + 1];
    return next && next.line - line <= FORWARD_REACH ? next.phase : null;
  }

  /**
   * True when the last sign above `line` is a link step (`libtool: link: …`, `  CCLD  foo`, `[ 60%] Linking …`,
   * round 25): a compiler driver's complaint there (`clang: error: unknown argument: '-nodefaultrpaths'`) is
   * the link's.
   */
  linkStepAt(line: number): boolean {
    return this.marks[this.lastMarkAt(line)]?.linkStep === true;
  }

  /**
   * Round 49a: true when the last sign above `line` is config.log's check command (a probe, up to its `$? = N`): a
   * compiler's or linker's line there is the configure check's, even one naming no conftest file (a header the
   * probe includes) and under another phase's banner (a sub-configure run from src_compile, convention 7).
   */
  configLogProbeAt(line: number): boolean {
    return this.marks[this.lastMarkAt(line)]?.probe === true;
  }

  /** Round 51a: true when the last sign above `line` is AC_PROG_CC's version probe in config.log (`gcc -V >&5`). */
  configLogVersionProbeAt(line: number): boolean {
    return this.marks[this.lastMarkAt(line)]?.versionProbe === true;
  }

  /**
   * Round 52c: true when the last sign above `line` is SCons' `Reading SConscript files ...` (no `done reading` yet):
   * what fails there fails the SConstruct's reading, SCons' configure step.
   */
  readingBuildDescriptionAt(line: number): boolean {
    return this.marks[this.lastMarkAt(line)]?.buildDescription === true;
  }

  /** The index of the last sign at or above `line` (-1: none; marks are in line order). */
  private lastMarkAt(line: number): number {
    let index = this.marks.length - 1;
    while (index >= 0 && this.marks[index].line > line) index--;
    return index;
  }

  /**
   * Round 51c: a compiler's or linker's message an autoconf check printed (configure-check-output.ts, read by the
   * analyzer when a rule of kind compile or link hits): marked as config.log's check command is, up to the next sign.
   */
  markCheckOutput(line: number): void {
    this.mark(line, "configure", false, true);
  }

  private mark(line: number, markedPhase: string | null, linkStep = false, probe = false): void {
    // Round 39: in a check run a compile or link step builds a test program.
    const phase = this.checkRun && (markedPhase === "compile" || linkStep) ? "test" : markedPhase;
    const last = this.marks[this.marks.length - 1];
    // The first boundary counts too: an error above `>>> Source compiled.` is not the test's.
    if (
      last &&
      last.phase === phase &&
      (last.linkStep === true) === linkStep &&
      (last.probe === true) === probe
    )
      return;
    if (this.marks.length >= MAX_MARKS) this.marks.shift();
    this.marks.push(linkStep ? { line, phase, linkStep } : probe ? { line, phase, probe } : { line, phase });
  }
}

/** A line of Portage's ins helpers (doins.py's frame, the helper speaking, an OSError naming it; round 29a). */
function installHelperLine(text: string): boolean {
  if (INSTALL_HELPER_LINE.test(text)) return true;
  return text.includes(OS_ERROR_SIGN) && INSTALL_HELPER_NAMED.test(text);
}

/**
 * Round 29b: the step make's own `No rule to make target 'x', needed by 'y'.` names by its goal: `y` (what make was
 * making), or `x` when nothing needed it (asked for by name: `make check`); null when the goal names no test or
 * install step (the failed target below it may: WeakPhase.makeTargetPhaseAt).
 */
export function noRuleGoalPhase(text: string): string | null {
  const neededBy = text.indexOf(" needed by ");
  const goal = quotedTarget(text, neededBy >= 0 ? neededBy : text.indexOf("No rule to make target "));
  if (goal === null) return null;
  return TEST_GOAL.test(goal) ? "test" : INSTALL_GOAL.test(goal) ? "install" : null;
}

/** The first quoted name after `from` in a make line, without its quotes; null when none. */
function quotedTarget(text: string, from: number): string | null {
  if (from < 0) return null;
  let open = -1;
  for (const quote of MAKE_QUOTES) {
    const at = text.indexOf(quote, from);
    if (at >= 0 && (open < 0 || at < open)) open = at;
  }
  if (open < 0) return null;
  let close = open + 1;
  while (close < text.length && close - open <= 300 && !"'\u2019\u201d\u201c\u00bb".includes(text[close]))
    close++;
  return close < text.length && close > open + 1 ? text.slice(open + 1, close) : null;
}

/** A failed make target's wrapped head (MAKE_TARGET_HEAD): the target's start, after make's file:line. */
function wrappedTargetHead(text: string, line: number): { head: string; line: number } | null {
  const head = MAKE_TARGET_HEAD.exec(text)?.[1];
  if (head === undefined) return null;
  const colon = head.lastIndexOf(": ");
  return { head: colon < 0 ? head : head.slice(colon + 2), line };
}

/** CMake's configure-time error or its `-- Configuring incomplete` (round 27). */
function cmakeConfigures(text: string): boolean {
  if (text.startsWith(CMAKE_INCOMPLETE_SIGN)) return true;
  return text.startsWith(CMAKE_ERROR_SIGN) && CMAKE_CONFIGURE_ERROR.test(text);
}

/** googletest's run, cabal's test suite, tasty's failed test, a project's test driver (round 25) or harness (round 36). */
function testRunStarts(text: string, signs: number): boolean {
  if ((signs & GTEST_RUN_BIT) !== 0) return GTEST_RUN.test(text);
  if ((signs & CABAL_TEST_BIT) !== 0) return CABAL_TEST_RUN.test(text);
  if ((signs & TASTY_FAIL_BIT) !== 0 && TASTY_FAIL.test(text)) return true;
  if ((signs & TEST_HARNESS_BIT) !== 0 && testHarnessLine(text)) return true;
  return (signs & TEST_DRIVER_BIT) !== 0 && TEST_DRIVER.test(text);
}

/** A command that runs the tests, at line start (round 46). */
function testCommand(text: string, signs: number): boolean {
  return (signs & TEST_COMMAND_BIT) !== 0 && TEST_COMMAND.test(text);
}

/**
 * Round 50: a line that starts compiling a file: a progress line, or a compiler run with ` -c ` (its object named or
 * not). The dying tail's reading (analyzer.ts readDyingTail) counts them below a line to tell that the build went on.
 */
export function startsCompileStep(text: string): boolean {
  return COMPILE_PROGRESS.test(text) || (text.includes(" -c ") && COMPILER_COMMAND.test(text));
}

/** Round 51c: a link step's progress line or libtool's link command (configure-check-output.ts stops there). */
export function startsLinkStep(text: string): boolean {
  return LINK_PROGRESS.test(text);
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
