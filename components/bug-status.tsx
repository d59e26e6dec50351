// A bug's Bugzilla state next to its link: "open" (its status), "RESOLVED FIXED",
// or the other resolution; nothing before the first status sync.
import { bugStatusKind, bugStatusText } from "@/lib/bugzilla/status-label";

export function BugStatus({
  status,
  resolution,
}: {
  status: string | null | undefined;
  resolution?: string | null;
}) {
  const kind = bugStatusKind(status, resolution);
  if (kind === "unknown") return null;
  return (
    <span className={`bug-status bug-status-${kind}`} data-testid="bug-status" data-kind={kind}>
      {bugStatusText(status, resolution)}
    </span>
  );
}
