"use client";
// The rendered rows: line number (a permalink), a section toggle on a phase's
// first line, and the shiki HTML of the line once its block has arrived.
import type { MouseEvent } from "react";
import { formatCount } from "../format-count";
import { MarkedLineText } from "./marked-line";
import type { LineRange, PhaseSection } from "./types";

export interface RowMarks {
  selection: LineRange | null;
  focusLine: number | null;
  errorLines: ReadonlySet<number>;
  matchLines: ReadonlySet<number>;
  currentMatch: number | null;
  /** The search whose matches are marked inside matching lines; null without one. */
  query: string | null;
}

export interface LogRowsProps {
  lines: number[];
  htmlOf(line: number): string | undefined;
  marks: RowMarks;
  sectionStarts: ReadonlyMap<number, { index: number; section: PhaseSection }>;
  collapsed: ReadonlySet<number>;
  onToggleSection(index: number): void;
  onNumberClick(event: MouseEvent<HTMLAnchorElement>, line: number): void;
}

export function LogRows(props: LogRowsProps) {
  return (
    <>
      {props.lines.map((line) => (
        <LogRow key={line} line={line} {...props} />
      ))}
    </>
  );
}

function LogRow({
  line,
  htmlOf,
  marks,
  sectionStarts,
  collapsed,
  onToggleSection,
  onNumberClick,
}: LogRowsProps & { line: number }) {
  const html = htmlOf(line);
  const start = sectionStarts.get(line);
  return (
    <div className={rowClass(line, marks)} data-line={line}>
      <a className="lv-num" href={`#L${line}`} onClick={(event) => onNumberClick(event, line)}>
        {line}
      </a>
      {start ? (
        <button
          type="button"
          className="lv-fold"
          aria-expanded={!collapsed.has(start.index)}
          title={`${collapsed.has(start.index) ? "Expand" : "Collapse"} the ${start.section.phase} phase`}
          onClick={() => onToggleSection(start.index)}
        >
          {collapsed.has(start.index) ? "▸" : "▾"}
        </button>
      ) : (
        <span className="lv-fold" />
      )}
      {html === undefined ? (
        <span className="lv-text lv-pending" />
      ) : marks.query && marks.matchLines.has(line) ? (
        <MarkedLineText html={html} query={marks.query} />
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: shiki-produced HTML only (lib/highlight/highlighter.ts); shiki's serialiser escapes the log text.
        <span className="lv-text" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      {start && collapsed.has(start.index) && (
        <span className="lv-folded">
          {" "}
          … {formatCount(start.section.endLine - start.section.startLine, "line")} of {start.section.phase}
        </span>
      )}
    </div>
  );
}

function rowClass(line: number, marks: RowMarks): string {
  const classes = ["lv-row"];
  const { selection } = marks;
  if (selection && line >= selection.from && line <= selection.to) classes.push("lv-selected");
  if (marks.errorLines.has(line)) classes.push("lv-error");
  if (marks.matchLines.has(line)) classes.push("lv-match");
  if (marks.currentMatch === line) classes.push("lv-current-match");
  if (marks.focusLine === line) classes.push("lv-focus");
  return classes.join(" ");
}
