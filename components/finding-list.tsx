// Error lines, QA notices and failed tests. Entries in the build log jump to the
// viewer on this page (#L<n>); entries in an attachment open its file page.
// Continuation lines (pytest `E` blocks, compiler notes) fold under their error,
// and a failed test seen in several logs is one row listing each place
// (lib/queries/finding-groups.ts). The tables are components/lists/finding-table.tsx;
// places are resolved here, where the build's files are.
import {
  type FailedTestRow,
  FailedTestTable,
  type FindingGroupRow,
  FindingGroupTable,
  type FindingPlace,
} from "@/components/lists/finding-table";
import type { BuildDetail } from "@/lib/queries/builds";
import { type FindingGroup, groupFindings } from "@/lib/queries/finding-groups";
import { formatCount } from "./format-count";

type Finding = BuildDetail["findings"][number];

interface Place {
  buildLogId: number | null;
  fileName: Map<number, string>;
}

function placeOf(finding: Finding, place: Place): FindingPlace {
  if (!finding.fileId || !finding.lineNumber) return { kind: "none", text: finding.testName ?? "" };
  if (finding.fileId === place.buildLogId) return { kind: "log", line: finding.lineNumber };
  const fileName = place.fileName.get(finding.fileId) ?? "file";
  return { kind: "file", fileId: finding.fileId, fileName, line: finding.lineNumber };
}

function groupRow({ head, continuations, isPrimary }: FindingGroup<Finding>, place: Place): FindingGroupRow {
  const markable = head.fileId === place.buildLogId && !head.isPrimary;
  return {
    id: head.id.toString(),
    place: placeOf(head, place),
    text: head.text,
    ruleId: head.ruleId,
    isPrimary,
    continuations: continuations.map((line) => ({
      id: line.id.toString(),
      place: placeOf(line, place),
      text: line.text,
    })),
    markLine: markable && head.lineNumber ? head.lineNumber : null,
  };
}

export function FindingList({
  findings,
  files,
  buildLogId,
  correctFor = null,
}: {
  findings: BuildDetail["findings"];
  files: BuildDetail["files"];
  buildLogId: number | null;
  /** The build id, when the viewer may mark an error line as the primary one (a maintainer). */
  correctFor?: number | null;
}) {
  const place: Place = { buildLogId, fileName: new Map(files.map((f) => [f.id, f.name])) };
  const grouped = groupFindings(findings, buildLogId);
  const tests: FailedTestRow[] = grouped.test.map((entry) => ({
    name: entry.name,
    sources: entry.sources.map((source) => ({ id: source.id.toString(), place: placeOf(source, place) })),
    ruleId: entry.sources[0].ruleId,
    isPrimary: entry.isPrimary,
  }));
  return (
    <>
      <GroupSection
        kind="error"
        heading="Error lines"
        groups={grouped.error}
        place={place}
        correctFor={correctFor}
      />
      <GroupSection kind="qa" heading="QA notices" groups={grouped.qa} place={place} correctFor={null} />
      {tests.length > 0 && (
        <section data-testid="findings-test">
          <h2>
            Failed tests <span className="muted">({formatCount(tests.length, "test")})</span>
          </h2>
          <FailedTestTable rows={tests} />
        </section>
      )}
    </>
  );
}

function GroupSection({
  kind,
  heading,
  groups,
  place,
  correctFor,
}: {
  kind: "error" | "qa";
  heading: string;
  groups: FindingGroup<Finding>[];
  place: Place;
  correctFor: number | null;
}) {
  if (groups.length === 0) return null;
  const lineCount = groups.reduce((sum, g) => sum + 1 + g.continuations.length, 0);
  return (
    <section data-testid={`findings-${kind}`}>
      <h2>
        {heading}{" "}
        <span className="muted">
          ({formatCount(groups.length, kind === "error" ? "error" : "notice")}
          {lineCount > groups.length && `, ${formatCount(lineCount, "line")}`})
        </span>
      </h2>
      <FindingGroupTable
        rows={groups.map((group) => groupRow(group, place))}
        correctFor={correctFor}
        label={heading}
      />
    </section>
  );
}
