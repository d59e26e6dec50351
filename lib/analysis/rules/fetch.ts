// Fetch failures (portage/package/ebuild/fetch.py, _emerge/EbuildFetcher.py). The
// reason wins over the summary: "VERIFY FAILED", fetch restriction, the network
// error or "Couldn't download" explain the closing " * Fetch failed for '…'".
import { type LineRule, TIER_DETAIL, TIER_PORTAGE, TIER_ROOT } from "./rule";

function fetchRule(rule: Omit<LineRule, "role" | "kind" | "afterBanner">): LineRule {
  return { ...rule, role: "error", kind: "fetch", afterBanner: true };
}

export const FETCH_VERIFY_FAILED = fetchRule({
  id: "fetch-verify-failed",
  needles: ["!!! Fetched file: "],
  pattern: /^!!! Fetched file: \S+ VERIFY FAILED!/,
  example: "!!! Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
  tier: TIER_PORTAGE,
  severity: "fatal",
});

export const MANIFEST_DIGEST_FAILED: LineRule = {
  id: "manifest-digest-failed",
  note:
    "a file of the ebuild repository (ebuild, files/, metadata.xml, ChangeLog) does not match its Manifest, " +
    "checked before any phase (`>>> Verifying ebuild manifests`). " +
    "A broken repository, not a download: kind unknown. When the file named under it is a distfile the " +
    "analyzer reads the line as manifest-digest-distfile (kind fetch)",
  needles: ["Digest verification failed"],
  // Round 30c: also glued to the resolver's spinner (RESOLVER_SPINNER) anywhere in a log, not only where the
  // paste's first lines showed the spinner to line-prefix-grammar.ts (round 29a).
  pattern: /^(?:Calculating dependencies[^*!\n]{0,40})?!!! Digest verification failed:/,
  example: "!!! Digest verification failed:",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
  afterBanner: true,
};

export const MANIFEST_DIGEST_WARNING: LineRule = {
  ...MANIFEST_DIGEST_FAILED,
  id: "manifest-digest-warning",
  note:
    "doebuild's eerror form of manifest-digest-failed, for one ebuild file: printed while the resolver " +
    "reads an overlay's ebuilds, where a stale Manifest only hides that ebuild, so the resolver's own " +
    "verdict after it (tier 4) says why the run stopped. Alone it still fails an excerpt (tier 3)",
  pattern: /^(?:Calculating dependencies[^*!\n]{0,40})?\s*\* Digest verification failed:/,
  example: " * Digest verification failed:",
  tier: TIER_ROOT,
  severity: "error",
  detailOnElogLines: true,
};

export const MANIFEST_FILE_MISSING: LineRule = {
  id: "manifest-file-missing",
  note:
    "the repository's own files disagree with its Manifest (digestcheck.py, doebuild.py: a file it lists is " +
    "gone, an ebuild it does not list, no digest for the ebuild) or a synced tree's Manifest does not verify " +
    "(sync's gemato: `!!! Manifest verification failed:`). An overlay or tree to fix, not a download: kind " +
    "unknown, like manifest-digest-failed. Round 30a: the repository's file messages also without emerge's " +
    "`!!! ` (a paste or a markdown renderer dropped it: a two-line `A file is not listed in the Manifest: " +
    "'/path/foo-1.ebuild'` read as a success); gemato's verdict keeps it",
  needles: [
    "A file listed in the Manifest could not be found: ",
    "A file is not listed in the Manifest: ",
    "Missing digest for '",
    "!!! Manifest verification failed:",
  ],
  pattern:
    /^(?:!!! |\s*\* |\s{0,8})(?:A file listed in the Manifest could not be found: \S|Missing digest for '|A file is not listed in the Manifest: ')|^!!! Manifest verification failed:/,
  example:
    "!!! A file listed in the Manifest could not be found: /var/db/repos/myoverlay/dev-foo/bar/files/bar-1.0-fix.patch",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
  afterBanner: true,
};

/** Not in the table: MANIFEST_DIGEST_FAILED once the file it names is a distfile (DIGEST_DISTFILE_LINE). */
export const MANIFEST_DIGEST_DISTFILE: LineRule = {
  ...MANIFEST_DIGEST_FAILED,
  id: "manifest-digest-distfile",
  note: "a downloaded distfile does not match its Manifest entry: a fetch failure (see manifest-digest-failed)",
  kind: "fetch",
};

/** The line under `Digest verification failed:` naming a file under DISTDIR (`!!! /var/cache/distfiles/x.tar.gz`). */
export const DIGEST_DISTFILE_LINE = /^(?:!!!|\s*\*)? ?\S*\/distfiles\/[^\s/]+$/;

export const FETCH_RESTRICTED = fetchRule({
  id: "fetch-restricted",
  needles: ["has fetch restriction"],
  pattern: /^!!! \S+ has fetch restriction turned on\./,
  example: "!!! dev-java/oracle-jdk-bin-1.8.0.202 has fetch restriction turned on.",
  tier: TIER_PORTAGE,
  severity: "fatal",
});

// Not in FETCH_RULES: table.ts lists it after them, with the sync rules below and merge-file-failed.
export const FETCH_RESTRICTION_REASON: LineRule = {
  id: "fetch-restriction-reason",
  note:
    "an ebuild's pkg_nofetch saying why its files cannot be fetched (a license that forbids mirroring, a " +
    "click-through download page) and where to put them; Portage's default pkg_nofetch lists the files. " +
    "The reason, not the `Fetch failed for` summary printed above it (fetch-failed-summary, tier 2). Tier 3: " +
    "Portage's `!!! … has fetch restriction turned on.` (tier 4) stays above it, and so the same words in " +
    "emerge --ask's `Fetch instructions for …:` preview before the merge starts do not outrank it",
  needles: ["Due to licens", "Please download", "cannot be fetched for ", "place it in ", "place them in "],
  pattern:
    /^\s*\*\s+(?:Due to (?:the )?licens(?:e|ing) restrictions|Please download\s*$|Please (?:download|visit|go to|navigate to) \S[^\n]{0,1000}\band (?:then )?place (?:it|them) in |The following files cannot be fetched for )/,
  example: " *  Due to license restrictions, we cannot fetch the",
  role: "error",
  tier: TIER_ROOT,
  kind: "fetch",
  severity: "error",
};

export const FETCH_VERIFY_REASON = fetchRule({
  id: "fetch-verify-reason",
  note: "the lines under VERIFY FAILED: kept as error lines, never above the verdict",
  needles: ["!!! Reason: ", "!!! Got: ", "!!! Expected: "],
  pattern: /^!!! (?:Reason|Got|Expected): /,
  example: "!!! Reason: Filesize does not match recorded size",
  tier: TIER_DETAIL,
  severity: "error",
});

export const FETCH_NETWORK_ERROR: LineRule = {
  id: "fetch-network-error",
  note:
    "wget/curl could not reach a mirror (infra.ts: a network failure when fetching); kind from the phase, so a test's own curl stays a test failure. " +
    "wget before 1.12 prints no `(host)`: `Connecting to host|1.2.3.4|:80... failed: No route to host.`",
  needles: ["... failed: ", "unable to resolve host address", "curl: ("],
  pattern:
    /^(?:(?:Resolving|Connecting to) \S+(?: \([^()]*\)(?:\|[^|\s]*\|:\d+)?)?\.\.\. failed: |wget: unable to resolve host address |curl: \((?:5|6|7|28|35|56)\) )/,
  example:
    "Resolving distfiles.gentoo.org (distfiles.gentoo.org)... failed: Temporary failure in name resolution.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "fetch",
  severity: "error",
  afterBanner: true,
};

export const FETCH_UPSTREAM_GONE: LineRule = {
  ...FETCH_NETWORK_ERROR,
  id: "fetch-upstream-gone",
  note:
    "not in the table: the analyzer reads a fetch-network-error line as this one when infra.ts " +
    "(upstreamGone) calls its host dead: an upstream host other than a Gentoo mirror refusing the connection " +
    "or without a route. Still the reason of the failed fetch (it outranks `!!! Couldn't download`, the " +
    "summary), but the package's (a dead SRC_URI host), not the builder's network: no infra failure. A name " +
    "that does not resolve (`Name or service not known`, since round 30c also `Temporary failure in name " +
    "resolution`) after a server answered a download in the same log is one too (the file is missing, " +
    "LABELLING.md conventions 8 and 9); a name that fails before any server answered stays the builder's network",
  example: "Connecting to mazzoo.de|194.150.168.91|:80... failed: Connection refused.",
};

export const CURL_HTTP_ERROR: LineRule = {
  id: "curl-http-error",
  note:
    "the server's answer to curl (`--fail`: Portage's FETCHCOMMAND on ChromiumOS and others), as wget's " +
    "`ERROR 404: Not Found.` (wget-http-error): detail under the later `!!! Couldn't download`; alone it still fails " +
    "a log without a success marker",
  needles: ["curl: (22) "],
  pattern: /^curl: \(22\) The requested URL returned error: \d{3}/,
  example: "curl: (22) The requested URL returned error: 404",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "fetch",
  severity: "error",
  afterBanner: true,
};

/** git's wording for a remote it could not reach (curl's reasons under http.c, connect.c): the builder's network. */
export const GIT_NETWORK_WORDING =
  /^fatal: (?:unable to access '[^']*': (?:Could not resolve (?:host|proxy)|Failed to connect|Connection (?:refused|timed out|reset)|Operation timed out|Resolving timed out|Network is unreachable|Problem with the SSL CA cert|SSL certificate problem|server certificate verification failed|gnutls_handshake\(\) failed|OpenSSL SSL_(?:connect|read)|Recv failure|Empty reply from server)|unable to connect to \S+|unable to look up \S+ )/;

export const GIT_FETCH_NETWORK_ERROR: LineRule = {
  id: "git-fetch-network-error",
  note:
    "git (git-r3's fetch in src_unpack, git-2's clone) could not fetch: git's own `fatal:` reason, not the eclass's " +
    "`Unable to fetch from any of EGIT_REPO_URI` / `git-2_initial_clone: can't fetch from …` die after it. " +
    "infra.ts calls it a network failure of the builder only for GIT_NETWORK_WORDING; a missing repository or ref, " +
    "a credential prompt, `Could not read from remote repository` and an HTTP 4xx/5xx answer are the remote's",
  needles: [
    "fatal: unable to access '",
    "fatal: unable to connect to ",
    "fatal: unable to look up ",
    "fatal: Could not read from remote",
    "fatal: Couldn't find remote ref ",
    "fatal: couldn't find remote ref ",
    "fatal: could not read Username for '",
    "fatal: could not read Password for '",
    "fatal: repository '",
    "fatal: Authentication failed for '",
    // Round 30c: `git clone --branch X` (emerge --sync's git module, sync-git-clone-extra-opts) for a branch the
    // remote lacks.
    "fatal: Remote branch ",
  ],
  pattern:
    /^fatal: (?:unable to access '[^']*': (?:Could not resolve (?:host|proxy)|Failed to connect|Connection (?:refused|timed out|reset)|Operation timed out|Resolving timed out|Network is unreachable|Problem with the SSL CA cert|SSL certificate problem|server certificate verification failed|gnutls_handshake\(\) failed|OpenSSL SSL_(?:connect|read)|Recv failure|Empty reply from server)|unable to connect to \S+|unable to look up \S+ |Could not read from remote repository|[Cc]ouldn't find remote ref \S|could not read (?:Username|Password) for '[^']*': |repository '[^']*' not found|Authentication failed for '|Remote branch \S+ not found in upstream )/,
  example:
    "fatal: unable to access 'https://github.com/joncampbell123/dosbox-x.git/': Could not resolve host: github.com",
  role: "error",
  tier: TIER_ROOT,
  kind: "fetch",
  severity: "error",
};

export const SYNC_NETWORK_ERROR = fetchRule({
  id: "sync-network-error",
  note:
    "`emerge --sync` could not reach the rsync mirror (portage/sync/modules/rsync/rsync.py): rsync's own " +
    "`failed to connect to`, Portage's `getaddrinfo failed for`, its `timed out` after `>>> Checking server " +
    "timestamp`, the retries running out. No ebuild phase runs; infra.ts calls it a network failure. " +
    "Also the OpenPGP key refresh before a verified sync (gemato: `gpg: keyserver refresh failed: " +
    "General error`, `No data`, `No keyserver available`…): the keyserver was not reached. And rsync.py's " +
    "`>>> SERVER OUT OF DATE: rsync://…` (emerge.log: `Server out of date`; the mirror's timestamp is older " +
    "than the tree's; it tries another " +
    "mirror or gives up): the mirror, not the build. Also rsync's own `rsync error: error in socket IO (code " +
    "10)`, its timeouts (codes 30, 35) and `error starting client-server protocol (code 5)`",
  needles: [
    ">>> SERVER OUT OF DATE: ",
    ">>> Server out of date: ",
    "gpg: keyserver refresh failed: ",
    "failed to connect to ",
    "!!! getaddrinfo failed for '",
    "timed out",
    "Exceeded PORTAGE_RSYNC_RETRIES",
    "retries exceeded",
    "rsync error: error in socket IO",
    "rsync error: timeout ",
    "rsync error: error starting client-server",
  ],
  pattern:
    /^(?:>>> (?:SERVER OUT OF DATE|Server out of date): |gpg: keyserver refresh failed: |rsync: (?:\[\w+\] )?failed to connect to \S+(?: \([^()\s]*\))?: |!!! getaddrinfo failed for '|timed out$|(?:>>> |!!! )?(?:Exceeded PORTAGE_RSYNC_RETRIES: |Maximum (?:number of )?retries exceeded)|rsync error: (?:error in socket IO|timeout in data send\/receive|timeout waiting for daemon connection|error starting client-server protocol) \(code)/,
  example: "rsync: failed to connect to 64.50.233.100: Connection refused (111)",
  tier: TIER_ROOT,
  severity: "error",
});

/**
 * Round 30c: the git sync module's verdict on one repository (portage/sync/modules/git/git.py: `!!! git clone error
 * in /var/db/repos/x`, `!!! git fetch error in …`, `pull`, `merge`): git's own `fatal:` or `error:` line above it says
 * why and comes first at this tier; alone it is the failure. emerge goes on with the other repositories and its
 * end-of-run notices (and may crash on the repository it could not sync): those are consequences. No package is
 * involved: kind fetch, and infra.ts reads a sync's failure as the machine's sync setup (infra network).
 */
export const SYNC_GIT_FAILED = fetchRule({
  id: "sync-git-failed",
  needles: ["!!! git "],
  pattern: /^!!! git (?:clone|fetch|pull|merge) error in \//,
  example: "!!! git clone error in /var/db/repos/genpi64",
  tier: TIER_ROOT,
  severity: "error",
});

// `emerge --sync` giving up (sync/modules/rsync) runs no ebuild phase and prints no die banner. Not in
// FETCH_RULES: table.ts lists these after them, with merge-file-failed (environment.ts).
export const SYNC_REFUSED: LineRule = {
  id: "sync-refused",
  note:
    "`emerge --sync` refusing or failing to sync the tree (rsync.py): a tree that is a VCS checkout, rsync's " +
    "exit codes 1 (syntax error in sync-uri), 11 (file I/O) and 20 (killed), printed with `!!! ` before " +
    "Portage 2.2 and as eerror lines since; emerge-webrsync's failure. No ebuild phase runs",
  needles: [
    "revision control (contains ",
    "!!! Aborting rsync sync",
    "Rsync has reported that there is a ",
    "Rsync was killed before it finished",
    "!!! emerge-webrsync error in ",
  ],
  pattern:
    /^(?:!!! |\s*\* )?(?:\S[^\n]{0,1000} appears to be under revision control \(contains [^\s()]+\)|Aborting rsync sync\b|Rsync has reported that there is a (?:syntax|File IO) error|Rsync was killed before it finished|emerge-webrsync error in )/,
  example: "!!! /usr/portage appears to be under revision control (contains .git).",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
};

export const SYNC_FAILED: LineRule = {
  id: "sync-failed",
  note:
    "rsync.py's message for any other rsync exit code, network ones included, and rsync's own `rsync error: " +
    "some files/attrs were not transferred (code 23)`: the line that says why " +
    "(rsync's `failed to connect to`, sync-network-error, infra network) comes first and wins at the same " +
    "tier (rsync's network `rsync error:` lines are sync-network-error too); alone it still fails the sync",
  needles: ["Rsync has not successfully finished", "rsync error: ", "rsync error code"],
  pattern: /^(?:!!! |\s*\* )?(?:Rsync has not successfully finished|[Rr]sync error(?: code)?:? (?:\d|[a-z]))/,
  example: " * Rsync has not successfully finished. It is recommended that you keep",
  role: "error",
  tier: TIER_ROOT,
  kind: "unknown",
  severity: "error",
};

export const FETCH_WGET_NO_HTTPS = fetchRule({
  id: "fetch-wget-no-https",
  note: "wget built without ssl cannot fetch an https:// SRC_URI (the builder's wget, not the network)",
  needles: ["support not compiled in"],
  // Round 21c: wget names the URL first (`https://host/file.tar.gz: HTTPS support not compiled in.`). Round 26: a
  // terminal wraps that long line after `HTTPS`; its second half, `support not compiled in.`, is the message line
  // (LABELLING convention 1) and the reason above `!!! Couldn't download` (convention 8).
  pattern: /^(?:(?:[a-z]{3,5}:\/\/[^\s]{1,2000}: )?HTTPS )?support not compiled in\.?$/,
  example: "https://example.org/foo-1.0.tar.gz: HTTPS support not compiled in.",
  tier: TIER_ROOT,
  severity: "error",
});

export const FETCH_WGET_TLS_ERROR = fetchRule({
  id: "fetch-wget-tls-error",
  note:
    "Round 21c: wget's TLS failures, the fetch's reason: `ERROR: cannot verify host's certificate` (no CA " +
    "bundle, a clock in the past, an intercepting proxy) and `Unable to establish SSL connection.`",
  needles: ["ERROR: cannot verify ", "Unable to establish SSL"],
  pattern:
    /^(?:wget: [^\n]{0,2000}?)?(?:ERROR: cannot verify \S{1,300}'s certificate|Unable to establish SSL connection\.?$)/,
  example:
    "ERROR: cannot verify github.com's certificate, issued by 'CN=DigiCert SHA2 High Assurance Server CA':",
  tier: TIER_ROOT,
  severity: "error",
});

export const FETCH_FAILED = fetchRule({
  id: "fetch-failed",
  needles: ["!!! Couldn't download", "!!! Fetch failed"],
  pattern: /^(?:!!! Couldn't download '|!!! Fetch failed for )/,
  example: "!!! Couldn't download 'libsndfile-1.2.2.tar.xz'. Aborting.",
  tier: TIER_ROOT,
  severity: "error",
});

export const FETCH_SUMMARY = fetchRule({
  id: "fetch-failed-summary",
  needles: ["* Fetch failed"],
  pattern: /^\s*\* Fetch failed for '/,
  example: " * Fetch failed for 'media-libs/libsndfile-1.2.2-r2', Log file:",
  // Below the reason lines, which come first (wget's 404, VERIFY FAILED) or after it (pkg_nofetch's
  // own words, fetch-restriction-reason): they win; alone it still fails an excerpt (a detail line).
  tier: TIER_DETAIL,
  severity: "error",
});

export const BUILD_NETWORK_FETCH: LineRule = {
  id: "build-network-fetch",
  note: "a build tool (setuptools' setup_requires, pip) reaching the network under network-sandbox; kind from the phase",
  needles: ["Download error on ", "Could not fetch URL ", "Couldn't find index page for "],
  pattern: /^(?:Download error on \S+: |Could not fetch URL \S+: |Couldn't find index page for )/,
  kindWithoutPhase: "compile",
  example:
    "Download error on https://pypi.org/simple/setuptools_scm/: [Errno -3] Temporary failure in name resolution -- Some packages may not be found!",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const BINHOST_INDEX_FAILED = fetchRule({
  id: "fetch-binhost-index",
  note:
    "bintree.py could not read a binary host's Packages index (the next `!!! ` line says why: HTTP 404, " +
    "urlopen timed out); emerge may go on from source, so a stronger error or a merge later wins (conclusive)",
  needles: ["Error fetching binhost package info"],
  // Portage >= 3.0.50 puts the binrepos.conf name first: `!!! [gentoo] Error fetching …`
  pattern: /^!!! (?:\[[^\]\s]{1,100}\] )?Error fetching binhost package info from /,
  example: "!!! Error fetching binhost package info from 'http://binhost.example.org/packages'",
  tier: TIER_DETAIL,
  conclusive: true,
  severity: "error",
});

export const FETCH_BINARY_FAILED = fetchRule({
  id: "fetch-binary-failed",
  note:
    "round 30c: BinpkgVerifier.py finding no binary package where its download should have put it (`!!! Fetching " +
    "Binary failed for 'cat/pkg-1.0'`; with FEATURES=pkgdir-index-trusted, `!!! Tried to use non-existent binary " +
    "for …`): the download's own lines went to emerge-fetch.log, this is the one the build log keeps",
  needles: ["!!! Fetching Binary failed for '", "!!! Tried to use non-existent binary for '"],
  pattern: /^!!! (?:Fetching Binary failed|Tried to use non-existent binary) for '/,
  example: "!!! Fetching Binary failed for 'net-misc/foo-1.0'",
  tier: TIER_ROOT,
  severity: "error",
});

export const GIT_FETCH_REF_UPDATE_FAILED: LineRule = {
  id: "git-fetch-ref-update-failed",
  note:
    "round 28: git-r3's fetch received a ref whose object it did not get (a force-pushed or broken remote, " +
    "a damaged clone in EGIT3_STORE_DIR): `fatal: update_ref failed for ref 'refs/git-r3/…': … nonexistent " +
    "object`, `error: <url> did not send all necessary objects`. The fetch failed, not the network: no infra",
  needles: ["fatal: update_ref failed for ref '", " did not send all necessary objects"],
  pattern:
    /^(?:fatal: update_ref failed for ref '[^']{1,300}': cannot update ref |error: \S{1,300} did not send all necessary objects)/,
  example:
    "fatal: update_ref failed for ref 'refs/git-r3/HEAD': cannot update ref 'refs/git-r3/HEAD': trying to write ref 'refs/git-r3/HEAD' with nonexistent object 1db32abea40ac2faa43f0d395fa97ea694790f91",
  role: "error",
  tier: TIER_ROOT,
  kind: "fetch",
  severity: "error",
};

export const FETCH_RULES: readonly LineRule[] = [
  BINHOST_INDEX_FAILED,
  FETCH_VERIFY_FAILED,
  MANIFEST_DIGEST_FAILED,
  MANIFEST_DIGEST_WARNING,
  MANIFEST_FILE_MISSING,
  FETCH_RESTRICTED,
  FETCH_VERIFY_REASON,
  FETCH_NETWORK_ERROR,
  CURL_HTTP_ERROR,
  GIT_FETCH_NETWORK_ERROR,
  GIT_FETCH_REF_UPDATE_FAILED,
  FETCH_BINARY_FAILED,
  SYNC_NETWORK_ERROR,
  SYNC_GIT_FAILED,
  FETCH_WGET_NO_HTTPS,
  FETCH_WGET_TLS_ERROR,
  BUILD_NETWORK_FETCH,
  FETCH_FAILED,
  FETCH_SUMMARY,
];
