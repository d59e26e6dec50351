"use client";
// The phases of a build log (computed server-side from the whole log, never
// from the rendered slice: gitlab#338705): jump to one, or fold it away.
import type { PhaseSection } from "./types";

export function SectionsBar(props: {
  sections: PhaseSection[];
  collapsed: ReadonlySet<number>;
  onJump(line: number): void;
  onToggle(index: number): void;
  onAll(collapse: boolean): void;
}) {
  if (props.sections.length === 0) return null;
  return (
    <div className="lv-sections" data-testid="log-sections">
      <span className="muted">Phases:</span>
      {props.sections.map((section, index) => (
        <span key={`${section.phase}-${section.startLine}`} className="lv-chip">
          <button
            type="button"
            className="lv-chip-fold"
            onClick={() => props.onToggle(index)}
            aria-label={`fold ${section.phase}`}
          >
            {props.collapsed.has(index) ? "▸" : "▾"}
          </button>
          <button type="button" className="lv-chip-jump" onClick={() => props.onJump(section.startLine)}>
            {section.phase}
          </button>
        </span>
      ))}
      <button type="button" onClick={() => props.onAll(true)}>
        fold all
      </button>
      <button type="button" onClick={() => props.onAll(false)}>
        unfold all
      </button>
    </div>
  );
}
