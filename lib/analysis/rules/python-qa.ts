// distutils-r1.eclass's install-time checks that fail the build for what the package installed, not
// for a step that broke: a QA failure (kind qa), whatever phase or message the die then gives.
import { type LineRule, TIER_PORTAGE } from "./rule";

// The elog file format (and an elog summary pasted as text) drops the ` * ` bullet; both are read.
export const PYTHON_QA_STRAY_FILES: LineRule = {
  id: "python-qa-stray-files",
  note:
    "distutils-r1's _distutils-r1_post_python_install (2022-): `eerror \"The following unexpected " +
    'files/directories were found top-level"`, the list, then `die "Failing install because of stray ' +
    'top-level files in site-packages"`: the notice, not the die, is the headline',
  needles: ["unexpected files/directories were found top-level"],
  pattern: /^\s*(?:\* +)?The following unexpected files\/directories were found top-level/,
  example: " * The following unexpected files/directories were found top-level",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "qa",
  severity: "fatal",
  // It is also the first line of the elog summary after the banner (`>>> Messages for package`).
  afterBanner: true,
};

export const PYTHON_QA_FORBIDDEN_PACKAGE: LineRule = {
  id: "python-qa-forbidden-package",
  note:
    "distutils-r1_python_install (2013-2022): `die \"Package installs '$p' package which is forbidden " +
    'and likely a bug in the build system."` for examples, test, tests, .pytest_cache; a die message, so ' +
    "it stands after the banner. Its 2012-2013 wording too: `Package installs 'tests' package, file collisions " +
    "likely.` (session 12)",
  needles: ["package which is forbidden", "package, file collisions likely"],
  pattern:
    /^\s*(?:\* +)?Package installs '[^'\s]{1,64}' package(?: which is forbidden|, file collisions likely)/,
  example: " *   Package installs 'test' package which is forbidden and likely a bug in the build system.",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "qa",
  severity: "fatal",
  afterBanner: true,
};

export const PYTHON_QA_RULES: readonly LineRule[] = [PYTHON_QA_STRAY_FILES, PYTHON_QA_FORBIDDEN_PACKAGE];
