// One diagnostic's builds under the search's build filters, newest first, each
// with its first occurrence's line in context and a link to that line: the
// build page's log (`/builds/<id>#L<n>`) or the attached file's viewer
// (`/files/<id>#L<n>`). Counts are bounded like the failure list's.
import { db, Prisma } from "../db";
import type { DiagnosticKind } from "../diagnostics/types";
import { readLineWindow } from "../storage/line-window";
import { withBudget } from "./diagnostics";
import { type DiagnosticQuery, diagnosticBuildWhere, occurrenceWhere } from "./diagnostics-filters";
import { boundedCount } from "./failures";
import type { ListEnvelope } from "./list-envelope";

/** Lines shown above and below the diagnostic's line. */
const CONTEXT_LINES = 2;
/** A context line longer than this is cut (it is read from an untrusted log). */
const CONTEXT_LINE_BYTES = 2_000;

export interface DiagnosticDetail {
  id: number;
  kind: DiagnosticKind;
  flag: string;
  text: string;
  example: string;
}

export interface DiagnosticBuildRow {
  buildId: number;
  atom: string;
  status: string;
  tinderbox: string;
  finishedAt: string | null;
  /** The file the first occurrence is in; null for the build log. */
  fileId: number | null;
  fileName: string | null;
  line: number;
  phase: string | null;
  /** Occurrences in this build. */
  occurrences: number;
  href: string;
  context: { firstLine: number; lines: string[] } | null;
  /** Files of this build whose diagnostics hit the per-file cap: counts here may be short. */
  diagnosticsCapped: { file: string | null; found: number; kept: number }[];
}

export interface DiagnosticBuildList extends ListEnvelope<DiagnosticBuildRow> {
  totalExact: boolean;
}

export async function getDiagnostic(id: number): Promise<DiagnosticDetail | null> {
  const row = await db.diagnostic.findUnique({
    where: { id },
    select: { id: true, kind: true, flag: true, text: true, example: true },
  });
  return row;
}

interface RawBuild {
  buildId: number;
  atom: string;
  status: string;
  tinderbox: string;
  finishedAt: Date | null;
  fileId: number | null;
  fileName: string | null;
  blob: string | null;
  line: number;
  phase: string | null;
  occurrences: number;
  diagnosticsCapped: DiagnosticBuildRow["diagnosticsCapped"] | null;
}

export async function listDiagnosticBuilds(
  diagnosticId: number,
  query: DiagnosticQuery,
  context: { myEmails?: readonly string[] } = {},
): Promise<DiagnosticBuildList> {
  const printed = Prisma.sql`EXISTS (SELECT 1 FROM "DiagnosticOccurrence" o
    WHERE o."diagnosticId" = ${diagnosticId} AND o."buildId" = b.id AND ${occurrenceWhere(query)})`;
  const where = Prisma.sql`${diagnosticBuildWhere(query, context.myEmails)} AND ${printed}`;
  const [raws, counted] = await Promise.all([
    withBudget(
      (tx) => tx.$queryRaw<RawBuild[]>`
      WITH page AS (
        SELECT b.id, row_number() OVER () AS position FROM (
          SELECT b.id FROM "Build" b WHERE ${where}
          ORDER BY b."finishedAt" DESC NULLS LAST, b.id DESC
          LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}) b)
      SELECT b.id AS "buildId", b.atom, b.status::text AS status, t.name AS tinderbox, b."finishedAt",
             first."fileId", f.name AS "fileName",
             COALESCE(f."blobSha256", log."blobSha256") AS blob, first.line, first.phase, first.occurrences,
             b.analysis->'diagnostics'->'capped' AS "diagnosticsCapped"
      FROM page JOIN "Build" b ON b.id = page.id
      JOIN "Tinderbox" t ON t.id = b."tinderboxId"
      JOIN LATERAL (SELECT o."fileId", o.line, o.phase, count(*) OVER ()::int AS occurrences
                    FROM "DiagnosticOccurrence" o
                    WHERE o."diagnosticId" = ${diagnosticId} AND o."buildId" = b.id AND ${occurrenceWhere(query)}
                    ORDER BY o."fileId" NULLS FIRST, o.line LIMIT 1) first ON TRUE
      LEFT JOIN "File" f ON f.id = first."fileId"
      LEFT JOIN LATERAL (SELECT lf."blobSha256" FROM "File" lf WHERE lf."buildId" = b.id
                         AND (lf.name = b.analysis->>'buildLog' OR lf.role = 'build-log')
                         ORDER BY (lf.name = b.analysis->>'buildLog') DESC NULLS LAST, lf.id LIMIT 1) log ON TRUE
      ORDER BY page.position`,
    ),
    boundedCount(where),
  ]);
  const rows = await Promise.all(raws.map(withContext));
  return {
    rows,
    total: counted.count,
    totalExact: counted.exact,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function withContext(raw: RawBuild): Promise<DiagnosticBuildRow> {
  const { blob, finishedAt, diagnosticsCapped, ...rest } = raw;
  const from = Math.max(1, raw.line - CONTEXT_LINES);
  const window = blob ? await readLineWindow(blob, from, raw.line + CONTEXT_LINES, CONTEXT_LINE_BYTES) : null;
  const href =
    raw.fileId === null ? `/builds/${raw.buildId}#L${raw.line}` : `/files/${raw.fileId}#L${raw.line}`;
  return {
    ...rest,
    finishedAt: finishedAt?.toISOString() ?? null,
    diagnosticsCapped: diagnosticsCapped ?? [],
    href,
    context: window && window.lines.length > 0 ? { firstLine: window.firstLine, lines: window.lines } : null,
  };
}

export interface BuildDiagnosticRow {
  id: number;
  kind: DiagnosticKind;
  flag: string;
  text: string;
  occurrences: number;
  /** The first occurrence, as a link to its line. */
  href: string;
}

export interface BuildDiagnostics {
  rows: BuildDiagnosticRow[];
  distinct: number;
  occurrences: number;
  /** Files whose occurrences hit the per-file cap (Build.analysis.diagnostics). */
  capped: { file: string | null; found: number; kept: number }[];
}

/** One build's diagnostics, most frequent first (the build page's section). */
export async function buildDiagnostics(buildId: number, limit = 20): Promise<BuildDiagnostics> {
  const [rows, [summary]] = await Promise.all([
    db.$queryRaw<
      Array<Omit<BuildDiagnosticRow, "href"> & { fileId: number | null; line: number; distinct: number }>
    >`
      SELECT d.id, d.kind::text AS kind, d.flag, d.text, g.occurrences, g."fileId", g.line,
             (count(*) OVER ())::int AS distinct
      FROM (SELECT o."diagnosticId", count(*)::int AS occurrences,
                   (array_agg(o."fileId" ORDER BY o."fileId" NULLS FIRST, o.line))[1] AS "fileId",
                   (array_agg(o.line ORDER BY o."fileId" NULLS FIRST, o.line))[1] AS line
            FROM "DiagnosticOccurrence" o WHERE o."buildId" = ${buildId} GROUP BY o."diagnosticId") g
      JOIN "Diagnostic" d ON d.id = g."diagnosticId"
      ORDER BY g.occurrences DESC, d.id LIMIT ${limit}`,
    db.$queryRaw<Array<{ summary: BuildDiagnostics | null }>>`
      SELECT "analysis"->'diagnostics' AS summary FROM "Build" WHERE id = ${buildId}`,
  ]);
  return {
    rows: rows.map(({ fileId, line, distinct: _distinct, ...row }) => ({
      ...row,
      href: fileId === null ? `/builds/${buildId}#L${line}` : `/files/${fileId}#L${line}`,
    })),
    distinct: rows[0]?.distinct ?? 0,
    occurrences: summary?.summary?.occurrences ?? 0,
    capped: summary?.summary?.capped ?? [],
  };
}
