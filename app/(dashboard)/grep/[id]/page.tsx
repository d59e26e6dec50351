import "../grep.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/data-table/pager";
import { formatBytes } from "@/components/format-bytes";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { type GrepJobView, getGrepJob, listGrepHits } from "@/lib/grep/job-view";
import { pagingSchema } from "@/lib/queries/list-envelope";
import { CancelGrepButton } from "./cancel-button";
import { GrepHitList } from "./hit-list";
import { LiveRefresh } from "./live-refresh";

export const metadata: Metadata = { title: "Grep job" };

export default async function GrepJobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePageRead(`/grep/${id}`);
  const job = await getGrepJob(id);
  if (!job) notFound();
  const paging = pagingSchema.parse(await searchParams);
  const hits = await listGrepHits(id, paging);
  const live = job.status === "queued" || job.status === "running";
  const canCancel = live && user !== null && (user.id === job.createdById || hasRole(user, "maintainer"));
  return (
    <>
      {live && <LiveRefresh />}
      <h1 className="grep-title">
        Grep <code>{job.pattern}</code> <span className="muted small">({job.mode})</span>
      </h1>
      <p className="muted grep-title">
        Builds:{" "}
        <Link href={`/failures${job.filters ? `?${job.filters}` : ""}`}>{job.filters || "all failures"}</Link>
        {" · "}
        <Link
          href={`/grep?${job.filters}${job.filters ? "&" : ""}pattern=${encodeURIComponent(job.pattern)}`}
        >
          run again
        </Link>
        {" · "}kept until {job.expiresAt.slice(0, 10)}
      </p>
      <JobStatus job={job} />
      {canCancel && <CancelGrepButton id={job.id} />}
      <h2>
        {hits.total} {hits.total === 1 ? "hit" : "hits"}
      </h2>
      <GrepHitList hits={hits.rows} firstNumber={(hits.page - 1) * hits.pageSize + 1} />
      <Pager
        basePath={`/grep/${id}`}
        params={{ pageSize: String(paging.pageSize) }}
        page={hits.page}
        pageSize={hits.pageSize}
        total={hits.total}
        totalExact
        rowCount={hits.rows.length}
        noun="hits"
      />
    </>
  );
}

function JobStatus({ job }: { job: GrepJobView }) {
  const percent = job.bytesTotal > 0 ? Math.floor((100 * job.bytesDone) / job.bytesTotal) : 100;
  return (
    <div className="grep-status" data-testid="grep-status">
      <p>
        <strong data-testid="grep-state">{job.status}</strong> · {job.buildsDone} of {job.buildsTotal} builds
        · {formatBytes(job.bytesDone)} of {formatBytes(job.bytesTotal)}
        {job.etaSeconds !== null && ` · about ${formatSeconds(job.etaSeconds)} left`}
      </p>
      <progress max={100} value={percent} aria-label="Bytes searched" />
      {job.note && <pre className="grep-note">{job.note}</pre>}
    </div>
  );
}

function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
