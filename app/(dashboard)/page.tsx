import Link from "next/link";
import { StackedBars } from "@/components/charts/stacked-bars";
import { FailureListView } from "@/components/filters/failure-list-view";
import { requirePageRead } from "@/lib/auth/access";
import { loadFailureListPage } from "@/lib/queries/failure-list-page";
import { HOME_DAYS, homeStats } from "@/lib/queries/home-stats";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const user = await requirePageRead("/");
  const params = await searchParams;
  const data = await loadFailureListPage({ pageSize: "25", ...params }, {}, user);
  const stats = await homeStats();
  return (
    <>
      <section className="overview">
        <div>
          <h2>Failures per day, last {HOME_DAYS} days</h2>
          <StackedBars counts={stats.value.perDay} days={HOME_DAYS} since={stats.value.since} />
          <p className="muted small">
            As of {stats.computedAt.toISOString().slice(11, 16)} UTC (refreshed every 5 minutes).
          </p>
        </div>
        <div>
          <h2>Top signatures</h2>
          <ol className="top-list" data-testid="top-signatures">
            {stats.value.topSignatures.map((s) => (
              <li key={s.id}>
                <Link href={`/signatures/${s.id}`}>{s.text}</Link>{" "}
                <span className="muted">
                  {s.buildCount} builds, {s.packageCount} packages
                </span>
              </li>
            ))}
          </ol>
          <h2>Top categories</h2>
          <ol className="top-list" data-testid="top-categories">
            {stats.value.topCategories.map((c) => (
              <li key={c.category}>
                <Link href={`/c/${c.category}`}>{c.category}</Link>{" "}
                <span className="muted">{c.failures}</span>
              </li>
            ))}
          </ol>
        </div>
      </section>
      <h1>Recent failures</h1>
      <FailureListView data={data} basePath="/failures" signedIn={user !== null} />
    </>
  );
}
