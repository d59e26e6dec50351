// The ordered rule table. Order matters: the first rule that matches a line
// decides its role, so red herrings come first and catch-alls last.
import { BUILD_TOOL_RULES } from "./build-tools";
import { CARGO_BUILD_SCRIPT_RULES } from "./cargo-build-script";
import { ELOG_RULES } from "./elog";
import { ENVIRONMENT_RULES } from "./environment";
import { FETCH_RULES } from "./fetch";
import { LANGUAGE_RULES } from "./languages";
import { LTO_RULES } from "./lto";
import { MAKE_OTHER_STARS, NOISE_RULES } from "./noise";
import { OTHER_TOOL_RULES } from "./other-tools";
import { PKGCORE_RULES } from "./pkgcore";
import { PORTAGE_EXTRA_RULES } from "./portage-extra";
import { PYTHON_QA_RULES } from "./python-qa";
import { RESOLVER_RULES } from "./resolver";
import { RUBY_RULES } from "./ruby";
import type { LineRule } from "./rule";
import { SHELL_RULES } from "./shell";
import { SIGNATURE_RULES } from "./signatures";
import { TEST_HARNESS_RULES } from "./test-harnesses";
import { TEST_RULES } from "./tests";
import { TOOLCHAIN_RULES } from "./toolchain";
import { TOOLCHAIN_EXTRA_RULES } from "./toolchain-extra";
import { VCS_RULES } from "./vcs";

export const LINE_RULES: readonly LineRule[] = [
  ...NOISE_RULES,
  ...ELOG_RULES,
  ...ENVIRONMENT_RULES,
  ...FETCH_RULES,
  // Round 16: Portage giving up at merge and sync, and pkg_nofetch's reason (no die banner)
  ...PORTAGE_EXTRA_RULES,
  ...RESOLVER_RULES,
  ...PKGCORE_RULES,
  ...SIGNATURE_RULES,
  ...VCS_RULES,
  ...PYTHON_QA_RULES,
  // Before the compiler's rules: lto1's diagnostics read like cc-error's but fail the link.
  ...LTO_RULES,
  ...TOOLCHAIN_RULES,
  // Round 16: shapes toolchain.ts does not read (no location, GCC 3's missing include, ld's input, config tools)
  ...TOOLCHAIN_EXTRA_RULES,
  ...LANGUAGE_RULES,
  ...RUBY_RULES,
  ...TEST_HARNESS_RULES,
  ...TEST_RULES,
  ...BUILD_TOOL_RULES,
  ...CARGO_BUILD_SCRIPT_RULES,
  ...OTHER_TOOL_RULES,
  ...SHELL_RULES,
  MAKE_OTHER_STARS,
];
