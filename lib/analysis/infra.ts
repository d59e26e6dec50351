// Infrastructure failures: the tinderbox broke, not the package (full disk, a failing disk, OOM
// kill, no network while fetching, no sandbox/ptrace, a broken qemu-user emulation, a timeout, Portage
// itself crashing). Nobody should file those against the maintainer. Decided from the
// chosen primary plus a few lines the analyzer shows the watcher; the watcher
// keeps the first line per reason only (bounded).
import { NeedleScanner } from "./needle-scan";
import { GIT_NETWORK_WORDING } from "./rules/fetch";
import { DISK_IO_RULE_IDS, EMULATION_RULE_IDS, QEMU_USER_ARCHES, QEMU_USER_ERROR } from "./rules/host";
import { PKGCORE_BUILD_EXCEPTION, PKGCORE_CAUGHT_EXCEPTION } from "./rules/pkgcore";
import { type LineRule, TIER_ROOT } from "./rules/rule";
import { PACKAGE_MANAGER_SHELL_ERROR } from "./rules/shell";
import type { FailureKind, InfraFailure, InfraReason, PrimaryError } from "./types";

const TRACEBACK_HEADER = "Traceback (most recent call last):";
/** A Portage frame this close after a traceback's header makes the header the crash's line. */
const TRACEBACK_REACH = 30;

/**
 * Portage's own helper scripts that no ebuild calls: it runs them itself around every phase
 * (filter-bash-environment.py saves each phase's environment) or when it packs a binary package.
 * Not doins.py and the other ebuild helpers, whose failures are the package's (a missing file).
 */
const PORTAGE_OWN_HELPERS = ["filter-bash-environment.py", "xpak-helper.py", "gpkg-helper.py"];
const SYNC_NEEDLES = [">>> Syncing repository '", "Action: sync for repo: ", "!!! git "];

/** The needles of the lines infraReasonOf reads. */
const REASON_NEEDLES: readonly string[] = [
  "Out of memory: Kill",
  "oom-kill",
  "ISE:",
  "ptrace",
  "process_vm_readv",
  "sandbox:",
  "timeout: sending signal",
  "Terminated",
  "exit code 124",
  "exit status 124",
  "site-packages/portage/",
  "site-packages/_emerge/",
  "site-packages/pkgcore/",
  "site-packages/layman/",
  "site-packages/ego/",
  "/share/ego/",
  "chromite/scripts/parallel_emerge",
  "chromite/bin/parallel_emerge",
  "chromite/scripts/cros_run_unit_tests",
  "chromite/bin/cros_run_unit_tests",
  "/chromite/lib/",
  "/portage/pym/",
  "/usr/lib/portage/",
  "ebuild-helpers/",
  "ebuild-ipc",
  ...PORTAGE_OWN_HELPERS,
  TRACEBACK_HEADER,
  // The kernel on a failing disk (KERNEL_DISK_ERROR) and a log showing qemu-user at work (EMULATION_SIGN).
  ...["EXT2-fs ", "EXT3-fs ", "EXT4-fs ", "BTRFS ", "XFS (", "Buffer I/O error on dev", "I/O error, dev "],
  ...["binfmt_misc", "update-binfmts", ".buildkit_qemu_emulator", "qemu: "],
  ...QEMU_USER_ARCHES.map((arch) => `qemu-${arch}-static`),
];

/** Every line `InfraWatcher.observe` reacts to holds one of these (the analyzer's line gate relies on it). */
export const INFRA_NEEDLES: readonly string[] = [
  ...REASON_NEEDLES,
  // The exception ending a Portage traceback (InfraWatcher.crashException), indented or not.
  "Error: ",
  "Exception: ",
  "portage.exception.",
  // emerge --sync / emaint sync running (InfraWatcher.syncing).
  ...SYNC_NEEDLES,
];

const INFRA_SCAN = new NeedleScanner(INFRA_NEEDLES);
// Most lines with an exception's needle are no infra line: their regexes (infraReasonOf) are skipped.
const REASON_SCAN = new NeedleScanner(REASON_NEEDLES);

// portage/sync/controller.py's `>>> Syncing repository 'gentoo' into '/var/db/repos/gentoo'...`, emaint
// sync's `Action: sync for repo: gentoo, returned code = 1`, the git module's `!!! git clone error in …`.
const SYNC_LINE =
  /^(?:>>> Syncing repository '[^']*' into '|Action: sync for repo: |!!! git (?:clone|fetch|pull|merge) error in \/)/;

// Kernel OOM killer lines copied into the log (dmesg, tinderbox's own check).
const KERNEL_OOM = /(?:Out of memory: Kill(?:ed)? process|invoked oom-killer|oom-kill:)/;
const TIMEOUT_SIGNAL = /^timeout: sending signal \w+ to command/;
const TIMEOUT_EXIT = /exit (?:code|status):? 124\b/;
const TERMINATED = /^(?:\S+: line \d+: +\d+ )?Terminated\b/;
// The kernel reporting the disk or its file system failing, in a pasted dmesg or syslog (`[15163.781999]
// EXT4-fs error (device dm-25): ext4_journal_check_start:56: Detected aborted journal`, `EXT4-fs (dm-25):
// Remounting filesystem read-only`, `Buffer I/O error on dev sda1, logical block 0`): like the OOM killer's
// line, it explains whatever failed in the build (infra disk-io).
export const KERNEL_DISK_ERROR =
  /EXT[234]-fs error \(device [^\s)]+\)|EXT[234]-fs \([^\s)]+\): (?:Remounting filesystem read-only|(?:previous )?I\/O error)|BTRFS (?:error|critical) \(device [^\s)]+\)|XFS \([^\s)]+\): (?:Corruption (?:of in-memory data|detected)|(?:metadata|log) I\/O error|Filesystem has been shut down)|Buffer I\/O error on dev(?:ice)? \w|\bI\/O error, dev \w+, sector \d/;
// A line showing the build running foreign binaries through qemu-user and binfmt_misc (registering a handler,
// copying `qemu-aarch64-static` into the chroot, buildkit's emulator, qemu's own report): an Exec format error
// after it is the emulation's, not a package building for the wrong architecture (infra emulation).
export const EMULATION_SIGN = new RegExp(
  String.raw`binfmt_misc|update-binfmts|\.buildkit_qemu_emulator|\bqemu-(?:${QEMU_USER_ARCHES.join("|")})-static\b`,
);
/** The kernel's ENOEXEC, in any tool's spelling (bash's `Exec format error`, Go's `exec format error`). */
const EXEC_FORMAT_ERROR = /exec format error/i;
// Portage up to 2.3 lived in /usr/lib*/portage/pym/ (`File "/usr/lib64/portage/pym/_emerge/main.py"`). Portage's
// other front ends crash the same way (round 24): pkgcore's pmerge (`…/site-packages/pkgcore/scripts/pmerge.py`) and
// ChromiumOS chromite's parallel_emerge and cros_run_unit_tests (`/mnt/host/source/chromite/scripts/parallel_emerge.py`).
// Round 30c: and the tree's other front ends that sync or manage it: Funtoo's ego (`/usr/share/ego/modules/sync.ego`,
// `/usr/share/ego/python/ego/module.py`) and layman (`…/site-packages/layman/cli.py`); emaint's frames are
// portage's own (`…/site-packages/portage/emaint/`). eix-sync is a shell script and eix C++: no traceback of theirs.
const PORTAGE_FRAME =
  /^\s*File "(?:[^"]*\/(?:site-packages|portage\/pym)\/(?:portage|_emerge|pkgcore|layman|ego)\/|[^"]*\/share\/ego\/|[^"]*\/chromite\/(?:scripts|bin)\/(?:parallel_emerge|cros_run_unit_tests)(?:\.py)?")/;
// chromite's own library, called by one of its Portage front ends above (`…/chromite/lib/cros_build_lib.py`): a
// frame of the front end's crash only inside a traceback that already passed through the front end.
const CHROMITE_LIB_FRAME = /^\s*File "[^"]*\/chromite\/lib\//;
// bash reporting that one of Portage's own helpers died of a signal (ebuild-ipc
// segfaulting after "Source compiled."): Portage crashed, not the package.
const PORTAGE_HELPER_CRASH =
  /^\/usr\/lib\/portage\/\S+: line \d+: +\d+ (?:Segmentation fault|Bus error|Illegal instruction|Aborted)/;
// Portage's own helper missing from its install (ebuild-ipc, an ebuild-helpers script):
// every phase that calls it fails, whatever the package.
export const PORTAGE_HELPER_MISSING =
  /^(?:File not found: '?\S*\/(?:ebuild-helpers\/|ebuild-ipc)|[^\n]{0,500}?[/ ](?:ebuild-helpers\/[^\s:'"]+|ebuild-ipc(?:\.py)?)['"]?: (?:\[Errno 2\] )?(?:No such file or directory|not found|command not found)$)/;

// One of PORTAGE_OWN_HELPERS failing, in any of the ways a log says it: the die message of
// phase-functions.sh (` *   filter-bash-environment.py failed`, Portage 2.1-3.0, in postinst/preinst/postrm
// too), a traceback frame inside it (`File "/usr/lib/portage/python3.11/filter-bash-environment.py", line
// 150, in <module>`), bash unable to run it (`…/filter-bash-environment.py: Permission denied`). The
// builder's Portage (or its Python) broke, not the package: issue 10, round 15.
export const PORTAGE_OWN_HELPER_FAILED =
  /(?:^|[\s/'"])(?:filter-bash-environment|xpak-helper|gpkg-helper)\.py(?: failed\b|['"]?, line \d+|: )/;
/** A Python exception line (`ImportError: …`, `portage.exception.X: …`), the last line of a traceback. */
// Portage's own exception classes are named for what is wrong (`portage.exception.InvalidAtom: …`).
const PYTHON_EXCEPTION_LINE = /^(?:[\w.]*(?:Error|Exception)|portage\.exception\.\w+): /;
/** Lines from a traceback's last Portage frame to its exception (frames of the stdlib module it imported). */
const EXCEPTION_REACH = 12;
// Round 52d: a traceback asking Portage for an ebuild's metadata: a frame of porttree's `aux_get` (a script's
// `portdb.aux_get(cpv, …)`, emerge's own lookups), or the KeyError it ends in when the ebuild gave none
// (`portage.exception.PortageKeyError: 'cat/pkg-1'`, a plain `KeyError: 'cat/pkg-1'`).
const METADATA_LOOKUP_FRAME = /, in (?:async_)?aux_get$/;
const METADATA_KEY_ERROR = /^(?:portage\.exception\.Portage)?KeyError: /;

/**
 * Not in the table: the exception that ends Portage's own traceback (InfraWatcher.endsPortageTraceback),
 * whatever rule its text matched (`ImportError: …/binascii.so: undefined symbol: crc32` reads as ld's
 * `undefined symbol`). emerge crashed: no package's link or compile step failed, so the kind is unknown.
 */
export const PORTAGE_CRASH_EXCEPTION: LineRule = {
  id: "portage-crash-exception",
  needles: ["Error: ", "Exception: "],
  pattern: PYTHON_EXCEPTION_LINE,
  example:
    "ImportError: /usr/lib64/python3.11/lib-dynload/binascii.cpython-311-x86_64-linux-gnu.so: undefined symbol: crc32",
  role: "error",
  tier: TIER_ROOT,
  kind: "unknown",
  severity: "error",
};

type Seen = Partial<Record<InfraReason | "terminated" | "emulation-sign", { line: number; text: string }>>;

// An upstream host that refuses the connection, or has no route, is a dead SRC_URI host (the
// package's to fix): the builder's network worked well enough to get that answer, usually after a
// mirror's 404. The same answer from a Gentoo mirror, a name that does not resolve (a real host
// may fail to on the builder: heldout case fetch-dns-failure-upstream-torbrowser), a timeout or
// curl's own failure stay the builder's network.
const HOST_GONE =
  /^Connecting to ([^\s|]+)(?: \([^()]*\))?\|[^|\s]*\|:\d+\.\.\. failed: (?:Connection refused|No route to host)\b/;
const GENTOO_HOST = /gentoo/i;

/**
 * True when a download's failure line (rules/fetch.ts fetch-network-error) says the upstream host is
 * gone, not the builder's network: a host other than a Gentoo mirror refused the connection or had no
 * route (HOST_GONE).
 */
export function upstreamGone(text: string): boolean {
  const gone = HOST_GONE.exec(text);
  return gone !== null && !GENTOO_HOST.test(gone[1]);
}

// A name that does not resolve after a server already answered a download in the same log (a mirror's 404) is no
// network failure of the builder: its resolver and network just worked, and the answer says the file is missing
// (LABELLING.md conventions 8 and 9: infra network only when no server answered at all). getaddrinfo's EAI_NONAME
// (`failed: Name or service not known.`: a dead SRC_URI host) and, since round 30c, its EAI_AGAIN (`Temporary
// failure in name resolution`: a local mirror and a public one answered 404, then upstream's name failed) and
// EAI_NODATA (`No address associated with hostname`). A name that fails before any server answered stays the
// builder's network.
export const NAME_UNKNOWN =
  /^Resolving (\S+)(?: \([^()]*\))?\.\.\. failed: (?:Name or service not known|Temporary failure in name resolution|No address associated with hostname)\b/;
// wget's own summary of the failure (`wget: unable to resolve host address ‘x’`, all a condensed paste may keep of
// it) and curl's (`curl: (6) Could not resolve host: x`): the same name failure in other words (round 30c).
export const UNRESOLVED_HOST =
  /^(?:wget: unable to resolve host address [‘'`"]?|curl: \(6\) Could not resolve host: )([^’'`"\s]+)/;

/**
 * The host of a download failure line that names a host that did not resolve (NAME_UNKNOWN, UNRESOLVED_HOST), or
 * null. The analyzer asks only once a server answered a download in the same log.
 */
export function unknownHostOf(text: string): string | null {
  return (NAME_UNKNOWN.exec(text) ?? UNRESOLVED_HOST.exec(text))?.[1] ?? null;
}

// Round 43: wget's `Unable to establish SSL connection.` right after `Connecting to host|ip|:443... connected.`: the
// handshake broke off (a middlebox, a filtered or reset link, a wget too old for the server's TLS), so no server
// answered; the builder's network, as a connection that fails (LABELLING.md convention 9's spirit). A certificate
// wget could not verify (`ERROR: cannot verify host's certificate`, the same rule) is an answer: no infra.
const TLS_HANDSHAKE_FAILED = /^Unable to establish SSL connection\.?$/;

function isTlsHandshakeFailure(primary: PrimaryError): boolean {
  return primary.ruleId === "fetch-wget-tls-error" && TLS_HANDSHAKE_FAILED.test(primary.text);
}

export class InfraWatcher {
  private readonly seen: Seen = {};
  private traceback: { line: number; text: string } | null = null;
  /** The exception line ending the first Portage traceback: a crash's primary (its header stays the infra line). */
  private crashException: { line: number; text: string } | null = null;
  /** An `emerge --sync` or `emaint sync` ran: a remote git could not serve is the mirror's (SYNC_LINE). */
  private syncing = false;
  /** The latest Portage frame of a traceback (PORTAGE_FRAME). */
  private portageFrame = -1;
  /** The header line of the first traceback that asked Portage for an ebuild's metadata (METADATA_LOOKUP_FRAME). */
  private metadataLookup: number | null = null;

  /** Feeds a cleaned line that passed the gate; `holdsNeedle` says whether it holds one of INFRA_NEEDLES. */
  observe(text: string, line: number, holdsNeedle = INFRA_SCAN.test(text)): void {
    if (!holdsNeedle) return;
    // A traceback indented as a whole (pasted under a list item) ends in an indented exception too.
    const exception = text.trimStart();
    if (this.endsPortageTraceback(exception, line)) {
      this.crashException ??= { line, text: exception.slice(0, 1000) };
      if (this.traceback && METADATA_KEY_ERROR.test(exception)) this.metadataLookup ??= this.traceback.line;
      return;
    }
    if (SYNC_LINE.test(text)) {
      this.syncing = true;
      return;
    }
    if (!REASON_SCAN.test(text)) return;
    if (text.includes(TRACEBACK_HEADER)) {
      this.traceback = { line, text: text.slice(0, 1000) };
      return;
    }
    const reason = infraReasonOf(text);
    if (reason === "portage-crash" && PORTAGE_FRAME.test(text)) {
      this.portageFrame = line;
      if (this.traceback && METADATA_LOOKUP_FRAME.test(text.trimEnd()))
        this.metadataLookup ??= this.traceback.line;
    } else if (this.inFrontEndTraceback() && CHROMITE_LIB_FRAME.test(text)) this.portageFrame = line;
    // Portage crashed: the traceback's header is where its report starts (the line to read from).
    const header = this.traceback;
    if (reason === "portage-crash" && header && line - header.line <= TRACEBACK_REACH && !this.seen[reason]) {
      this.seen[reason] = header;
      return;
    }
    if (reason && !this.seen[reason]) this.seen[reason] = { line, text: text.slice(0, 1000) };
  }

  /**
   * The infrastructure failure the log shows, if any; `primary` is the chosen primary error. `packageManagerDie`: the
   * die's call stack is wholly the package manager's own (call-stack.ts packageManagerOnly).
   */
  classify(
    primary: PrimaryError | null,
    kind: FailureKind,
    phase: string | null,
    packageManagerDie = false,
  ): InfraFailure | null {
    if (!primary)
      return this.seen["portage-crash"] ? { reason: "portage-crash", ...this.seen["portage-crash"] } : null;
    const at = { line: primary.line, text: primary.text };
    if (kind === "oom") return { reason: "oom", ...at };
    if (kind === "disk-full") return { reason: "disk-full", ...at };
    const fromHost = this.hostFailure(primary, phase);
    if (fromHost) return { reason: fromHost, ...at };
    if (
      (primary.ruleId === "fetch-network-error" || isTlsHandshakeFailure(primary)) &&
      (phase === "fetch" || phase === null)
    )
      return { reason: "network", ...at };
    // `emerge --sync` could not reach its mirror, or its git module could not update a repository (round 30c: the
    // machine's sync setup, as the held-out sets label sync failures): no package is involved at all.
    if (primary.ruleId === "sync-network-error" || primary.ruleId === "sync-git-failed")
      return { reason: "network", ...at };
    // git-r3 fetches in src_unpack; a test's own git clone is the package's business. A sync's git
    // failing in any way (`fatal: repository '…' not found`) is the mirror's: no package is involved.
    if (
      primary.ruleId === "git-fetch-network-error" &&
      (GIT_NETWORK_WORDING.test(primary.text) || this.syncing) &&
      (phase === "unpack" || phase === "fetch" || phase === null)
    )
      return { reason: "network", ...at };
    if (packageManagerFailed(primary, phase, packageManagerDie)) return { reason: "portage-crash", ...at };
    for (const reason of ["oom", "disk-io", "sandbox-unavailable", "portage-crash", "timeout"] as const) {
      // Portage's helper failing after the loader could not start python (glibc unmerged under the
      // running emerge, round 17) is the system being broken, not Portage crashing.
      if (reason === "portage-crash" && primary.ruleId === "shared-library-missing") continue;
      if (reason === "portage-crash" && this.dependDieExplainsTraceback(primary, phase)) continue;
      const hit = this.seen[reason];
      if (hit) return { reason, ...hit };
    }
    // "Terminated" alone is any SIGTERM; with a timeout's exit code it is the tinderbox's timeout.
    const terminated = this.seen.terminated;
    return terminated && this.seen.timeout ? { reason: "timeout", ...terminated } : null;
  }

  /**
   * The builder's disk or emulator, when the primary line says so (rules/host.ts): disk-io or emulation. Not
   * in src_test: a test exercising I/O errors, or a test program crashing under qemu-user, is the test's.
   */
  private hostFailure(primary: PrimaryError, phase: string | null): InfraReason | null {
    if (phase === "test") return null;
    if (DISK_IO_RULE_IDS.has(primary.ruleId)) return "disk-io";
    if (EMULATION_RULE_IDS.has(primary.ruleId)) return "emulation";
    // A program that will not run after the log showed qemu-user and binfmt_misc at work (EMULATION_SIGN).
    const sign = this.seen["emulation-sign"];
    return sign && sign.line < primary.line && EXEC_FORMAT_ERROR.test(primary.text) ? "emulation" : null;
  }

  /**
   * Round 52d: an ebuild died in the depend phase (an eclass refusing its EAPI or PYTHON_COMPAT, a missing eclass, a
   * global-scope die) and then the program that asked Portage for its metadata (egencache, an overlay's site script
   * calling `portdb.aux_get`, emerge) raised the KeyError Portage answers with. The die explains the traceback: the
   * package's bug, not Portage's. The crash must come after the die and be such a metadata lookup; any other
   * traceback (Portage's own TypeError, a lookup with no die above it) stays portage-crash.
   */
  private dependDieExplainsTraceback(primary: PrimaryError, phase: string | null): boolean {
    const crash = this.seen["portage-crash"];
    return (
      phase === "depend" &&
      crash !== undefined &&
      crash.line > primary.line &&
      this.metadataLookup === crash.line
    );
  }

  /** The latest traceback has passed through a Portage frame (PORTAGE_FRAME). */
  private inFrontEndTraceback(): boolean {
    return this.traceback !== null && this.portageFrame > this.traceback.line;
  }

  /**
   * True when `text`, at `line`, is the exception ending a traceback through Portage's own modules:
   * a Portage frame of the latest traceback came at most EXCEPTION_REACH lines before.
   */
  endsPortageTraceback(text: string, line: number): boolean {
    const header = this.traceback;
    return (
      header !== null &&
      this.portageFrame > header.line &&
      line - this.portageFrame <= EXCEPTION_REACH &&
      PYTHON_EXCEPTION_LINE.test(text)
    );
  }

  /**
   * A Portage traceback with nothing else wrong: the build failed in Portage itself. The line to
   * show is the exception it ended in (`TypeError: …`), else its header.
   */
  get portageCrash(): { line: number; text: string } | null {
    const crash = this.seen["portage-crash"];
    if (!crash) return null;
    return this.crashException && this.crashException.line > crash.line ? this.crashException : crash;
  }
}

/**
 * Round 51d: the package manager failed in its own code, not the package's: pmerge caught an exception pkgcore's own
 * Python raised while it ran a phase (PKGCORE_CAUGHT_EXCEPTION); or the die came from a stack without an ebuild or
 * eclass frame and the primary is bash complaining inside the package manager's scripts, or anything in the package
 * phase (Portage's __dyn_package packing the image: `tar: .: Cannot open: Bad file descriptor`; a full disk returned
 * disk-full before). The ebuild's own bash errors (`environment: line N:`) and an eclass frame are the package's.
 */
function packageManagerFailed(
  primary: PrimaryError,
  phase: string | null,
  packageManagerDie: boolean,
): boolean {
  if (primary.ruleId === PKGCORE_BUILD_EXCEPTION.id) return PKGCORE_CAUGHT_EXCEPTION.test(primary.text);
  if (!packageManagerDie) return false;
  return primary.ruleId === PACKAGE_MANAGER_SHELL_ERROR.id || phase === "package";
}

function infraReasonOf(text: string): InfraReason | "terminated" | "emulation-sign" | null {
  if (KERNEL_OOM.test(text)) return "oom";
  if (KERNEL_DISK_ERROR.test(text)) return "disk-io";
  if (SANDBOX_REFUSED.test(text)) return "sandbox-unavailable";
  if (EMULATION_SIGN.test(text) || QEMU_USER_ERROR.pattern.test(text)) return "emulation-sign";
  if (TIMEOUT_SIGNAL.test(text) || TIMEOUT_EXIT.test(text)) return "timeout";
  if (TERMINATED.test(text)) return "terminated";
  if (
    PORTAGE_FRAME.test(text) ||
    PORTAGE_HELPER_CRASH.test(text) ||
    PORTAGE_HELPER_MISSING.test(text) ||
    PORTAGE_OWN_HELPER_FAILED.test(text)
  )
    return "portage-crash";
  return null;
}

// libsandbox refusing to work, the one definition (round 21a's rule reads it too, rules/environment.ts
// sandbox-unavailable): its internal error (`ISE:_do_ptrace: ptrace(PTRACE_TRACEME, …): Operation not
// permitted`, older `ISE: do_peekdata: ptrace(…)`, `ISE:do_peekstr:process_vm_readv(…) failed`), a refused
// `ptrace(PTRACE_…)` or `process_vm_readv(…)` (a container forbidding them, round 20), its own `sandbox:… unable
// to|failed to` setup lines.
const SANDBOX_REFUSED =
  /\bISE: ?\w+:? ?(?:ptrace|process_vm_readv)\(|\bptrace\(PTRACE_[A-Z_]+, [^()]*\): Operation not permitted|\bprocess_vm_readv\([^()]*\): Operation not permitted|^\s?(?:\* )?sandbox:[\w-]*:? [^\n]{0,300}(?:[Uu]nable to|failed to) /;

/**
 * The lines of libsandbox unable to work: SANDBOX_REFUSED, and libsandbox's own report above its ISE line
 * (`…/libsandbox/trace.c:_do_ptrace():75: failure (Operation not permitted):`, round 25), the primary by
 * LABELLING.md convention 5. The infra line stays the refusal (the watcher reads SANDBOX_REFUSED only).
 */
export const SANDBOX_UNAVAILABLE_LINE = new RegExp(
  String.raw`\blibsandbox\/trace\.c:\w+\(\):\d+: failure \(|${SANDBOX_REFUSED.source}`,
);
