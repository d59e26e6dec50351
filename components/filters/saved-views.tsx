"use client";
// "My views" on the failure list: the signed-in user's saved filters as links,
// each deletable, and a small form that saves the current filters under a name.
import { useActionState } from "react";
import type { SavedViewState } from "@/app/(dashboard)/failures/view-actions";
import type { SavedViewRow } from "@/lib/queries/saved-views";

type Action = (previous: SavedViewState, formData: FormData) => Promise<SavedViewState>;

function DeleteView({ view, action }: { view: SavedViewRow; action: Action }) {
  const [, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={view.id} />
      <button
        type="submit"
        className="link-button"
        disabled={pending}
        aria-label={`Delete view ${view.name}`}
      >
        ×
      </button>
    </form>
  );
}

export function SavedViews({
  basePath,
  views,
  currentQuery,
  saveAction,
  deleteAction,
}: {
  basePath: string;
  views: SavedViewRow[];
  /** The list's filters now, as a query string. */
  currentQuery: string;
  saveAction: Action;
  deleteAction: Action;
}) {
  const [result, formAction, pending] = useActionState(saveAction, null);
  return (
    <section className="saved-views" aria-label="My views" data-testid="saved-views">
      <strong>My views:</strong>
      {views.length === 0 ? (
        <span className="muted small">none yet; filter the list, then save it here.</span>
      ) : (
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <a href={view.query ? `${basePath}?${view.query}` : basePath}>{view.name}</a>
              <DeleteView view={view} action={deleteAction} />
            </li>
          ))}
        </ul>
      )}
      <form action={formAction} className="admin-form inline">
        <input type="hidden" name="query" value={currentQuery} />
        <label>
          <span className="visually-hidden">Name of the view</span>
          <input name="name" required maxLength={80} placeholder="name this view" />
        </label>
        <button type="submit" disabled={pending}>
          Save view
        </button>
        {result && <output className={result.ok ? "form-ok" : "form-error"}>{result.message}</output>}
      </form>
    </section>
  );
}
