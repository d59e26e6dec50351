// The retention report as text: what `npm run retention` prints.
import { formatBytes } from "@/components/format-bytes";
import { RETENTION_RULES } from "./candidates";
import type { RetentionReport } from "./run";

export function formatRetentionReport(report: RetentionReport): string {
  if (report.skipped) return "retention: another instance is running retention; nothing done";
  const verb = report.dryRun ? "would remove" : "removed";
  const lines: string[] = [];
  if (report.rows.length === 0) lines.push(`retention: the policies ${verb} nothing`);
  else {
    lines.push(`retention ${report.dryRun ? "(dry run) " : ""}${verb}:`);
    const header = ["tinderbox", "rule", "builds", "files", "bytes"];
    const table = report.rows.map((row) => [
      row.tinderbox,
      RETENTION_RULES[row.rule] ?? row.rule,
      String(row.builds),
      String(row.files),
      formatBytes(row.bytes),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
    for (const cells of [header, ...table])
      lines.push(
        `  ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")}`,
      );
  }
  const space = report.spaceReturned;
  lines.push(
    `space ${report.dryRun ? "that would return" : "returned"}: ${formatBytes(space.storedBytes)} stored in ${space.blobs} blob(s)` +
      " (content other files still use stays)",
  );
  if (!report.dryRun) lines.push(`purged: ${report.purgedFiles} file(s), ${report.purgedBlobs} blob(s)`);
  if (report.interrupted) lines.push("stopped before the end: the next run goes on where this one stopped");
  return lines.join("\n");
}
