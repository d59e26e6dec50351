"use client";
// A text filter with autocomplete from /api/v1/suggest: the browser's own
// <datalist> shows the values, so keyboard and screen-reader behaviour are the
// platform's. Requests are debounced and the previous one is aborted.
import { useEffect, useId, useRef, useState } from "react";

const DEBOUNCE_MS = 200;

interface Suggestion {
  value: string;
  label: string;
}

export function SuggestInput({
  field,
  name,
  label,
  defaultValue,
  placeholder,
}: {
  field: "package" | "category" | "maintainer";
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
}) {
  const listId = useId();
  const [text, setText] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    // For a comma list (categories), complete the last value.
    const term = text.split(",").at(-1)?.trim() ?? "";
    if (term.length < 2) return;
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      try {
        const response = await fetch(`/api/v1/suggest?field=${field}&q=${encodeURIComponent(term)}`, {
          signal: abort.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: Suggestion[] };
        const head = text.includes(",") ? `${text.slice(0, text.lastIndexOf(",") + 1)}` : "";
        setSuggestions(body.suggestions.map((s) => ({ ...s, value: head + s.value })));
      } catch {
        // Aborted or offline: the field still works as plain text.
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [field, text]);

  useEffect(() => () => controller.current?.abort(), []);

  return (
    <label>
      {label}
      <input
        name={name}
        defaultValue={defaultValue ?? ""}
        placeholder={placeholder}
        list={listId}
        autoComplete="off"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <datalist id={listId} data-testid={`suggest-${name}`}>
        {suggestions.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </datalist>
    </label>
  );
}
