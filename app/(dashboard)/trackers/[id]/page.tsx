import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { bugUrl } from "@/lib/bugs/bug-url";
import { trackerView } from "@/lib/trackers/tracker-view";
import { BurndownChart } from "./burndown-chart";
import { CountTable, FixedPackages, OpenPackages } from "./package-lists";

export const metadata: Metadata = { title: "Tracker" };

export default async function TrackerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRead(`/trackers/${id}`);
  const view = await trackerView(Number(id));
  if (!view.ok && view.reason === "not_found") notFound();
  if (!view.ok) return <p className="action-error">{view.message}</p>;
  const { tracker, days, now, detail } = view;
  return (
    <>
      <p>
        <Link href="/trackers">← trackers</Link>
      </p>
      <h1>
        <a href={bugUrl(tracker.bugNumber)}>Bug {tracker.bugNumber}</a>: {tracker.title}
      </h1>
      <p className="muted">
        Rule{" "}
        <span className="mono">
          {tracker.matchType}: {tracker.pattern}
        </span>
        {tracker.active ? "" : " (inactive)"}. A matching failure is open until its package builds clean after
        it.
      </p>
      <p data-testid="tracker-now">
        <strong>{now.openFailures}</strong> open failures in <strong>{now.packages}</strong> packages ·{" "}
        <strong>{now.fixedPackages}</strong> packages fixed
      </p>
      <BurndownChart days={days} />
      <h2>Packages still to fix ({now.packages})</h2>
      <p className="muted small">
        &quot;File blocker&quot; opens the newest failure&apos;s bug page, where this tracker is set as
        blocked.
        {hasRole(user, "maintainer") && (
          <>
            {" "}
            <Link href={`/trackers/${tracker.id}/blockers`} data-testid="file-blockers-link">
              File blockers for every package without a bug
            </Link>
          </>
        )}
      </p>
      <OpenPackages packages={detail.open} />
      <CountTable title="By category" rows={detail.byCategory} />
      <CountTable title="By maintainer" rows={detail.byMaintainer} />
      <h2>Fixed since ({now.fixedPackages})</h2>
      <FixedPackages packages={detail.fixed} />
    </>
  );
}
