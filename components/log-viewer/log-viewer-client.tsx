"use client";
// The log viewer's client part: a virtual list of `lineCount` fixed-height rows
// (or, with wrap on, a page of wrapped lines), filled with server-highlighted
// blocks of lines as the viewport moves. The page renders the first blocks
// around the primary error on the server, so first paint needs no request.
// It fills the viewport under a sticky toolbar and answers the keys of
// viewer-keys.ts ("?" lists them).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatCount } from "../format-count";
import { copyRange } from "./copy-range";
import { KeysDialog } from "./keys-dialog";
import { LogRows } from "./log-rows";
import "./log-viewer.css";
import { scrollSpace } from "./scroll-space";
import { SectionsBar } from "./sections-bar";
import type { ErrorLineMark, LineRange, PhaseSection, ViewerLine } from "./types";
import { useErrorNavigation } from "./use-error-navigation";
import { useLineCache } from "./use-line-cache";
import { useLineHash } from "./use-line-hash";
import { useLogSearch } from "./use-log-search";
import { useSections } from "./use-sections";
import { revealViewer, useViewerKeys } from "./use-viewer-keys";
import { DEFAULT_VIEWPORT_HEIGHT, useViewport } from "./use-viewport";
import { useVisibleLines } from "./use-visible-lines";
import { viewerActions } from "./viewer-actions";
import { ViewerToolbar } from "./viewer-toolbar";
import { staticLines } from "./window-blocks";
import { WrappedLines } from "./wrapped-lines";

export interface LogViewerClientProps {
  fileId: number;
  lineCount: number;
  initialLine: number | null;
  errorLines: ErrorLineMark[];
  sections: PhaseSection[];
  fileName: string;
  member?: string;
  initialLines: ViewerLine[];
  rawHref: string | null;
  correctPrimaryFor?: number;
}

/** Narrower than this, long lines wrap from the start (phones): a 390 px screen shows ~45 characters. */
const NARROW_SCREEN = "(max-width: 699.98px)";

export function LogViewerClient(props: LogViewerClientProps) {
  const { fileId, lineCount, member } = props;
  const scroller = useRef<HTMLElement>(null);
  const section = useRef<HTMLElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const keysDialog = useRef<HTMLDialogElement>(null);
  const [mounted, setMounted] = useState(false);
  const [wrap, setWrap] = useState(false);
  const [focusLine, setFocusLine] = useState<number | null>(props.initialLine);
  const [copyStatus, setCopyStatus] = useState("");
  const cache = useLineCache(fileId, member, lineCount, props.initialLines);
  const folds = useSections(props.sections, lineCount);
  const { rows } = folds;
  // The scale only depends on the row count; the real viewport height would rescale on every resize.
  const space = useMemo(() => scrollSpace(rows.rowCount, DEFAULT_VIEWPORT_HEIGHT), [rows.rowCount]);
  const viewport = useViewport(scroller, rows, space);
  const { scrollToLine } = viewport;
  const { reveal } = folds;

  const goToLine = useCallback(
    (line: number) => {
      reveal(line);
      setFocusLine(line);
      scrollToLine(line);
    },
    [reveal, scrollToLine],
  );
  const onRange = useCallback(
    (range: LineRange | null, byLink: boolean) => {
      const target = range?.from ?? props.initialLine;
      if (byLink) revealViewer(section.current);
      if (target) goToLine(target);
    },
    [goToLine, props.initialLine],
  );
  const { selection, onNumberClick } = useLineHash(lineCount, onRange);
  const { search, runSearch, nextMatch, previousMatch } = useLogSearch(fileId, member, goToLine);
  const errors = useErrorNavigation(props.errorLines, focusLine, goToLine);
  useEffect(() => {
    setMounted(true);
    if (window.matchMedia(NARROW_SCREEN).matches) setWrap(true);
  }, []);

  const visible = useVisibleLines(space, viewport, rows, cache.ensure, wrap);
  const matchLines = useMemo(() => new Set(search.matchLines), [search.matchLines]);
  const marks = {
    selection,
    focusLine,
    errorLines: errors.errorSet,
    matchLines,
    currentMatch: search.current >= 0 ? search.matchLines[search.current] : null,
    query: search.status === "done" && search.totalMatches > 0 ? search.query : null,
  };
  const rowProps = {
    htmlOf: cache.htmlOf,
    marks,
    sectionStarts: folds.sectionStarts,
    collapsed: folds.collapsed,
    onToggleSection: folds.toggle,
    onNumberClick,
  };
  const onCopy = () => {
    if (!selection) return;
    copyRange(fileId, member, selection).then(setCopyStatus, (err: Error) =>
      setCopyStatus(`copy failed: ${err.message}`),
    );
  };

  const linesLabel = `Lines of ${props.fileName}`;
  const toggleWrap = () => {
    // Back from wrap mode, the virtual list returns to the line in focus.
    if (wrap) scrollToLine(focusLine ?? visible.firstLine);
    setWrap(!wrap);
  };
  const actions = viewerActions({
    section,
    searchInput,
    keysDialog,
    lineCount,
    goToLine,
    stepError: errors.step,
    stepMatch: (direction) => void (direction === 1 ? nextMatch() : previousMatch()),
    toggleWrap,
  });
  useViewerKeys({ viewer: section, searchInput }, (action) => actions[action]());

  return (
    <section
      ref={section}
      className="log-viewer"
      data-testid="log-viewer"
      aria-label={`${props.fileName}, ${formatCount(lineCount, "line")}`}
    >
      <ViewerToolbar
        errorCount={errors.count}
        errorPosition={errors.position}
        onError={errors.step}
        search={search}
        onSearch={runSearch}
        onMatch={(direction) => void (direction === 1 ? nextMatch() : previousMatch())}
        wrap={wrap}
        onToggleWrap={toggleWrap}
        selection={selection}
        onCopy={onCopy}
        copyStatus={copyStatus}
        rawHref={props.rawHref}
        correctPrimaryFor={props.correctPrimaryFor}
        searchInput={searchInput}
        onShowKeys={actions.help}
      />
      <KeysDialog dialog={keysDialog} />
      <SectionsBar
        sections={props.sections}
        collapsed={folds.collapsed}
        onJump={goToLine}
        onToggle={folds.toggle}
        onAll={folds.setAll}
      />
      {cache.failed && <p className="lv-failed">Some lines could not be loaded; scroll again to retry.</p>}
      {wrap && (
        <WrappedLines
          lineCount={lineCount}
          aroundLine={focusLine ?? visible.firstLine}
          cache={cache}
          rowProps={rowProps}
          label={linesLabel}
        />
      )}
      {/* Kept mounted in wrap mode (hidden) so its scroll listeners and position survive. */}
      <section
        className="lv-scroller"
        ref={scroller}
        data-testid={wrap ? undefined : "log-scroller"}
        hidden={wrap}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must take focus to scroll by keyboard (WCAG 2.1.1); the keys also know they are in the viewer.
        tabIndex={0}
        aria-label={linesLabel}
      >
        {mounted ? (
          <div className="lv-spacer" style={{ height: space.spacerHeight }}>
            <div className="lv-rows" style={{ top: visible.top }}>
              <LogRows lines={visible.lines} {...rowProps} />
            </div>
          </div>
        ) : (
          <div className="lv-rows lv-static">
            <LogRows lines={staticLines(props.initialLines, props.initialLine)} {...rowProps} />
          </div>
        )}
      </section>
    </section>
  );
}
