// The failure list's read side, shared by /failures and GET /api/v1/failures.
import { z } from "zod";
import { db } from "../db";
import { type ListEnvelope, pagingSchema } from "./list-envelope";

export const failureListQuerySchema = pagingSchema.extend({
  status: z.enum(["failed", "succeeded", "all"]).catch("failed").default("failed"),
});

export type FailureListQuery = z.infer<typeof failureListQuerySchema>;

export interface FailureRow {
  id: number;
  atom: string;
  status: "failed" | "succeeded";
  phase: string | null;
  kind: string;
  title: string;
  primaryText: string | null;
  tinderbox: string;
  profile: string;
  finishedAt: string | null;
  createdAt: string;
  triageState: string;
}

export async function listFailures(query: FailureListQuery): Promise<ListEnvelope<FailureRow>> {
  const where = query.status === "all" ? {} : { status: query.status };
  const [rows, total] = await Promise.all([
    db.build.findMany({
      where,
      // When it was built, not when it was uploaded: an import of old logs must not jump ahead.
      orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { tinderbox: { select: { name: true } } },
    }),
    db.build.count({ where }),
  ]);
  return {
    rows: rows.map((b) => ({
      id: b.id,
      atom: b.atom,
      status: b.status,
      phase: b.phase,
      kind: b.kind,
      title: b.title,
      primaryText: b.primaryText,
      tinderbox: b.tinderbox.name,
      profile: b.profile,
      finishedAt: b.finishedAt?.toISOString() ?? null,
      createdAt: b.createdAt.toISOString(),
      triageState: b.triageState,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
