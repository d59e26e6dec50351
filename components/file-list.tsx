// The result's files, each with its viewer page and a raw download, plus the
// whole set as one tar in the order a bug wants them.
import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { formatBytes } from "./format-bytes";

export function FileList({ files, buildId }: { files: BuildDetail["files"]; buildId: number }) {
  return (
    <>
      <table className="list" data-testid="file-list">
        <thead>
          <tr>
            <th>File</th>
            <th>Role</th>
            <th>Size</th>
            <th>Lines</th>
            <th>
              <span className="visually-hidden">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.id}>
              <td className="mono">
                <Link href={`/files/${file.id}`}>{file.name}</Link>
                {file._count.members > 0 && <span className="muted"> ({file._count.members} members)</span>}
              </td>
              <td>{file.role}</td>
              <td>{formatBytes(Number(file.size))}</td>
              <td>{file.lineCount === null ? "" : Number(file.lineCount).toLocaleString("en")}</td>
              <td>
                {file.purgedAt ? (
                  <span className="muted" data-testid="file-removed-on">
                    removed on {file.purgedAt.toISOString().slice(0, 10)}
                  </span>
                ) : (
                  <a href={`/api/v1/files/${file.id}/raw`} download>
                    download
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
