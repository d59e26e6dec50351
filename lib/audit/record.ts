// The audit trail: every write (triage, bug links, roles, tokens, uploads) adds
// one AuditEvent with who (a user or an upload token), what and when. Callers
// pass their transaction client so the event commits or rolls back with the
// change it describes.
import type { Prisma, PrismaClient } from "../db";

/** A Prisma transaction client or the db client itself. */
export type AuditClient = Prisma.TransactionClient | PrismaClient;

export interface AuditEntry {
  userId: number | null;
  tokenId?: number | null;
  /** Dotted verb, e.g. "triage.set", "bug.link", "user.role", "token.create", "upload". */
  action: string;
  /** What was acted on, e.g. "build:42" or "user:7". */
  target: string;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: AuditClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      userId: entry.userId,
      tokenId: entry.tokenId ?? null,
      action: entry.action,
      target: entry.target,
      details: entry.details,
    },
  });
}
