// What to attach: bgo.sh's order, each file with its size on Bugzilla and
// whether it goes whole, whole as .xz, or as an xz excerpt (over 1000 KB even
// compressed), as the attachment bundle and one-click filing send it.
import { orderedAttachments } from "@/lib/bugs/attachment-order";
import { BUGZILLA_ATTACHMENT_LIMIT } from "@/lib/bugs/bundle-limits";
import type { BuildDetail } from "@/lib/queries/builds";
import { type BundleMemberSummary, bundleMemberSummaries } from "@/lib/queries/bundle-members";
import { formatBytes } from "./format-bytes";

type AttachmentFile = BuildDetail["files"][number];

export async function BugAttachments({ build }: { build: BuildDetail }) {
  const files = orderedAttachments(build.files);
  const big = files.filter((file) => Number(file.size) > BUGZILLA_ATTACHMENT_LIMIT);
  const members = await bundleMemberSummaries(big.map((file) => file.blobSha256));
  return (
    <section data-testid="bug-attachments">
      <h2>Attachments</h2>
      <p>
        <a href={`/api/v1/builds/${build.id}/attachments.tar`} download>
          Download all as one tar
        </a>{" "}
        <span className="muted">
          (every member fits Bugzilla&apos;s 1000 KB: bigger files come xz-compressed, or as an excerpt with a
          link to the full file; README.txt lists them)
        </span>
      </p>
      <ul>
        {files.map((file) => (
          <li key={file.id} data-testid="bug-attachment">
            <a href={`/api/v1/files/${file.id}/raw`} download className="mono">
              {file.name}
            </a>{" "}
            <span className="muted">{formatBytes(Number(file.size))}</span>{" "}
            <OnBugzilla file={file} member={members.get(file.blobSha256)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OnBugzilla({ file, member }: { file: AttachmentFile; member: BundleMemberSummary | undefined }) {
  const size = Number(file.size);
  if (size <= BUGZILLA_ATTACHMENT_LIMIT)
    return <span data-testid="bugzilla-form">→ on Bugzilla: {formatBytes(size)}, whole</span>;
  if (!member)
    return (
      <span data-testid="bugzilla-form">
        → on Bugzilla: whole as .xz or an excerpt, decided on the first download
      </span>
    );
  if (member.variant === "xz")
    return <span data-testid="bugzilla-form">→ on Bugzilla: {formatBytes(member.size)}, whole, xz</span>;
  return (
    <span data-testid="bugzilla-form">
      → on Bugzilla: {formatBytes(member.size)}, excerpt (head, errors, tail; the bug links the{" "}
      <a href={`/files/${file.id}`}>full file</a>)
    </span>
  );
}
