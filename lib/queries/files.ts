// One attached file (or the build log) as the file page and the viewer routes
// see it: what it is, where its bytes are, what the analysis found in it, and,
// for an archive, its recorded members.
import { z } from "zod";
import { db } from "../db";

export interface PhaseSectionRow {
  phase: string;
  startLine: number;
  endLine: number;
}

/** The bytes behind a file id, for the lines/search/members routes. */
export async function getFileContent(id: number) {
  return db.file.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      role: true,
      blobSha256: true,
      lineCount: true,
      size: true,
      purgedAt: true,
    },
  });
}

export type FileContent = NonNullable<Awaited<ReturnType<typeof getFileContent>>>;

/** Everything the file page shows around the viewer. */
export async function getFileView(id: number) {
  const file = await db.file.findUnique({
    where: { id },
    include: {
      build: { select: { id: true, atom: true, title: true, primaryLine: true, analysis: true } },
      findings: {
        orderBy: [{ lineNumber: "asc" }],
        select: { kind: true, lineNumber: true, text: true, isPrimary: true, testName: true, ruleId: true },
        take: 2000,
      },
      _count: { select: { members: true } },
    },
  });
  if (!file) return null;
  const { analysis, ...build } = file.build;
  return { ...file, build, sections: sectionsFor(analysis, file.name) };
}

export type FileView = NonNullable<Awaited<ReturnType<typeof getFileView>>>;

const analysisSections = z.object({
  buildLog: z.string().optional(),
  sections: z.array(z.object({ phase: z.string(), startLine: z.number(), endLine: z.number() })),
});

/** The phase sections of the analysed build log; other files have none. */
function sectionsFor(analysis: unknown, fileName: string): PhaseSectionRow[] {
  const parsed = analysisSections.safeParse(analysis);
  if (!parsed.success || parsed.data.buildLog !== fileName) return [];
  return parsed.data.sections;
}

export async function listArchiveMembers(fileId: number, take = 5000) {
  const rows = await db.archiveMember.findMany({
    where: { fileId },
    orderBy: { position: "asc" },
    take,
    select: { position: true, path: true, type: true, size: true, linkName: true },
  });
  return rows.map((row) => ({ ...row, size: Number(row.size) }));
}

export type ArchiveMemberRow = Awaited<ReturnType<typeof listArchiveMembers>>[number];

export async function getArchiveMember(fileId: number, path: string) {
  const row = await db.archiveMember.findFirst({
    where: { fileId, path },
    select: { position: true, path: true, type: true, size: true, linkName: true },
  });
  return row ? { ...row, size: Number(row.size) } : null;
}
