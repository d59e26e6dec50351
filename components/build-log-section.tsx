// The build log, embedded with the log viewer and opened at the primary error.
// n/p stop once per error: continuation lines (lib/queries/finding-groups.ts)
// are marked but skipped.
import { z } from "zod";
import type { BuildDetail } from "@/lib/queries/builds";
import { groupFindings } from "@/lib/queries/finding-groups";
import { LogViewer } from "./log-viewer/log-viewer";

const sectionsSchema = z.object({
  sections: z.array(z.object({ phase: z.string(), startLine: z.number(), endLine: z.number() })).catch([]),
});

type BuildLog = BuildDetail["files"][number];

export function BuildLogSection({
  build,
  log,
  canCorrect = false,
}: {
  build: BuildDetail;
  log: BuildLog;
  /** A maintainer: the toolbar offers "This is the error" for a selected line. */
  canCorrect?: boolean;
}) {
  const inLog = build.findings.filter((f) => f.fileId === log.id && f.lineNumber !== null);
  const errorLines = groupFindings(inLog, log.id).error.flatMap((group) => [
    { line: group.head.lineNumber ?? 0, text: group.head.text },
    ...group.continuations.map((f) => ({ line: f.lineNumber ?? 0, text: f.text, continuation: true })),
  ]);
  return (
    <section data-testid="build-log" aria-labelledby="build-log-heading" className="build-log">
      <h2 id="build-log-heading" className="build-log-heading">
        Build log <span className="muted mono">{log.name}</span>
      </h2>
      <LogViewer
        fileId={log.id}
        lineCount={Number(log.lineCount ?? 0)}
        initialLine={build.primaryLine}
        errorLines={errorLines}
        sections={analysisSections(build.analysis)}
        fileName={log.name}
        correctPrimaryFor={canCorrect && build.status === "failed" ? build.id : undefined}
      />
    </section>
  );
}

/** Build.analysis is JSON written by ingest; read it defensively. */
function analysisSections(analysis: unknown) {
  const parsed = sectionsSchema.safeParse(analysis);
  return parsed.success ? parsed.data.sections : [];
}
