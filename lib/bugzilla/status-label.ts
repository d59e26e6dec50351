// How a bug's Bugzilla state reads next to its link: open, RESOLVED FIXED, or
// the other resolution (WONTFIX, DUPLICATE, ...). Unknown before the first sync.

export type BugStatusKind = "open" | "fixed" | "closed" | "unknown";

export function bugStatusKind(
  status: string | null | undefined,
  resolution: string | null | undefined,
): BugStatusKind {
  if (!status) return "unknown";
  if (!resolution) return "open";
  return resolution === "FIXED" ? "fixed" : "closed";
}

export function bugStatusText(
  status: string | null | undefined,
  resolution: string | null | undefined,
): string {
  if (!status) return "status not synced";
  return resolution ? `${status} ${resolution}` : status;
}
