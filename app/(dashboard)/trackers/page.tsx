import type { Metadata } from "next";
import { BugTrackerForm } from "@/components/bug-tracker-form";
import { TrackerTable } from "@/components/lists/tracker-table";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { bugUrl } from "@/lib/bugs/bug-url";
import { listTrackers } from "@/lib/queries/trackers";
import { myPackagesOnTrackers } from "@/lib/trackers/my-packages";
import { MyPackages } from "./my-packages";

export const metadata: Metadata = { title: "Tracker bugs" };

export default async function TrackersPage() {
  const user = await requirePageRead("/trackers");
  const trackers = await listTrackers();
  const canEdit = hasRole(user, "maintainer");
  const mine = user ? await myPackagesOnTrackers(user.email) : null;
  return (
    <>
      <h1>Tracker bugs</h1>
      <p className="muted">
        A failure an active tracker&apos;s rule picks gets &quot;blocks&quot; that tracker when its bug is
        filed. Rules are RE2 regular expressions or plain substrings matched on the title and error lines
        ignoring case, failure-list searches (a query string such as{" "}
        <span className="mono">category=dev-libs&amp;q=undeclared</span>) or diagnostics queries (such as{" "}
        <span className="mono">flag=-Wimplicit-function-declaration</span>). Each tracker&apos;s page shows
        its burndown.
      </p>
      {mine && <MyPackages trackers={mine} />}
      <TrackerTable
        rows={trackers.map((tracker) => ({
          id: tracker.id,
          bugNumber: tracker.bugNumber,
          bugHref: bugUrl(tracker.bugNumber),
          title: tracker.title,
          matchType: tracker.matchType,
          pattern: tracker.pattern,
          active: tracker.active,
        }))}
      />
      {canEdit && (
        <div data-testid="tracker-editor">
          <h2>Add a tracker</h2>
          <BugTrackerForm />
          <h2>Edit trackers ({trackers.length})</h2>
          {trackers.map((tracker) => (
            <BugTrackerForm key={tracker.id} tracker={{ ...tracker, version: tracker.updatedAt.getTime() }} />
          ))}
        </div>
      )}
    </>
  );
}
