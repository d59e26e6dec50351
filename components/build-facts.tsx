// The failure's facts at a glance: what, where, when, whose, and how far triage got.
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { AnalysisBadges } from "./analysis-badges";
import { formatCount } from "./format-count";
import { RelativeTime } from "./relative-time";

export function BuildFacts({ build }: { build: BuildDetail }) {
  return (
    <dl className="facts" data-testid="build-facts">
      <dt>Atom</dt>
      <dd className="mono">
        {build.atom}::{build.repository}
      </dd>
      <dt>Status</dt>
      <dd>
        <span className={`badge ${build.status}`}>{build.status}</span>
        {build.phase && <> in {build.phase} phase</>} · {build.kind.replace("_", " ")}
      </dd>
      {(build.infraReason || build.cause) && (
        <>
          <dt>Cause</dt>
          <dd data-testid="build-cause">
            <AnalysisBadges infraReason={build.infraReason} cause={build.cause} />
          </dd>
        </>
      )}
      <dt>Tinderbox</dt>
      <dd>
        <span className="mono">{build.tinderbox.name}</span>
        {build.profile && <span className="muted"> · {build.profile}</span>}
      </dd>
      <BuildTimes build={build} />
      {build.useFlags.length > 0 && (
        <>
          <dt>USE</dt>
          <dd className="mono build-use">{build.useFlags.join(" ")}</dd>
        </>
      )}
      <dt>Maintainers</dt>
      <dd data-testid="build-maintainers">
        <MaintainerList maintainers={build.package.maintainers} />
      </dd>
      <BuildSignatures build={build} />
      <dt>Triage</dt>
      <dd data-testid="build-triage">
        <span className={`badge triage-${build.triageState}`}>{build.triageState}</span>
        {build.bugLinks.map((bug) => (
          <span key={bug.id}>
            {" "}
            · <a href={bug.url}>bug {bug.bugNumber}</a>
            {bug.summary && <span className="muted"> {bug.summary}</span>}
          </span>
        ))}
      </dd>
    </dl>
  );
}

function BuildTimes({ build }: { build: BuildDetail }) {
  return (
    <>
      {build.startedAt && (
        <>
          <dt>Started</dt>
          <dd>
            {build.startedAt
              .toISOString()
              .replace("T", " ")
              .replace(/\.\d+Z$/, " UTC")}
          </dd>
        </>
      )}
      <dt>Finished</dt>
      <dd>
        {build.finishedAt ? (
          <>
            {build.finishedAt
              .toISOString()
              .replace("T", " ")
              .replace(/\.\d+Z$/, " UTC")}{" "}
            <span className="muted">
              (<RelativeTime iso={build.finishedAt.toISOString()} />)
            </span>
          </>
        ) : (
          "unknown"
        )}
      </dd>
      {build.durationSec !== null && (
        <>
          <dt>Duration</dt>
          <dd>{formatDuration(build.durationSec)}</dd>
        </>
      )}
    </>
  );
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${s} s`;
  return `${s} s`;
}

function MaintainerList({ maintainers }: { maintainers: BuildDetail["package"]["maintainers"] }) {
  if (maintainers.length === 0) return <span className="mono">maintainer-needed@gentoo.org</span>;
  return (
    <ul className="inline-list">
      {maintainers.map((m) => (
        <li key={m.id}>
          <a className="mono" href={`mailto:${m.email}`}>
            {m.email}
          </a>
          {m.name && <span className="muted"> {m.name}</span>}
          {m.type === "project" && <span className="muted"> (project)</span>}
        </li>
      ))}
    </ul>
  );
}

function BuildSignatures({ build }: { build: BuildDetail }) {
  const signatures = [build.fineSignature, build.coarseSignature].filter((s) => s !== null);
  if (signatures.length === 0) return null;
  return (
    <>
      <dt>Signature</dt>
      <dd>
        {signatures.map((signature) => (
          <div key={signature.id}>
            <Link href={`/signatures/${signature.id}`} className="mono">
              {signature.level}
            </Link>{" "}
            <span className="mono muted">{signature.text}</span>{" "}
            <span className="muted">
              ({formatCount(signature.buildCount, "failure")},{" "}
              {formatCount(signature.packageCount, "package")})
            </span>
          </div>
        ))}
      </dd>
    </>
  );
}
