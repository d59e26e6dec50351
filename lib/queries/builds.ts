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
      bugLinks: { orderBy: { createdAt: "asc" }, include: { createdBy: { select: { email: true } } } },
      triageEvents: {
        orderBy: { createdAt: "desc" },
        take: 20,
        include: { user: { select: { email: true } } },
      },
      fineSignature: true,
      coarseSignature: true,
      cause: true,
    },
  });
}

export type BuildDetail = NonNullable<Awaited<ReturnType<typeof getBuild>>>;

const fileSummarySelect = {
  purgedAt: true,
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

/** The files of a build in the order the attachment bundle streams them from. */
export async function bundleFiles(buildId: number) {
  const build = await db.build.findUnique({
    where: { id: buildId },
    select: {
      id: true,
      atom: true,
      files: { where: { purgedAt: null }, select: { id: true, name: true, size: true, blobSha256: true } },
    },
  });
  return build && { ...build, files: build.files.map((file) => ({ ...file, size: Number(file.size) })) };
}

/** metadata.xml maintainers of another package (a collision partner), in assignee order. */
export async function packageMaintainers(category: string, name: string) {
  const pkg = await db.package.findUnique({
    where: { category_name: { category, name } },
    select: { maintainers: { orderBy: { position: "asc" }, select: { email: true } } },
  });
  return pkg?.maintainers ?? [];
}

/** Is there a build with this id? One index probe, for a route's 404 before it streams. */
export async function buildExists(id: number): Promise<boolean> {
  return (await db.build.count({ where: { id } })) > 0;
}
