// The top of a file page: what the file is and where it belongs.
import Link from "next/link";
import { formatBytes } from "@/components/format-bytes";
import type { FileView } from "@/lib/queries/files";

export function FileHeader({ file }: { file: FileView }) {
  const lines = file.lineCount === null ? null : Number(file.lineCount);
  return (
    <header className="file-header" data-testid="file-header">
      <p className="muted">
        <Link href={`/builds/${file.build.id}`}>← {file.build.title || file.build.atom}</Link>
      </p>
      <h1 className="mono">{file.name}</h1>
      <dl className="facts">
        <dt>Role</dt>
        <dd>{file.role}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(Number(file.size))}</dd>
        {lines !== null && (
          <>
            <dt>Lines</dt>
            <dd>{lines.toLocaleString("en")}</dd>
          </>
        )}
        <dt>Download</dt>
        <dd>
          {file.purgedAt ? (
            <span className="muted">removed on {file.purgedAt.toISOString().slice(0, 10)}</span>
          ) : (
            <a href={`/api/v1/files/${file.id}/raw`} download data-testid="raw-download">
              raw file
            </a>
          )}
          {file.uploadEncoding !== "none" && (
            <span className="muted"> (uploaded {file.uploadEncoding}-compressed; served decompressed)</span>
          )}
        </dd>
      </dl>
    </header>
  );
}
