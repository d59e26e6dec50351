// Who corrected a failure's primary error, and when (lib/actions/primary-correction.ts).
import { db } from "../db";

export async function getPrimaryCorrection(buildId: number) {
  return db.primaryCorrection.findUnique({
    where: { buildId },
    select: {
      lineNumber: true,
      previousLine: true,
      createdAt: true,
      createdBy: { select: { email: true, name: true } },
    },
  });
}

export type PrimaryCorrectionInfo = NonNullable<Awaited<ReturnType<typeof getPrimaryCorrection>>>;
