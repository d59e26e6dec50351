// Triage on the failure page: the state's history for everyone, the controls
// for maintainers (the actions check the role again on the server).
import Link from "next/link";
import { unlinkBugAction } from "@/app/(dashboard)/builds/[id]/actions";
import type { BuildDetail } from "@/lib/queries/builds";
import { BugLinkForm } from "./bug-link-form";
import { RelativeTime } from "./relative-time";
import { TriageForm } from "./triage-form";

export function BuildTriagePanel({ build, canTriage }: { build: BuildDetail; canTriage: boolean }) {
  return (
    <section className="triage-panel" data-testid="triage-panel">
      <h2>Triage</h2>
      {build.status === "failed" && (
        <p>
          <Link href={`/builds/${build.id}/bug`} className="button" data-testid="file-bug-link">
            File a bug
          </Link>
        </p>
      )}
      {canTriage && (
        <>
          <TriageForm buildId={build.id} state={build.triageState} version={build.triageVersion} />
          {build.bugLinks.map((bug) => (
            <form key={bug.id} action={unlinkBugAction} className="inline-form">
              <input type="hidden" name="buildId" value={build.id} />
              <input type="hidden" name="bugNumber" value={bug.bugNumber} />
              <span>
                bug {bug.bugNumber}{" "}
                <span className="muted">linked by {bug.createdBy?.email ?? "someone"}</span>
              </span>
              <button type="submit">Remove</button>
            </form>
          ))}
          <BugLinkForm
            buildId={build.id}
            summary={build.title}
            hasFine={build.fineSignatureId !== null}
            hasCoarse={build.coarseSignatureId !== null}
          />
        </>
      )}
      {build.triageEvents.length > 0 && (
        <ul className="triage-history">
          {build.triageEvents.map((event) => (
            <li key={event.id}>
              <RelativeTime iso={event.createdAt.toISOString()} /> {event.user?.email ?? "someone"}:{" "}
              {event.fromState ?? "?"} → <strong>{event.toState}</strong>
              {event.note && <span className="muted"> {event.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
