"use client";
// In-log search: the server scans the whole file and returns the true totals
// plus matching line numbers a page at a time; the client only walks them.
import { useCallback, useRef, useState } from "react";

export interface SearchState {
  query: string;
  status: "idle" | "loading" | "done" | "error";
  totalMatches: number;
  totalLines: number;
  /** Matching line numbers fetched so far, in order from line 1. */
  matchLines: number[];
  /** Index into matchLines of the current match, -1 before the first jump. */
  current: number;
}

interface SearchPage {
  totalMatches: number;
  totalLines: number;
  lines: number[];
}

const IDLE: SearchState = {
  query: "",
  status: "idle",
  totalMatches: 0,
  totalLines: 0,
  matchLines: [],
  current: -1,
};

export function useLogSearch(fileId: number, member: string | undefined, onMatch: (line: number) => void) {
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef(state);
  latest.current = state;

  const fetchPage = useCallback(
    async (query: string, from: number): Promise<SearchPage> => {
      const params = new URLSearchParams({ q: query, from: String(from) });
      if (member !== undefined) params.set("member", member);
      const response = await fetch(`/api/v1/files/${fileId}/search?${params}`);
      if (!response.ok) throw new Error(`search: HTTP ${response.status}`);
      return (await response.json()) as SearchPage;
    },
    [fileId, member],
  );

  const run = useCallback(
    async (query: string) => {
      if (query.trim() === "") return setState(IDLE);
      setState({ ...IDLE, query, status: "loading" });
      try {
        const page = await fetchPage(query, 1);
        const first = page.lines.length > 0 ? 0 : -1;
        setState({ query, status: "done", ...page, matchLines: page.lines, current: first });
        if (first === 0) onMatch(page.lines[0]);
      } catch {
        setState({ ...IDLE, query, status: "error" });
      }
    },
    [fetchPage, onMatch],
  );

  const step = useCallback(
    async (direction: 1 | -1) => {
      const s = latest.current;
      if (s.status !== "done" || s.matchLines.length === 0) return;
      let lines = s.matchLines;
      let next = s.current + direction;
      const allLoaded = lines.length >= s.totalLines;
      if (next >= lines.length && !allLoaded) {
        const page = await fetchPage(s.query, lines[lines.length - 1] + 1);
        lines = [...lines, ...page.lines];
      }
      if (next >= lines.length) next = allLoaded ? 0 : lines.length - 1;
      if (next < 0) next = allLoaded ? lines.length - 1 : 0;
      setState({ ...latest.current, matchLines: lines, current: next });
      onMatch(lines[next]);
    },
    [fetchPage, onMatch],
  );

  return { search: state, runSearch: run, nextMatch: () => step(1), previousMatch: () => step(-1) };
}
