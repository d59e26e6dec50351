// This package's history on the failure page: the last good build, what changed
// since (version and environment), and earlier attempts on each tinderbox.
import Link from "next/link";
import { environmentDiff } from "@/lib/env-diff/build-env-diff";
import type { BuildDetail } from "@/lib/queries/builds";
import { buildAttempts } from "@/lib/queries/packages";
import { HistoryAttempts } from "./history-attempts";
import { HistoryEnvDiff } from "./history-env-diff";
import { RelativeTime } from "./relative-time";

export async function HistorySection({ build }: { build: BuildDetail }) {
  const history = await buildAttempts(build);
  const { lastGood } = history;
  const envDiff = await environmentDiff(build.files, lastGood?.files ?? null);
  return (
    <section data-testid="build-history">
      <h2>
        History of {build.package.category}/{build.package.name}
      </h2>
      {lastGood ? (
        <p data-testid="last-good">
          Last good build: <Link href={`/builds/${lastGood.id}`}>{lastGood.atom}</Link> on{" "}
          <span className="mono">{lastGood.tinderbox.name}</span>
          {lastGood.finishedAt && (
            <>
              , <RelativeTime iso={lastGood.finishedAt.toISOString()} />
            </>
          )}
          .{" "}
          {lastGood.version === build.version ? (
            <span>Same version as this failure.</span>
          ) : (
            <span>
              Version since: <span className="mono">{lastGood.version}</span> →{" "}
              <span className="mono">{build.version}</span>.
            </span>
          )}
        </p>
      ) : (
        <p className="muted" data-testid="last-good">
          No successful build of this package before this one.
        </p>
      )}
      {envDiff.comparable ? (
        <HistoryEnvDiff changes={envDiff.changes} />
      ) : (
        lastGood && (
          <p className="muted">
            No environment diff: the last good build and this one do not both carry emerge --info or an
            installed-package list.
          </p>
        )
      )}
      <HistoryAttempts attempts={history.attempts} currentTinderbox={build.tinderbox.name} />
    </section>
  );
}
