// Portage's own failures outside an ebuild phase, which print no die banner: merging the image onto
// the live filesystem (movefile.py), syncing the tree (sync/modules/rsync), and an ebuild's pkg_nofetch
// telling why its files cannot be fetched. Without a banner a build fails on a tier-4 line (or a tier-3
// one when nothing says it went through): the lines Portage prints only as it gives up are TIER_PORTAGE.
import { type LineRule, TIER_PORTAGE, TIER_ROOT } from "./rule";

export const MERGE_FILE_FAILED: LineRule = {
  id: "merge-file-failed",
  note:
    "movefile.py could not put a file of the image in place while `>>> Merging … to /` (a symlink onto a " +
    "filesystem without them, /boot mounted read-only, an immutable file). The `!!! src -> dest` and " +
    "`!!! [Errno 1] Operation not permitted` lines under it are its detail. A full disk is `[Errno 28] No " +
    "space left on device` under the same head, which disk-full (tier 5) takes",
  needles: [
    "!!! failed to properly create symlink",
    "!!! Failed to move ",
    "!!! Failed to rename ",
    "!!! Failed to remove hardlink temp file",
    "!!! Failed to stat in movefile",
    "!!! Stating source file failed",
    "!!! copy ",
  ],
  pattern:
    /^!!! (?:failed to properly create symlink:|Failed to move (?:file\.|special file:|\S+ to \S)|Failed to rename \S+ to \S|Failed to remove hardlink temp file: |Failed to stat in movefile\(\)|Stating source file failed\.\.\. movefile\(\)|copy \S+ -> \S+ failed\.$)/,
  example: "!!! failed to properly create symlink:",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
};

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

export const PORTAGE_EXTRA_RULES: readonly LineRule[] = [
  MERGE_FILE_FAILED,
  SYNC_REFUSED,
  SYNC_FAILED,
  FETCH_RESTRICTION_REASON,
];
