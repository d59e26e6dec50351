// Retention policies: what each tinderbox keeps (RetentionPolicy). A tinderbox's
// own policy replaces the default one (tinderboxId null) as a whole; a null
// number of days keeps forever; no policy at all keeps everything.
import { z } from "zod";
import { db } from "@/lib/db";

export interface RetentionPolicyValues {
  /** Files of failed builds, days after upload (null: forever). */
  failureFileDays: number | null;
  /** Files of successful builds. */
  successFileDays: number | null;
  /** Archives (role archive) larger than archiveMinBytes. */
  archiveDays: number | null;
  archiveMinBytes: bigint | null;
}

export interface RetentionPolicyRow extends RetentionPolicyValues {
  id: number;
  tinderboxId: number | null;
  tinderboxName: string | null;
  updatedAt: Date;
}

const MAX_DAYS = 100 * 366;
/** A form field: empty means forever. */
const days = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.coerce.number().int().min(0).max(MAX_DAYS).nullable(),
);

/** The one schema for a policy edit (the admin form's fields). Archive sizes are in MiB. */
export const retentionPolicyInput = z.object({
  tinderboxId: z.preprocess(
    (value) => (value === "" || value === undefined || value === "default" ? null : value),
    z.coerce.number().int().positive().nullable(),
  ),
  failureFileDays: days,
  successFileDays: days,
  archiveDays: days,
  archiveMinMiB: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce
      .number()
      .min(0)
      .max(1024 * 1024)
      .nullable(),
  ),
});

export type RetentionPolicyInput = z.infer<typeof retentionPolicyInput>;

export function policyValues(input: RetentionPolicyInput): RetentionPolicyValues {
  return {
    failureFileDays: input.failureFileDays,
    successFileDays: input.successFileDays,
    archiveDays: input.archiveDays,
    archiveMinBytes:
      input.archiveMinMiB === null ? null : BigInt(Math.round(input.archiveMinMiB * 1024 * 1024)),
  };
}

/** The default policy first, then tinderboxes' own by name. */
export async function listRetentionPolicies(): Promise<RetentionPolicyRow[]> {
  const rows = await db.retentionPolicy.findMany({
    include: { tinderbox: { select: { name: true } } },
    orderBy: [{ id: "asc" }],
  });
  return rows
    .map(({ tinderbox, ...row }) => ({ ...row, tinderboxName: tinderbox?.name ?? null }))
    .sort((a, b) =>
      a.tinderboxId === null
        ? -1
        : b.tinderboxId === null
          ? 1
          : (a.tinderboxName ?? "").localeCompare(b.tinderboxName ?? ""),
    );
}

/**
 * Creates or replaces a policy. NULL never conflicts in a unique index, so the
 * default row is found by hand, under a transaction-level advisory lock so two
 * saves never create two defaults.
 */
export async function saveRetentionPolicy(
  tinderboxId: number | null,
  values: RetentionPolicyValues,
): Promise<void> {
  if (tinderboxId !== null) {
    await db.retentionPolicy.upsert({
      where: { tinderboxId },
      create: { tinderboxId, ...values },
      update: values,
    });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('retention-default-policy', 0))`;
    const current = await tx.retentionPolicy.findFirst({
      where: { tinderboxId: null },
      orderBy: { id: "asc" },
    });
    if (current) await tx.retentionPolicy.update({ where: { id: current.id }, data: values });
    else await tx.retentionPolicy.create({ data: { tinderboxId: null, ...values } });
  });
}

/** A tinderbox goes back to the default policy. */
export async function removeRetentionPolicy(tinderboxId: number): Promise<void> {
  await db.retentionPolicy.deleteMany({ where: { tinderboxId } });
}
