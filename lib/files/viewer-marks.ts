// Where a file opens and which lines the viewer marks, from the analysis'
// findings: the primary error first, else the first error or failed test.
import type { FileView } from "@/lib/queries/files";

export function viewerMarks(file: Pick<FileView, "findings">) {
  const located = file.findings.filter((f) => f.lineNumber !== null);
  const errorLines = located.map((f) => ({
    line: f.lineNumber ?? 0,
    text: f.testName ? `FAIL: ${f.testName}` : f.text,
  }));
  const primary = located.find((f) => f.isPrimary) ?? located.find((f) => f.kind !== "qa") ?? null;
  return { errorLines, initialLine: primary?.lineNumber ?? null };
}
