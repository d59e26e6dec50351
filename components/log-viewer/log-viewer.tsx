// The log viewer, as pages embed it: this server part reads and highlights the
// blocks around the line the viewer opens at, so they arrive in the page HTML;
// the client part (log-viewer-client.tsx) fetches the rest as the user scrolls.
import { highlightedWindow } from "@/lib/files/highlighted-window";
import { resolveLineSource } from "@/lib/files/resolve-source";
import { LogViewerClient } from "./log-viewer-client";
import type { ErrorLineMark, PhaseSection, ViewerLine } from "./types";
import { initialWindowRange } from "./window-blocks";

export interface LogViewerProps {
  fileId: number;
  lineCount: number;
  /** Where the viewer opens when the URL has no #L hash (the primary error). */
  initialLine?: number | null;
  /** Marked in the gutter and walked by next/previous error. */
  errorLines?: ErrorLineMark[];
  /** Phase sections of a build log (Build.analysis.sections), foldable. */
  sections?: PhaseSection[];
  fileName: string;
  /** Show this member of an archive file instead of the file itself. */
  member?: string;
  /** A build id: the toolbar offers "This is the error" for one selected line (maintainers). */
  correctPrimaryFor?: number;
}

export async function LogViewer(props: LogViewerProps) {
  const initialLine = props.initialLine ?? null;
  const initialLines = await serverWindow(props.fileId, props.member, initialLine ?? 1, props.lineCount);
  return (
    <LogViewerClient
      // A new file or member is a new viewer: its caches, search and selection must not carry over.
      key={`${props.fileId}:${props.member ?? ""}`}
      fileId={props.fileId}
      lineCount={props.lineCount}
      initialLine={initialLine}
      errorLines={props.errorLines ?? []}
      sections={props.sections ?? []}
      fileName={props.fileName}
      member={props.member}
      initialLines={initialLines}
      rawHref={props.member === undefined ? `/api/v1/files/${props.fileId}/raw` : null}
      correctPrimaryFor={props.correctPrimaryFor}
    />
  );
}

async function serverWindow(
  fileId: number,
  member: string | undefined,
  line: number,
  lineCount: number,
): Promise<ViewerLine[]> {
  if (lineCount < 1) return [];
  const resolved = await resolveLineSource(String(fileId), member);
  if (!resolved.ok) return [];
  const range = initialWindowRange(line, lineCount);
  const window = await highlightedWindow(resolved.source, range.from, range.to, resolved.language);
  return window.lines;
}
