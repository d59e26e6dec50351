import type { Metadata } from "next";
import { BugTrackerForm } from "@/components/bug-tracker-form";
import { hasRole, requirePageRead } from "@/lib/auth/access";
import { bugUrl } from "@/lib/bugs/bug-url";
import { listTrackers } from "@/lib/queries/trackers";

export const metadata: Metadata = { title: "Tracker bugs" };

export default async function TrackersPage() {
  const user = await requirePageRead("/trackers");
  const trackers = await listTrackers();
  const canEdit = hasRole(user, "maintainer");
  return (
    <>
      <h1>Tracker bugs</h1>
      <p className="muted">
        A failure whose title matches an active tracker&apos;s rule gets &quot;blocks&quot; that tracker when
        its bug is filed. Rules are JavaScript regular expressions or plain substrings, matched ignoring case.
      </p>
      {canEdit ? (
        <div data-testid="tracker-editor">
          <h2>Add a tracker</h2>
          <BugTrackerForm />
          <h2>Trackers ({trackers.length})</h2>
          {trackers.map((tracker) => (
            <BugTrackerForm key={tracker.id} tracker={{ ...tracker, version: tracker.updatedAt.getTime() }} />
          ))}
        </div>
      ) : (
        <table className="list" data-testid="tracker-table">
          <thead>
            <tr>
              <th>Bug</th>
              <th>Title</th>
              <th>Rule</th>
              <th>Active</th>
            </tr>
          </thead>
          <tbody>
            {trackers.map((tracker) => (
              <tr key={tracker.id}>
                <td>
                  <a href={bugUrl(tracker.bugNumber)}>{tracker.bugNumber}</a>
                </td>
                <td>{tracker.title}</td>
                <td className="mono">
                  <span className="muted">{tracker.matchType}:</span> {tracker.pattern}
                </td>
                <td>{tracker.active ? "yes" : "no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
