"use client";
// The viewer's controls: error navigation, search with its true count, wrap,
// copying the selected range, the raw download, the key list. Sticky on top of
// the viewer (log-viewer.css).
import { type FormEvent, type RefObject, useState } from "react";
import { formatCount, formatNumber } from "../format-count";
import { MarkPrimaryButton } from "../primary-correction-buttons";
import type { LineRange } from "./types";
import type { SearchState } from "./use-log-search";

export interface ViewerToolbarProps {
  errorCount: number;
  /** 1-based position of the focused error among all, or null. */
  errorPosition: number | null;
  onError(direction: 1 | -1): void;
  search: SearchState;
  onSearch(query: string): void;
  onMatch(direction: 1 | -1): void;
  wrap: boolean;
  onToggleWrap(): void;
  selection: LineRange | null;
  onCopy(): void;
  copyStatus: string;
  rawHref: string | null;
  /** A build id: "This is the error" for a single selected line (maintainers only). */
  correctPrimaryFor?: number;
  /** "/" and Ctrl+F focus it. */
  searchInput: RefObject<HTMLInputElement | null>;
  onShowKeys(): void;
}

export function ViewerToolbar(props: ViewerToolbarProps) {
  const selectedLine = singleLine(props.selection);
  return (
    <div className="lv-toolbar" data-testid="log-toolbar">
      <span className="lv-group">
        <button
          type="button"
          onClick={() => props.onError(-1)}
          disabled={props.errorCount === 0}
          aria-keyshortcuts="p"
        >
          ↑ Previous error
        </button>
        <button
          type="button"
          onClick={() => props.onError(1)}
          disabled={props.errorCount === 0}
          aria-keyshortcuts="n"
        >
          ↓ Next error
        </button>
        <span className="muted" data-testid="error-position">
          {props.errorCount === 0
            ? "no errors marked"
            : `${props.errorPosition === null ? "–" : formatNumber(props.errorPosition)} / ${formatCount(props.errorCount, "error")}`}
        </span>
      </span>
      <SearchBox {...props} />
      <span className="lv-group">
        <label>
          <input type="checkbox" checked={props.wrap} onChange={props.onToggleWrap} aria-keyshortcuts="w" />{" "}
          Wrap
        </label>
        <button type="button" onClick={props.onCopy} disabled={!props.selection}>
          {props.selection ? `Copy L${props.selection.from}–${props.selection.to}` : "Copy range"}
        </button>
        <span className="muted" aria-live="polite">
          {props.copyStatus}
        </span>
        {props.correctPrimaryFor !== undefined && selectedLine !== null && (
          <MarkPrimaryButton buildId={props.correctPrimaryFor} lineNumber={selectedLine} />
        )}
        {props.rawHref && (
          <a href={props.rawHref} download>
            Raw
          </a>
        )}
        <button type="button" onClick={props.onShowKeys} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
          Keys
        </button>
      </span>
    </div>
  );
}

function SearchBox({ search, onSearch, onMatch, searchInput }: ViewerToolbarProps) {
  const [query, setQuery] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query === search.query && search.status === "done") onMatch(1);
    else onSearch(query);
  };
  return (
    <search className="lv-group">
      <form className="lv-group" onSubmit={submit}>
        <input
          ref={searchInput}
          type="search"
          aria-keyshortcuts="/ Control+F"
          aria-label="Search the whole log"
          placeholder="Search the whole log"
          value={query}
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          onClick={() => onMatch(-1)}
          disabled={search.totalLines === 0}
          aria-label="Previous match"
          aria-keyshortcuts="Shift+Enter"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => onMatch(1)}
          disabled={search.totalLines === 0}
          aria-label="Next match"
          aria-keyshortcuts="Enter"
        >
          ↓
        </button>
        <span className="muted" data-testid="search-count" aria-live="polite">
          {searchSummary(search)}
        </span>
      </form>
    </search>
  );
}

function searchSummary(search: SearchState): string {
  if (search.status === "loading") return "searching the whole file…";
  if (search.status === "error") return "search failed";
  if (search.status !== "done") return "";
  if (search.totalMatches === 0) return "no matches";
  const position =
    search.current >= 0 ? `${formatNumber(search.current + 1)} / ${formatNumber(search.totalLines)} · ` : "";
  return `${position}${formatCount(search.totalMatches, "match", "matches")} on ${formatCount(search.totalLines, "line")}`;
}

function singleLine(selection: LineRange | null): number | null {
  return selection && selection.from === selection.to ? selection.from : null;
}
