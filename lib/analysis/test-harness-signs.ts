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

/** Line-gate needles (weak-phase.ts WEAK_PHASE_NEEDLES). */
export const TEST_HARNESS_NEEDLES: readonly string[] = [
  " util-linux regression tests ",
  "FAILED (",
  "/tests/output/",
  "/tests/diff/",
  "test cases/",
];

/** True when `text` is a line only a test harness prints. */
export function testHarnessLine(text: string): boolean {
  if (text.includes("test cases/")) return MESON_TEST_CASE.test(text);
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
} as const;
