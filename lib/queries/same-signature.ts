// Other failures with the same signature: the same problem in this package
// (fine signature) and the same problem across packages (coarse signature).
import { db } from "../db";

export const SAME_SIGNATURE_LIMIT = 20;

const relatedSelect = {
  id: true,
  atom: true,
  title: true,
  triageState: true,
  finishedAt: true,
  packageId: true,
  tinderbox: { select: { name: true } },
  bugLinks: { select: { bugNumber: true, url: true } },
} as const;

export interface SignatureAnchor {
  id: number;
  packageId: number;
  fineSignatureId: number | null;
  coarseSignatureId: number | null;
}

export async function sameSignatureFailures(build: SignatureAnchor) {
  const newestFirst = [
    { finishedAt: { sort: "desc" as const, nulls: "last" as const } },
    { id: "desc" as const },
  ];
  const [samePackage, acrossPackages] = await Promise.all([
    build.fineSignatureId === null
      ? []
      : db.build.findMany({
          where: { fineSignatureId: build.fineSignatureId, id: { not: build.id } },
          select: relatedSelect,
          orderBy: newestFirst,
          take: SAME_SIGNATURE_LIMIT,
        }),
    build.coarseSignatureId === null
      ? []
      : db.build.findMany({
          where: { coarseSignatureId: build.coarseSignatureId, packageId: { not: build.packageId } },
          select: relatedSelect,
          orderBy: newestFirst,
          // Several failures per package are common; over-fetch, then keep each package's newest.
          take: SAME_SIGNATURE_LIMIT * 5,
        }),
  ]);
  return { samePackage, acrossPackages: newestPerPackage(acrossPackages).slice(0, SAME_SIGNATURE_LIMIT) };
}

export type SameSignature = Awaited<ReturnType<typeof sameSignatureFailures>>;
export type RelatedFailure = SameSignature["samePackage"][number];

function newestPerPackage<T extends { packageId: number }>(rows: T[]): T[] {
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.packageId) && seen.add(row.packageId));
}
