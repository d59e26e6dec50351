// The build log, embedded with the log viewer and opened at the primary error.
import { z } from "zod";
import type { BuildDetail } from "@/lib/queries/builds";
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
  const errorLines = build.findings
    .filter((finding) => finding.kind === "error" && finding.fileId === log.id && finding.lineNumber !== null)
    .map((finding) => ({ line: finding.lineNumber ?? 0, text: finding.text }));
  return (
    <section data-testid="build-log">
      <h2>Build log</h2>
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
