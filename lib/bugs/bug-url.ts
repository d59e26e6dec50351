// The address of a bug on the configured Bugzilla. Gentoo's accepts the short
// https://bugs.gentoo.org/<n> that toralf's .reported files use; any Bugzilla
// accepts show_bug.cgi.
import { bugzillaUrl } from "./config";

export function bugUrl(bugNumber: number, base = bugzillaUrl()): string {
  return new URL(base).hostname === "bugs.gentoo.org"
    ? `${base}/${bugNumber}`
    : `${base}/show_bug.cgi?id=${bugNumber}`;
}
