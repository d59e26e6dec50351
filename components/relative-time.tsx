// "3 h ago" with the exact UTC time on hover. Rendered on the server, so the
// relative part is as of the request.
export function RelativeTime({ iso, now = new Date() }: { iso: string; now?: Date }) {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  return (
    <time dateTime={iso} title={iso.replace("T", " ").replace(/\.\d+Z$/, " UTC")}>
      {formatAgo(seconds)}
    </time>
  );
}

export function formatAgo(seconds: number): string {
  if (seconds < 60) return "just now";
  const units: Array<[number, string]> = [
    [86400 * 365, "y"],
    [86400 * 30, "mo"],
    [86400, "d"],
    [3600, "h"],
    [60, "min"],
  ];
  for (const [size, unit] of units) if (seconds >= size) return `${Math.floor(seconds / size)} ${unit} ago`;
  return "just now";
}
