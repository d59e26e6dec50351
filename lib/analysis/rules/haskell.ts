// GHC, Cabal and Shake (hadrian) wordings added in round 19; GHC's own Haskell diagnostics and Cabal's
// Setup errors are in languages.ts.
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ENVIRONMENT, TIER_ROOT } from "./rule";

/**
 * The message of a C compiler's diagnostic that a terminal or a mail wrapped below its bare `file:L:C: error:`
 * location (LABELLING.md convention 1: the line with the message is the primary; the location alone states no
 * cause). It starts at the margin (a wrap does not indent; two blanks allowed for a quoting reflow): GHC's own
 * layout indents the message by four or more (`    • …`, `     note: …`), and there the header stays the primary
 * (convention 12's analogue). Not a new location, an `In file included` line or a tool's own line.
 */
export const C_MESSAGE_WRAPPED_BELOW: LineRule = {
  id: "cc-error-message-below",
  needles: [],
  pattern:
    /^ {0,2}(?![^\s:]+:\d+[:,]|In file included|g?make\b|ninja\b|collect2\b|cc1\w*:|compilation terminated)\S/,
  example: "positional initialization of field in ‘struct’ declared with",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
  reasonFor: () => true,
};

export const GHC_C_ERROR: LineRule = {
  id: "ghc-c-error",
  note:
    "GHC compiling a C file of a package (`cbits/foo.c:12:3: error:`) lays out the C compiler's diagnostic " +
    "as its own: nothing after `error:`, the message indented below (detail.ts reads it, as for ghc-error). " +
    "A C compiler alone always says something after `error:`. Not GHC's `In file included from x.c:2:0: " +
    "error:` context line above it (a path has no blank)",
  needles: [": error:"],
  pattern: /^[^\s:]+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|S|s):\d+:\d+: error:\s*$/,
  example: "cbits/zlib-helpers.c:12:3: error:",
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
  nextLine: C_MESSAGE_WRAPPED_BELOW,
};

// GHC's `` `gcc' failed in phase `C Compiler'. (Exit code: 1) `` (a paste may lose the first backquote).
const GHC_PHASE = String.raw`^\x60?[^\x60'\s]+' failed in phase \x60`;

export const GHC_PHASE_FAILED_LINK: LineRule = {
  id: "ghc-phase-failed-link",
  note: "GHC's driver echoing its linker's (or object merger's) exit: the linker's own errors are above it",
  needles: ["' failed in phase `"],
  pattern: new RegExp(String.raw`${GHC_PHASE}(?:Linker|Merge objects)'\. \(Exit code: -?\d+\)`),
  example: "`x86_64-pc-linux-gnu-gcc' failed in phase `Linker'. (Exit code: 1)",
  role: "error",
  tier: TIER_ECHO,
  // The tool exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  kind: "link",
  severity: "error",
};

export const GHC_PHASE_FAILED: LineRule = {
  id: "ghc-phase-failed",
  note: "the same for the C compiler, the assembler, the C pre-processor and GHC's other phases: compile",
  needles: ["' failed in phase `"],
  pattern: new RegExp(String.raw`${GHC_PHASE}[^\x60']{1,40}'\. \(Exit code: -?\d+\)`),
  example: "`x86_64-pc-linux-gnu-gcc' failed in phase `C Compiler'. (Exit code: 1)",
  role: "error",
  tier: TIER_ECHO,
  // The tool exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  kind: "compile",
  severity: "error",
};

export const SHAKE_NO_RULE: LineRule = {
  id: "shake-no-rule",
  note:
    "Shake (GHC's hadrian build): a file no rule builds, named on the next line (detail.ts reads it); " +
    "below Shake's `Error when running Shake build system:` header and its `* <target>` chain",
  needles: ["Error, file does not exist and no rule available:"],
  pattern: /^Error, file does not exist and no rule available:$/,
  example: "Error, file does not exist and no rule available:",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const SHAKE_ERROR_HEADER: LineRule = {
  id: "shake-error-header",
  note:
    "Shake's header over any failure of a rule: detail tier, so the reason under it (shake-no-rule, a " +
    "compiler's error from the failed command) is the primary; alone it still names the failure",
  needles: ["Error when running Shake build system:"],
  pattern: /^Error when running Shake build system:/,
  example: "Error when running Shake build system:",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const CABAL_FOREIGN_LIBRARY_MISSING: LineRule = {
  id: "cabal-foreign-library-missing",
  note:
    "Cabal's configure check of `extra-libraries` and `includes` (`Missing dependency on a foreign " +
    "library:`), with or without `Setup: `/`Error: ` before it: the configure step, whatever phase ran " +
    "Setup (cabal-error, listed after, gives no kind when a phase is known)",
  needles: ["Missing dependency on a foreign librar", "Missing dependencies on foreign librar"],
  pattern: /^(?:[\w./-]+: |Error: )?Missing dependenc(?:y|ies) on (?:a )?foreign librar(?:y|ies):/,
  example: "Setup: Missing dependency on a foreign library:",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const CABAL_FOREIGN_LIBRARY_ITEM: LineRule = {
  id: "cabal-foreign-library-item",
  note:
    "the list under that header (`* Missing (or bad) header file: zlib.h`, `* Missing C libraries: a, b`): " +
    "detail tier, so the header above stays the primary when both were pasted",
  needles: ["* Missing "],
  pattern: /^(?:[\w./-]+: |Error: )?\* Missing (?:\(or bad\) )?(?:C librar(?:y|ies)|header files?): /,
  example: "* Missing (or bad) C library: gmp",
  role: "error",
  tier: TIER_DETAIL,
  kind: "configure",
  severity: "error",
};

export const GHC_PANIC: LineRule = {
  id: "ghc-panic",
  note:
    "round 27: GHC's own crash (`ghc: panic! (the 'impossible' happened)`, the version and the panic's words " +
    "below): the compiler failed, as a C compiler's ICE; alone in an excerpt it still fails it (was succeeded). " +
    "Round 29a: GHC 8's parallel build reports a worker's panic as an error without a location, the panic " +
    "indented under `<no location info>: error:`: the panic is the line that says what happened (the header " +
    "says only that something did), so the indented form counts too; so does GHCJS's (GHC's code, its name)",
  needles: ["panic! (the 'impossible' happened)"],
  pattern: /^\s*(?:\S*\/)?ghc(?:js)?(?:-[\d.]+)?(?:\.exe)?: panic! \(the 'impossible' happened\)/,
  example: "ghc: panic! (the 'impossible' happened)",
  role: "error",
  tier: TIER_ENVIRONMENT,
  conclusive: true,
  kind: "ice",
  severity: "fatal",
};

export const HADDOCK_INTERNAL_ERROR: LineRule = {
  id: "haddock-internal-error",
  note:
    "round 29a: Haddock's own crash (`haddock: internal error: internal: extractDecl (ClsInstD)`, the older " +
    "`internal Haddock or GHC error: renameDecl`), often the one line a report quotes: the documentation " +
    "build failed, and haskell-cabal builds the docs in src_compile (`setup haddock`), so compile without a " +
    "phase (was the last resort's, kind unknown). Not an ICE: the package's docs are what Haddock could not read",
  needles: [": internal error: ", "internal Haddock or GHC error"],
  pattern: /^\s*(?:\S*\/)?haddock(?:-[\w.]+)?(?:\.exe)?: internal (?:Haddock or GHC )?error\b/,
  example: "haddock: internal error: internal: extractDecl (ClsInstD)",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const GI_REPOSITORY_MISSING: LineRule = {
  id: "gi-repository-missing",
  note:
    "round 29a: haskell-gi's custom Setup (gi-gtk, gi-glib, gi-graphene…) reads the .gir files at configure " +
    'time and stops with `Did not find a GI repository for Gtk-3.0 in ["/usr/local/share/gir-1.0",…]` ' +
    "(Setup's `Setup: `, stack's `gi-graphene> ` before it; the list may wrap to the next line): the configure " +
    "step failed for a missing GObject-Introspection file (a dependency's `introspection` USE), whatever phase " +
    "ran Setup. Alone in an excerpt it fails it (was read as a success)",
  needles: ["Did not find a GI repository for "],
  pattern: /^\s*(?:[\w.-]{1,100}> )?(?:Error: )?(?:[\w./-]{1,200}: )?Did not find a GI repository for \S/,
  example:
    'Did not find a GI repository for Gtk-3.0.gir in ["/usr/local/share/gir-1.0","/usr/share/gir-1.0"].',
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const CABAL_NO_TEST_SUITES: LineRule = {
  id: "cabal-no-test-suites-enabled",
  note:
    "Round 49b: Cabal's `setup test` (haskell-cabal.eclass's src_test) when the package has test suites but was " +
    "configured without `--enable-tests` (`Setup: No test suites enabled. Did you remember to configure with " +
    "'--enable-tests'?`, cabal-install's `Error: cabal: …`): the test step failed before running a test. A package " +
    "without test suites says `Package has no test suites.` and passes. Before: a success bare and under a test " +
    "banner (cabal-install's form was python-exception's, kind compile bare)",
  needles: ["No test suites enabled"],
  pattern: /^(?:Error: )?(?:[\w./-]*[Ss]etup(?:\.hs)?|cabal): No test suites enabled\./,
  example: "Setup: No test suites enabled. Did you remember to configure with '--enable-tests'?",
  role: "error",
  tier: TIER_ROOT,
  kind: "test",
  severity: "error",
};

export const COMMAND_LINE_ERROR: LineRule = {
  id: "command-line-error",
  note:
    "round 49a: a compiler refusing its own command line before it reads a source: GHC's `<command line>: error: " +
    'directory portion of "x/dist-boot/build/Y.o" does not exist (used with "-o" option.)` (its bootstrap\'s make ' +
    "in `dist-boot`), gcc's `<command-line>: error: macro names must be identifiers`. Round 52c: also gcc's " +
    '`<built-in>: error: "__STDC_VERSION__" redefined [-Werror]`, and kind compile whatever the phase: a ' +
    "compiler's diagnostic, also while src_test builds the tests (LABELLING.md convention 18; was the phase's " +
    "kind, test there). gcc before 8 wrote `<command-line>:0:0:`, which cc-error reads",
  needles: ["line>: error: ", "line>: fatal error: ", "<built-in>: error: ", "<built-in>: fatal error: "],
  pattern: /^<(?:command[ -]line|built-in)>: (?:fatal )?error: /,
  example:
    '<command line>: error: directory portion of "libraries/base/dist-boot/build/GHC/Base.o" does not exist (used with "-o" option.)',
  role: "error",
  tier: TIER_ROOT,
  kind: "compile",
  severity: "error",
};

export const HASKELL_RULES: readonly LineRule[] = [
  COMMAND_LINE_ERROR,
  GHC_PANIC,
  HADDOCK_INTERNAL_ERROR,
  GI_REPOSITORY_MISSING,
  GHC_PHASE_FAILED_LINK,
  GHC_PHASE_FAILED,
  SHAKE_NO_RULE,
  SHAKE_ERROR_HEADER,
  CABAL_FOREIGN_LIBRARY_MISSING,
  CABAL_FOREIGN_LIBRARY_ITEM,
  CABAL_NO_TEST_SUITES,
];
