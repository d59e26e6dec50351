// The files to attach when filing in one click: emerge-info.txt and the build
// log ticked, the rest for the user to tick. Files over Bugzilla's 1000 KB go
// as an excerpt with a link to the whole file.
import { formatBytes } from "./format-bytes";

export interface AttachableFile {
  id: number;
  name: string;
  size: number;
  ticked: boolean;
}

const LIMIT = 1000 * 1024;

export function BugFileChoices({ files }: { files: readonly AttachableFile[] }) {
  if (files.length === 0) return null;
  return (
    <fieldset className="bug-file-choices" data-testid="bug-file-choices">
      <legend>Attach</legend>
      {files.map((file) => (
        <label key={file.id} className="checkbox">
          <input type="checkbox" name="fileIds" value={file.id} defaultChecked={file.ticked} />{" "}
          <span className="mono">{file.name}</span> <span className="muted">{formatBytes(file.size)}</span>
          {file.size > LIMIT && <span className="muted"> · over 1000 KB: an excerpt and a link</span>}
        </label>
      ))}
    </fieldset>
  );
}
