// A file whose content a retention policy removed (File.purgedAt, lib/retention):
// its row, the build's analysis and links stay; every view says this instead of
// reading bytes that are gone. One sentence for the pages and the JSON APIs.

export function removedMessage(purgedAt: Date): string {
  return `This file was removed on ${purgedAt.toISOString().slice(0, 10)} by the retention policy.`;
}

/** The 410 answer's fields for the file APIs, or null when the file is still there. */
export function removedError(file: {
  purgedAt: Date | null;
}): { status: 410; code: "removed"; message: string } | null {
  return file.purgedAt ? { status: 410, code: "removed", message: removedMessage(file.purgedAt) } : null;
}
