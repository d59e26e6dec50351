// Toolchain diagnostics in the shapes the main compiler/linker rules (toolchain.ts) do not read:
// a compiler's fatal error without its line and column, GCC 3/4's unworded missing include, a
// linker refusing an input file, a Python build script that cannot run a library's config tool,
// and pytest's line when the interpreter itself crashed under a test (round 16).
import { type LineRule, TIER_ROOT } from "./rule";

// Source and header suffixes a C-family compiler reads; a non-source name before `fatal error:` or
// before a missing file is another tool's (automake's `Makefile.am: error:`, a script's `x.sh: 3:`).
const C_FAMILY = String.raw`(?:c|cc|cpp|cxx|c\+\+|C|h|hh|hpp|hxx|h\+\+|H|ipp|tcc|inl|m|mm|cu|S|s|y|l)`;

export const CC_FATAL_WITHOUT_LOCATION: LineRule = {
  id: "cc-fatal-without-location",
  note:
    "gcc's `file: fatal error: …` where the diagnostic has no line (an include a header names), and a " +
    "paste that cut the location's colon and the message (`…/vtk_libproj.h fatal error:`)",
  needles: [" fatal error:"],
  pattern: new RegExp(String.raw`^[^\s:]+\.${C_FAMILY}:? fatal error:(?: |$)`),
  example: "foo.h: fatal error: bar.h: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const CC_OLD_MISSING_INCLUDE: LineRule = {
  id: "cc-old-missing-include",
  note:
    "GCC 3 and 4.0-4.5 print a missing `#include` without `error:` (`foo.cpp:25:30: foo.moc: No such " +
    "file or directory`, then make's Error 1); newer gcc says `fatal error:` (cc-error)",
  needles: [": No such file or directory"],
  pattern: new RegExp(
    String.raw`^[^\s:]+\.${C_FAMILY}:\d+(?::\d+)?: [^\s:][^:]{0,300}: No such file or directory$`,
  ),
  example: "klistboxdialog.cpp:25:30: klistboxdialog.moc: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const LD_INPUT_REJECTED: LineRule = {
  id: "ld-input-rejected",
  note:
    "GNU ld refusing an input file: an object of two possible formats (`File format is ambiguous`, " +
    "`matching formats:` follows), a text file read as a linker script, another architecture's object. " +
    "ld-file-not-recognized (other-tools.ts) takes the unprefixed corrupt-object forms; `skipping " +
    "incompatible … when searching for -lfoo` is ld's warning, and its `cannot find -lfoo` the error",
  needles: [": file not recognized: ", "not recognized; treating as linker script", " is incompatible with "],
  pattern:
    /^(?:[^\s:]*\bld(?:\.[a-z]+)?: ?)?(?:[^\s:]+: file not recognized: [Ff]ile format is ambiguous|[^\s:]+: file format not recognized; treating as linker script)|^[^\s:]*\bld(?:\.[a-z]+)?: [^\n]{1,500}? is incompatible with [\w:.-]+(?: output)?$/,
  example: "ld: efi/buildid.o: file not recognized: File format is ambiguous",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const PYTHON_BUILD_TOOL_MISSING: LineRule = {
  id: "python-build-tool-missing",
  note:
    "a setup.py or PEP 517 backend running a library's config tool (gdal-config, pg_config, mysql_config, " +
    "pkg-config) that is not installed: subprocess's ENOENT after the script's own words, or its own " +
    "`… -config not found`; the bare `[Errno 2] …` line is python-oserror-line's (Portage's own OSError)",
  needles: ["[Errno 2] No such file or directory: '", "config not found", "config executable not found"],
  pattern:
    /^[^\n]{1,300}?: \[Errno 2\] No such file or directory: '[A-Za-z][\w+-]{0,60}'$|^(?:[\w.]*(?:Error|Exception): |Error: )?[\w.+-]*[-_]config(?: executable)? not found\b/,
  example: "Failed to get options via gdal-config: [Errno 2] No such file or directory: 'gdal-config'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

/** `tests/test_x.py::test_y` (or the module alone) before pytest's crash report. */
function crashedTestName(text: string): string {
  // The node id is the first word: pytest's progress marks (`..F`) follow it after a blank.
  const name = text.trimStart();
  const end = name.search(/ |Fatal Python error: /);
  return end > 0 ? name.slice(0, end) : name;
}

export const PYTEST_INTERPRETER_CRASH: LineRule = {
  id: "test-pytest-interpreter-crash",
  note:
    "pytest's progress line, then the interpreter's `Fatal Python error: Aborted` (or `Segmentation " +
    "fault`) glued to it: the test that crashed the interpreter. The stack dump follows, then the shell's " +
    "`line N: 66 Aborted (core dumped)` (shell-job-crash), which only echoes it",
  needles: ["Fatal Python error: "],
  // The node id ends at a blank; progress marks (`..F`, glued to `Fatal`) follow it.
  pattern: /^\s*[^\s:]+\.py(?:::\S+)? [.sxXFE]{0,200}Fatal Python error: /,
  example: "    tests/test_decoder.py::test_empty_size_pickles Fatal Python error: Aborted",
  role: "test",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
  testName: crashedTestName,
};

export const PYTEST_COLLECTION_CRASH: LineRule = {
  id: "pytest-collection-crash",
  note:
    "the same crash while pytest imported the test modules (`collecting ... ` has no newline yet): no test " +
    "to name, the test run failed all the same",
  needles: ["collecting ... Fatal Python error: "],
  pattern: /^collecting \.\.\. Fatal Python error: /,
  example: "collecting ... Fatal Python error: Aborted",
  role: "error",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
};

export const GHC7_ERROR_HEADER: LineRule = {
  id: "ghc7-error-header",
  note:
    "GHC before 8.0 printed an error's location alone (`src/Foo.hs:214:21:`), its message indented below " +
    "(a paste may flatten it); its warnings say `Warning:` after the colon. The primary, as GHC 8's " +
    "`error:` header is (ghc-error); cabal's Setup.hs is ghc-setup-error's (kind configure), listed before",
  needles: [".hs:", ".lhs:", ".hsc:", ".chs:", ".hs-boot:"],
  pattern: /^[^\s:][^:]*\.(?:hs|lhs|hsc|chs|hs-boot):(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)):\s*$/,
  example: "src/Language/Haskell/Refact/Utils/Utils.hs:214:21:",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const TOOLCHAIN_EXTRA_RULES: readonly LineRule[] = [
  GHC7_ERROR_HEADER,
  CC_FATAL_WITHOUT_LOCATION,
  CC_OLD_MISSING_INCLUDE,
  LD_INPUT_REJECTED,
  PYTHON_BUILD_TOOL_MISSING,
  PYTEST_INTERPRETER_CRASH,
  PYTEST_COLLECTION_CRASH,
];
