// One build (a failure or a success) with what its page shows.
import { db } from "../db";

export async function getBuild(id: number) {
  return db.build.findUnique({
    where: { id },
    include: {
      tinderbox: true,
      package: { include: { maintainers: { orderBy: { position: "asc" } } } },
      files: { orderBy: { id: "asc" }, select: fileSummarySelect },
      findings: { orderBy: [{ kind: "asc" }, { lineNumber: "asc" }], take: 500 },
      bugLinks: true,
      fineSignature: true,
      coarseSignature: true,
    },
  });
}

export type BuildDetail = NonNullable<Awaited<ReturnType<typeof getBuild>>>;

const fileSummarySelect = {
  id: true,
  name: true,
  role: true,
  mediaType: true,
  size: true,
  lineCount: true,
  blobSha256: true,
  uploadEncoding: true,
  _count: { select: { members: true } },
} as const;

export async function getFile(id: number) {
  return db.file.findUnique({ where: { id }, include: { build: { select: { id: true, atom: true } } } });
}
