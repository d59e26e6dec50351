// The result's files, each with its viewer page and a raw download, plus the
// whole set as one tar in the order a bug wants them. The table is
// components/lists/file-table.tsx.
import { FileTable } from "@/components/lists/file-table";
import type { BuildDetail } from "@/lib/queries/builds";

export function FileList({ files, buildId }: { files: BuildDetail["files"]; buildId: number }) {
  return (
    <>
      <FileTable
        rows={files.map((file) => ({
          id: file.id,
          name: file.name,
          role: file.role,
          members: file._count.members,
          size: Number(file.size),
          lineCount: file.lineCount === null ? null : Number(file.lineCount),
          purgedOn: file.purgedAt?.toISOString().slice(0, 10) ?? null,
        }))}
      />
      {files.length > 0 && (
        <p>
          <a href={`/api/v1/builds/${buildId}/attachments.tar`} download data-testid="attachments-bundle">
            Download all as one tar
          </a>{" "}
          <span className="muted">
            (emerge-info.txt first; files over 1000 KB xz-compressed, as Bugzilla needs)
          </span>
        </p>
      )}
    </>
  );
}
