"use client";
// The drafts, each ticked; "File N bugs" files the ticked ones and lists what
// happened to each. Every draft also opens prefilled in Bugzilla by hand.
import Link from "next/link";
import { useActionState, useState } from "react";
import { submitWithoutReset } from "@/components/submit-without-reset";
import { type FileBlockersState, fileBlockersAction } from "./actions";

export interface DraftRow {
  buildId: number;
  atom: string;
  openFailures: number;
  summary: string;
  assignee: string;
  blocks: number[];
  enterBugUrl: string;
}

export function BlockersForm({
  trackerId,
  drafts,
  canFile,
}: {
  trackerId: number;
  drafts: DraftRow[];
  canFile: boolean;
}) {
  const [state, dispatch, pending] = useActionState<FileBlockersState, FormData>(fileBlockersAction, null);
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const selected = drafts.filter((draft) => !unticked.has(draft.buildId)).length;
  const toggle = (buildId: number) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (!next.delete(buildId)) next.add(buildId);
      return next;
    });
  if (drafts.length === 0) return <p className="muted">No package on this tracker is waiting for a bug.</p>;
  return (
    <form onSubmit={submitWithoutReset(dispatch)} data-testid="blockers-form">
      <input type="hidden" name="trackerId" value={trackerId} />
      <ul>
        {drafts.map((draft) => (
          <li key={draft.buildId} data-testid="blocker-draft">
            {canFile ? (
              <label>
                <input
                  type="checkbox"
                  name="buildIds"
                  value={draft.buildId}
                  checked={!unticked.has(draft.buildId)}
                  onChange={() => toggle(draft.buildId)}
                />{" "}
                <strong>{draft.atom}</strong>
              </label>
            ) : (
              <strong>{draft.atom}</strong>
            )}
            <div className="mono small">{draft.summary}</div>
            <div className="small muted">
              From <Link href={`/builds/${draft.buildId}`}>failure {draft.buildId}</Link>
              {draft.openFailures > 1 ? ` (and ${draft.openFailures - 1} more open)` : ""} · Assignee{" "}
              {draft.assignee} · <span data-testid="blocker-blocks">Blocks: {draft.blocks.join(", ")}</span> ·{" "}
              <a href={draft.enterBugUrl}>Open in Bugzilla</a>
            </div>
          </li>
        ))}
      </ul>
      {canFile && (
        <p>
          <button type="submit" disabled={pending || selected === 0}>
            {pending ? "Filing…" : `File ${selected} ${selected === 1 ? "bug" : "bugs"}`}
          </button>
        </p>
      )}
      <FilingResult state={state} />
    </form>
  );
}

function FilingResult({ state }: { state: FileBlockersState }) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="status" className="action-error" data-testid="blockers-result">
        {state.message}
      </p>
    );
  return (
    <div role="status" data-testid="blockers-result">
      <p className={state.outcomes.some((o) => o.status === "failed") ? "action-error" : "action-ok"}>
        {state.message}
      </p>
      <ul>
        {state.outcomes.map((outcome) => (
          <li key={outcome.buildId} data-testid="blocker-outcome">
            {outcome.atom}: {outcome.status}
            {outcome.bugNumber ? ` (bug ${outcome.bugNumber})` : ""} — {outcome.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
