// The order bgo.sh attaches files in: emerge-info.txt first, then the rest by
// name. The bundle download and the bug text both use it.

export function orderedAttachments<T extends { name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

function rank(name: string): number {
  return /^emerge-info(\.txt)?$/i.test(name) ? 0 : 1;
}

/** The files one-click filing attaches unless the user says otherwise: emerge-info.txt and the build log. */
export function attachedByDefault(file: { name: string; role: string }): boolean {
  return file.role === "build-log" || rank(file.name) === 0;
}
