// "File blockers": one draft per package still to fix on the tracker, for a
// maintainer to file in one click (or, without a stored Bugzilla key, one
// prefilled enter_bug.cgi link per package).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/access";
import { bugUrl } from "@/lib/bugs/bug-url";
import { bugzillaUrl } from "@/lib/bugs/config";
import { enterBugUrl } from "@/lib/bugs/enter-bug-url";
import { apiKeySetAt } from "@/lib/bugzilla/user-key";
import { blockerDrafts, blockerPlan, MAX_BLOCKERS_PER_CLICK } from "@/lib/trackers/blocker-drafts";
import { BlockersForm, type DraftRow } from "./blockers-form";
import { LinkedPackages } from "./linked-packages";

export const metadata: Metadata = { title: "File blockers" };

export default async function FileBlockersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole("maintainer", `/trackers/${id}/blockers`);
  const plan = await blockerPlan(Number(id));
  if (!plan.ok && plan.reason === "not_found") notFound();
  if (!plan.ok) return <p className="action-error">{plan.message}</p>;
  const [drafts, keySetAt] = await Promise.all([blockerDrafts(plan), apiKeySetAt(user.id)]);
  const { tracker } = plan;
  const rows: DraftRow[] = drafts.map((draft) => ({
    buildId: draft.buildId,
    atom: draft.atom,
    openFailures: draft.openFailureIds.length,
    summary: draft.report.summary,
    assignee: draft.report.assignee,
    blocks: draft.report.blocks,
    enterBugUrl: enterBugUrl(bugzillaUrl(), draft.report),
  }));
  const later = plan.candidates.length - drafts.length;
  return (
    <>
      <p>
        <Link href={`/trackers/${tracker.id}`}>← tracker {tracker.bugNumber}</Link>
      </p>
      <h1>
        File blockers of <a href={bugUrl(tracker.bugNumber)}>bug {tracker.bugNumber}</a>: {tracker.title}
      </h1>
      <p className="muted">
        One bug per package still to fix, drafted from its newest open failure as its bug page would draft it,
        blocking bug {tracker.bugNumber}. Each filed bug is recorded on the package&apos;s open failures on
        this tracker, so a package is never filed twice. At most {MAX_BLOCKERS_PER_CLICK} bugs per click
        {later > 0 ? `; ${later} more package(s) are drafted once these are filed` : ""}.
      </p>
      {!keySetAt && (
        <p className="muted" data-testid="blockers-no-key">
          Store your Bugzilla API key on <Link href="/account">your account page</Link> to file these in one
          click; until then each draft opens prefilled in Bugzilla.
        </p>
      )}
      <BlockersForm trackerId={tracker.id} drafts={rows} canFile={keySetAt !== null} />
      <LinkedPackages packages={plan.linked} />
    </>
  );
}
