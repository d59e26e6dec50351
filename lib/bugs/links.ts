// Kindling's permanent addresses, the ones a bug report may point at for years.

export function buildPageUrl(baseUrl: string, buildId: number): string {
  return `${baseUrl}/builds/${buildId}`;
}

export function filePageUrl(baseUrl: string, fileId: number): string {
  return `${baseUrl}/files/${fileId}`;
}

export function bundleUrl(baseUrl: string, buildId: number): string {
  return `${baseUrl}/api/v1/builds/${buildId}/attachments.tar`;
}

/** Bugzilla's own search for a package's bugs (quicksearch: open bugs whose summary names it). */
export function bugzillaSearchUrl(bugzillaUrl: string, packageName: string): string {
  return `${bugzillaUrl}/buglist.cgi?quicksearch=${encodeURIComponent(packageName)}`;
}
