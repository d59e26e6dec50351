// "File blockers": one bug draft per package still to fix on a tracker, built
// by the bug page's own builder (lib/bugs/bug-report.ts) from the package's
// newest open failure, with the tracker's bug under "blocks". A package whose
// open failures already carry a linked bug is listed as such and gets no draft,
// so a retry never files the same package twice.
import { attachedByDefault, orderedAttachments } from "@/lib/bugs/attachment-order";
import { type BugReport, buildBugReport } from "@/lib/bugs/bug-report";
import { db, Prisma } from "@/lib/db";
import { bugReportInput } from "@/lib/queries/bug-report-input";
import { getBuild } from "@/lib/queries/builds";
import { isRuleFailure, matchesWithFix, withBudget } from "./burndown";
import { type OpenPackage, trackerDetail } from "./tracker-detail";

/** Bugs one click may file: each is a Bugzilla POST plus attachments, all on the user's key. */
export const MAX_BLOCKERS_PER_CLICK = 50;

type Tracker = NonNullable<Awaited<ReturnType<typeof db.tracker.findUnique>>>;

export interface BlockerCandidate {
  packageId: number;
  atom: string;
  /** The failure the draft is built from (the package's newest open failure). */
  buildId: number;
  /** Every open failure of the package this tracker matches: the filed bug is linked to each. */
  openFailureIds: number[];
}

export interface BlockerDraft extends BlockerCandidate {
  report: BugReport;
  /** emerge-info.txt and the build log, as the bug page ticks them. */
  fileIds: number[];
}

export interface LinkedPackage {
  atom: string;
  bugNumber: number;
  bugUrl: string | null;
}

export interface BlockerPlan {
  tracker: Tracker;
  /** Packages still to fix with no linked bug, newest-failure order of the tracker page. */
  candidates: BlockerCandidate[];
  linked: LinkedPackage[];
}

export type BlockerPlanResult =
  | ({ ok: true } & BlockerPlan)
  | { ok: false; reason: "not_found" | "too_slow"; message: string };

export async function blockerPlan(trackerId: number): Promise<BlockerPlanResult> {
  const tracker =
    Number.isSafeInteger(trackerId) && trackerId > 0
      ? await db.tracker.findUnique({ where: { id: trackerId } })
      : null;
  if (!tracker) return { ok: false, reason: "not_found", message: `no tracker ${trackerId}` };
  try {
    const { open } = await trackerDetail(tracker);
    const unfiled = open.filter((pkg) => pkg.bugNumber === null);
    const failures = await openFailuresByPackage(
      tracker,
      unfiled.map((pkg) => pkg.packageId),
    );
    return {
      ok: true,
      tracker,
      candidates: unfiled.map((pkg) => candidateOf(pkg, failures.get(pkg.packageId) ?? [])),
      linked: open.flatMap((pkg) =>
        pkg.bugNumber === null ? [] : [{ atom: pkg.atom, bugNumber: pkg.bugNumber, bugUrl: pkg.bugUrl }],
      ),
    };
  } catch (err) {
    if (!isRuleFailure(err)) throw err;
    return {
      ok: false,
      reason: "too_slow",
      message: "this rule could not be evaluated (too slow, or a regex PostgreSQL refuses); make it narrower",
    };
  }
}

function candidateOf(pkg: OpenPackage, openFailureIds: number[]): BlockerCandidate {
  return {
    packageId: pkg.packageId,
    atom: pkg.atom,
    buildId: pkg.newestBuildId,
    openFailureIds: openFailureIds.length > 0 ? openFailureIds : [pkg.newestBuildId],
  };
}

async function openFailuresByPackage(tracker: Tracker, packageIds: number[]): Promise<Map<number, number[]>> {
  if (packageIds.length === 0) return new Map();
  const rows = await withBudget(
    (tx) => tx.$queryRaw<Array<{ packageId: number; ids: number[] }>>`
    SELECT m."packageId", array_agg(m.id ORDER BY m."finishedAt" DESC, m.id DESC) AS ids
    FROM (${matchesWithFix(tracker)}) m
    WHERE m."fixedAt" IS NULL AND m."packageId" IN (${Prisma.join(packageIds)})
    GROUP BY m."packageId"`,
  );
  return new Map(rows.map((row) => [row.packageId, row.ids]));
}

/** The bug page's draft for the candidate's failure, blocking the tracker whatever the other rules say. */
export async function blockerDraft(
  tracker: Tracker,
  candidate: BlockerCandidate,
): Promise<BlockerDraft | null> {
  const build = await getBuild(candidate.buildId);
  if (!build) return null;
  const report = buildBugReport(await bugReportInput(build));
  const blocks = report.blocks.includes(tracker.bugNumber)
    ? report.blocks
    : [...report.blocks, tracker.bugNumber];
  const fileIds = orderedAttachments(build.files)
    .filter((file) => file.purgedAt === null && attachedByDefault(file))
    .map((file) => file.id);
  return { ...candidate, report: { ...report, blocks }, fileIds };
}

/** Drafts for the first `limit` candidates (one click's worth). */
export async function blockerDrafts(
  plan: BlockerPlan,
  limit = MAX_BLOCKERS_PER_CLICK,
): Promise<BlockerDraft[]> {
  const drafts: BlockerDraft[] = [];
  for (const candidate of plan.candidates.slice(0, limit)) {
    const draft = await blockerDraft(plan.tracker, candidate);
    if (draft) drafts.push(draft);
  }
  return drafts;
}
