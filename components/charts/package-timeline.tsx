// A package's builds per tinderbox as a row of pass/fail marks, oldest left,
// with the last good and first bad build of the current failure streak.
import Link from "next/link";
import type { HistoryBuild, TinderboxTimeline } from "@/lib/queries/packages";

function BuildMark({ build }: { build: HistoryBuild }) {
  const label = `${build.version} ${build.status === "failed" ? `failed (${build.kind})` : "passed"} ${build.finishedAt?.slice(0, 16).replace("T", " ") ?? ""}`;
  return (
    <Link href={`/builds/${build.id}`} className={`mark ${build.status}`} title={label} aria-label={label}>
      {build.status === "failed" ? "✗" : "✓"}
    </Link>
  );
}

function BuildRef({ label, build }: { label: string; build: HistoryBuild | null }) {
  if (!build) return null;
  return (
    <span className="small">
      {label}: <Link href={`/builds/${build.id}`}>{build.version}</Link> (
      {build.finishedAt?.slice(0, 10) ?? "?"}){" "}
    </span>
  );
}

export function PackageTimeline({ timelines }: { timelines: TinderboxTimeline[] }) {
  if (timelines.length === 0) return <p className="muted">No builds yet.</p>;
  return (
    // Not a list (components/data-table): a chart, one row of build marks per tinderbox, laid out as a table.
    <table className="list timeline" data-testid="package-timeline">
      <tbody>
        {timelines.map((t) => (
          <tr key={t.tinderbox}>
            <th scope="row" title={t.profile}>
              {t.tinderbox}
            </th>
            <td className="marks">
              {t.builds.map((b) => (
                <BuildMark key={b.id} build={b} />
              ))}
            </td>
            <td>
              <BuildRef label="last good" build={t.lastGood} />
              <BuildRef label="first bad" build={t.firstBad} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
