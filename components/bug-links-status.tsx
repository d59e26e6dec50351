// The failure page's one list of linked bugs: each with its Bugzilla state
// (open, RESOLVED FIXED, other resolution) from the last sync, who linked it,
// and for maintainers a Remove button and "Refresh bug status" that syncs
// these bugs now.
import { unlinkBugAction } from "@/app/(dashboard)/builds/[id]/actions";
import { refreshBugStatusAction } from "@/app/(dashboard)/builds/[id]/bug/actions";
import { bugUrl } from "@/lib/bugs/bug-url";
import { bugzillaStatuses } from "@/lib/queries/bug-status";
import type { BuildDetail } from "@/lib/queries/builds";
import { BugActionButton } from "./bug-action-button";
import { BugStatus } from "./bug-status";
import { RelativeTime } from "./relative-time";

export async function BugLinksStatus({ build, canTriage }: { build: BuildDetail; canTriage: boolean }) {
  if (build.bugLinks.length === 0) return null;
  const statuses = await bugzillaStatuses(build.bugLinks.map((link) => link.bugNumber));
  const checked = [...statuses.values()].map((row) => row.checkedAt.getTime());
  return (
    <section data-testid="bug-links">
      <h2>Bugs</h2>
      <ul>
        {build.bugLinks.map((link) => {
          const bug = statuses.get(link.bugNumber);
          return (
            <li key={link.id} data-testid="bug-link-row">
              <a href={link.url || bugUrl(link.bugNumber)}>bug {link.bugNumber}</a>{" "}
              <BugStatus status={bug?.status} resolution={bug?.resolution} />{" "}
              <span className="title">{link.summary}</span>{" "}
              <span className="muted">linked by {link.createdBy?.email ?? "someone"}</span>
              {canTriage && (
                <form action={unlinkBugAction} className="inline-form">
                  <input type="hidden" name="buildId" value={build.id} />
                  <input type="hidden" name="bugNumber" value={link.bugNumber} />
                  <button type="submit" aria-label={`Remove bug ${link.bugNumber}`}>
                    Remove
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted">
        {checked.length > 0 ? (
          <>
            Status from Bugzilla, checked <RelativeTime iso={new Date(Math.min(...checked)).toISOString()} />.
          </>
        ) : (
          "Status not synced from Bugzilla yet."
        )}
      </p>
      {canTriage && (
        <BugActionButton
          action={refreshBugStatusAction}
          fields={{ buildId: build.id }}
          label="Refresh bug status"
          testId="refresh-bug-status"
        />
      )}
    </section>
  );
}
