// The build page's "Diagnostics" section: this build's warnings, errors, QA
// notices and tests from the index, most frequent first, each linking to its
// first line and to every build that printed it; a capped file is said so.
import Link from "next/link";
import { formatCount } from "@/components/format-count";
import { buildDiagnostics } from "@/lib/queries/diagnostic-builds";

export async function BuildDiagnosticsSection({ buildId }: { buildId: number }) {
  const list = await buildDiagnostics(buildId);
  if (list.rows.length === 0 && list.capped.length === 0) return null;
  return (
    <section data-testid="build-diagnostics">
      <h2>Diagnostics</h2>
      <p className="small muted">
        {formatCount(list.distinct, "distinct diagnostic")}, {formatCount(list.occurrences, "line")} in the
        index
        {list.rows.length < list.distinct ? ` (the ${list.rows.length} most frequent below)` : ""}.
      </p>
      {list.capped.map((cap) => (
        <p key={cap.file ?? ""} className="small" role="note" data-testid="diagnostics-capped">
          {cap.file ?? "The build log"} has {formatCount(cap.found, "diagnostic line")}: only the first{" "}
          {cap.kept.toLocaleString("en")} are indexed.
        </p>
      ))}
      <ul className="small">
        {list.rows.map((row) => (
          <li key={row.id}>
            <Link href={row.href}>{row.text}</Link> <span className="muted">{row.kind}</span>
            {row.flag && <code> {row.flag}</code>} × {row.occurrences} ·{" "}
            <Link href={`/diagnostics/${row.id}`}>every build</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
