// Portage QA notices (docs/domain.md, "Failures that are not a broken package"). Each notice is its
// own finding, on failed and successful builds alike (toralf's catchMisc); the id says which check
// fired.

export interface QaRule {
  id: string;
  /** A fixed substring of the notice text (no regex: notices are long and untrusted). */
  needle: string;
  example: string;
}

// The bullet may be lost in a paste (markdown ate `* `): a bare `QA Notice: ` is still Portage's.
export const QA_NOTICE_PATTERN = /^\s*(?:\* ?)?QA Notice: /;

export const QA_RULES: readonly QaRule[] = [
  {
    id: "qa-gcc-warnings",
    needle: "Package triggers severe warnings",
    example: " * QA Notice: Package triggers severe warnings which indicate that it",
  },
  {
    id: "qa-flags-ignored",
    needle: "without respecting",
    example: " * QA Notice: Files built without respecting CFLAGS have been detected",
  },
  {
    id: "qa-configure-implicit-decl",
    needle: "implicit function declarations in configure",
    example: " * QA Notice: Found the following implicit function declarations in configure logs:",
  },
  {
    id: "qa-prestripped",
    needle: "Pre-stripped files found",
    example: " * QA Notice: Pre-stripped files found:",
  },
  {
    id: "qa-wx-sections",
    needle: "writable and executable sections",
    example: " * QA Notice: The following files contain writable and executable sections",
  },
  {
    id: "qa-runpath",
    needle: "RUNPATH",
    example: " * QA Notice: The following files contain insecure RUNPATHs",
  },
  {
    id: "qa-textrel",
    needle: "text relocations",
    example: " * QA Notice: The following files contain runtime text relocations",
  },
  {
    id: "qa-soname",
    needle: "SONAME",
    example: " * QA Notice: The following shared libraries lack a SONAME",
  },
  {
    id: "qa-cmake-unused",
    needle: "CMake variables were not used",
    example: " * QA Notice: One or more CMake variables were not used by the project:",
  },
  {
    id: "qa-pkgconfig",
    needle: "pkg-config",
    example: " * QA Notice: pkg-config files with wrong LDFLAGS detected:",
  },
  {
    id: "qa-deprecated-dirs",
    needle: "deprecated directories",
    example: " * QA Notice: This ebuild installs into the following deprecated directories:",
  },
  {
    id: "qa-missing-bdepend",
    needle: "missing a BDEPEND",
    example: " * QA Notice: Package seems to be missing a BDEPEND on dev-python/cython.",
  },
  {
    id: "qa-python-ext",
    needle: "Python extension modules",
    example: " * QA Notice: Python extension modules (*.so) found installed.",
  },
  {
    id: "qa-tmpfiles",
    needle: "tmpfiles",
    example: " * QA Notice: package is installing tmpfiles without inheriting tmpfiles.eclass",
  },
  { id: "qa-eapi", needle: "EAPI=", example: " * QA Notice: EAPI=7 detected; this EAPI is deprecated" },
];

/** The id of the QA check a notice line comes from, or "qa-notice" for one not in the table. */
export function qaRuleIdFor(text: string): string {
  for (const rule of QA_RULES) {
    if (text.includes(rule.needle)) return rule.id;
  }
  return "qa-notice";
}

/**
 * Notices after which Portage itself dies (install-qa-check.d/05prefix: `die "Aborting due to QA
 * concerns: there are files installed outside the prefix"`). The others only warn unless
 * FEATURES=stricter, so an earlier warning-only notice is not what stopped the build.
 */
const FATAL_QA_NEEDLES: readonly string[] = ["files are outside of the prefix", "insecure RUNPATH"];

/**
 * Round 34: notices Portage dies on only sometimes. 10executable-issues warns about insecure RUNPATHs and dies
 * (`die "Aborting due to serious QA concerns with RUNPATH/RPATH"`) only for set*id files with $ORIGIN or under
 * FEATURES=stricter: without a banner, only Portage's `Aborting due to …` line after the notice says it died.
 */
const FATAL_ONLY_WITH_ABORT_NEEDLES: readonly string[] = ["insecure RUNPATH"];

/** The die message of Portage's QA checks, as an elog line of the die banner or alone in an excerpt. */
export const QA_ABORT_NEEDLE = "Aborting due to ";
const QA_ABORT_LINE = /^\s*(?:\*\s*)?Aborting due to (?:serious )?QA concerns\b/;

export function isFatalQaNotice(text: string): boolean {
  return FATAL_QA_NEEDLES.some((needle) => text.includes(needle));
}

/** Whether a fatal notice killed the build when no banner is there: `abortLine` is the last QA abort line read. */
export function qaNoticeAborted(notice: { line: number; text: string }, abortLine: number | null): boolean {
  if (!isFatalQaNotice(notice.text)) return false;
  const needsAbort = FATAL_ONLY_WITH_ABORT_NEEDLES.some((needle) => notice.text.includes(needle));
  return !needsAbort || (abortLine !== null && abortLine > notice.line);
}

/** Portage's `Aborting due to (serious) QA concerns …` line. */
export function isQaAbortLine(text: string): boolean {
  return QA_ABORT_LINE.test(text);
}
