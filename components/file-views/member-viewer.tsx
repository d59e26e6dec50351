// One archive member in the log viewer. Its lines come from streaming the
// member out of the stored archive (capped, see lib/files/member-text.ts), and
// the attachment analysis marks its errors and failed tests.

import { formatBytes } from "@/components/format-bytes";
import { LogViewer } from "@/components/log-viewer/log-viewer";
import { MEMBER_READ_CAP, memberText } from "@/lib/files/member-text";
import type { FileView } from "@/lib/queries/files";

export async function MemberViewer({ file, path }: { file: FileView; path: string }) {
  const text = await memberText(file.blobSha256, path);
  if (!text) {
    return (
      <p className="notice" data-testid="member-missing">
        This archive has no regular file named <span className="mono">{path}</span>.
      </p>
    );
  }
  return (
    <section data-testid="member-view">
      <h2 className="mono">{path}</h2>
      <p className="muted">
        {text.lines.length.toLocaleString("en")} lines, {formatBytes(text.bytesRead)} read from the archive
        {text.errorLines.length > 0 && `, ${text.errorLines.length} marked`}.
      </p>
      {text.capped && (
        <p className="notice" data-testid="member-capped">
          This member is larger than {formatBytes(MEMBER_READ_CAP)}: only its first{" "}
          {formatBytes(MEMBER_READ_CAP)} are shown and searched. Download the archive for the rest.
        </p>
      )}
      <LogViewer
        fileId={file.id}
        lineCount={text.lines.length}
        initialLine={text.primaryLine}
        errorLines={text.errorLines}
        fileName={path}
        member={path}
      />
    </section>
  );
}
