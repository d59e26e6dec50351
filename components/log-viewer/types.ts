// Shapes shared by the log viewer's server wrapper, client part and the lines route.
export interface ErrorLineMark {
  line: number;
  text: string;
  /** A continuation line (pytest `E` block, compiler note): marked, but n/p skip it. */
  continuation?: boolean;
}

export interface PhaseSection {
  phase: string;
  startLine: number;
  endLine: number;
}

export interface ViewerLine {
  n: number;
  /** shiki-produced HTML for the line (text escaped by shiki's serialiser). */
  html: string;
}

export interface LineRange {
  from: number;
  to: number;
}
