// Gathers what the bug builder needs for one failure: the build, the lines
// around its primary error, its emerge --info, the active tracker rules, and
// for a file collision the other package's maintainers.
import { cleanLine } from "../analysis/lines";
import { readEnvFacts } from "../env-diff/read-env-files";
import { parseAtom } from "../gentoo/atom";
import type { BuildDetail } from "../queries/builds";
import { packageMaintainers } from "../queries/builds";
import { activeTrackerRules } from "../queries/trackers";
import { readLineWindow } from "../storage/line-window";
import type { BugReportInput } from "./bug-report";
import { publicBaseUrl } from "./config";

/**
 * toralf's `issue` file has 6 lines before the matched line and 2 after. A
 * compiler prints the source line, the caret and often the root cause (popt's
 * `implicit declaration of function` comes 7 lines after its first error) after
 * the error, so the excerpt leans the other way.
 */
const EXCERPT_BEFORE = 3;
const EXCERPT_AFTER = 8;
const EXCERPT_COLUMNS = 300;

export async function bugReportInput(build: BuildDetail): Promise<BugReportInput> {
  const [excerpt, env, trackers, collisionMaintainers] = await Promise.all([
    primaryExcerpt(build),
    readEnvFacts(build.files),
    activeTrackerRules(),
    collisionPartnerMaintainers(build),
  ]);
  return {
    build: { ...build, title: build.title || build.atom },
    tinderbox: build.tinderbox,
    maintainers: build.package.maintainers,
    collisionMaintainers,
    errorLines: build.findings.filter((finding) => finding.kind === "error").map((finding) => finding.text),
    excerpt: excerpt?.lines ?? [],
    emergeInfo: env.emergeInfo,
    trackers,
    files: build.files.map((file) => ({ id: file.id, name: file.name, size: Number(file.size) })),
    baseUrl: publicBaseUrl(),
  };
}

/** The build log the failure page shows (and a correction's line numbers refer to). */
export function buildLogOf<F extends { role: string }>(build: { files: readonly F[] }): F | null {
  return build.files.find((file) => file.role === "build-log") ?? null;
}

export interface LogExcerpt {
  firstLine: number;
  lines: string[];
}

/** The build log's lines around the primary error, cleaned of terminal escapes. */
export async function primaryExcerpt(
  build: Pick<BuildDetail, "files" | "primaryLine">,
): Promise<LogExcerpt | null> {
  const log = buildLogOf(build);
  if (!log || !build.primaryLine) return null;
  const window = await readLineWindow(
    log.blobSha256,
    build.primaryLine - EXCERPT_BEFORE,
    build.primaryLine + EXCERPT_AFTER,
  );
  if (!window) return null;
  return {
    firstLine: window.firstLine,
    lines: window.lines.map((line) => cleanLine(line).slice(0, EXCERPT_COLUMNS)),
  };
}

async function collisionPartnerMaintainers(build: BuildDetail) {
  if (build.kind !== "collision") return [];
  const partner = /file collision with (\S+)/.exec(build.title)?.[1];
  const atom = partner ? parseAtom(partner) : null;
  return atom ? packageMaintainers(atom.category, atom.name) : [];
}
