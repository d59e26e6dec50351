"use client";
// The grep form: pattern and mode; the builds are those the filter form above
// picks, passed in as its query string.
import { useActionState } from "react";
import { ActionMessage } from "@/components/build-action-message";
import { type StartGrepState, startGrepAction } from "./actions";

export function GrepForm({ filters, defaultPattern }: { filters: string; defaultPattern?: string }) {
  const [state, dispatch, pending] = useActionState<StartGrepState, FormData>(startGrepAction, null);
  return (
    <form action={dispatch} className="grep-form" data-testid="grep-form">
      <input type="hidden" name="filters" value={filters} />
      <label>
        Pattern{" "}
        <input
          name="pattern"
          required
          size={60}
          maxLength={1000}
          className="mono"
          defaultValue={defaultPattern}
          placeholder="-Wimplicit-function-declaration"
        />
      </label>{" "}
      <label>
        <input type="radio" name="mode" value="literal" defaultChecked /> literal
      </label>{" "}
      <label>
        <input type="radio" name="mode" value="regex" /> regular expression (RE2)
      </label>{" "}
      <button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Grep"}
      </button>{" "}
      <ActionMessage result={state} />
    </form>
  );
}
