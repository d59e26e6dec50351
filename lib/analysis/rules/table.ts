// The ordered rule table. Order matters: the first rule that matches a line
// decides its role, so red herrings come first and catch-alls last.
import { ARCH_TESTING_RULES } from "./arch-testing";
import { BISON_RULES } from "./bison";
import { AUTOCONF_UNDEFINED_MACRO, AUTOTOOLS_BOOTSTRAP_ERROR, BUILD_TOOL_RULES } from "./build-tools";
import { CARGO_BUILD_SCRIPT_RULES } from "./cargo-build-script";
import { ELOG_RULES } from "./elog";
import { ENVIRONMENT_RULES, MERGE_FILE_FAILED } from "./environment";
import { FETCH_RESTRICTION_REASON, FETCH_RULES, SYNC_FAILED, SYNC_REFUSED } from "./fetch";
import { HASKELL_RULES } from "./haskell";
import { HASKELL_PREPROCESSOR_RULES } from "./haskell-preprocessors";
import { JAVA_TEST_RULES } from "./java-tests";
import { LANGUAGE_RULES, PYTHON_BUILD_TOOL_MISSING } from "./languages";
import { LIBTOOL_RULES } from "./libtool";
import { LTO_RULES } from "./lto";
import { MAKE_OTHER_STARS, NOISE_RULES } from "./noise";
import { OTHER_TOOL_RULES } from "./other-tools";
import { PKGCORE_RULES } from "./pkgcore";
import { PORTAGE_CHECK_RULES } from "./portage-checks";
import { PYTHON_QA_RULES } from "./python-qa";
import { R_PACKAGE_RULES } from "./r-packages";
import { RESOLVER_RULES } from "./resolver";
import { RUBY_RULES } from "./ruby";
import type { LineRule } from "./rule";
import { SHELL_RULES } from "./shell";
import { SIGNATURE_RULES } from "./signatures";
import { TEST_FRAMEWORK_RULES } from "./test-frameworks";
import { TEST_HARNESS_RULES } from "./test-harnesses";
import { TEST_RUNTIME_RULES } from "./test-runtime";
import { PYTEST_COLLECTION_CRASH, PYTEST_INTERPRETER_CRASH, TEST_RULES } from "./tests";
import { TEX_RULES } from "./tex";
import { TOOLCHAIN_RULES } from "./toolchain";
import { VCS_RULES } from "./vcs";

export const LINE_RULES: readonly LineRule[] = [
  ...NOISE_RULES,
  ...ELOG_RULES,
  ...ENVIRONMENT_RULES,
  ...FETCH_RULES,
  // Portage giving up outside an ebuild phase, with no die banner: merging the image (environment.ts),
  // syncing the tree, and pkg_nofetch's reason (fetch.ts). Without a banner a build fails on a tier-4
  // line (or a tier-3 one when nothing says it went through), so the lines Portage prints only as it
  // gives up are TIER_PORTAGE. After FETCH_RULES: sync-network-error's `rsync error:` lines come first.
  MERGE_FILE_FAILED,
  SYNC_REFUSED,
  SYNC_FAILED,
  FETCH_RESTRICTION_REASON,
  // Round 19: the multilib-strict check and the PORTAGE_TMPDIR refusal (portage-checks.ts).
  ...PORTAGE_CHECK_RULES,
  // Round 33: a keywording tester's summary (before maven-error's `[ERROR] `).
  ...ARCH_TESTING_RULES,
  ...RESOLVER_RULES,
  ...PKGCORE_RULES,
  ...SIGNATURE_RULES,
  ...VCS_RULES,
  ...PYTHON_QA_RULES,
  // Before the compiler's rules: autoconf's `configure.ac:12: error: possibly undefined macro` (build-tools.ts,
  // round 20) and lto1's diagnostics read like cc-error's but fail the prepare step and the link.
  AUTOCONF_UNDEFINED_MACRO,
  AUTOTOOLS_BOOTSTRAP_ERROR,
  ...LTO_RULES,
  // Round 33: libtool's own errors (before the toolchain's and shell-error's readings of its lines).
  ...LIBTOOL_RULES,
  ...TOOLCHAIN_RULES,
  // Round 34: bison's dotted locations (read like no compiler's).
  ...BISON_RULES,
  // A build script that cannot run a library's config tool (languages.ts), and pytest's line when the
  // interpreter crashed under a test or while collecting (tests.ts). Listed here, not in their files'
  // groups, to keep the place round 16 gave them in the order.
  PYTHON_BUILD_TOOL_MISSING,
  PYTEST_INTERPRETER_CRASH,
  PYTEST_COLLECTION_CRASH,
  // Round 19: GHC, Cabal and Shake wordings (before cabal-error, which gives no kind with a phase).
  ...HASKELL_RULES,
  // Round 42: JUnit's and Surefire's rows (before maven-error's `[ERROR] `), R's anticonf scripts, happy's grammar errors.
  ...JAVA_TEST_RULES,
  ...R_PACKAGE_RULES,
  ...HASKELL_PREPROCESSOR_RULES,
  ...LANGUAGE_RULES,
  ...RUBY_RULES,
  ...TEST_HARNESS_RULES,
  // Round 48a: Python's doctest, Jest, mocha, eunit, common_test, Julia, and the runners around them (tox, rebar3).
  ...TEST_FRAMEWORK_RULES,
  ...TEST_RULES,
  // Round 19: a program under test asserting or crashing (before python-exception, python-fatal-error and
  // meson-plain-error, which read the same lines otherwise), and TeX.
  ...TEST_RUNTIME_RULES,
  ...TEX_RULES,
  ...BUILD_TOOL_RULES,
  ...CARGO_BUILD_SCRIPT_RULES,
  ...OTHER_TOOL_RULES,
  ...SHELL_RULES,
  MAKE_OTHER_STARS,
];
