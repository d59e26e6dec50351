import type { Metadata } from "next";
import Link from "next/link";
import { BugAttachments } from "@/components/bug-attachments";
import { BugForm } from "@/components/bug-form";
import { BugLinkForm } from "@/components/bug-link-form";
import { BugSuggestions } from "@/components/bug-suggestions";
import { buildBugReport } from "@/lib/bugs/bug-report";
import { bugUrl } from "@/lib/bugs/bug-url";
import { bugzillaUrl } from "@/lib/bugs/config";
import { bugReportInput } from "@/lib/bugs/report-input";
import { bugSuggestions } from "@/lib/queries/bug-suggestions";
import { loadBuild } from "../load-build";

type Props = PageProps<"/builds/[id]/bug">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { build } = await loadBuild((await params).id, "/bug");
  return { title: `File a bug: ${build.atom}` };
}

export default async function FileBugPage({ params }: Props) {
  const { build, canTriage } = await loadBuild((await params).id, "/bug");
  const [input, suggestions] = await Promise.all([
    bugReportInput(build),
    bugSuggestions({ ...build, title: build.title || build.atom }),
  ]);
  const report = buildBugReport(input);
  const blocked = input.trackers.filter((tracker) => report.blocks.includes(tracker.bugNumber));
  return (
    <>
      <p>
        <Link href={`/builds/${build.id}`}>← {build.atom}</Link>
      </p>
      <h1>File a bug</h1>
      <BugSuggestions suggestions={suggestions} />
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
      <BugForm report={report} bugzillaUrl={bugzillaUrl()} />
      <BugAttachments build={build} />
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
