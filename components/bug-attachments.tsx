// What to attach: bgo.sh's order, with the files Bugzilla would refuse marked.
import { orderedAttachments } from "@/lib/bugs/attachment-order";
import { BUGZILLA_ATTACHMENT_LIMIT } from "@/lib/bugs/bundle";
import type { BuildDetail } from "@/lib/queries/builds";
import { formatBytes } from "./format-bytes";

export function BugAttachments({ build }: { build: BuildDetail }) {
  const files = orderedAttachments(build.files);
  return (
    <section data-testid="bug-attachments">
      <h2>Attachments</h2>
      <p>
        <a href={`/api/v1/builds/${build.id}/attachments.tar`} download>
          Download all as one tar
        </a>{" "}
        <span className="muted">
          (files over 1000 KB come xz-compressed; Bugzilla refuses larger attachments)
        </span>
      </p>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <a href={`/api/v1/files/${file.id}/raw`} download className="mono">
              {file.name}
            </a>{" "}
            <span className="muted">{formatBytes(Number(file.size))}</span>
            {Number(file.size) > BUGZILLA_ATTACHMENT_LIMIT && (
              <span className="muted"> · too large to attach: link it or attach the .xz from the tar</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
