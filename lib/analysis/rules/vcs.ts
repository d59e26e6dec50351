// Live ebuilds' VCS eclasses (bzr.eclass, subversion.eclass, mercurial.eclass; git-r3's git is in
// fetch.ts) fetching in src_unpack: the tool's own error line says why the checkout failed, the
// eclass's die after it (`bzr.eclass: can't branch from …`, `subversion.eclass: can't fetch to …`)
// only that it did. A source that could not be fetched: kind fetch, whatever the phase.
import { type LineRule, TIER_ROOT } from "./rule";

function vcsRule(rule: Omit<LineRule, "role" | "tier" | "kind" | "severity">): LineRule {
  return { ...rule, role: "error", tier: TIER_ROOT, kind: "fetch", severity: "error" };
}

export const BZR_ERROR = vcsRule({
  id: "bzr-error",
  note: "bzrlib's trace.report_exception (`bzr: ERROR: <message>`); Breezy prints `brz: ERROR: `",
  needles: ["bzr: ERROR: ", "brz: ERROR: "],
  pattern: /^(?:bzr|brz): ERROR: \S/,
  example: 'bzr: ERROR: Not a branch: "/var/tmp/portage/distfiles/bzr-src/foo/".',
});

export const SVN_FETCH_ERROR = vcsRule({
  id: "svn-fetch-error",
  note:
    "svn's `svn: E<code>: …` for a repository it cannot reach or read (svn_error_codes.h: E170013 unable to " +
    "connect, E170000 bad URL, E175002/E175012 RA DAV request failed/timed out, E670002/E670008 name " +
    "resolution, E000110/E000111/E000113 timeout/refused/no route, E215004 authentication, E120108/E120171 " +
    "serf/network, E160013 path not found), and svn 1.6's `svn: OPTIONS of '…': could not connect to server`. " +
    "Round 30b: also the working copy subversion.eclass keeps under distfiles/svn-src refusing the update (the " +
    "E155xxx codes: E155025 `'svn switch' does not support switching a working copy to a different " +
    "repository`, E155036 too old, E155004 locked, E155007 not a working copy), E195012 and E160006 (no such " +
    "location or revision), E170001/E175013 (authorization, forbidden), and svn 1.6's uncoded `svn: URL '…' " +
    "doesn't exist` and working-copy complaints: the eclass's die (`subversion: can't update … from …`) only " +
    "says that it failed. Only those codes: Subversion's own test suite prints many others",
  needles: [
    "svn: E",
    "svn: OPTIONS of '",
    "svn: PROPFIND of '",
    "svn: URL '",
    "svn: Working copy '",
    "svn: This client is too old",
    "svn: Repository moved ",
    "svn: '",
  ],
  pattern:
    /^\s*svn: (?:E(?:170013|170000|175002|175012|670002|670008|000110|000111|000113|215004|120108|120171|160013|155\d{3}|195012|160006|170001|175013): |(?:OPTIONS|PROPFIND) of '[^']*': |URL '[^']*' (?:doesn't|does not) exist|Working copy '[^']*' (?:locked|is too old)|This client is too old to work with (?:the )?working copy|Repository moved (?:permanently|temporarily) to '|'[^']*' is not a working copy)/,
  example: "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/foo/trunk'",
});

export const HG_ABORT = vcsRule({
  id: "hg-abort",
  note:
    "Mercurial's `abort: …` for a remote it cannot reach or read (`repository … not found!`, `HTTP Error " +
    "404`, `error: Name or service not known` from urllib, `no suitable response from remote hg`); hg's " +
    "other aborts (a dirty working copy) are not a fetch",
  needles: ["abort: repository ", "abort: HTTP Error ", "abort: error: ", "abort: no suitable response"],
  pattern:
    /^abort: (?:repository \S+ not found|HTTP Error \d{3}|error: |no suitable response from remote hg)/,
  example: "abort: repository https://hg.example.org/foo not found!",
});

export const VCS_RULES: readonly LineRule[] = [BZR_ERROR, SVN_FETCH_ERROR, HG_ABORT];
