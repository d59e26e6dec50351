// The failure in one line above the log viewer, so the viewer is reached
// without scrolling: status, phase and kind, tinderbox, when, triage and the
// first maintainer. Every fact in full (and the triage form) follows the viewer.
import { RelativeTime } from "@/components/relative-time";
import type { BuildDetail } from "@/lib/queries/builds";

export function BuildSummary({ build }: { build: BuildDetail }) {
  const maintainers = build.package.maintainers;
  return (
    <p className="build-summary" data-testid="build-summary">
      <span className={`badge ${build.status}`}>{build.status}</span>
      {build.phase && <span> in {build.phase} phase</span>}
      <span> · {build.kind.replace("_", " ")}</span>
      <span className="mono"> · {build.tinderbox.name}</span>
      {build.finishedAt && (
        <span>
          {" "}
          · <RelativeTime iso={build.finishedAt.toISOString()} />
        </span>
      )}
      <span>
        {" "}
        · <span className={`badge triage-${build.triageState}`}>{build.triageState}</span>
      </span>
      <span className="mono">
        {" "}
        · {maintainers[0]?.email ?? "maintainer-needed@gentoo.org"}
        {maintainers.length > 1 && <span className="muted"> +{maintainers.length - 1}</span>}
      </span>
      <span>
        {" "}
        · <a href="#build-details">all details</a>
      </span>
    </p>
  );
}
