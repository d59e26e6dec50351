// The audit log for admins: filter by action, user e-mail and date range;
// newest first, or sorted by one of the allow-listed keys below.
import { z } from "zod";
import { db, type Prisma } from "../db";
import { type ListEnvelope, pagingSchema } from "./list-envelope";

export const AUDIT_SORTS = ["when", "whenAsc", "action"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

// Every order ends on id, so pages never overlap when the first key ties.
const ORDER: Record<AuditSort, Prisma.AuditEventOrderByWithRelationInput[]> = {
  when: [{ id: "desc" }],
  whenAsc: [{ id: "asc" }],
  action: [{ action: "asc" }, { createdAt: "desc" }, { id: "desc" }],
};

export const auditQuerySchema = pagingSchema.extend({
  sort: z.enum(AUDIT_SORTS).catch("when").default("when"),
  action: z.string().trim().max(64).optional().catch(undefined),
  user: z.string().trim().max(254).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  target: string;
  actor: string;
  details: string;
}

function auditWhere(query: AuditQuery): Prisma.AuditEventWhereInput {
  return {
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.user ? { user: { email: { contains: query.user.toLowerCase() } } } : {}),
    ...(query.from || query.to ? { createdAt: { gte: query.from, lte: query.to } } : {}),
  };
}

export async function listAuditEvents(query: AuditQuery): Promise<ListEnvelope<AuditRow>> {
  const where = auditWhere(query);
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { user: { select: { email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      action: row.action,
      target: row.target,
      actor: row.user?.email ?? (row.tokenId ? `upload token #${row.tokenId}` : "system"),
      details: row.details === null ? "" : JSON.stringify(row.details),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Distinct actions for the filter's choices. */
export async function auditActions(): Promise<string[]> {
  const rows = await db.auditEvent.findMany({
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((row) => row.action);
}
