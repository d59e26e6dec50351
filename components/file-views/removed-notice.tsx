// Where a file's content would be shown, once retention removed it.
import { removedMessage } from "@/lib/files/removed";

export function RemovedNotice({ purgedAt }: { purgedAt: Date }) {
  return (
    <p className="notice" data-testid="file-removed">
      {removedMessage(purgedAt)} The build's analysis, findings and links are kept.
    </p>
  );
}
