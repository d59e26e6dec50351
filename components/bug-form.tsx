"use client";
// The prefilled bug, editable before it goes anywhere. "Open in Bugzilla" is a
// link to enter_bug.cgi rebuilt from the fields as they are edited; "Copy as
// text" puts the same report on the clipboard.
import { useMemo, useState } from "react";
import type { BugReport } from "@/lib/bugs/bug-report";
import { bugReportText, enterBugUrl } from "@/lib/bugs/enter-bug-url";

type Editable = Pick<BugReport, "summary" | "assignee" | "description"> & {
  cc: string;
  keywords: string;
  blocks: string;
};

const splitList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

export function BugForm({ report, bugzillaUrl }: { report: BugReport; bugzillaUrl: string }) {
  const [fields, setFields] = useState<Editable>({
    summary: report.summary,
    assignee: report.assignee,
    cc: report.cc.join(", "),
    keywords: report.keywords.join(", "),
    blocks: report.blocks.join(", "),
    description: report.description,
  });
  const [copied, setCopied] = useState(false);
  const edited: BugReport = useMemo(
    () => ({
      ...report,
      ...fields,
      cc: splitList(fields.cc),
      keywords: splitList(fields.keywords),
      blocks: splitList(fields.blocks)
        .map(Number)
        .filter((n) => Number.isSafeInteger(n) && n > 0),
    }),
    [report, fields],
  );
  const set = (key: keyof Editable) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [key]: event.target.value }));
  const copy = async () => {
    await navigator.clipboard.writeText(bugReportText(edited));
    setCopied(true);
  };
  return (
    <form className="bug-form" data-testid="bug-form" onSubmit={(event) => event.preventDefault()}>
      <label>
        Summary <span className="muted">({[...fields.summary].length}/170)</span>
        <input name="summary" value={fields.summary} onChange={set("summary")} maxLength={255} />
      </label>
      <p className="muted">
        Product <span className="mono">{report.product}</span> · Component{" "}
        <span className="mono">{report.component}</span> · Version{" "}
        <span className="mono">{report.version}</span>
      </p>
      <label>
        Assignee
        <input name="assignee" value={fields.assignee} onChange={set("assignee")} />
      </label>
      <label>
        CC
        <input name="cc" value={fields.cc} onChange={set("cc")} />
      </label>
      <label>
        Keywords
        <input name="keywords" value={fields.keywords} onChange={set("keywords")} />
      </label>
      <label>
        Blocks
        <input name="blocks" value={fields.blocks} onChange={set("blocks")} />
      </label>
      <label>
        Description
        <textarea name="description" value={fields.description} onChange={set("description")} rows={24} />
      </label>
      <p className="bug-form-actions">
        <a
          className="button"
          href={enterBugUrl(bugzillaUrl, edited)}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="enter-bug-link"
        >
          Open in Bugzilla
        </a>{" "}
        <button type="button" onClick={copy} data-testid="copy-bug-text">
          Copy as text
        </button>{" "}
        {copied && <span role="status">Copied.</span>}
      </p>
    </form>
  );
}
