import type { Metadata } from "next";
import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { BugAttachments } from "@/components/bug-attachments";
import { BugForm, type OneClickFiling } from "@/components/bug-form";
import { BugInfra } from "@/components/bug-infra";
import { BugLinkForm } from "@/components/bug-link-form";
import { requireRead } from "@/lib/auth/access";
import { attachedByDefault, orderedAttachments } from "@/lib/bugs/attachment-order";
import { buildBugReport } from "@/lib/bugs/bug-report";
import { bugUrl } from "@/lib/bugs/bug-url";
import { bugzillaUrl } from "@/lib/bugs/config";
import { apiKeySetAt } from "@/lib/bugzilla/user-key";
import { bugReportInput } from "@/lib/queries/bug-report-input";
import type { BuildDetail } from "@/lib/queries/builds";
import { loadBuild } from "../load-build";
import { DuplicatesLoading, DuplicatesSection } from "./duplicates-section";

type Props = PageProps<"/builds/[id]/bug">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { build } = await loadBuild((await params).id, "/bug");
  return { title: `File a bug: ${build.atom}` };
}

export default async function FileBugPage({ params }: Props) {
  const { build, canTriage } = await loadBuild((await params).id, "/bug");
  const user = canTriage ? await requireRead() : null;
  const [input, keySetAt] = await Promise.all([bugReportInput(build), user ? apiKeySetAt(user.id) : null]);
  const report = buildBugReport(input);
  const blocked = input.trackers.filter((tracker) => report.blocks.includes(tracker.bugNumber));
  const filing = keySetAt ? oneClickFiling(build) : undefined;
  const reportSection = (
    <>
      <h2>The report</h2>
      {blocked.length > 0 && (
        <p data-testid="bug-trackers">
          Blocks{" "}
          {blocked.map((tracker) => (
            <span key={tracker.bugNumber}>
              <a href={bugUrl(tracker.bugNumber)}>{tracker.bugNumber}</a> ({tracker.title}){" "}
            </span>
          ))}
          — <Link href="/trackers">tracker rules</Link>
        </p>
      )}
      {canTriage && !filing && (
        <p className="muted" data-testid="one-click-hint">
          Store your Bugzilla API key on <Link href="/account">your account page</Link> to file in one click.
        </p>
      )}
      <BugForm report={report} bugzillaUrl={bugzillaUrl()} filing={filing} />
      <BugAttachments build={build} />
    </>
  );
  return (
    <>
      <p>
        <Link href={`/builds/${build.id}`}>← {build.atom}</Link>
      </p>
      <h1>File a bug</h1>
      {build.infraReason && (
        <BugInfra build={{ ...build, infraReason: build.infraReason }} canTriage={canTriage} />
      )}
      <Suspense fallback={<DuplicatesLoading />}>
        <DuplicatesSection build={build} />
      </Suspense>
      {build.infraReason ? <FileAnyway>{reportSection}</FileAnyway> : reportSection}
      {canTriage && (
        <section>
          <h2>Filed it?</h2>
          <p className="muted">Record the bug number so the failure lists show it is taken care of.</p>
          <BugLinkForm
            buildId={build.id}
            summary={report.summary}
            hasFine={build.fineSignatureId !== null}
            hasCoarse={build.coarseSignatureId !== null}
          />
        </section>
      )}
    </>
  );
}

/** An infra failure's report stays folded until someone explicitly wants it. */
function FileAnyway({ children }: { children: ReactNode }) {
  return (
    <details data-testid="file-anyway">
      <summary>File anyway (against the package's maintainers)</summary>
      {children}
    </details>
  );
}

/** emerge-info.txt and the build log ticked, as bgo.sh attaches them; the rest left to the user. */
function oneClickFiling(build: BuildDetail): OneClickFiling {
  return {
    buildId: build.id,
    hasFine: build.fineSignatureId !== null,
    files: orderedAttachments(build.files).map((file) => ({
      id: file.id,
      name: file.name,
      size: Number(file.size),
      ticked: attachedByDefault(file),
    })),
  };
}
