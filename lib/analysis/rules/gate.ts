// The gate: decides cheaply which rules can match a line, because most lines
// of a build log match nothing and ~60 regexes per line would cost more than
// everything else. Every rule lists needles (fixed substrings of which every
// match contains one); one DFA pass over the line (needle-scan.ts) finds all
// needles of all rules at once, and only the rules with a needle present run
// their regex.
import { INFRA_NEEDLES } from "../infra";
import { NeedleScanner } from "../needle-scan";
import { PIP_BOX_NEEDLES } from "../pip-box";
import { ATOM_NEEDLES, SIGN_NEEDLES } from "../structure";
import { IMPLEMENTATION_RUN_NEEDLE } from "../swallowed-crash";
import { WHEEL_BUILD_NEEDLES } from "../wheel-build";
import { LINE_NUMBER_DIGITS } from "./bison";
import { factsOf, type RuleFacts } from "./facts";
import { ANT_BUILD_SUCCESSFUL, FPC_EXCEPTION_NEEDLES, GETTEXT_TOOL_NEEDLES } from "./languages";
import { LOCALISED_NO_SUCH_FILE_NEEDLES } from "./other-tools";
import { QA_ABORT_NEEDLE } from "./qa";
import type { LineRule } from "./rule";
import * as tableModule from "./table";
import { CHECK_RESULT_NEEDLES } from "./test-harnesses";

// Read once: a CommonJS import is a getter call at every use (firstMatchingRule runs per line).
const { LINE_RULES } = tableModule;
/** LINE_RULES' facts (facts.ts), by index: the analyzer reads them, not the rules, on every hit. */
const LINE_FACTS: readonly RuleFacts[] = LINE_RULES.map(factsOf);

// Every needle of every non-noise rule contains one of these triggers
// (rules.test.ts checks it). They keep the needle vocabulary honest: a new rule
// whose needles share no trigger is probably too broad for the gate.
export const GATE_TRIGGERS: readonly string[] = [
  "rror",
  "RROR",
  "FAIL",
  "ailed",
  "***",
  "!!!",
  "No ",
  "ACCESS",
  "Killed",
  "memory",
  "undefin",
  "cannot",
  "can't",
  "E   ",
  "collision",
  "multiple def",
  "recompile",
  ".go:",
  // round 51b: flex's scanner locations and its own fatal errors (rules/bison.ts flex-error)
  ...LINE_NUMBER_DIGITS.flatMap((digit) => [`.l:${digit}`, `.ll:${digit}`]),
  ".lpp:",
  ".lex:",
  '", line ',
  "flex: ",
  "XPASS",
  // round 47a: Check's result letters (test-harnesses.ts test-check-failure), testthat's headers (test-testthat-failure)
  ...CHECK_RESULT_NEEDLES,
  "── Failure",
  "── FAILURE",
  ". Failure: ",
  // round 47a: ExUnit's numbered failures (test-harnesses.ts test-exunit-failed)
  ") test ",
  ") doctest ",
  ") property ",
  // round 48a: Python doctest's flush-left `File "…", line N, in name`, Jest's `● Suite › test`, mocha's `N failing`,
  // eunit's `*timed out*`, Julia's `Some tests did not pass` (rules/test-frameworks.ts)
  'File "',
  "● ",
  " failing",
  "*timed out*",
  "did not pass",
  "SEGFAULT",
  // round 23: protoc's missing code generator plugin (rules/other-tools.ts protoc-plugin-error)
  "is not executable",
  "Timeout",
  "aborted",
  "Not Run",
  "Exception",
  "TIMEOUT",
  "Dubious",
  "not found",
  "broken",
  "ebuilds",
  "necessary",
  "Fehler",
  "błąd",
  "erreur",
  "ошибка",
  "Verweis",
  "[blocks B",
  "there are no ",
  "REQUIRED_USE",
  // round 29c: pytest's FAILURES section header (rules/tests.ts test-pytest-failure-header)
  "_ test",
  "_ Test",
  // round 34: a test driver's `Testing x ... fail` (tests.ts), bison's `file.y:12.3-8:` (bison.ts), gettext's tools
  // (languages.ts gettext-tool-error)
  "... fail",
  "... FAIL",
  "... Fail",
  // round 40: unittest's verbose row with a traceback printed into it, round 52a with any output of the test's
  // (test-harnesses.ts)
  ") ... ",
  // round 52a: GNU cmp's verdicts in a test suite (test-harnesses.ts test-cmp-files-differ)
  "cmp: EOF on ",
  " differ: byte ",
  " differ: char ",
  // round 52a: pytest's closing line when it ran nothing (test-frameworks.ts test-pytest-no-tests-ran)
  "no tests ran in ",
  " deselected in ",
  ...LINE_NUMBER_DIGITS.map((digit) => `.y:${digit}`),
  ".yy:",
  ".ypp:",
  ...GETTEXT_TOOL_NEEDLES,
  // round 46: BSD make's missing target and makefile error (rules/build-tools.ts bsd-make-*)
  "don't know how to make ",
  '" line ',
  // round 47c: GNU ld's refusal for a PIE without advice (rules/toolchain.ts ld-recompile-fpic)
  "PIE object",
  // round 30c: emerge refusing its argument (rules/resolver.ts dependency-invalid-argument)
  "valid package atom",
  "no sets to satisfy",
  "non-existent set",
  "fetch restriction",
  "resolve host",
  "curl: (",
  "previously applied",
  "substitution",
  "unbound var",
  "unexpected EOF",
  "Permission denied",
  "Illegal number",
  "ambiguous redirect",
  "Bad fd",
  "go: ",
  "is not in ",
  "ailure",
  "Wstat",
  "Backend",
  "went wrong",
  // round 30a: a JS packaging tool's error mark (rules/other-tools.ts js-packager-error)
  "⨯ ",
  // round 30a: Free Pascal's exception classes named neither `…Error` nor `…Exception` (rules/languages.ts)
  ...FPC_EXCEPTION_NEEDLES,
  // round 33: bash complaining inside the libtool script, libtest's failed test's output header
  "libtool: line ",
  " stdout ----",
  "rspec ./",
  "etup: ",
  "cabal: ",
  // round 42: happy dying on a grammar file (rules/haskell-preprocessors.ts happy-grammar-error)
  "happy: ",
  "Segmentation",
  "Aborted",
  // round 41: TAP's verdict on a failed test (rules/test-harnesses.ts test-tap-not-ok)
  "not ok",
  // round 38: kmod's depmod giving up (build-tools.ts kbuild-depmod-error)
  "depmod: FATAL",
  // round 45: dracut's fatal log level (rules/environment.ts dracut-fatal), LLVM's cl::opt registry aborting
  // (rules/other-tools.ts llvm-pass-registered-twice)
  "dracut[F]",
  "attempted to be registered",
  // round 21c: sudo refusing a build step, wget's TLS handshake, bash's broken `#!` line
  "sudo: ",
  "establish SSL",
  // round 44a: kotlinc's `e: File.kt: (L, C):` and erlc's `file.erl:L:` (rules/languages.ts), protoc's
  // `x.proto:L:C: …` (rules/other-tools.ts protoc-error)
  ".kt:",
  ".kts:",
  ".erl:",
  ".hrl:",
  ".proto:",
  "bad interpreter",
  // round 19: Portage's multilib-strict and PORTAGE_TMPDIR checks, GNU ld's unworded fatal messages, Cabal's
  // foreign libraries, cmd/go's import refusals, GLib's g_assert_not_reached, TeX, qmake, V8's run.py
  "not allowed",
  "PORTAGE_TMPDIR variable",
  "may not be used",
  "not supported",
  "unrecogni",
  "no input files",
  "foreign librar",
  "* Missing ",
  "internal package",
  "not be reached",
  "! Package ",
  "! Class ",
  "Undefined control",
  "Emergency stop",
  ".pro:",
  ".pri:",
  ".prf:",
  "Return code is ",
  // round 18: emerge --depclean's paragraph, GHC's testsuite, lit's summaries
  "not be completely resolved",
  "differs from expected",
  "Failing Tests",
  "Unresolved Tests",
  "Unexpectedly Passed",
  "Illegal instr",
  "Floating point exception",
  "Could not fetch",
  "find index page",
  "rustc: /",
  "clang: /",
  "clang++: /",
  "cc1: /",
  "cc1plus: /",
  "f951: /",
  "lld: /",
  "Assertion",
  "[Errno ",
  "omitting directory",
  "Can't locate",
  "ebuild-helpers/",
  // round 51d: bash inside the package manager's own scripts (rules/shell.ts package-manager-shell-error), GNU tar's
  // `Cannot <verb>:` lines (rules/other-tools.ts coreutils-error)
  "/lib/portage/",
  "/lib/pkgcore/",
  "/lib64/portage/",
  "/lib64/pkgcore/",
  "tar: ",
  "tar (child): ",
  "ebuild-ipc",
  "exited unexpectedly",
  "javac: no source",
  "NOT at least",
  "Could not import",
  "fatal: ",
  "F: ",
  "not recognized",
  "GNU m4 ",
  "will overwrite",
  ") depends on",
  "not compiled in",
  "source directory '",
  "Called die",
  // distutils-r1's install checks (python-qa.ts)
  "found top-level",
  "is forbidden",
  "out-of-date with",
  "Makefile has been rebuilt",
  // round 11: epatch's eerror, cbfstool's `E: `, GHC 7's `Setup.hs:L:C:` header
  "EPATCH_SOURCE",
  "E: Could not",
  "etup.hs:",
  "etup.lhs:",
  // round 7: msgfmt's `x.po:12: …` and its total
  ".po:",
  ".pot:",
  "msgfmt: ",
  // round 8: emerge --sync giving up on its mirror (rules/fetch.ts sync-network-error), Portage 2.1's blocker
  "timed out",
  "RSYNC_RETRIES",
  "retries exceeded",
  // round 10: rsync.py's `>>> SERVER OUT OF DATE: rsync://…` (sync-network-error)
  "SERVER OUT OF DATE",
  "Server out of date",
  // round 10: macOS ld64's `Undefined symbols for architecture arm64:` … `ld: symbol(s) not found …`
  "Undefined symbols for architecture",
  "symbol(s) not found for architecture",
  // round 10: a go subcommand's usage error (`go test: v flag may be set only once`, go-tool-error)
  "go test: ",
  "go build: ",
  "go vet: ",
  "go install: ",
  "go run: ",
  // round 10: npm's error block (npm-error)
  "npm ERR! ",
  "npm error code",
  // round 47b: pnpm's error codes (rules/js-build-tools.ts pnpm-error)
  "ERR_PNPM_",
  // round 48b: yarn berry's message codes (rules/js-build-tools.ts yarn-berry-error)
  "YN0",
  // round 44c: E2BIG as make or a shell words it (argument-list-too-long)
  "Argument list too long",
  "conflicts with another",
  // round 8 (fixB): perl's `Can't load …`, patch's attributes, Portage's killed phase, dune's test
  // alias, pytest's `path.py:LINE: Exception` (needles `.py:1` … `.py:9`)
  "Can't load",
  "setting attributes",
  "killed by signal",
  "runtest (",
  ".py:",
  // round 9 (fixC): gcc's severity and libc's ENOENT text in other languages (rules/toolchain.ts cc-error,
  // rules/other-tools.ts coreutils-error), linux-info's unconfigured kernel, gcc's config.gcc refusing a
  // --with-* option, bzip2/xz/gzip failing to unpack, an OSError's own `[Errno N] …` line
  "erro: ",
  "erro fatal",
  "помилка",
  "エラー",
  "错误",
  "錯誤",
  // (the Spanish `No existe …` already passes as "No ")
  ...LOCALISED_NO_SUCH_FILE_NEEDLES.filter((text) => !text.startsWith("No ")),
  "Kernel not configured",
  "usable .config",
  "does not support --with-",
  " used in --with-",
  "Can't open input",
  "ends unexpectedly",
  "data is corrupt",
  "Unexpected end of input",
  "unexpected end of file",
  "not in gzip format",
  // round 12 (rules12): gpg's reasons under a binary package's or a distfile's signature check
  // (rules/signatures.ts), the Manifest's missing files (rules/fetch.ts manifest-file-missing), svn's and
  // hg's fetch errors (rules/vcs.ts), a cargo build script's libclang and panic (rules/cargo-build-script.ts)
  "gpg: keyblock resource",
  "gpg: Can't check signature",
  "gpg: BAD signature",
  "no valid OpenPGP data",
  "Binary package is not usable",
  "listed in the Manifest",
  "Missing digest for",
  // (round 30b: one trigger for svn's lines, coded or svn 1.6's uncoded `svn: URL '…' doesn't exist`)
  "svn: ",
  "abort: ",
  "Unable to find libclang",
  "' panicked at ",
  // round 52g: multilib-build.eclass's header check (rules/portage-checks.ts multilib-headers-changed)
  "changed between ABIs",
  // round 16 (rules16a): ld rejecting another architecture's object (rules/toolchain.ts)
  " is incompatible with ",
  // round 16 (rules16a): GHC 7's bare `File.hs:L:C:` error header (rules/languages.ts)
  ".hs:",
  ".lhs:",
  ".hsc:",
  ".chs:",
  ".hs-boot:",
  // round 16 (rules16b): a synced tree that is a VCS checkout, rsync.py's exit-code messages, and
  // pkg_nofetch's reason lines (rules/fetch.ts)
  "revision control",
  "Rsync ",
  "Due to licens",
  "Please download",
  "place it in ",
  "place them in ",
  // round 17 (rules17): mysql-test-run's verdict column, Cython's file:line:col, perl-module.eclass's
  // environment check, an install script wanting root (rules/test-harnesses.ts, languages.ts, environment.ts)
  "[ fail ]",
  ".pyx:",
  ".pxd:",
  ".pxi:",
  "Suspicious environment",
  "as root",
  // round 21a (rules21a): libc's ENOMEM text in other languages (rules/environment.ts oom-enomem),
  // libsandbox unable to trace (sandbox-unavailable), a tool's refused option and usage text, BSD sed
  // (rules/other-tools.ts)
  "выделить память",
  "Hauptspeicher",
  "przydzielić",
  "allouer",
  "分配内存",
  "確保できません",
  "ISE:",
  // round 25: libsandbox's own report above its ISE line, gmock's verdict on an unexpected call
  // (rules/environment.ts, rules/tests.ts)
  "libsandbox/trace.c:",
  "Unexpected mock function call",
  "ptrace(",
  "process_vm_readv(",
  "sandbox:",
  "option -- ",
  " operand",
  "sed: ",
  "sage: ",
  // round 27 (rules27): GHC's panic (rules/haskell.ts), OCaml 3's bare inconsistent-assumptions line
  // (rules/languages.ts), a makefile's `$(error …)` without its file:line (rules/build-tools.ts)
  "panic! (the ",
  "inconsistent assumptions",
  ".  Stop.",
  // cgo's unknown C name without a file:line (rules/languages.ts)
  "determine kind of name",
  // round 29a: haskell-gi's Setup missing a .gir file (rules/haskell.ts), an install helper's missing file
  // behind eqawarn's ` *      ` or no prefix (rules/other-tools.ts)
  "find a GI repository",
  " does not exist",
  // round 29b: GNU ld's `cannot find -lfoo` in binutils' zh, de and ru catalogues (rules/toolchain.ts)
  "找不到 -l",
  "kann -l",
  "найти -l",
  // session 14 (infra14): the builder's disk failing (EUCLEAN, EROFS in the build tree) and its qemu-user
  // emulation (rules/host.ts)
  "needs cleaning",
  "Read-only file",
  "qemu",
  "binfmt",
  // round 30b: Portage refusing to unmerge a setuid file with hard links (rules/environment.ts)
  "suspicious hardlink",
  // round 48c: awk's own errors, perl's missing script, Pod::Simple's errata (rules/script-tools.ts), Portage's
  // collision verdict (rules/environment.ts file-collision-not-merged)
  "awk: ",
  "Can't open perl script",
  " around line ",
  "NOT merged ",
  // round 49b: pytest's `import file mismatch:` (rules/tests.ts), bash's failglob `…: line N: no match: …` (rules/shell.ts)
  "import file mismatch",
  ": no match: ",
  // round 51a: the kernel's disk and file-system errors (rules/host.ts kernel-disk-error), lcov's `[fail]` rows
  // (rules/test-harnesses.ts), a linker refusing an option in old GNU ld's and gold's words, mold's fatal errors
  // (rules/binutils.ts, toolchain.ts)
  "-fs ",
  "BTRFS ",
  "XFS (",
  "I/O error",
  "ReiserFS: ",
  "REISERFS ",
  "is_tree_node: ",
  "[fail]",
  "unknown option",
  // round 52f: older kbuild's modpost giving up in fatal()'s words (rules/build-tools.ts kbuild-modpost-error)
  "FATAL: modpost: ",
];

/**
 * The needles of the rules that can make a line an error or a failed test (not noise; round 51b: but a noise header
 * whose nextLine can, rebar3's `Failures:`).
 */
export const NON_NOISE_NEEDLES: readonly string[] = [
  ...new Set(
    LINE_RULES.filter((rule) => rule.role !== "noise" || rule.nextLine !== undefined).flatMap(
      (rule) => rule.needles,
    ),
  ),
];
const NON_NOISE_SCAN = new NeedleScanner(NON_NOISE_NEEDLES);

// All needles of the table, tagged with their rule's index, and under tags of their own the needles of
// what else reads every line past the gate: the structure's atom needles, the infra watcher's, the wheel
// build's (wheel-build.ts) and a few checks of the analyzer and the structure. The analyzer scans a line
// past its gate once for all (lineTags); a check behind a tag runs only on the lines that hold its needle.
// Searching every such line with `includes` instead cost ~1-4 % each of the streaming mixed row
// (docs/benchmarks.md, "Analysis throughput, session 18").
export const ATOM_TAG = LINE_RULES.length;
export const INFRA_TAG = LINE_RULES.length + 1;
/** WheelBuildSigns.observe's needles (wheel-build.ts). */
export const WHEEL_TAG = LINE_RULES.length + 2;
/**
 * A QA notice (QA_NOTICE_NEEDLE), QA's abort (QA_ABORT_NEEDLE), distutils-r1's next implementation, config.status,
 * pip's box opening or closing (pip-box.ts), ant's `BUILD SUCCESSFUL` (round 48b).
 */
export const CORE_SIGN_TAG = LINE_RULES.length + 3;
/**
 * wget's saved line and a server's answer (analyzer.ts observeFraming): a substring test each on every line past
 * the gate cost ~1 % of the streaming mixed row (docs/benchmarks.md, perf25).
 */
export const WGET_SAVED_TAG = LINE_RULES.length + 4;
export const SERVER_ANSWER_TAG = LINE_RULES.length + 5;
/** The structure's signs (structure.ts SIGN_NEEDLES): SIGN_NEEDLES[i] under STRUCTURE_SIGN_TAG + i. */
export const STRUCTURE_SIGN_TAG = LINE_RULES.length + 6;
/** What the analyzer's own checks of a line past the gate look for (analyzer.ts pushCore). */
export const QA_NOTICE_NEEDLE = "QA Notice: ";
/** wget's saved line (` saved [`) and its line after a request (`awaiting response... `), under the tags above. */
export const WGET_SAVED_NEEDLE = " saved [";
export const SERVER_ANSWER_NEEDLE = "awaiting response... ";
/** A configure script that printed this ran to its end (LineRule.survivable). */
export const CONFIG_STATUS_CREATED = "configure: creating ./config.status";
const CORE_SIGN_NEEDLES = [
  QA_NOTICE_NEEDLE,
  ANT_BUILD_SUCCESSFUL,
  QA_ABORT_NEEDLE,
  IMPLEMENTATION_RUN_NEEDLE,
  CONFIG_STATUS_CREATED,
  ...PIP_BOX_NEEDLES,
];
const RULE_SCAN = new NeedleScanner([
  ...LINE_RULES.flatMap((rule, index) => rule.needles.map((text) => ({ text, tag: index }))),
  ...ATOM_NEEDLES.map((text) => ({ text, tag: ATOM_TAG })),
  ...INFRA_NEEDLES.map((text) => ({ text, tag: INFRA_TAG })),
  ...WHEEL_BUILD_NEEDLES.map((text) => ({ text, tag: WHEEL_TAG })),
  ...CORE_SIGN_NEEDLES.map((text) => ({ text, tag: CORE_SIGN_TAG })),
  { text: WGET_SAVED_NEEDLE, tag: WGET_SAVED_TAG },
  { text: SERVER_ANSWER_NEEDLE, tag: SERVER_ANSWER_TAG },
  ...SIGN_NEEDLES.flatMap((needles, bit) => needles.map((text) => ({ text, tag: STRUCTURE_SIGN_TAG + bit }))),
]);
const found = new Uint32Array(RULE_SCAN.words);
/**
 * SIGN_NEEDLES' count, read once: an imported binding is a getter call at every use, and structureSigns' loop
 * read it once per sign on every line past the gate (1.4 % of the streaming mixed row's samples; docs/benchmarks.md,
 * "Analysis throughput, session 20").
 */
const SIGN_COUNT = SIGN_NEEDLES.length;

/** False when no rule other than noise can match `text`. */
export function mayMatchSomeRule(text: string): boolean {
  return NON_NOISE_SCAN.test(text);
}

/** A buffer for lineTags. */
export function newLineTags(): Uint32Array {
  return new Uint32Array(RULE_SCAN.words);
}

/** Sets in `tags` (from newLineTags) the tags of the needles `text` holds: rule indices, then ATOM_TAG and the others above. */
export function lineTags(text: string, tags: Uint32Array): Uint32Array {
  // A loop, not TypedArray#fill: a builtin call costs more than clearing ~9 words.
  for (let word = 0; word < tags.length; word++) tags[word] = 0;
  RULE_SCAN.tagsIn(text, tags);
  return tags;
}

export function hasTag(tags: Uint32Array, tag: number): boolean {
  return (tags[tag >>> 5] & (1 << (tag & 31))) !== 0;
}

/** The structure's `signs` (structure.ts observe) from a line's lineTags. */
export function structureSigns(tags: Uint32Array): number {
  let signs = 0;
  for (let bit = 0; bit < SIGN_COUNT; bit++) if (hasTag(tags, STRUCTURE_SIGN_TAG + bit)) signs |= 1 << bit;
  return signs;
}

/**
 * The first rule of the whole table (LINE_RULES) matching `text`: only rules with
 * a needle in `text` run their regex, in table order. `tags` are lineTags(text) when known.
 */
export function firstMatchingRule(text: string, tags?: Uint32Array): LineRule | null {
  return firstMatchingFacts(text, tags)?.rule ?? null;
}

/** firstMatchingRule's rule as its facts (facts.ts). */
export function firstMatchingFacts(text: string, tags?: Uint32Array): RuleFacts | null {
  if (!tags) tags = lineTags(text, found);
  for (let word = 0; word < tags.length; word++) {
    for (let bits = tags[word]; bits !== 0; bits &= bits - 1) {
      const index = word * 32 + (31 - Math.clz32(bits & -bits));
      // Past the rules come ATOM_TAG and the other tags above.
      if (index >= LINE_FACTS.length) return null;
      const facts = LINE_FACTS[index];
      if (facts.pattern.test(text)) return facts;
    }
  }
  return null;
}
