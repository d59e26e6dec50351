// Gathers what the bug builder (lib/bugs/bug-report.ts) needs for one failure:
// the build, the lines around its primary error, its emerge --info, the active
// tracker rules, and for a file collision the other package's maintainers.
import type { BugReportInput } from "../bugs/bug-report";
import { publicBaseUrl } from "../bugs/config";
import { primaryExcerpt } from "../bugs/report-input";
import { readEnvFacts } from "../env-diff/read-env-files";
import { parseAtom } from "../gentoo/atom";
import { type BuildDetail, packageMaintainers } from "./builds";
import { activeTrackerRules } from "./trackers";

export async function bugReportInput(build: BuildDetail): Promise<BugReportInput> {
  const [excerpt, env, trackers, collisionMaintainers] = await Promise.all([
    primaryExcerpt(build),
    readEnvFacts(build.files),
    activeTrackerRules(build.id),
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

async function collisionPartnerMaintainers(build: BuildDetail) {
  if (build.kind !== "collision") return [];
  const partner = /file collision with (\S+)/.exec(build.title)?.[1];
  const atom = partner ? parseAtom(partner) : null;
  return atom ? packageMaintainers(atom.category, atom.name) : [];
}
