// "File N bugs" on a tracker's blocker page: files the selected packages'
// drafts one by one through one-click filing (file-bug.ts: the user's API key,
// attachments, the link on the failure), then links the bug to the package's
// other open failures on the tracker. The plan is recomputed here, never taken
// from the form, so a package that got a bug since the page was drawn (or in
// an earlier, half-failed click) is skipped: a retry never files it twice. One
// click per tracker at a time (an advisory lock), so two maintainers clicking
// together cannot both file a package.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/access";
import { bugzillaRestUrl } from "../bugzilla/config";
import { userApiKey } from "../bugzilla/user-key";
import { db } from "../db";
import { withJobLock } from "../jobs/job-lock";
import {
  type BlockerCandidate,
  type BlockerDraft,
  blockerDraft,
  blockerPlan,
  MAX_BLOCKERS_PER_CLICK,
} from "../trackers/blocker-drafts";
import { FORBIDDEN, invalid, isMaintainer } from "./action-result";
import { linkBug } from "./bug-links";
import { fileBug } from "./file-bug";

export const fileBlockersInputSchema = z.object({
  trackerId: z.coerce.number().int().positive(),
  buildIds: z
    .array(z.coerce.number().int().positive())
    .min(1, "select at least one package")
    .max(MAX_BLOCKERS_PER_CLICK, `at most ${MAX_BLOCKERS_PER_CLICK} bugs per click`),
});

export interface BlockerOutcome {
  buildId: number;
  atom: string;
  status: "filed" | "skipped" | "failed" | "not_tried";
  bugNumber?: number;
  message: string;
}

export type FileBlockersResult =
  | { ok: true; filed: number; outcomes: BlockerOutcome[]; message: string }
  | { ok: false; code: string; message: string };

/** Filing codes that will fail the same way for every package: stop at the first. */
const STOP_CODES = new Set(["unauthorized", "no_key", "unreadable", "forbidden"]);

/** Session advisory-lock keys per tracker, above the 32-bit job keys of JOB_LOCK_KEYS ("FB" << 32). */
const lockKey = (trackerId: number) => 0x4642 * 2 ** 32 + trackerId;

export async function fileBlockers(
  user: SessionUser | null,
  input: unknown,
  /** Tests point it at their Bugzilla; the server uses BUGZILLA_REST_URL. */
  baseUrl: string = bugzillaRestUrl(),
): Promise<FileBlockersResult> {
  if (!isMaintainer(user)) return FORBIDDEN;
  const parsed = fileBlockersInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { trackerId, buildIds } = parsed.data;
  const key = await userApiKey(user.id);
  if (!key.ok) return { ok: false, code: key.code, message: key.message };
  const result = await withJobLock(lockKey(trackerId), () =>
    fileSelected(user, trackerId, [...new Set(buildIds)], baseUrl),
  );
  return (
    result ?? {
      ok: false,
      code: "conflict",
      message: "blockers of this tracker are being filed by someone else right now; reload in a moment",
    }
  );
}

async function fileSelected(
  user: SessionUser,
  trackerId: number,
  buildIds: number[],
  baseUrl: string,
): Promise<FileBlockersResult> {
  const plan = await blockerPlan(trackerId);
  if (!plan.ok) return { ok: false, code: plan.reason, message: plan.message };
  const outcomes: BlockerOutcome[] = [];
  const atoms = await atomsOf(buildIds);
  // Two selected failures of one package: the plan predates this click's first bug for it.
  const filedPackages = new Set<number>();
  let stopped: string | null = null;
  for (const buildId of buildIds) {
    const candidate = plan.candidates.find((c) => c.openFailureIds.includes(buildId));
    if (!candidate || filedPackages.has(candidate.packageId)) {
      outcomes.push(notCandidate(buildId, atoms.get(buildId) ?? null));
      continue;
    }
    if (stopped) {
      outcomes.push({ buildId, atom: candidate.atom, status: "not_tried", message: stopped });
      continue;
    }
    const draft = await blockerDraft(plan.tracker, { ...candidate, buildId });
    const outcome = draft ? await fileOne(user, draft, baseUrl) : failed(candidate, "the failure is gone");
    if (outcome.status === "failed" && outcome.stop) stopped = `not tried: ${outcome.message}`;
    if (outcome.status === "filed") filedPackages.add(candidate.packageId);
    outcomes.push(outcome);
  }
  const filed = outcomes.filter((o) => o.status === "filed").length;
  await recordAudit(db, {
    userId: user.id,
    action: "tracker.blockers",
    target: `tracker:${trackerId}`,
    details: { requested: buildIds.length, filed, bugs: outcomes.flatMap((o) => o.bugNumber ?? []) },
  });
  return { ok: true, filed, outcomes, message: summary(outcomes) };
}

/** cat/pn of each selected build, in one query (skipped rows name their package). */
async function atomsOf(buildIds: number[]): Promise<Map<number, string>> {
  const builds = await db.build.findMany({
    where: { id: { in: buildIds } },
    select: { id: true, package: { select: { category: true, name: true } } },
  });
  return new Map(builds.map((build) => [build.id, `${build.package.category}/${build.package.name}`]));
}

function notCandidate(buildId: number, atom: string | null): BlockerOutcome {
  return {
    buildId,
    atom: atom ?? `build ${buildId}`,
    status: "skipped",
    message: "already has a bug, is fixed, or is not on this tracker",
  };
}

function failed(candidate: BlockerCandidate, message: string, stop = false) {
  return { buildId: candidate.buildId, atom: candidate.atom, status: "failed" as const, message, stop };
}

async function fileOne(
  user: SessionUser,
  draft: BlockerDraft,
  baseUrl: string,
): Promise<BlockerOutcome & { stop?: boolean }> {
  const { report } = draft;
  const result = await fileBug(
    user,
    {
      buildId: draft.buildId,
      summary: report.summary,
      assignee: report.assignee,
      cc: report.cc.join(","),
      keywords: report.keywords.join(","),
      blocks: report.blocks.join(","),
      description: report.description,
      fileIds: draft.fileIds,
    },
    baseUrl,
  );
  if (!result.ok) return failed(draft, result.message, STOP_CODES.has(result.code));
  for (const other of draft.openFailureIds.filter((id) => id !== draft.buildId))
    await linkBug(user, { buildId: other, bugNumber: result.bugNumber, summary: report.summary });
  return {
    buildId: draft.buildId,
    atom: draft.atom,
    status: "filed",
    bugNumber: result.bugNumber,
    message: result.message,
  };
}

function summary(outcomes: BlockerOutcome[]): string {
  const count = (status: BlockerOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const parts = [`Filed ${count("filed")} bug(s)`];
  if (count("skipped") > 0) parts.push(`skipped ${count("skipped")}`);
  if (count("failed") > 0) parts.push(`${count("failed")} failed`);
  if (count("not_tried") > 0) parts.push(`${count("not_tried")} not tried`);
  return `${parts.join(", ")}.`;
}
