// Triage on the failure page: the state's history for everyone, the controls
// for maintainers (the actions check the role again on the server). Linked bugs
// are listed once, with status and Remove, in the Bugs section (bug-links-status.tsx).
import Link from "next/link";
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
