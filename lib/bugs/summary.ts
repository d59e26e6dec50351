// The bug summary: the failure's title, `[overlay]`-prefixed outside ::gentoo
// (Bug-wranglers' convention), cut to the 170 characters toralf's tinderbox
// settled on (toralf/tinderbox#6).

export const MAX_SUMMARY_CHARS = 170;

export function bugSummary(title: string, repository: string): string {
  const oneLine = title.replace(/\s+/g, " ").trim();
  const prefixed = repository && repository !== "gentoo" ? `[${repository}] ${oneLine}` : oneLine;
  const chars = [...prefixed];
  if (chars.length <= MAX_SUMMARY_CHARS) return prefixed;
  return `${chars
    .slice(0, MAX_SUMMARY_CHARS - 3)
    .join("")
    .trimEnd()}...`;
}
