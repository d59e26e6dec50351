// Public result types of the analysis library. They are JSON-serialisable so the
// CLI, the ingest pipeline and the database store exactly what is computed here.

/** What broke, in the vocabulary the dashboard filters on. */
export type FailureKind =
  | "configure"
  | "compile"
  | "link"
  | "test"
  | "install"
  | "qa"
  | "sandbox"
  | "collision"
  | "fetch"
  | "dependency"
  | "oom"
  | "ice"
  | "disk-full"
  | "none"
  | "unknown";

export type Severity = "error" | "warning" | "fatal";

export type BuildStatus = "succeeded" | "failed";

/** A line the rules flagged; `line` is 1-based (see lines.ts for the numbering rule). */
export interface ErrorLine {
  line: number;
  text: string;
  ruleId: string;
  severity: Severity;
}

export interface QaNotice {
  line: number;
  text: string;
  ruleId: string;
}

export interface FailedTest {
  name: string;
  line: number;
  source: string;
}

export interface Maintainer {
  email: string;
  name?: string;
}

export interface LogHeader {
  package?: string;
  repository?: string;
  maintainers?: Maintainer[];
  upstream?: string;
  use?: string;
  features?: string;
}

export interface PhaseSection {
  phase: string;
  startLine: number;
  endLine: number;
}

export interface DieBanner {
  atom: string;
  repository: string | null;
  phase: string | null;
  message: string | null;
  line: number;
}

export type AttachmentRole =
  | "config-log"
  | "cmake-error-log"
  | "cmake-output-log"
  | "cmake-configure-log"
  | "meson-log"
  | "test-suite-log"
  | "ctest-log"
  | "sandbox-log"
  | "other";

export interface AttachmentHint {
  line: number;
  path: string;
  kind: AttachmentRole;
}

export interface PrimaryError {
  line: number;
  text: string;
  ruleId: string;
}

export interface FailureSignature {
  version: string;
  fine: string | null;
  coarse: string | null;
  fineText: string | null;
  coarseText: string | null;
}

/**
 * A failure that is the tinderbox's problem, not the package's: nobody should file
 * it against the package's maintainer (lib/analysis/infra.ts decides).
 */
export const INFRA_REASONS = [
  "disk-full",
  // The disk failing under the build: EIO, EUCLEAN, the file system gone read-only (session 14).
  "disk-io",
  "oom",
  "network",
  "sandbox-unavailable",
  // The builder's qemu-user / binfmt_misc emulation of a cross-arch chroot broken (session 14).
  "emulation",
  "timeout",
  "portage-crash",
] as const;
export type InfraReason = (typeof INFRA_REASONS)[number];

export interface InfraFailure {
  reason: InfraReason;
  /** The line that says so (1-based, in the log as stored). */
  line: number;
  text: string;
}

/** What kind of thing an error says is missing (lib/analysis/cause.ts). */
export const CAUSE_TYPES = [
  "header",
  "pkg-config",
  "cmake-package",
  "meson-dependency",
  "python-module",
  "perl-module",
  "library",
  "symbol",
  "executable",
  "autoconf-check",
  "atom",
] as const;
export type CauseType = (typeof CAUSE_TYPES)[number];

/** "pkg-config module libpcre is missing": one root cause many failures can share. */
export interface MissingCause {
  type: CauseType;
  name: string;
}

export interface LogAnalysis {
  algorithmVersion: string;
  status: BuildStatus;
  phase: string | null;
  kind: FailureKind;
  atom: string | null;
  category: string | null;
  packageName: string | null;
  version: string | null;
  repository: string | null;
  primary: PrimaryError | null;
  title: string | null;
  signature: FailureSignature;
  errorLines: ErrorLine[];
  qaNotices: QaNotice[];
  failedTests: FailedTest[];
  header: LogHeader;
  sections: PhaseSection[];
  die: DieBanner | null;
  attachmentHints: AttachmentHint[];
  lineCount: number;
  /** Non-null when the failure is an infrastructure failure (status stays "failed"). */
  infra: InfraFailure | null;
  /** What the primary error (or its context) says is missing, when it names something. */
  cause: MissingCause | null;
  /**
   * A prefix found on every line (quoting "> ", list "- ", timestamps, "#12 3.45 ")
   * and stripped before analysis; line numbers stay those of the file as stored.
   */
  linePrefix: string | null;
}

/** What one attached file (config.log, CMakeError.log, …) says about the failure. */
export interface AttachmentAnalysis {
  role: AttachmentRole;
  primary: PrimaryError | null;
  /** Lines leading up to the primary error (e.g. the failing conftest output), oldest first. */
  context: { line: number; text: string }[];
  errorLines: ErrorLine[];
  failedTests: FailedTest[];
}
