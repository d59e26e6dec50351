// The audit trail: every write (triage, bug links, roles, tokens, uploads) adds
// one AuditEvent with who (a user or an upload token), what and when. Callers
// pass their transaction client so the event commits or rolls back with the
// change it describes.
import type { Prisma, PrismaClient } from "../db";
import type { Sql } from "../sql/executor";

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

/** recordAudit for writers on plain SQL (the upload's result transaction). */
export async function recordAuditSql(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO "AuditEvent" ("userId", "tokenId", "action", "target", "details", "createdAt")
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamp)`,
    [
      entry.userId,
      entry.tokenId ?? null,
      entry.action,
      entry.target,
      entry.details === undefined ? null : JSON.stringify(entry.details),
      // UTC text: the column has no time zone (as Prisma writes it).
      new Date().toISOString(),
    ],
  );
}

/** Many entries in one statement: a bulk action audits each build it touched. */
export async function recordAudits(tx: AuditClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      userId: entry.userId,
      tokenId: entry.tokenId ?? null,
      action: entry.action,
      target: entry.target,
      details: entry.details,
    })),
  });
}
