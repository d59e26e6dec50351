// The failure list's filters on what the analysis and the Bugzilla sync decided:
// the missing cause, the infrastructure reason and the linked bugs' status.
// Each is an index probe: Build(causeId, finishedAt), Build(infraReason, finishedAt),
// BugLink(buildId, bugNumber) then BugzillaBug's primary key.
import { INFRA_REASONS } from "../analysis/types";
import { Prisma } from "../db";

/** `only` / `exclude` infrastructure failures, or only one infra reason. */
export const INFRA_CHOICES = ["only", "exclude", ...INFRA_REASONS] as const;
/** Through BugLink.bugNumber -> BugzillaBug: open (no resolution), FIXED, another resolution, or no bug linked. */
export const BUG_STATUSES = ["open", "fixed", "resolved-other", "none"] as const;

// A build matches a status when any of its linked bugs has it; a linked bug the sync has
// not described yet (no BugzillaBug row) matches none of open/fixed/resolved-other.
function bugStatusCondition(status: (typeof BUG_STATUSES)[number]): Prisma.Sql {
  if (status === "none") return Prisma.sql`NOT EXISTS (SELECT 1 FROM "BugLink" bl WHERE bl."buildId" = b.id)`;
  const resolution =
    status === "open"
      ? Prisma.sql`bz.resolution = ''`
      : status === "fixed"
        ? Prisma.sql`bz.resolution = 'FIXED'`
        : Prisma.sql`bz.resolution NOT IN ('', 'FIXED')`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "BugLink" bl JOIN "BugzillaBug" bz ON bz."bugNumber" = bl."bugNumber"
    WHERE bl."buildId" = b.id AND ${resolution})`;
}

function infraCondition(infra: (typeof INFRA_CHOICES)[number]): Prisma.Sql {
  if (infra === "only") return Prisma.sql`b."infraReason" IS NOT NULL`;
  if (infra === "exclude") return Prisma.sql`b."infraReason" IS NULL`;
  return Prisma.sql`b."infraReason" = ${infra}`;
}

/** `cause=12` or `cause=pkg-config:libpcre`; the Cause row is found first so Build(causeId, ...) serves the list. */
function causeCondition(cause: string): Prisma.Sql {
  if (/^\d{1,9}$/.test(cause)) return Prisma.sql`b."causeId" = ${Number(cause)}`;
  const split = cause.indexOf(":");
  if (split <= 0) return Prisma.sql`FALSE`;
  const [type, name] = [cause.slice(0, split), cause.slice(split + 1)];
  return Prisma.sql`b."causeId" = (SELECT id FROM "Cause" WHERE type = ${type} AND name = ${name})`;
}

/** The cause, infra and bug-status filters as conditions on `"Build" b`. */
export function analysisConditions(filters: AnalysisFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.cause) parts.push(causeCondition(filters.cause));
  if (filters.infra) parts.push(infraCondition(filters.infra));
  if (filters.bugStatus) parts.push(bugStatusCondition(filters.bugStatus));
  return parts;
}

interface AnalysisFilters {
  cause?: string;
  infra?: (typeof INFRA_CHOICES)[number];
  bugStatus?: (typeof BUG_STATUSES)[number];
}
