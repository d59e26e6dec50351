import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";

export function BuildFacts({ build }: { build: BuildDetail }) {
  const maintainers = build.package.maintainers;
  return (
    <dl className="facts" data-testid="build-facts">
      <dt>Atom</dt>
      <dd className="mono">
        {build.atom}::{build.repository}
      </dd>
      <dt>Status</dt>
      <dd>
        <span className={`badge ${build.status}`}>{build.status}</span>
        {build.phase && <> in {build.phase} phase</>} · {build.kind}
      </dd>
      <dt>Tinderbox</dt>
      <dd>
        {build.tinderbox.name}
        {build.profile && <span className="muted"> · {build.profile}</span>}
      </dd>
      <dt>Finished</dt>
      <dd>{build.finishedAt?.toISOString() ?? "unknown"}</dd>
      {build.durationSec !== null && (
        <>
          <dt>Duration</dt>
          <dd>{build.durationSec} s</dd>
        </>
      )}
      {build.useFlags.length > 0 && (
        <>
          <dt>USE</dt>
          <dd className="mono">{build.useFlags.join(" ")}</dd>
        </>
      )}
      <dt>Maintainers</dt>
      <dd>
        {maintainers.length === 0
          ? "maintainer-needed@gentoo.org"
          : maintainers.map((m) => (
              <span key={m.id} className="mono">
                {m.email}
                {m.name && <span className="muted"> ({m.name})</span>}{" "}
              </span>
            ))}
      </dd>
      {build.fineSignature && (
        <>
          <dt>Signature</dt>
          <dd className="mono">
            {build.fineSignature.hash} <span className="muted">{build.fineSignature.text}</span>
          </dd>
        </>
      )}
      <dt>Triage</dt>
      <dd>
        {build.triageState}
        {build.bugLinks.map((bug) => (
          <span key={bug.id}>
            {" "}
            · <Link href={bug.url}>bug {bug.bugNumber}</Link>
          </span>
        ))}
      </dd>
    </dl>
  );
}
