// Language toolchains a tinderbox meets daily, beyond C/C++: Go, Python (PEP 517),
// Java (maven, gradle) and Haskell (ghc, cabal/Setup); their test harnesses are
// in test-harnesses.ts. Rust's rustc/cargo rules live in toolchain.ts/other-tools.ts.
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

export function rule(fields: Omit<LineRule, "role" | "severity"> & { role?: LineRule["role"] }): LineRule {
  return { role: "error", severity: "error", ...fields };
}

export const GO_TOOL_ERROR = rule({
  id: "go-tool-error",
  note:
    "`go: downloading …` and the other progress lines are not errors. Also a subcommand's own usage error " +
    "(`go test: v flag may be set only once`, cmd/go's flag parsing), above the eclass's `Make test failed`",
  needles: ["go: ", "go test: ", "go build: ", "go vet: ", "go install: ", "go run: "],
  pattern:
    /^go(?: (?:test|build|vet|install|run))?: (?!downloading |finding |extracting |added |upgraded |found |creating |to add )\S/,
  example: "go: github.com/spf13/cobra@v1.8.0: missing go.sum entry for go.mod file; to add it:",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const GO_PACKAGE_MISSING = rule({
  id: "go-package-missing",
  note: "GOPATH-era go build says `can't load package: package x: cannot find package …`",
  needles: ['cannot find package "', " is not in std ", " is not in GOROOT ", "can't load package: "],
  pattern:
    /^(?:can't load package: |(?:[^\s:]+: )?(?:cannot find package "|package \S+ is not in (?:std|GOROOT) ))/,
  example: 'cannot find package "golang.org/x/sys/unix" in any of:',
  tier: TIER_ROOT,
  kind: "compile",
});

export const GO_IMPORT_REFUSED = rule({
  id: "go-import-refused",
  note:
    "round 19: cmd/go's import graph refusing a package (`\timports x/internal/y: use of internal package " +
    "… not allowed`; Go 1.5 names no package there), an import cycle, the last line of its `package … imports …` chain; the compile fails",
  needles: ["use of internal package ", "import cycle not allowed"],
  pattern: /^\s*imports \S+: (?:use of internal package (?:\S+ )?not allowed|import cycle not allowed)/,
  example:
    "\timports github.com/foo/bar/internal/baz: use of internal package github.com/foo/bar/internal/baz not allowed",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const GO_TEST_PACKAGE_NOT_RUN = rule({
  id: "go-test-package-not-run",
  note:
    "round 19: `go test`'s line for a package it could not build or set up (`FAIL\tpkg [build failed]`): " +
    "the compiler's error above it is the cause; weak-phase.ts reads it as the test phase",
  needles: [" [build failed]", " [setup failed]"],
  pattern: /^FAIL\s+\S+\s+\[(?:build|setup) failed\]\s*$/,
  example: "FAIL\tgithub.com/foo/bar/pkg/parser [build failed]",
  tier: TIER_ECHO,
  // The tool exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  kind: null,
  kindWithoutPhase: "test",
});

export const PEP517_BACKEND_ERROR = rule({
  id: "pep517-backend-error",
  note: "the backend could not even be loaded (missing BDEPEND); pypa/build's own verdicts",
  needles: ["BackendUnavailable: ", "BackendInvalid: ", "ERROR Missing dependencies:"],
  pattern: /^(?:[\w.]*Backend(?:Unavailable|Invalid): |ERROR Missing dependencies:)/,
  example: "pyproject_hooks._impl.BackendUnavailable: Cannot import 'setuptools.build_meta'",
  tier: TIER_ROOT,
  kind: null,
});

export const PEP517_BACKEND_EXITED = rule({
  id: "pep517-backend-exited",
  needles: ["ERROR Backend subprocess exited", "gpep517 ERROR"],
  pattern: /^(?:ERROR Backend subprocess exited|\S+ \S+ gpep517 ERROR )/,
  example: "ERROR Backend subprocess exited when trying to invoke build_wheel",
  tier: TIER_ECHO,
  kind: null,
});

/**
 * Round 47d: pip's verdicts on a build it ran in a subprocess (pip 22+: `error: subprocess-exited-with-error`
 * above its `× Building wheel for x (pyproject.toml) did not run successfully.` box, `error:
 * metadata-generation-failed`, `ERROR: Failed building wheel for x`, `ERROR: Could not build wheels for x, …`,
 * `ERROR: Failed to build installable wheels for some pyproject.toml based projects (x)`). The box holds the
 * backend's own output (a compiler's, CMake's, a traceback's), which says why: an echo, as pypa/build's
 * `ERROR Backend subprocess exited` above. Before, tool-error (`error: `, root tier, the first of a box) and
 * meson-plain-error (`ERROR: `, kind configure without a phase) took them over the cause inside. pip indents
 * its lines by two blanks, which an excerpt's prefix stage leaves (a code block's indentation is four): read past.
 */
export const PIP_SUBPROCESS_FAILED = rule({
  id: "pip-subprocess-failed",
  needles: [
    "error: subprocess-exited-with-error",
    "error: metadata-generation-failed",
    "ERROR: Failed ",
    "ERROR: Could not build wheels for ",
  ],
  pattern:
    /^\s*(?:error: (?:subprocess-exited-with-error|metadata-generation-failed)\s*$|ERROR: (?:Failed building wheel for \S+\s*$|Could not build wheels for \S|Failed to build installable wheels for ))/,
  example: "error: subprocess-exited-with-error",
  tier: TIER_ECHO,
  // pip exits non-zero after it: alone (the box cut from the paste) it still fails an excerpt.
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
});

/** Round 47d: the first `Caused by:` under maturin's verdict says why it failed (anyhow's error chain). */
export const MATURIN_CAUSE = rule({
  id: "maturin-caused-by",
  needles: [],
  pattern: /^\s*Caused by: \S/,
  example: "  Caused by: Failed to build a native library through cargo",
  // Below a compiler's error above it (cargo's rustc or cc error, root tier): maturin only sums that up.
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
});

/**
 * Round 47d: maturin's verdict (`💥 maturin failed`, its PEP 517 backend's too), the reason on the next line
 * (`  Caused by: …`). Indented when pip's box holds it and the box's top was cut from the paste.
 */
export const MATURIN_FAILED = rule({
  id: "maturin-failed",
  needles: ["maturin failed"],
  pattern: /^\s*(?:💥 )?maturin failed\s*$/,
  example: "💥 maturin failed",
  tier: TIER_ECHO,
  // maturin exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  nextLine: MATURIN_CAUSE,
});

export const MAVEN_NOISE = rule({
  id: "noise-maven",
  role: "noise",
  needles: ["[ERROR] "],
  pattern:
    /^\[ERROR\] (?:COMPILATION ERROR|-> \[Help|Re-run Maven|To see the full stack|For more information about|\[Help \d|After correcting the problems)/,
  example: "[ERROR] -> [Help 1]",
  tier: TIER_ECHO,
  kind: null,
});

export const MAVEN_GOAL_FAILED = rule({
  id: "maven-goal-failed",
  needles: ["[ERROR] Failed to execute goal"],
  pattern: /^\[ERROR\] Failed to execute goal /,
  example:
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project jline: Compilation failure",
  tier: TIER_DETAIL,
  kind: null,
});

export const MAVEN_ERROR = rule({
  id: "maven-error",
  needles: ["[ERROR] "],
  pattern: /^\[ERROR\] \S/,
  example:
    "[ERROR] /var/tmp/portage/dev-java/jline-3.25.1/work/src/main/java/Foo.java:[12,8] cannot find symbol",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

/**
 * Round 47b: ant's message under its `BUILD FAILED`: the build file's line and what failed there
 * (`/…/build.xml:118: taskdef class jflex.anttask.JFlexTask cannot be found`, `…: Problem: failed to create task or
 * type if`, `…: Compile failed; see the compiler error output for details.`). It takes the verdict's place
 * (analyzer.ts giveReason) and its tier (an echo: `Compile failed; …` sums up the compiler's `[javac] … error:` lines
 * above it, which stay first). Not the nested call's `…: The following error occurred while executing this line:`,
 * which says nothing yet.
 */
export const ANT_BUILD_FAILED_REASON = rule({
  id: "ant-build-failed-reason",
  needles: [],
  pattern:
    /^(?:file:)?[^:\n]{0,400}(?::[^:\n]{0,400})?\.xml:\d+: (?!The following error occurred while executing this line:)\S/,
  example:
    "/home/travis/build/jflex-de/jflex/jflex/build.xml:118: taskdef class jflex.anttask.JFlexTask cannot be found",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  // ant's verdict: the build failed, also in an excerpt without a banner (the last resort read `BUILD FAILED`).
  conclusive: true,
  reasonFor: (above) => above.trim() === "BUILD FAILED",
});

/**
 * Round 48b: ant's verdict for a run whose targets all ended well. javadoc's `[javadoc] /…/X.java:12: error: …` lines
 * above it did not fail the build (ant's javadoc task does not fail on them unless told to): once ant says `BUILD
 * SUCCESSFUL`, the analyzer forgets them (analyzer.ts pushCore), so what fails later (a later target's `BUILD
 * FAILED`, a die, a QA check) is the failure, or nothing is. javadoc errors right above `BUILD FAILED` stay.
 */
export const ANT_BUILD_SUCCESSFUL = "BUILD SUCCESSFUL";
const ANT_JAVADOC_LINE = /^\s*\[javadoc\] /;
/** A line of ant's javadoc task (`  [javadoc] …`): what ANT_BUILD_SUCCESSFUL clears. */
export const isAntJavadocLine = (text: string): boolean => ANT_JAVADOC_LINE.test(text);

export const JAVA_BUILD_FAILURE = rule({
  id: "java-build-failure",
  needles: ["BUILD FAILURE", "Build failed with an exception", "BUILD FAILED"],
  pattern: /^(?:\[INFO\] BUILD FAILURE$|FAILURE: Build failed with an exception\.|BUILD FAILED$)/,
  example: "FAILURE: Build failed with an exception.",
  tier: TIER_ECHO,
  kind: null,
  nextLine: ANT_BUILD_FAILED_REASON,
});

export const ANT_JAVAC_ERROR = rule({
  id: "ant-javac-error",
  note: "ant's javac task prefixes each compiler line with `[javac]`; ant's own `BUILD FAILED` is the echo",
  needles: [": error: "],
  pattern: /^\s*\[javac\] \S+\.java:\d+: error: /,
  example: "    [javac] /var/tmp/portage/dev-java/foo-1.0/work/src/Foo.java:12: error: cannot find symbol",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

// valac's location is `file.vala:LINE.COL-LINE.COL:`, which the C compiler rule does not read.
export const VALAC_ERROR = rule({
  id: "valac-error",
  needles: [": error: "],
  pattern: /^\S+\.(?:vala|vapi|gs):\d+\.\d+-\d+\.\d+: error: /,
  example: "src/foo.vala:12.5-12.20: error: The name `bar' does not exist in the context of `Foo'",
  tier: TIER_ROOT,
  kind: "compile",
});

/**
 * Round 21b: valac not finding a `--pkg` (a .vapi or a GIR): `error: Package `gtk+-3.0' not found in specified
 * Vala API directories or GObject-Introspection GIR directories` (vala 0.20-0.56; older valac `error: gtk+-3.0 not
 * found in specified Vala API directories`). A missing package, not a compiler's complaint about code; the title
 * keeps its name (cause.ts reads it as a pkg-config name, which a .vapi's is).
 */
export const VALAC_PACKAGE_MISSING = rule({
  id: "valac-package-missing",
  needles: [" not found in specified Vala API directories"],
  pattern: /^error: (?:Package [`'‘]?[^\s`'’]+['’]?|[^\s`'’]+) not found in specified Vala API directories\b/,
  example:
    "error: Package `gtk+-3.0' not found in specified Vala API directories or GObject-Introspection GIR directories",
  tier: TIER_ROOT,
  kind: "compile",
});

/**
 * Round 21b: numpy.distutils' system_info not finding a library a setup.py's `configuration()` asks for
 * (`numpy.distutils.system_info.NotFoundError: no lapack/blas resources found`, scipy's linalg): the build's
 * configure step, whatever phase ran setup.py; pip indents the child's output, so any indentation.
 */
export const NUMPY_SYSTEM_INFO_NOT_FOUND = rule({
  id: "numpy-system-info-not-found",
  needles: ["NotFoundError: "],
  pattern: /^\s*(?:numpy\.distutils\.system_info\.)?NotFoundError: /,
  example: "numpy.distutils.system_info.NotFoundError: no lapack/blas resources found",
  tier: TIER_ROOT,
  kind: "configure",
});

export const JAVA_MAIN_EXCEPTION = rule({
  id: "java-main-exception",
  note: "a Java tool run by the eclass dying (jdeps verifying test classes, a code generator): its `Caused by:` is detail",
  needles: ["Exception in thread "],
  pattern: /^Exception in thread "[^"]{1,100}" [\w.$]+(?:Exception|Error)\b/,
  example: 'Exception in thread "main" com.sun.tools.jdeps.Dependencies$ClassFileError: Bad magic number',
  tier: TIER_ROOT,
  kind: null,
});

export const TESTNG_SUMMARY_FAILED = rule({
  id: "testng-summary-failed",
  note: "TestNG's suite total when something failed (java-pkg-simple's `Running TestNG failed.` echoes it)",
  needles: [", Failures: "],
  pattern: /^Total tests run: \d+, (?:Passes: \d+, )?Failures: [1-9]\d*, Skips: \d+/,
  example: "Total tests run: 258, Failures: 3, Skips: 0",
  tier: TIER_ECHO,
  kind: "test",
});

/**
 * Gradle's wrapper sentence for a build script that failed while Gradle evaluated or configured a project: the
 * reason is on the `> ` line below it.
 */
export const GRADLE_PROJECT_PROBLEM = /^A problem occurred (?:evaluating|configuring) (?:root )?project\b/;

export const GRADLE_PROJECT_REASON = rule({
  id: "gradle-project-reason",
  note:
    "round 30a: the first `> ` line under Gradle's `A problem occurred evaluating project ':X'.` (`> Could not " +
    "resolve all files for configuration ':X:classpath'.`, `> Plugin with id 'x' not found.`): what failed, " +
    "where the header only says a build script did; it takes the header's place (analyzer.ts giveReason). " +
    "Deeper `> ` lines are its detail. A configure step, also run from src_compile (result.ts)",
  needles: [],
  pattern: /^\s{0,8}> \S/,
  example: "> Could not resolve all files for configuration ':app:classpath'.",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  reasonFor: (above) => GRADLE_PROJECT_PROBLEM.test(above),
});

export const GRADLE_CAUSE = rule({
  id: "gradle-what-went-wrong",
  needles: [],
  pattern: /\S/,
  example: "Execution failed for task ':compileJava'.",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  nextLine: GRADLE_PROJECT_REASON,
});

export const GRADLE_WENT_WRONG = rule({
  id: "gradle-went-wrong-header",
  note: "Gradle prints the cause on the line after this header",
  needles: ["What went wrong:"],
  pattern: /^\* What went wrong:$/,
  example: "* What went wrong:",
  tier: TIER_ECHO,
  kind: null,
  nextLine: GRADLE_CAUSE,
});

/** The same for cabal's Setup.hs, which haskell-cabal.eclass builds in src_configure. */
export const GHC_SETUP_MESSAGE = rule({
  id: "ghc-setup-error-message",
  needles: [],
  // GHC indents it; a paste may have flattened the block (a 4-blank code block stripped as a whole)
  pattern: /^\s*\S/,
  example: "    Ambiguous occurrence ‘die’",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
});

export const GHC_SETUP_ERROR = rule({
  id: "ghc-setup-error",
  note: "Setup.hs failing to build is a configure failure (the eclass compiles it first); the message is the next line",
  // GHC before 8.0 printed no `error:` (its warnings say `Warning:`); cabal's dist/setup/setup.hs
  needles: [": error:", "etup.hs:", "etup.lhs:"],
  pattern:
    /^(?:[^\s:]*\/)?[Ss]etup\.l?hs:(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)):(?: error:(?: \[GHC-\d+\])?)?\s*$/,
  example: "Setup.hs:18:1: error:",
  // The header only: the next line (GHC_SETUP_MESSAGE, tier 3) is the primary; alone it still fails
  tier: TIER_DETAIL,
  conclusive: true,
  kind: null,
  kindWithoutPhase: "configure",
  nextLine: GHC_SETUP_MESSAGE,
});

export const GHC_ERROR = rule({
  id: "ghc-error",
  note:
    "the header alone (GHC 9.6+ adds `[GHC-88464]`), the primary since round 16: GHC 8+ prints the message " +
    "on the next lines, often as `•` bullets whose first line is only part of it (a type cut mid-way); " +
    "the continuation gives the title (detail.ts announcesDetail). Listed before cc-error (toolchain.ts), " +
    "which takes the one-line `X.hs:1:2: error: text`",
  needles: [": error:"],
  pattern:
    /^[^\s:][^:]*\.(?:hs|lhs|hsc|chs|hs-boot):(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)): error:(?: \[(?:GHC-\d+|-?W[^\]\n]{1,200})\]){0,2}\s*$/,
  // -Werror's flag follows (GHC 8: `[-Wunused-imports, -Werror=unused-imports]`, 9.6+ after the code)
  example: "src/Data/Aeson/Types.hs:42:13: error:",
  tier: TIER_ROOT,
  kind: "compile",
});

/**
 * Round 40: the message under GHC 7's bare location (LABELLING.md conventions 1 and 12: without `error:` the
 * location states nothing, the message line is the primary): `    Not in scope: type constructor or class
 * ‘Archive’`, `    Ambiguous module name ‘Control.Monad.State’:` (it may end in a colon; quotes may be `…'). It takes the
 * header's place (reasonFor); a paste may flatten the indentation. Not GHC 6's `    Warning: …` under the same
 * bare location, nor a second location.
 */
export const GHC7_ERROR_MESSAGE: LineRule = {
  id: "ghc7-error-message",
  needles: [],
  pattern: /^\s*(?!Warning:)(?![^\s:]+:\d+:\d+)\S/,
  example: "    Not in scope: data constructor `StringReader'",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
  reasonFor: () => true,
};

export const GHC7_ERROR_HEADER: LineRule = {
  id: "ghc7-error-header",
  note:
    "GHC before 8.0 printed an error's location alone (`src/Foo.hs:214:21:`), its message indented below " +
    "(a paste may flatten it); its warnings say `Warning:` after the colon. The message below takes its place " +
    "(round 40, ghc7-error-message); alone the header stays a candidate. Cabal's Setup.hs is " +
    "ghc-setup-error's (kind configure), listed before",
  needles: [".hs:", ".lhs:", ".hsc:", ".chs:", ".hs-boot:"],
  pattern: /^[^\s:][^:]*\.(?:hs|lhs|hsc|chs|hs-boot):(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)):\s*$/,
  example: "src/Language/Haskell/Refact/Utils/Utils.hs:214:21:",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
  nextLine: GHC7_ERROR_MESSAGE,
};

export const CABAL_ERROR = rule({
  id: "cabal-error",
  needles: ["Setup: ", "setup: ", "cabal: "],
  pattern:
    /^(?:[\w./-]*[Ss]etup(?:\.hs)?|cabal): (?:Encountered missing|At least the following dependencies are missing|Missing dependenc|Failed to build|The program '|Could not resolve dependencies|cannot satisfy|Error)/,
  example: "Setup: At least the following dependencies are missing:",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
});

export const CABAL_NOTHING_TO_INSTALL = rule({
  id: "cabal-nothing-to-install",
  note:
    "Cabal's `setup copy` (haskell-cabal.eclass's src_install) finding no built component: the build " +
    "made nothing to install; always the install step",
  needles: ["etup: No executables and no library found"],
  pattern: /^(?:[\w./-]*[Ss]etup(?:\.hs)?|cabal): No executables and no library found\b/,
  example: "setup: No executables and no library found. Nothing to do.",
  tier: TIER_ROOT,
  kind: "install",
});

export const CYTHON_ERROR = rule({
  id: "cython-error",
  note:
    "Cython's `file.pyx:LINE:COL: message` after its `Error compiling Cython file:` excerpt; its warnings " +
    "start `warning: ` and its hints `performance hint: ` (no path first). The `Cython.Compiler.Errors." +
    "CompileError: file.pyx` exception after it is the echo",
  needles: [".pyx:", ".pxd:", ".pxi:"],
  pattern: /^[^\s:]+\.(?:pyx|pxd|pxi):\d+:\d+: \S/,
  example: "src/x/y.pyx:69:26: undeclared name not builtin: long",
  tier: TIER_ROOT,
  kind: "compile",
});

export const GHC_CANNOT_SATISFY = rule({
  id: "ghc-cannot-satisfy",
  note: "ghc refusing a `-package` flag (a library missing or hidden, often after a GHC upgrade)",
  needles: ["cannot satisfy -package"],
  pattern: /^<command line>: cannot satisfy -package(?:-id)? /,
  example: "<command line>: cannot satisfy -package Cabal-3.10.3.0",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
});

export const PYTHON_CANT_OPEN_FILE: LineRule = {
  id: "python-cant-open-file",
  note:
    "the interpreter itself cannot open the script it was given (`python3 setup.py` outside the source " +
    "directory): the reason for the die after it; kind from the phase",
  needles: [": can't open file '"],
  // Python 3.7 and older also install `python3.5m` (pymalloc's ABI flag), the name Portage's helpers ran under.
  pattern: /^(?:\S*\/)?python[\d.]*m?: can't open file '[^']*': \[Errno \d+\]/,
  example: "/usr/bin/python3.4: can't open file 'setup.py': [Errno 2] No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
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

export const MSGFMT_ERROR = rule({
  id: "msgfmt-error",
  note:
    "GNU gettext's msgfmt (and msgmerge) on a broken translation: `file.po:LINE[:COL]: message`; its " +
    "warnings say `warning:` and are left out. The `found N fatal errors` total is its echo",
  needles: [".po:", ".pot:"],
  pattern: /^[^\s:]+\.pot?:\d+:(?:\d+:)? (?!warning)\S/,
  example: "de.po:123: duplicate message definition...",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const MSGFMT_FATAL_TOTAL = rule({
  id: "msgfmt-fatal-total",
  needles: ["msgfmt: found "],
  pattern: /^(?:\S*\/)?msgfmt: found \d+ fatal errors?$/,
  example: "msgfmt: found 1 fatal error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  conclusive: true,
});

/** gettext's programs whose `prog: message` is their own error (gettext-tool-error). */
const GETTEXT_TOOLS = [
  "msgfmt",
  "msgmerge",
  "xgettext",
  "msgcat",
  "msginit",
  "msgconv",
  "msguniq",
  "msgattrib",
];
/** `msgfmt: ` …: the rule's needles, and the gate's triggers (gate.ts). */
export const GETTEXT_TOOL_NEEDLES: readonly string[] = GETTEXT_TOOLS.map((tool) => `${tool}: `);

export const GETTEXT_TOOL_ERROR = rule({
  id: "gettext-tool-error",
  note:
    "round 34: a gettext tool's own message, the program as run (`/usr/bin/msgfmt: no input file should be given " +
    "if --desktop and -d are specified`): make's `Error 1` below only echoes it, getopt's `Try '… --help' for more " +
    "information.` is a hint; `msgfmt: warning: …` stays noise and `found N fatal errors` is msgfmt-fatal-total's",
  needles: GETTEXT_TOOL_NEEDLES,
  pattern: new RegExp(
    String.raw`^(?:\S*\/)?(?:${GETTEXT_TOOLS.join("|")}): (?!warning: |found \d+ fatal error)\S`,
  ),
  example: "/usr/bin/msgfmt: no input file should be given if --desktop and -d are specified",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const OCAML_ERROR = rule({
  id: "ocaml-error",
  note:
    'the OCaml compiler\'s message under its `File "x.ml", line 3, characters 8-9:` header (the header and ' +
    "its source excerpt are the same for warnings, so the `Error:` line is the one that says it failed); " +
    "without this rule python-exception takes it at tier 2",
  needles: [
    "Error: Unbound ",
    "Error: This ",
    "Error: Syntax error",
    "Error: The ",
    "Error: Signature mismatch",
    "Error: Some ",
    "Error: Files ",
    "Error: Required module",
    "Error: Multiple definition",
    "Error: No implementation",
    "Error: Error while linking",
    "Error: In this ",
    "Error (warning ",
  ],
  pattern:
    /^Error \(warning \d+(?: \[[\w-]+\])?\): |^Error: (?:Unbound (?:value|module|type|constructor|record field|class|instance variable|method)|This (?:expression|pattern|function|variant|record|field|type)|Syntax error|The (?:implementation|module|type|constructor|record field|value|signature|files|external function|method)|Signature mismatch|Some (?:record fields|fatal warnings)|Files \S+ and \S+ make inconsistent|Required module|Multiple definition|No implementations? provided|Error while linking|In this (?:definition|with constraint))/,
  example: "Error: Unbound value y",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const D_DRIVER_UNRECOGNIZED_SWITCH: LineRule = {
  id: "d-driver-unrecognized-switch",
  note:
    "round 27: gdmd (GDC's dmd-style wrapper) and ldmd2 refuse a flag and exit: the D compile step failed " +
    "(an excerpt of that one line read succeeded). Only the driver's own line, whole: a compiler's warning " +
    "that it ignores an option (`warning: unrecognized … ignored`) is survived and does not match",
  needles: ["unrecognized switch '"],
  pattern: /^(?:\S*\/)?(?:gdmd|ldmd2?)(?:-[\d.]+)?: unrecognized switch '[^']+'$/,
  example: "gdmd: unrecognized switch '-shared-libphobos'",
  role: "error",
  tier: TIER_ROOT,
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const OCAML_INCONSISTENT_ASSUMPTIONS = rule({
  id: "ocaml-inconsistent-assumptions",
  note:
    "round 27: OCaml 3's wording without `Error:` (ocaml-error takes `Error: The files …`): `The files " +
    "/usr/lib/ocaml/x.cmi and y.cmi make inconsistent assumptions`, then `over interface X` on its own line " +
    "(a library rebuilt against another compiler or dependency): the first line is the primary",
  needles: ["make inconsistent assumptions"],
  pattern: /^(?:The files|Files) \S+ and \S+ make inconsistent assumptions\b/,
  example: "The files /usr/lib/ocaml/camlp4/Camlp4.cmi and pa_foo.cmi make inconsistent assumptions",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const DOTNET_COMPILER_ERROR = rule({
  id: "dotnet-compiler-error",
  note:
    "round 28: the .NET compilers (csc, Mono's mcs, vbc, fsc) under xbuild/msbuild/dotnet: `file.cs(line,col): " +
    "error CSnnnn: …`, msbuild's `N>` project number and ` [x.csproj]` tail around it. No `file:line:` for " +
    "the C rules to see, so it read unknown",
  needles: [": error CS", ": error BC", ": error FS"],
  pattern:
    /^(?:\d{1,4}>)?[^()\n]{1,400}\.(?:cs|vb|fs)\(\d{1,7},\d{1,7}(?:,\d{1,7},\d{1,7})?\): error (?:CS|BC|FS)\d{4}: /,
  example: "Foo.cs(12,34): error CS0165: Use of unassigned local variable `x'",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const MSBUILD_ERROR = rule({
  id: "msbuild-error",
  note:
    "round 44a: MSBuild's own errors and those of the .NET SDK and NuGet under `dotnet build`, msbuild or " +
    "xbuild: `x.csproj(106,5): error MSB4044: …`, `…/Microsoft.PackageDependencyResolution.targets(234,5): error " +
    "NETSDK1004: …`, `x.csproj : error NU1101: Unable to find package …` (restore, indented under `dotnet`'s " +
    "progress), `MSBUILD : error MSB1009: …`. MSBuild repeats them under `Build FAILED.`; the first is the " +
    "primary (was a later `Error: …` line's python-exception, or the last resort's)",
  needles: ["error MSB", "error NU", "error NETSDK"],
  pattern:
    /^\s{0,8}(?:\d{1,4}>)?(?:[^\s()][^()\n]{0,400}\(\d{1,7}(?:,\d{1,7}){0,3}\): |\S[^\n]{0,400}? : )?(?:fatal )?error (?:MSB|NU|NETSDK)\d{4}: /,
  example:
    'home/mandel/Projects/maui-linux/src/DotNet/DotNet.csproj(106,5): error MSB4044: The "Exec" task was not given a value for the required parameter "Command".',
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const CGO_UNKNOWN_NAME = rule({
  id: "cgo-unknown-name",
  note:
    "round 27: cgo unable to find a C name the Go file uses (a header too old or missing) when it prints no " +
    "file:line (`could not determine kind of name for C.CBytes`; with one, go-compile-error takes it): the " +
    "compile step's, above the package's `# import/path` line or Portage's banner",
  needles: ["could not determine kind of name for C."],
  pattern: /^could not determine kind of name for C\.\w/,
  example: "could not determine kind of name for C.CBytes",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const SBCL_CAUGHT_ERROR = rule({
  id: "sbcl-caught-error",
  note:
    "round 28: SBCL's compiler (ASDF's compile-file) reporting an ERROR condition; its reason follows on `;` " +
    "lines. Warnings (`; caught WARNING:`, STYLE-WARNING) are not failures",
  needles: ["; caught ERROR:"],
  pattern: /^\s*; caught ERROR:\s*$/,
  example: "; caught ERROR:",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

/**
 * Free Pascal's runtime exception classes (SysUtils, Classes, the LCL) whose names end in neither `Error` nor
 * `Exception`: the gate finds their line by the name (gate.ts lists them as triggers); the others by that ending.
 */
export const FPC_EXCEPTION_NEEDLES: readonly string[] = [
  "EAccessViolation: ",
  "EThread: ",
  "EOutOfMemory: ",
  "EDivByZero: ",
  "EZeroDivide: ",
  "EIntOverflow: ",
  "EOverflow: ",
  "EUnderflow: ",
  "EStackOverflow: ",
  "EInvalidPointer: ",
  "EInvalidCast: ",
  "EInvalidOp: ",
  "EInvalidOperation: ",
  "EInvalidImage: ",
  "EClassNotFound: ",
  "EResNotFound: ",
  "EMethodNotFound: ",
  "EAbort: ",
  "EAssertionFailed: ",
  "EPrivilege: ",
  "EControlC: ",
  "ENotImplemented: ",
  "ENoThreadSupport: ",
  "EOutOfResources: ",
  "EPropReadOnly: ",
  "EPropWriteOnly: ",
];

export const FPC_UNHANDLED_EXCEPTION = rule({
  id: "fpc-unhandled-exception",
  note:
    "round 30a: a Free Pascal program (lazbuild, a code generator the build runs) dying of an exception it did " +
    "not handle: `EThread: Failed to create new thread`, `EAccessViolation: Access violation`, `EInOutError: …` " +
    "(the class, an E then a capitalised name, then the message), above its `  $0000…` frames and make's " +
    "`Error 217` (FPC's exit code for it). The step's kind, compile without a phase. Not Python's `EOFError`, " +
    "nor a capitals-only code (`ENOENT: `) or a version (`ESLint: 8.57.0`)",
  needles: ["Error: ", "Exception: ", ...FPC_EXCEPTION_NEEDLES],
  pattern: /^(?!EOF)E[A-Z][A-Z]{0,5}[a-z][A-Za-z0-9]{0,60}: [^\s\d]/,
  example: "EThread: Failed to create new thread",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

// Round 44a (rules44a): compilers of other languages whose standard error line no rule read. Each alone in an
// excerpt was the last resort's (kind unknown) and, under a Portage banner, lost to the die's message.

export const D_COMPILER_ERROR = rule({
  id: "d-compiler-error",
  note:
    "round 44a: dmd's and ldc2's front end (also under dub or gdmd/ldmd2) prints `file.d(line): Error: …` or, " +
    "since dmd 2.07x, `file.d(line,col): Error: …` (a mixin's `x.d-mixin-33(33)`, old dmd's `(58) : Error:`). " +
    "Not `Deprecation:` or `Warning:` lines (dmd's -w turns warnings into errors but says so with `Error:`)",
  needles: ["): Error: ", ") : Error: "],
  pattern: /^[^()\n]{1,400}\.di?(?:-mixin-\d{1,7})?\(\d{1,7}(?:,\d{1,7})?\) ?: Error: /,
  example:
    "/usr/include/dmd/druntime/import/core/sys/posix/sys/types.d(100,11): Error: undefined identifier 'c_long'",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const NIM_COMPILER_ERROR = rule({
  id: "nim-compiler-error",
  note:
    "round 44a: the Nim compiler's `file.nim(line, col) Error: …` (nim c, nimble build; also a .nims or " +
    ".nimble script's). Hints and warnings use the same location with `Hint:`/`Warning:`",
  needles: [") Error: "],
  pattern: /^[^()\n]{1,400}\.(?:nim|nims|nimble)\(\d{1,7}, \d{1,7}\) Error: /,
  example:
    "/home/nitter/.nimble/pkgs/jester-#head/jester.nim(715, 26) Error: undeclared identifier: 'initInterval'",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const SBT_COMPILER_ERROR = rule({
  id: "sbt-compiler-error",
  note:
    "round 44a: sbt (zinc) relays scalac's and javac's errors as `[error] /path/File.scala:194: msg` (sbt 0.13) " +
    "or `[error] /path/File.scala:12:5: msg` (sbt 1.x); the `[error]` lines under it are the source excerpt and " +
    "sbt's `(compile:compile) Compilation failed` total",
  needles: ["[error] "],
  pattern: /^\[error\] [^\s:][^:\n]{0,400}\.(?:scala|java|sbt):\d{1,7}(?::\d{1,7})?: \S/,
  example:
    "[error] /localdata/mbach/Mesosaurus/mesosaurus/src/main/scala/io/mesosphere/mesosaurus/Mesosaurus.scala:194: not found: value WebServer",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const KOTLIN_COMPILER_ERROR = rule({
  id: "kotlin-compiler-error",
  note:
    "round 44a: kotlinc's error line under gradle's `> Task :compileKotlin FAILED`: `e: /path/File.kt: (26, 35): " +
    "msg` (Kotlin 1.x) or `e: file:///path/File.kt:30:5 msg` (Kotlin 1.8+), also a .kts script's. It says why the " +
    "task failed, so it outranks gradle's `Execution failed for task …` below it; a Windows path's drive letter " +
    "(`file:///D:/…`, `C:\\…`). Warnings are `w: `",
  needles: [".kt:", ".kts:"],
  pattern:
    /^e: (?:file:\/\/)?(?:\/?[A-Za-z]:)?[^\s:][^:\n]{0,400}\.kts?(?:: \(\d{1,7}, \d{1,7}\): |:\d{1,7}:\d{1,7} )\S/,
  example:
    "e: file:///D:/DevareaLocal/GIT/twilio-verify-android/buildSrc/src/main/kotlin/plugins/ktlint.gradle.kts:30:5 Unresolved reference: main",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const TYPESCRIPT_COMPILER_ERROR = rule({
  id: "typescript-compiler-error",
  note:
    "round 44a: tsc's `file.ts(23,30): error TS2307: …` (plain) or `file.ts:15:28 - error TS2307: …` (pretty), " +
    "behind a runner's prefix (`#0 13.43 `, `[TsProject] `, a workspace's `pkg:build: `), and a location-less " +
    "`error TS5023: …`. It is why npm's `code ELIFECYCLE` block below it failed (LABELLING convention 2)",
  needles: ["error TS"],
  pattern: /^(?:.{0,400}?\.[cm]?[jt]sx?(?:\(\d{1,7},\d{1,7}\): | ?:\d{1,7}:\d{1,7} - ))?error TS\d{1,5}: /,
  example: "src/createBundleFromDeps.ts:15:28 - error TS2307: Cannot find module './debug'.",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const ERLANG_COMPILER_ERROR = rule({
  id: "erlang-compiler-error",
  note:
    "round 44a: erlc's error line has no `error` word: `src/foo.erl:31: behaviour x undefined` (OTP < 24) or " +
    "`src/foo.erl:69:2: type heap() is unused` (OTP 24+, a warning made an error); its warnings say `Warning:`. " +
    "Under rebar3's `===> Compiling src/foo.erl failed` (erlang-rebar3-compile-failed, the echo above it)",
  needles: [".erl:", ".hrl:"],
  pattern: /^[^\s:][^:\n]{0,400}\.[eh]rl:\d{1,7}(?::\d{1,7})?: (?![Ww]arning: )\S/,
  example: "src/maplike/heap.erl:69:2: type heap() is unused",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const ERLANG_REBAR3_COMPILE_FAILED = rule({
  id: "erlang-rebar3-compile-failed",
  note:
    "round 44a: rebar3's own line naming the module erlc failed on; erlc's messages follow it (the root cause). " +
    "Alone it is still the compile step's failure",
  needles: [" failed"],
  pattern: /^===> Compiling \S+ failed$/,
  example: "===> Compiling src/maplike/heap.erl failed",
  tier: TIER_ECHO,
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
});

export const ELIXIR_COMPILE_ERROR = rule({
  id: "elixir-compile-error",
  note:
    "round 44a: Elixir's compiler raising under mix's `== Compilation error in (on) file x.ex ==`: `** " +
    "(CompileError) lib/x.ex:12: …` (also SyntaxError, TokenMissingError, MismatchedDelimiterError, an " +
    "UndefinedFunctionError or KeyError raised while compiling); its frames follow, indented",
  needles: ["Error) "],
  pattern:
    /^\*\* \((?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError|UndefinedFunctionError|KeyError|ArgumentError|FunctionClauseError|RuntimeError|Kernel\.TypespecError)\) \S/,
  example: "** (CompileError) lib/dynamo/connection.ex:12: function aspect/1 undefined",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
});

export const LANGUAGE_RULES: readonly LineRule[] = [
  D_COMPILER_ERROR,
  NIM_COMPILER_ERROR,
  SBT_COMPILER_ERROR,
  KOTLIN_COMPILER_ERROR,
  TYPESCRIPT_COMPILER_ERROR,
  ERLANG_COMPILER_ERROR,
  ERLANG_REBAR3_COMPILE_FAILED,
  ELIXIR_COMPILE_ERROR,
  CGO_UNKNOWN_NAME,
  OCAML_INCONSISTENT_ASSUMPTIONS,
  D_DRIVER_UNRECOGNIZED_SWITCH,
  DOTNET_COMPILER_ERROR,
  MSBUILD_ERROR,
  SBCL_CAUGHT_ERROR,
  FPC_UNHANDLED_EXCEPTION,
  MSGFMT_ERROR,
  MSGFMT_FATAL_TOTAL,
  GETTEXT_TOOL_ERROR,
  OCAML_ERROR,
  PYTHON_CANT_OPEN_FILE,
  GO_TOOL_ERROR,
  GO_PACKAGE_MISSING,
  GO_IMPORT_REFUSED,
  GO_TEST_PACKAGE_NOT_RUN,
  PEP517_BACKEND_ERROR,
  PEP517_BACKEND_EXITED,
  PIP_SUBPROCESS_FAILED,
  MATURIN_FAILED,
  MAVEN_NOISE,
  MAVEN_GOAL_FAILED,
  MAVEN_ERROR,
  ANT_JAVAC_ERROR,
  JAVA_MAIN_EXCEPTION,
  TESTNG_SUMMARY_FAILED,
  JAVA_BUILD_FAILURE,
  VALAC_ERROR,
  VALAC_PACKAGE_MISSING,
  NUMPY_SYSTEM_INFO_NOT_FOUND,
  GRADLE_WENT_WRONG,
  GHC_CANNOT_SATISFY,
  CABAL_NOTHING_TO_INSTALL,
  CABAL_ERROR,
  CYTHON_ERROR,
];
