// Bugzilla's enter_bug.cgi takes every field as a query parameter, so "File a
// bug" is a link; attachments need the user's API key and are not sent. Pure,
// so the client-side form builds the same URL from the user's edits.
import type { BugReport } from "./bug-report";

/** Web servers in front of Bugzilla commonly refuse request lines over 8 KiB. */
export const MAX_ENTER_BUG_URL_CHARS = 7500;
const CUT_NOTE = "\n\n[... cut to fit the URL; the full text is on the Kindling page above]";

export type EnterBugFields = Pick<
  BugReport,
  | "summary"
  | "product"
  | "component"
  | "version"
  | "assignee"
  | "cc"
  | "keywords"
  | "blocks"
  | "url"
  | "description"
>;

export function enterBugUrl(bugzillaUrl: string, report: EnterBugFields): string {
  const base = `${bugzillaUrl.replace(/\/+$/, "")}/enter_bug.cgi`;
  const withComment = (comment: string) => `${base}?${enterBugParams(report, comment).toString()}`;
  const full = withComment(report.description);
  if (full.length <= MAX_ENTER_BUG_URL_CHARS) return full;
  return withComment(fitComment(report.description, (comment) => withComment(comment).length));
}

function enterBugParams(report: EnterBugFields, comment: string): URLSearchParams {
  const params = new URLSearchParams({
    product: report.product,
    component: report.component,
    version: report.version,
    short_desc: report.summary,
    assigned_to: report.assignee,
  });
  if (report.cc.length > 0) params.set("cc", report.cc.join(","));
  if (report.keywords.length > 0) params.set("keywords", report.keywords.join(","));
  if (report.blocks.length > 0) params.set("blocked", report.blocks.join(","));
  if (report.url) params.set("bug_file_loc", report.url);
  params.set("comment", comment);
  return params;
}

/** The longest prefix of the comment (cut at a line break) whose URL fits. */
function fitComment(comment: string, urlLength: (comment: string) => number): string {
  const lines = comment.split("\n");
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (urlLength(lines.slice(0, mid).join("\n") + CUT_NOTE) <= MAX_ENTER_BUG_URL_CHARS) low = mid;
    else high = mid - 1;
  }
  return lines.slice(0, low).join("\n") + CUT_NOTE;
}

/** The report as plain text, for pasting into Bugzilla or an e-mail by hand. */
export function bugReportText(report: EnterBugFields): string {
  return [
    `Summary: ${report.summary}`,
    `Product: ${report.product}`,
    `Component: ${report.component}`,
    `Version: ${report.version}`,
    `Assignee: ${report.assignee}`,
    `CC: ${report.cc.join(", ")}`,
    `Keywords: ${report.keywords.join(", ")}`,
    `Blocks: ${report.blocks.join(", ")}`,
    `URL: ${report.url}`,
    "",
    report.description,
  ].join("\n");
}
