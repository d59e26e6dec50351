// The infra badge and the missing cause of a failure: in list rows and on the
// failure page. Text only; React escapes the log-derived names.
import Link from "next/link";

export interface AnalysisBadgeProps {
  infraReason: string | null;
  cause: { id: number; type: string; name: string } | null;
}

/** "infra: disk-full": the tinderbox failed, not the package. */
export function InfraBadge({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <span className="badge infra" title="infrastructure failure: the tinderbox's problem, not the package's">
      infra: {reason}
    </span>
  );
}

/** "Missing: pkg-config module libpcre", linking to the cause. */
export function CauseLink({ cause }: { cause: AnalysisBadgeProps["cause"] }) {
  if (!cause) return null;
  return (
    <Link href={`/causes/${cause.id}`} className="cause-link" data-testid="cause-link">
      Missing: {causeLabel(cause)}
    </Link>
  );
}

const TYPE_LABELS: Record<string, string> = {
  header: "header",
  "pkg-config": "pkg-config module",
  "cmake-package": "CMake package",
  "meson-dependency": "meson dependency",
  "python-module": "Python module",
  "perl-module": "Perl module",
  library: "library",
  symbol: "symbol",
  executable: "executable",
  "autoconf-check": "configure check",
  atom: "package",
};

/** "pkg-config module libpcre" */
export function causeLabel(cause: { type: string; name: string }): string {
  return `${TYPE_LABELS[cause.type] ?? cause.type} ${cause.name}`;
}

export function AnalysisBadges({ infraReason, cause }: AnalysisBadgeProps) {
  if (!infraReason && !cause) return null;
  return (
    <div className="analysis-badges small">
      <InfraBadge reason={infraReason} /> <CauseLink cause={cause} />
    </div>
  );
}
