// Lines only a program under test prints (round 19): an assertion of pytest or GLib's test framework, a
// test binary killed by a signal, an MPI runtime that cannot start. With a phase, the phase decides
// (kind null); alone in an excerpt they are a test failing (kindWithoutPhase test).
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

export const PYTEST_REWRITTEN_ASSERTION: LineRule = {
  id: "pytest-assertion",
  note:
    "pytest rewrites a failing `assert` into `AssertionError: assert <expr>` (after its `E   ` marker or " +
    "alone in a paste); python-exception, listed after, read it as a build script's exception",
  needles: ["AssertionError: assert "],
  pattern: /^AssertionError: assert /,
  example: "AssertionError: assert 'a' == 'b'",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const PYTHON_FATAL_SIGNAL: LineRule = {
  id: "python-fatal-signal",
  note:
    "faulthandler's report of a signal (`Fatal Python error: Segmentation fault`, then the threads' " +
    "stacks): code crashing under a running interpreter, a test's usually; start-up failures " +
    "(`init_fs_encoding: …`) stay python-fatal-error's, kind compile without a phase",
  needles: ["Fatal Python error: "],
  pattern:
    /^Fatal Python error: (?:Segmentation fault|Aborted|Bus error|Floating point exception|Illegal instruction)\s*$/,
  example: "Fatal Python error: Segmentation fault",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const TEST_PROCESS_FAILED: LineRule = {
  id: "test-process-failed",
  note:
    "a test runner's `ERROR: <name> process failed: -11` (a negative code is the signal that killed the " +
    "binary); meson-plain-error, listed after, read any `ERROR: ` sentence as meson's configure error",
  needles: [" process failed: "],
  pattern: /^ERROR: \S+ process failed: -?\d+\s*$/,
  example: "ERROR: test_parser process failed: -11",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const MPI_NO_NETWORK: LineRule = {
  id: "mpi-no-network",
  note:
    "Open MPI's help text when a sandboxed test starts mpirun without a network interface; printed " +
    "inside a dashed box, so it may be indented or quoted",
  needles: ["No network interfaces were found for out-of-band"],
  pattern: /^[\s>|"'*-]{0,16}No network interfaces were found for out-of-band communications/,
  example: "No network interfaces were found for out-of-band communications. We require",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const GLIB_TEST_ASSERTION: LineRule = {
  id: "glib-test-assertion",
  note:
    "g_assert*() and g_assert_not_reached() in a GLib test: `ERROR:<file>:<line>:<function>: …` with no " +
    "blank after `ERROR:` (TAP output puts `Bail out! ` before it)",
  needles: [": assertion failed", ": code should not be reached"],
  pattern:
    /^(?:# )?(?:Bail out! )?(?:[\w-]+:)?ERROR:[^\s:]+:\d+:[^:\n]{0,200}: (?:assertion failed|code should not be reached)/,
  example: "ERROR:../tests/parser.c:123:test_parse_empty: assertion failed: (n == 0)",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const GLIB_TRAP_CHILD_FAILED: LineRule = {
  id: "glib-trap-child-failed",
  note: "g_test_trap_assert_passed(): the subprocess's own assertion is printed above it, so an echo",
  needles: [") failed unexpectedly"],
  pattern:
    /^(?:Bail out! )?(?:[\w-]+:)?ERROR:[^\s:]+:\d+:[^:\n]{0,200}: child process \(.{0,500}\) failed unexpectedly/,
  example: "ERROR:../tests/spawn.c:88:test_spawn: child process (/spawn/exit [4242]) failed unexpectedly",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const UBSAN_RUNTIME_ERROR: LineRule = {
  id: "ubsan-runtime-error",
  note:
    "round 22: UndefinedBehaviorSanitizer's report from a running program (`file.cc:12:5: runtime error: …`), " +
    "a test binary's usually; not a compiler's diagnostic (last-resort-compiler read the location as one)",
  needles: [": runtime error: "],
  pattern: /^[^\s:]+:\d+(?::\d+)?: runtime error: /,
  example:
    "src/parse.cc:123:45: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const SANITIZER_REPORT: LineRule = {
  id: "sanitizer-report",
  note:
    "round 22: a sanitizer runtime's report header (`==123==ERROR: AddressSanitizer: heap-use-after-free …`, " +
    "Leak-, Memory-, HWAddress-); its `SUMMARY:` line only repeats it. ThreadSanitizer's `WARNING:` is not taken",
  needles: ["==ERROR: "],
  pattern: /^==\d+==ERROR: (?:Address|HWAddress|Leak|Memory|Thread|UndefinedBehavior)Sanitizer: /,
  example: "==12345==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 at pc 0x4f1234",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const UNITTEST_CHECK_FAILED: LineRule = {
  id: "unittest-check-failed",
  note:
    "round 34: OpenImageIO's unittest.h (OIIO_CHECK_EQUAL & co.) prints the test's bare `file_test.cpp:1579:` " +
    "location, then `FAILED: <expression>`, then a tab-indented `values were '…' and '…'`. The expression " +
    "compares or calls (` == `, `f(`); ninja's `FAILED: path/x.o` (ninja-failed, listed after) names outputs, " +
    "also when a path holds parentheses (`FAILED: CMakeFiles/t.dir/a(b).cpp.o`): an output's suffix rules it out",
  needles: ["FAILED: "],
  pattern:
    /^FAILED: (?!\[code=)(?!\S*\.(?:o|obj|lo|a|la|so|dylib|dll|exe|gch|pch)(?:\s|$))(?=[^\n]{0,500}?(?: [=!<>]=? |\w\(|&&|\|\|))/,
  example: "FAILED: round(F) == mkvec<VEC>(0.0f, 2.0f, 2.0f, 4.0f)",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

/** A program named as a test (`gctest`, `test_foo`, `foo_test`, `foo-check`, `tst_bar`), its path dropped. */
const TEST_PROGRAM = /(?:^|[/_.-])(?:tests?|tst|check)(?:[_.-]|$)|^tst|test$/i;

export const SOLARIS_RUNTIME_LOADER: LineRule = {
  id: "solaris-runtime-loader",
  note:
    "round 36: Solaris' and illumos' runtime linker refusing to start a program (`ld.so.1: prog: fatal: libfoo.so.1: " +
    "open failed: …`, `… relocation error: …`, `… invalid version`; libc's `libc.so.1: prog: fatal: …`), glibc's " +
    "`error while loading shared libraries` there. A program that ran, not the link (last-resort-linker read `.so.1:`): " +
    "the phase decides; a program named as a test (`gctest`) is the tests', else the step is unknown",
  needles: [": fatal: "],
  pattern: /^(?:\S*\/)?(?:ld|libc)\.so\.1: [^\s:]{1,300}: fatal: \S/,
  example: "libc.so.1: gctest: fatal: libgcc_s.so.1: open failed: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "unknown",
  phaseIn: (text) => (TEST_PROGRAM.test(loadedProgram(text)) ? "test" : null),
  severity: "error",
};

/** The program the runtime linker names (`ld.so.1: ./tests/foo: fatal:` → `foo`). */
function loadedProgram(text: string): string {
  const start = text.indexOf(": ") + 2;
  const name = text.slice(start, text.indexOf(": ", start));
  return name.slice(name.lastIndexOf("/") + 1);
}

export const TEST_RUNTIME_RULES: readonly LineRule[] = [
  PYTEST_REWRITTEN_ASSERTION,
  PYTHON_FATAL_SIGNAL,
  TEST_PROCESS_FAILED,
  MPI_NO_NETWORK,
  GLIB_TEST_ASSERTION,
  GLIB_TRAP_CHILD_FAILED,
  UBSAN_RUNTIME_ERROR,
  SANITIZER_REPORT,
  UNITTEST_CHECK_FAILED,
  SOLARIS_RUNTIME_LOADER,
];
