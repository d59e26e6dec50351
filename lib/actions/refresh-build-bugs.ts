// "Refresh bug status" on a failure page: syncs this failure's linked bugs now
// (same lock and auto-fixed rule as the scheduled sync), for a maintainer.
import { z } from "zod";
import type { SessionUser } from "../auth/access";
import { type SyncReport, syncBugStatus } from "../bugzilla/sync-status";
import { db } from "../db";
import { FORBIDDEN, isMaintainer } from "./action-result";

const buildIdSchema = z.coerce.number().int().positive();

export async function refreshBuildBugs(
  user: SessionUser | null,
  rawBuildId: unknown,
  sync: (bugNumbers: number[]) => Promise<SyncReport> = (bugNumbers) => syncBugStatus(undefined, bugNumbers),
): Promise<{ ok: boolean; message: string }> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const buildId = buildIdSchema.safeParse(rawBuildId);
  if (!buildId.success) return { ok: false, message: "no such failure" };
  const links = await db.bugLink.findMany({ where: { buildId: buildId.data }, select: { bugNumber: true } });
  if (links.length === 0) return { ok: false, message: "no bug is linked to this failure" };
  const report = await sync(links.map((link) => link.bugNumber));
  if (report.skipped) return { ok: false, message: "a bug status sync is running; try again in a minute" };
  if (report.errors.length > 0) return { ok: false, message: report.errors.join("; ") };
  const fixed = report.autoFixed > 0 ? ` ${report.autoFixed} failure(s) marked fixed.` : "";
  return { ok: true, message: `Bug status refreshed (${report.updated} of ${report.bugs}).${fixed}` };
}
