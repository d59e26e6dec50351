// Portage's own message formats (docs/domain.md, "Markers in a Portage build log"): the header, the phase
// progress lines, the die banner and the attachment pointers. Every pattern is
// anchored and free of nested quantifiers.
import type { AttachmentRole } from "./types";

/** The keys of the header lines (EbuildPhase.py). */
export const HEADER_KEYS = ["Package", "Repository", "Maintainer", "Upstream", "USE", "FEATURES"] as const;
/** What every header line (HEADER_LINE) holds: `* Package:` and the others, one per key. */
export const HEADER_NEEDLES: readonly string[] = HEADER_KEYS.map((key) => `* ${key}:`);
/** ` * Package:    dev-libs/popt-1.19:0` and the other header keys. */
export const HEADER_LINE = new RegExp(String.raw`^\s*\* (${HEADER_KEYS.join("|")}):\s+(\S.*)$`);

/**
 * ` * ERROR: dev-libs/popt-1.19::gentoo failed (compile phase):`; the `* ` prefix
 * and the colon are optional because abridged excerpts lose them (corpus case 12).
 * Portage 2.1 (2008) printed ` * ERROR: cat/pkg-1 failed.` with no phase. The banner
 * may be glued to the end of a line that had no newline yet (a progress meter:
 * `100%  * ERROR: …`); then its ` * ` is required. Old pastes list lines as `- `. Round 51d: pkgcore's ebd prints
 * the `::` with an empty repository (`ERROR: dev-qt/qtwebengine-6.9.2-r1:: failed (pretend phase):`).
 */
export const DIE_BANNER =
  /^(?:\s*(?:- )?(?:\*\s*)?|[^\n]{0,1000}?\s\*\s+)ERROR: ([^\s:/]+\/[^\s:]+)(?:::([^\s:]*))? failed(?: \(([a-z_]+) phase\))?[:.]?$/;

/**
 * Round 21c: the banner's first part when a terminal or a writer wrapped it (` * ERROR: cat/pkg-1.0::gentoo
 * failed (configure` then `phase):`; or inside the atom): structure.ts joins it to the next line. The category
 * has a dash (or is `virtual`): automake's `ERROR: t/broken.sh` is a test's verdict, not a cut banner.
 */
export const WRAPPED_DIE_BANNER_HEAD =
  /^\s*(?:- )?(?:\*\s*)?ERROR: (?:[a-z0-9]{1,30}-[a-z0-9-]{1,30}|virtual)\/[\w+.-]{0,200}(?::{1,2}[\w-]{0,100})?(?: failed(?: \([a-z_]{0,20}(?: phase)?)?)?$/;
/** A banner's phase on the line after it, when the wrap came right after `failed`: `(compile phase):`. */
export const WRAPPED_DIE_BANNER_PHASE = /^\s*(?:\*\s*)?\(([a-z_]+) phase\):?$/;

/**
 * Round 21c: Portage's verdict on a fetched distfile, ` * foo-1.0.tar.gz BLAKE2B SHA512 size ;-) ...  [ ok ]`
 * (older hashes `SHA256 SHA512 WHIRLPOOL`): the download before it went through, whatever mirror failed first.
 */
export const DISTFILE_VERIFIED =
  /^\s*\*\s+\S{1,300} (?:[A-Z][A-Z0-9_]{1,15} ){0,8}size ;-\) \.\.\.(?:\s{0,200}\[ ok \])?\s*$/;

/** Portage <= 2006: `!!! ERROR: net-fs/samba-3.0.14a failed.` then `!!! Function src_compile, Line 90, Exitcode 2`. */
export const LEGACY_DIE_BANNER = /^\s*(?:- )?!!! ERROR: ([^\s:/]+\/[^\s:]+) failed\.?$/;
export const LEGACY_DIE_FUNCTION = /^\s*(?:- )?(?:!!!|\*) Function (?:src|pkg)_([a-z]+), Line \d+/;
/** Portage 2.1's banner without a phase puts the message under the call stack and the snippet. */
export const DIE_MESSAGE_HEADER = /^\s*(?:- )?(?:\*\s*)?The die message:$/;

export interface SectionMarker {
  phase: string;
  prefix: string;
}

/** `>>>` progress lines that open a phase section (a repeated phase continues the open one). */
export const SECTION_STARTS: readonly SectionMarker[] = [
  { phase: "fetch", prefix: ">>> Downloading " },
  { phase: "unpack", prefix: ">>> Unpacking source" },
  { phase: "prepare", prefix: ">>> Preparing source in " },
  { phase: "configure", prefix: ">>> Configuring source in " },
  { phase: "compile", prefix: ">>> Compiling source in " },
  { phase: "test", prefix: ">>> Test phase" },
  { phase: "install", prefix: ">>> Install " },
  { phase: "merge", prefix: " * checking " },
  { phase: "merge", prefix: ">>> Merging " },
];

/** Progress lines that close the open section. */
export const SECTION_ENDS: readonly string[] = [
  ">>> Source unpacked",
  ">>> Source prepared",
  ">>> Source configured",
  ">>> Source compiled",
  ">>> Completed testing",
  ">>> Completed installing",
];

/** A build that got this far did not fail in an ebuild phase. */
export const SUCCESS_MARKER =
  /^>>> (?:[^\s:/]+\/\S+ merged(?:\.\s*$| despite file collisions)|Completed installing )/;
/**
 * With FEATURES="-collision-protect" a collision is a warning: Portage says so
 * (` * Package 'cat/pkg-1' merged despite file collisions. If necessary, ...`).
 */
export const MERGED_DESPITE_COLLISIONS = "merged despite file collisions";
/**
 * The collision report's own sentence when neither collision-protect nor protect-owned is set
 * (vartree.py: `Add either "collision-protect" or "protect-owned" to FEATURES in make.conf if you would
 * like the merge to abort in cases like this.`; before 2008 `Add "collision-protect" …`): Portage goes on
 * to merge, in an excerpt cut before its `merged despite` too. These words stay on one line at every
 * version's 70-column wrap.
 */
export const MERGE_WOULD_NOT_ABORT = "like the merge to abort";
/** …unless the collisions are between symlinks and directories (`Package '…' NOT merged since it has …`). */
export const NOT_MERGED = "NOT merged";

// The ` * ` may be missing: elog's save module and some pastes print the messages bare.
// Portage before 2.2 printed the owner as a bare `cat/pkg-ver` (no slot, no repository).
export const COLLISION_OWNER = /^\s*(?:\*\s+)?([\w+.-]+\/[\w+.-]+)(?::[^:\s]+::\S+)?$/;
export const NOT_MERGED_PACKAGE = /^\s*(?:\* )?Package '([^'\s]+)' NOT merged/;
export const FETCH_FAILED_PACKAGE = /^\s*\* Fetch failed for '([^'\s]+)'/;
export const DEPENDENCY_REQUIRED_BY = /^\(dependency required by "([^"\s]+)" \[ebuild\]\)$/;
/**
 * `>>> Failed to install X,` when the merge itself failed (a full disk while copying the image). Round 30c:
 * Scheduler.py adds `, Log file:` only when the package has a build log and ` for /root` (` to /root`) when ROOT is
 * not `/`: a binary package whose download failed has no log yet (`>>> Failed to emerge net-misc/foo-1.0`).
 */
export const FAILED_TO_EMERGE = /^>>> Failed to (?:emerge|install) ([^\s,]+)(?:,| (?:for|to) \S| *$)/;
/**
 * A package's download under way before its build: Binpkg.py's `Fetching in the background:` path of a binary
 * package (`/var/cache/binpkgs/…/foo-1.0-1.gpkg.tar.partial`, also an `.xpak` or `.tbz2`), emerge.log's `---
 * (1 of 1) Fetching Binary (…)`, emerge --fetchonly's `>>> Fetching (1 of 2) cat/pkg-1.0::repo` (round 30c).
 */
export const PACKAGE_FETCH_NEEDLES: readonly string[] = [".partial", ">>> Fetching (", ") Fetching Binary ("];
export const PACKAGE_FETCH =
  /^>>> Fetching \(\d+ of \d+\) \S|\) Fetching Binary \(|\.(?:gpkg\.tar|xpak|tbz2)\.partial'?\s*$/;

/** Where the resolver's output names a package, best first (structure.ts keeps the best seen). */
export interface AtomSource {
  pattern: RegExp;
  /** Lower is better; sources of equal rank: the first seen wins unless `lastWins`. */
  rank: number;
  /** "(dependency required by …)" chains: the last one is closest to the requested package. */
  lastWins?: boolean;
  example: string;
}

const CPV = String.raw`[\w+.-]+\/[\w+.-]+`;

export const ATOM_SOURCES: readonly AtomSource[] = [
  { pattern: NOT_MERGED_PACKAGE, rank: 0, example: " * Package 'dev-libs/foo-1.0' NOT merged due to file" },
  {
    pattern: FETCH_FAILED_PACKAGE,
    rank: 0,
    example: " * Fetch failed for 'media-libs/libsndfile-1.2.2-r2', Log file:",
  },
  { pattern: FAILED_TO_EMERGE, rank: 0, example: ">>> Failed to emerge dev-libs/foo-1.0, Log file:" },
  {
    pattern: new RegExp(String.raw`^!!! (${CPV}) has fetch restriction turned on\.`),
    rank: 0,
    example: "!!! dev-java/oracle-jdk-bin-1.8.0.202 has fetch restriction turned on.",
  },
  {
    // The build's own progress lines (session 10): an excerpt cut above its banner, or with the banner cut
    // after its first words, still names the package it was building. The last one is the build that failed.
    pattern: new RegExp(
      String.raw`^>>> (?:(?:Emerging|Installing) (?:binary )?\(\d+ of \d+\)|Install|Completed installing|Test phase:|Completed testing) (${CPV})`,
    ),
    rank: 1,
    lastWins: true,
    example: ">>> Install dev-haskell/parser-combinators-tests-1.2.1-r1 into /var/tmp/portage/dev-haskell/",
  },
  {
    // Round 33: pkg-testing-tool's summary names the atom of each failed run (all the same package).
    pattern: new RegExp(`^atom: =(${CPV}), USE flags: '`),
    rank: 1,
    example: "atom: =app-emulation/xen-tools-4.13.3, USE flags: '-api -doc -flask hvm'",
  },
  {
    pattern: DEPENDENCY_REQUIRED_BY,
    rank: 2,
    lastWins: true,
    example: '(dependency required by "media-sound/sox-14.4.2_p20210509-r3::gentoo[ogg]" [ebuild])',
  },
  {
    pattern: new RegExp(`^# required by (${CPV})`),
    rank: 2,
    lastWins: true,
    example: "# required by media-video/ffmpeg-6.1.1::gentoo[vaapi]",
  },
  {
    pattern: new RegExp(
      String.raw`^\s*\((${CPV})(?::[^\s,:]*)?(?:::[^\s,]+)?, (?:ebuild|binary) scheduled for merge\)`,
    ),
    rank: 3,
    example: "  (net-libs/librouteros-1.1.2:0/0::gentoo, ebuild scheduled for merge) pulled in by",
  },
  {
    pattern: new RegExp(String.raw`^\[(?:ebuild|binary)[^\]]{0,20}\] (${CPV})`),
    rank: 4,
    example: '[ebuild  N     ] net-libs/librouteros-1.1.2  USE="-debug -static-libs"',
  },
  {
    pattern: new RegExp(
      String.raw`^(?:!!! All ebuilds that could satisfy |(?:emerge: t|!!! T)here are no ebuilds (?:built with USE flags )?to satisfy |!!! The ebuild selected to satisfy |\[blocks B +\] \S+ \()"[<>=~!]*(${CPV})`,
    ),
    rank: 5,
    example: '!!! All ebuilds that could satisfy "=dev-lang/rust-1.80.0" have been masked.',
  },
];

/**
 * Portage refusing a helper or function the ebuild's EAPI no longer has, or one called wrongly (round 21b): the
 * die message `'dohtml' has been banned for EAPI '7'` (phase-helpers.sh and the ebuild helpers, for dohtml,
 * einstall, dolib, libopts), `'useq' banned in EAPI 8`, `… is banned in EAPI N`, an option refused
 * (`has_version: option --host-root is not supported with EAPI 7`), `dosym: two arguments needed`, `newins: Need
 * two arguments, old file and new file`, `dodoc: at least one argument needed`. The ebuild's own mistake: result.ts
 * takes such a die message over a tool's complaint above it in the phase.
 */
export const EAPI_REFUSED_DIE =
  /^\s*(?:\* +)?(?:\S+: )?(?:(?:'[\w-]+'|"[\w-]+"|[\w-]+)(?:: option \S+)? (?:(?:has been |is )?banned (?:for|in) EAPI|(?:is )?not supported (?:with|in this) EAPI)\b|[\w-]+: (?:at least one argument needed|two arguments needed|Need two arguments\b))/;

/**
 * The package a build directory belongs to (`/var/tmp/portage/dev-libs/foo-1.0/work/…`, any PORTAGE_TMPDIR):
 * an excerpt cut above its banner and its `>>>` lines still names it in the paths of its errors (round 19).
 * A category has a `-` (`dev-libs`), or is `virtual`.
 */
export const BUILD_DIR_ATOM =
  /\/portage\/((?:[a-z0-9]+(?:-[a-z0-9]+)+|virtual)\/[A-Za-z0-9+_][\w+.-]{0,120})\/(?:work|temp|image|homedir|build-info)\//;

export interface HintRule {
  id: string;
  pattern: RegExp;
  /** true: the path is on the next line; false: capture group 1 holds it. */
  pathOnNextLine: boolean;
  example: string;
}

export const ATTACHMENT_HINTS: readonly HintRule[] = [
  {
    id: "hint-include-contents",
    pattern: /Include in your bug report the contents of:?\s*(\S*)$/,
    pathOnNextLine: false,
    example: " * Include in your bug report the contents of /var/tmp/portage/x/y-1/work/y-1/config.log",
  },
  {
    id: "hint-please-attach",
    pattern: /^!!! Please attach the following file when seeking support:$/,
    pathOnNextLine: true,
    example: "!!! Please attach the following file when seeking support:",
  },
  {
    id: "hint-ctest-lasttest",
    pattern: /Tests failed\. When you file a bug, please attach the following file:$/,
    pathOnNextLine: true,
    example: "Tests failed. When you file a bug, please attach the following file:",
  },
  {
    id: "hint-cmake-see-also",
    pattern: /^See also "([^"]+)"/,
    pathOnNextLine: false,
    example: 'See also "/var/tmp/portage/x/y-1/work/y-1_build/CMakeFiles/CMakeOutput.log".',
  },
  {
    id: "hint-meson-full-log",
    pattern: /^A full log can be found at (\S+)$/,
    pathOnNextLine: false,
    example: "A full log can be found at /var/tmp/portage/x/y-1/work/y-1-build/meson-logs/meson-log.txt",
  },
  {
    id: "hint-automake-test-suite",
    pattern: /^See (\S*test-suite\.log)$/,
    pathOnNextLine: false,
    example: "See tests/test-suite.log",
  },
  {
    id: "hint-sandbox-log",
    pattern: /LOG FILE ?[:=] ?"([^"]+)"/,
    pathOnNextLine: false,
    example: 'LOG FILE = "/var/log/sandbox/sandbox-net-fs_-_samba-3.0.14a-r2-21241.log"',
  },
];

/** Which attachment parser understands a file, from its name alone. */
export function attachmentRoleFor(fileName: string): AttachmentRole {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1).replace(/\.(?:xz|gz|bz2)$/, "");
  if (base === "config.log") return "config-log";
  if (base === "CMakeError.log") return "cmake-error-log";
  if (base === "CMakeOutput.log") return "cmake-output-log";
  if (base === "CMakeConfigureLog.yaml") return "cmake-configure-log";
  if (base === "meson-log.txt") return "meson-log";
  if (base === "test-suite.log") return "test-suite-log";
  if (base === "LastTest.log" || base.startsWith("LastTestsFailed")) return "ctest-log";
  if (base.startsWith("sandbox-") && base.endsWith(".log")) return "sandbox-log";
  return "other";
}
