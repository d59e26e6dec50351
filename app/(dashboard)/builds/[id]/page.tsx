import type { Metadata } from "next";
import { Suspense } from "react";
import { BuildDiagnosticsSection } from "@/app/(dashboard)/diagnostics/build-diagnostics";
import { BugLinksStatus } from "@/components/bug-links-status";
import { BuildFacts } from "@/components/build-facts";
import { BuildLogSection } from "@/components/build-log-section";
import { BuildPrimaryError } from "@/components/build-primary-error";
import { BuildSameSignature } from "@/components/build-same-signature";
import { BuildTriagePanel } from "@/components/build-triage-panel";
import { FileList } from "@/components/file-list";
import { RemovedNotice } from "@/components/file-views/removed-notice";
import { FindingList } from "@/components/finding-list";
import { HistorySection } from "@/components/history-section";
import { buildLogOf, primaryExcerpt } from "@/lib/bugs/report-input";
import { getPrimaryCorrection } from "@/lib/queries/primary-corrections";
import { BuildSummary } from "./build-summary";
import { loadBuild } from "./load-build";

type Props = PageProps<"/builds/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { build } = await loadBuild((await params).id);
  return { title: build.title || build.atom };
}

export default async function BuildPage({ params }: Props) {
  const { build, canTriage } = await loadBuild((await params).id);
  const log = buildLogOf(build);
  const [excerpt, correction] = await Promise.all([primaryExcerpt(build), getPrimaryCorrection(build.id)]);
  // The log viewer is the page's main tool: right under a one-line summary, so
  // it is reached without scrolling; the facts, triage and findings follow it.
  return (
    <>
      <h1 className="mono" data-testid="build-title">
        {build.title || build.atom}
      </h1>
      <BuildSummary build={build} />
      {log?.purgedAt && <RemovedNotice purgedAt={log.purgedAt} />}
      {log && !log.purgedAt && (
        // The viewer highlights its first window on the server: let the summary above show first.
        <Suspense fallback={<p className="muted build-log-loading">Loading the build log…</p>}>
          <BuildLogSection build={build} log={log} canCorrect={canTriage} />
        </Suspense>
      )}
      <div className="build-top" id="build-details">
        <BuildFacts build={build} />
        <BuildTriagePanel build={build} canTriage={canTriage} />
      </div>
      <BugLinksStatus build={build} canTriage={canTriage} />
      {build.primaryText && (
        <BuildPrimaryError
          primaryLine={build.primaryLine}
          primaryText={build.primaryText}
          excerpt={excerpt}
          correction={correction}
          undoFor={canTriage ? build.id : null}
        />
      )}
      <FindingList
        findings={build.findings}
        files={build.files}
        buildLogId={log?.id ?? null}
        correctFor={canTriage && build.status === "failed" ? build.id : null}
      />
      <Suspense fallback={<p className="muted">Loading the build's diagnostics…</p>}>
        <BuildDiagnosticsSection buildId={build.id} />
      </Suspense>
      <h2>Files</h2>
      <FileList files={build.files} buildId={build.id} />
      <Suspense fallback={<p className="muted">Loading the package's history…</p>}>
        <HistorySection build={build} />
      </Suspense>
      <Suspense fallback={<p className="muted">Looking for the same failure elsewhere…</p>}>
        <BuildSameSignature build={build} />
      </Suspense>
    </>
  );
}
