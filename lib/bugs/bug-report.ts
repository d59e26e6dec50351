// Builds the bug a careful Gentoo developer would file for a failure, after
// toralf's bgo.sh and the Bug-wranglers guide (docs/bug-filing.md). Pure: the
// caller gathers the facts (lib/queries/bug-report-input.ts).
import type { EmergeInfo } from "../gentoo/emerge-info";
import { bugDescription } from "./description";
import { buildPageUrl } from "./links";
import { bugSummary } from "./summary";
import { matchingTrackers, type TrackerRule } from "./trackers";

export const MAINTAINER_NEEDED = "maintainer-needed@gentoo.org";
export const TOOLCHAIN_TEAM = "toolchain@gentoo.org";
export const TEST_FAILURE_KEYWORD = "TESTFAILURE";

export interface BugReportInput {
  build: {
    id: number;
    atom: string;
    repository: string;
    title: string;
    kind: string;
    phase: string | null;
    profile: string;
    useFlags: string[];
    primaryLine: number | null;
    primaryText: string | null;
  };
  tinderbox: { name: string; description: string };
  /** metadata.xml order: the first is the assignee. */
  maintainers: ReadonlyArray<{ email: string }>;
  /** Maintainers of the other package in a file collision, CC'd as bgo.sh does. */
  collisionMaintainers?: ReadonlyArray<{ email: string }>;
  /** The analysis' error lines: tracker rules see them besides the title (lib/bugs/trackers.ts). */
  errorLines: readonly string[];
  /** Lines of the build log around the primary error, as the `issue` file holds them. */
  excerpt: readonly string[];
  emergeInfo: EmergeInfo | null;
  trackers: readonly TrackerRule[];
  files: ReadonlyArray<{ id: number; name: string; size: number }>;
  /** Kindling's public URL, without a trailing slash. */
  baseUrl: string;
}

export interface BugReport {
  summary: string;
  product: string;
  component: string;
  version: string;
  assignee: string;
  cc: string[];
  keywords: string[];
  blocks: number[];
  /** The failure page: Bugzilla's URL field. */
  url: string;
  description: string;
}

export function buildBugReport(input: BugReportInput): BugReport {
  const { build } = input;
  const [assignee, ...others] = uniqueEmails(input.maintainers.map((m) => m.email));
  return {
    summary: bugSummary(build.title || build.atom, build.repository),
    product: "Gentoo Linux",
    component: "Current packages",
    version: "unspecified",
    assignee: assignee ?? MAINTAINER_NEEDED,
    cc: ccList(input, assignee ?? MAINTAINER_NEEDED, others),
    keywords: isTestFailure(build) ? [TEST_FAILURE_KEYWORD] : [],
    blocks: matchingTrackers([build.title, ...input.errorLines], input.trackers).map((t) => t.bugNumber),
    url: buildPageUrl(input.baseUrl, build.id),
    description: bugDescription(input),
  };
}

function ccList(input: BugReportInput, assignee: string, otherMaintainers: string[]): string[] {
  const extra = [
    ...otherMaintainers,
    ...(input.collisionMaintainers ?? []).map((m) => m.email),
    ...(isInternalCompilerError(input.build) ? [TOOLCHAIN_TEAM] : []),
  ];
  return uniqueEmails(extra).filter((email) => email !== assignee);
}

export function isTestFailure(build: Pick<BugReportInput["build"], "kind" | "phase" | "title">): boolean {
  return build.kind === "test" || build.phase === "test" || build.title.includes(" fails test");
}

export function isInternalCompilerError(
  build: Pick<BugReportInput["build"], "kind" | "title" | "primaryText">,
) {
  return (
    build.kind === "ice" || /internal compiler error/i.test(`${build.title}\n${build.primaryText ?? ""}`)
  );
}

function uniqueEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
}
