"use client";
// The prefilled bug, editable before it goes anywhere. With a stored API key,
// "File bug" files it on Bugzilla from these fields with the ticked files;
// "Open in Bugzilla" is a link to enter_bug.cgi rebuilt from the fields as they
// are edited; "Copy as text" puts the same report on the clipboard.
import { useActionState, useMemo, useState } from "react";
import { type BugActionState, fileBugAction } from "@/app/(dashboard)/builds/[id]/bug/actions";
import type { BugReport } from "@/lib/bugs/bug-report";
import { bugReportText, enterBugUrl } from "@/lib/bugs/enter-bug-url";
import { type AttachableFile, BugFileChoices } from "./bug-file-choices";
import { submitWithoutReset } from "./submit-without-reset";

/** Present when the viewer may file in one click (a maintainer with a stored key). */
export interface OneClickFiling {
  buildId: number;
  files: AttachableFile[];
  hasFine: boolean;
}

type Editable = Pick<BugReport, "summary" | "assignee" | "description"> & {
  cc: string;
  keywords: string;
  blocks: string;
};

const splitList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

export function BugForm({
  report,
  bugzillaUrl,
  filing,
}: {
  report: BugReport;
  bugzillaUrl: string;
  filing?: OneClickFiling;
}) {
  const [filed, dispatch, pending] = useActionState<BugActionState, FormData>(fileBugAction, null);
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
    <form
      className="bug-form"
      data-testid="bug-form"
      onSubmit={filing ? submitWithoutReset(dispatch) : (event) => event.preventDefault()}
    >
      {filing && <input type="hidden" name="buildId" value={filing.buildId} />}
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
      {filing && <FilingChoices filing={filing} />}
      <p className="bug-form-actions">
        {filing && (
          <>
            <button type="submit" disabled={pending || filed?.ok === true} data-testid="file-bug-button">
              {pending ? "Filing…" : "File bug"}
            </button>{" "}
          </>
        )}
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
      {filed && <FiledMessage result={filed} />}
    </form>
  );
}

function FilingChoices({ filing }: { filing: OneClickFiling }) {
  return (
    <>
      <BugFileChoices files={filing.files} />
      {filing.hasFine && (
        <label className="checkbox">
          <input type="checkbox" name="scope" value="fine" /> Record the bug on every failure with this
          signature
        </label>
      )}
    </>
  );
}

function FiledMessage({ result }: { result: NonNullable<BugActionState> }) {
  return (
    <p role="status" className={result.ok ? "action-ok" : "action-error"} data-testid="file-bug-result">
      {result.message}{" "}
      {result.url && (
        <a href={result.url} target="_blank" rel="noopener noreferrer">
          bug {result.bugNumber}
        </a>
      )}
    </p>
  );
}
