import Link from "next/link";
import type { BuildDetail } from "@/lib/queries/builds";
import { formatBytes } from "./format-bytes";

export function FileList({ files }: { files: BuildDetail["files"] }) {
  return (
    <table className="list" data-testid="file-list">
      <thead>
        <tr>
          <th>File</th>
          <th>Role</th>
          <th>Size</th>
          <th>Lines</th>
          <th />
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
              <a href={`/api/v1/files/${file.id}/raw`} download>
                download
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
