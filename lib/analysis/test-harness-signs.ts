// Round 36: lines only a project's own test harness prints, read by weak-phase.ts as signs that a test run is
// going on (an excerpt without banner or section). A tool's error printed under them is the tests' failure, kind
// `test`, whatever the line's own words are: a daemon's `bind: Address already in use` written into util-linux's
// `tests/output/…`, a compile error in one of meson's own test projects.

/**
 * util-linux's ts harness (tests/run.sh, tests/functions.sh): its banner, and its row for a failed test, with the
 * test's description (`         lsfd: --inet option   ... FAILED (lsfd/option-inet)`) or, after a `--show-diff` block
 * printed inside the row, alone (` FAILED (lsfd/mkfds-directory)`).
 */
const UTIL_LINUX_TS_BANNER = /^-{3,} util-linux regression tests -{3,}\s*$/;
const UTIL_LINUX_TS_FAILED =
  /^\s*(?:[\w.+-]{1,60}: [^\n]{1,200}?\.\.\.\s*)?FAILED \([\w.+-]{1,100}\/[\w.+-]{1,100}\)\s*$/;
/**
 * A path into the ts harness's own directories, where a test's output and its diff go (`…/tests/output/uuid/uuidd`,
 * `--- …/tests/expected/lsfd/option-inet` / `+++ …/tests/output/lsfd/option-inet`): a program complaining of a file
 * there (a daemon's socket it cannot bind) runs under the harness.
 */
const TS_OUTPUT_PATH = /\/tests\/(?:output|diff)\/[\w.+-]/;

/**
 * meson's own test suite (run_project_tests.py, unittests): each test is a project under `test cases/<suite>/<N
 * name>/` (`test cases/common/254 long output/meson.build:3:0: ERROR: …`, `Source dir: …/test cases/frameworks/8
 * flex`, `../test cases/frameworks/8 flex/lexer.l:…`). Its configure step and compile errors are the test's.
 */
const MESON_TEST_CASE = /(?:^|[\s/'"])test cases\/[a-z][\w-]{0,40}\/\d{1,4} [^/\n]{1,200}(?:\/|$)/;

/**
 * Round 46: a Python traceback's frame in a test file (`  File "/tmp/Proj/proj/tests/test_x.py", line 266, in
 * test_write_chunk_missing1`): the exception ending the traceback is a test's, kind `test` (without a phase the
 * python-exception rule's default is compile). A test file: a path segment `tests/`, `test/` or `testing/`, a file
 * `test_*.py`, `*_test.py` or `conftest.py`, or a function `test_*`. A frame of setup.py, a build backend or the
 * package's own module is none (setuptools' `command/test.py` running `python setup.py test` is no test file).
 */
const PYTHON_FRAME_NEEDLE = '.py", line ';
/** A frame line: its file and what follows the line number (`, in <function>`, or nothing). */
const PYTHON_FRAME = /^\s*File "([^"\n]+\.py)", line \d+(?:, in (\S+)|\s*$)/;
/**
 * A test file: a module in a `tests/` or `testing/` directory (its own, not any above it: a user's `~/test/proj/`
 * holds setup.py too), or a test module's name.
 */
const PYTHON_TEST_DIRECTORY = /(?:^|\/)(?:tests|testing)\/(?!setup\.py$)[^/]+$/;
const TEST_MODULE = /(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/;

/**
 * Round 46: bash's complaint from a test script (`../tests/test.sh: line 93: ../libtool: No such file or directory`,
 * `./../test/ttest.sh: line 27: …/a.out: No such file or directory`): the script runs the tests. A test script: a
 * script in a `tests/`, `test/` or `testsuite/` directory (its own: `/home/me/test/proj/configure` is none), or a
 * script named for tests (`test.sh`, `run-tests.sh`, `test_foo.sh`; not `latest.sh`). Not a package's own script
 * that merely lives next to them (`./configure: line 12:`).
 */
const SHELL_LINE_NEEDLE = ": line ";
const SHELL_COMPLAINT = /^(\S+?): line \d+: \S/;
const SHELL_TEST_DIRECTORY = /(?:^|\/)(?:tests?|testsuite)\/[^/]+$/;
/** A shell script's name (`test.sh`, `run-tests.bash`): its stem's words are read for `test`/`tests`. */
const SHELL_SCRIPT_NAME = /^([\w.-]{1,200})\.(?:sh|bash)$/;

/** Line-gate needles (weak-phase.ts WEAK_PHASE_NEEDLES). */
export const TEST_HARNESS_NEEDLES: readonly string[] = [
  " util-linux regression tests ",
  "FAILED (",
  "/tests/output/",
  "/tests/diff/",
  "test cases/",
  PYTHON_FRAME_NEEDLE,
  SHELL_LINE_NEEDLE,
];

/** True when `text` is a line only a test harness prints. */
export function testHarnessLine(text: string): boolean {
  if (text.includes("test cases/")) return MESON_TEST_CASE.test(text);
  if (text.includes(PYTHON_FRAME_NEEDLE) && testFileFrame(text)) return true;
  if (text.includes(SHELL_LINE_NEEDLE) && testScriptComplaint(text)) return true;
  if (text.includes("FAILED (")) return UTIL_LINUX_TS_FAILED.test(text);
  if (text.includes("/tests/output/") || text.includes("/tests/diff/")) return TS_OUTPUT_PATH.test(text);
  return text.includes(" util-linux regression tests ") && UTIL_LINUX_TS_BANNER.test(text);
}

/** For the ReDoS table (redos.test.ts, through weak-phase.ts). */
export const TEST_HARNESS_REGEXES = {
  UTIL_LINUX_TS_BANNER,
  UTIL_LINUX_TS_FAILED,
  TS_OUTPUT_PATH,
  MESON_TEST_CASE,
  PYTHON_FRAME,
  PYTHON_TEST_DIRECTORY,
  TEST_MODULE,
  SHELL_TEST_DIRECTORY,
  SHELL_COMPLAINT,
  SHELL_SCRIPT_NAME,
} as const;

/** A Python frame in a test file or a test function (round 46). */
function testFileFrame(text: string): boolean {
  const frame = PYTHON_FRAME.exec(text);
  if (!frame) return false;
  const [, file, func] = frame;
  return PYTHON_TEST_DIRECTORY.test(file) || TEST_MODULE.test(file) || func?.startsWith("test_") === true;
}

/** bash's `<script>: line N: …` from a test script (round 46). */
function testScriptComplaint(text: string): boolean {
  const script = SHELL_COMPLAINT.exec(text)?.[1];
  if (script === undefined || script.includes(":")) return false;
  if (SHELL_TEST_DIRECTORY.test(script)) return true;
  // A script named for tests: `test.sh`, `run-tests.sh`, `test_foo.sh`, `foo-test.bash`; not `latest.sh`.
  const stem = SHELL_SCRIPT_NAME.exec(script.slice(script.lastIndexOf("/") + 1))?.[1];
  return stem?.split(/[_.-]/).some((word) => word === "test" || word === "tests") === true;
}
