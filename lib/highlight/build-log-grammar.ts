// A TextMate grammar for Gentoo build logs and the files attached to them
// (config.log, meson-log.txt, test-suite.log, CMake logs). Every rule matches
// within one line: the viewer highlights windows of lines out of a 100 MB log,
// so no state may carry from one line to the next (a window starting anywhere
// must colour exactly like the whole file would).
import type { LanguageRegistration } from "shiki/core";

export const BUILD_LOG_LANGUAGE = "buildlog";

/** Each entry: the example line it catches, then the rule. Order matters: first match wins. */
const LINE_RULES = [
  // ">>> Compiling source in /var/tmp/portage/..."
  { match: "^>>> .*$", name: "markup.heading.phase.buildlog" },
  // " * ERROR: dev-libs/popt-1.19::gentoo failed (compile phase):"
  { match: "^ \\* (?:ERROR|Error).*$", name: "invalid.error.portage.buildlog" },
  // " * QA Notice: Package triggers severe warnings ..."
  { match: "^ \\* QA Notice:.*$", name: "markup.qa.buildlog" },
  // " * Package:    dev-libs/popt-1.19"
  { match: "^ \\* .*$", name: "string.einfo.buildlog" },
  // "poptconfig.c:210:28: error: 'FNM_PATHNAME' undeclared"
  {
    match: "^(\\S+?):(\\d+)(?::(\\d+))?: (?:(fatal error|error)|(warning)|(note)): .*$",
    captures: {
      1: { name: "entity.name.file.buildlog" },
      2: { name: "constant.numeric.line.buildlog" },
      3: { name: "constant.numeric.line.buildlog" },
      4: { name: "invalid.error.diagnostic.buildlog" },
      5: { name: "markup.warning.buildlog" },
      6: { name: "markup.note.buildlog" },
    },
  },
  // "make[2]: *** [Makefile:512: all] Error 2", "ninja: build stopped: subcommand failed."
  {
    match: "^(?:g?make(?:\\[\\d+\\])?|ninja): (?:\\*\\*\\*|build stopped).*$",
    name: "invalid.error.make.buildlog",
  },
  // "make[1]: Entering directory '/var/tmp/portage/...'"
  { match: "^g?make(?:\\[\\d+\\])?: .*$", name: "comment.make.buildlog" },
  // "FAILED: src/libfoo.so" (ninja), "FAIL: test-reader" (automake), "ERROR: Unknown options" (meson)
  { match: "^(?:FAILED|FAIL|ERROR|XPASS|Traceback)\\b.*$", name: "invalid.error.verdict.buildlog" },
  // "PASS: test-version", "XFAIL: ...", "SKIP: ..."
  { match: "^(?:PASS|XFAIL|SKIP|OK)(?::|\\b).*$", name: "markup.pass.buildlog" },
  // "CMake Error at CMakeLists.txt:12 (find_package):"
  { match: "^CMake Error.*$", name: "invalid.error.cmake.buildlog" },
  // "CMake Warning (dev) at ...", "WARNING: ..."
  { match: "^(?:CMake Warning|WARNING:|Warning:).*$", name: "markup.warning.buildlog" },
  // "[ 45%] Building C object ...", "[12/80] x86_64-pc-linux-gnu-gcc ..."
  { match: "^\\[\\s*(?:\\d+%|\\d+/\\d+)\\] ", name: "comment.progress.buildlog" },
  // "-- Looking for pthread.h - found" (CMake), "checking for gcc... gcc" (configure)
  { match: "^(?:-- |checking ).*$", name: "comment.check.buildlog" },
  // "configure:4182: checking for C compiler version"
  { match: "^configure:\\d+: (?:checking|result:).*$", name: "comment.check.buildlog" },
  // "configure: error: libevent not found"
  { match: "^configure(?::\\d+)?: error: .*$", name: "invalid.error.configure.buildlog" },
  // "Run-time dependency cairo-xlib found: NO (tried pkgconfig)" (meson)
  {
    match: "^(?:Run-time dependency|Dependency|Program|Library|Found) .*: NO\\b.*$",
    name: "markup.warning.buildlog",
  },
  { match: "^(?:Run-time dependency|Dependency|Program|Library|Found) .*$", name: "comment.check.buildlog" },
];

// Inside any line: "error:", "warning:", "undefined reference to" keep their colour.
const INLINE_RULES = [
  { match: "\\b(?:fatal error|error|undefined reference to)\\b:?", name: "invalid.error.inline.buildlog" },
  { match: "\\bwarning:", name: "markup.warning.buildlog" },
];

export const buildLogGrammar: LanguageRegistration = {
  name: BUILD_LOG_LANGUAGE,
  scopeName: "source.buildlog",
  patterns: [...LINE_RULES, ...INLINE_RULES],
  repository: {},
};
