// Infrastructure failures: the tinderbox broke, not the package (full disk, OOM
// kill, no network while fetching, no sandbox/ptrace, a timeout, Portage itself
// crashing). Nobody should file those against the maintainer. Decided from the
// chosen primary plus a few lines the analyzer shows the watcher; the watcher
// keeps the first line per reason only (bounded).
import { NeedleScanner } from "./needle-scan";
import { GIT_NETWORK_WORDING } from "./rules/fetch";
import type { FailureKind, InfraFailure, InfraReason, PrimaryError } from "./types";

const TRACEBACK_HEADER = "Traceback (most recent call last):";
/** A Portage frame this close after a traceback's header makes the header the crash's line. */
const TRACEBACK_REACH = 30;

/** Every line `InfraWatcher.observe` reacts to holds one of these (the analyzer's line gate relies on it). */
export const INFRA_NEEDLES: readonly string[] = [
  "Out of memory: Kill",
  "oom-kill",
  "ISE:",
  "ptrace",
  "sandbox:",
  "timeout: sending signal",
  "Terminated",
  "exit code 124",
  "exit status 124",
  "site-packages/portage/",
  "site-packages/_emerge/",
  "/portage/pym/",
  "/usr/lib/portage/",
  "ebuild-helpers/",
  "ebuild-ipc",
  TRACEBACK_HEADER,
];

const INFRA_SCAN = new NeedleScanner(INFRA_NEEDLES);

// Kernel OOM killer lines copied into the log (dmesg, tinderbox's own check).
const KERNEL_OOM = /(?:Out of memory: Kill(?:ed)? process|invoked oom-killer|oom-kill:)/;
const TIMEOUT_SIGNAL = /^timeout: sending signal \w+ to command/;
const TIMEOUT_EXIT = /exit (?:code|status):? 124\b/;
const TERMINATED = /^(?:\S+: line \d+: +\d+ )?Terminated\b/;
// Portage up to 2.3 lived in /usr/lib*/portage/pym/ (`File "/usr/lib64/portage/pym/_emerge/main.py"`).
const PORTAGE_FRAME = /^\s*File "[^"]*\/(?:site-packages|portage\/pym)\/(?:portage|_emerge)\//;
// bash reporting that one of Portage's own helpers died of a signal (ebuild-ipc
// segfaulting after "Source compiled."): Portage crashed, not the package.
const PORTAGE_HELPER_CRASH =
  /^\/usr\/lib\/portage\/\S+: line \d+: +\d+ (?:Segmentation fault|Bus error|Illegal instruction|Aborted)/;
// Portage's own helper missing from its install (ebuild-ipc, an ebuild-helpers script):
// every phase that calls it fails, whatever the package.
export const PORTAGE_HELPER_MISSING =
  /^(?:File not found: '?\S*\/(?:ebuild-helpers\/|ebuild-ipc)|[^\n]{0,500}?[/ ](?:ebuild-helpers\/[^\s:'"]+|ebuild-ipc(?:\.py)?)['"]?: (?:\[Errno 2\] )?(?:No such file or directory|not found|command not found)$)/;

type Seen = Partial<Record<InfraReason | "terminated", { line: number; text: string }>>;

// An upstream host that refuses the connection, or has no route, is a dead SRC_URI host (the
// package's to fix): the builder's network worked well enough to get that answer, usually after a
// mirror's 404. The same answer from a Gentoo mirror, a name that does not resolve, a timeout or
// curl's own failure stay the builder's network.
const HOST_GONE =
  /^Connecting to [^\s|]+(?: \([^()]*\))?\|[^|\s]*\|:\d+\.\.\. failed: (?:Connection refused|No route to host)\b/;
const GENTOO_MIRROR = /^Connecting to [^\s|(]*gentoo/i;

export class InfraWatcher {
  private readonly seen: Seen = {};
  private traceback: { line: number; text: string } | null = null;

  /** Feeds a cleaned line that passed the gate; `holdsNeedle` says whether it holds one of INFRA_NEEDLES. */
  observe(text: string, line: number, holdsNeedle = INFRA_SCAN.test(text)): void {
    if (!holdsNeedle) return;
    if (text.includes(TRACEBACK_HEADER)) {
      this.traceback = { line, text: text.slice(0, 1000) };
      return;
    }
    const reason = infraReasonOf(text);
    // Portage crashed: the traceback's header is where its report starts (the line to read from).
    const header = this.traceback;
    if (reason === "portage-crash" && header && line - header.line <= TRACEBACK_REACH && !this.seen[reason]) {
      this.seen[reason] = header;
      return;
    }
    if (reason && !this.seen[reason]) this.seen[reason] = { line, text: text.slice(0, 1000) };
  }

  /** The infrastructure failure the log shows, if any; `primary` is the chosen primary error. */
  classify(primary: PrimaryError | null, kind: FailureKind, phase: string | null): InfraFailure | null {
    if (!primary)
      return this.seen["portage-crash"] ? { reason: "portage-crash", ...this.seen["portage-crash"] } : null;
    const at = { line: primary.line, text: primary.text };
    if (kind === "oom") return { reason: "oom", ...at };
    if (kind === "disk-full") return { reason: "disk-full", ...at };
    if (
      primary.ruleId === "fetch-network-error" &&
      (phase === "fetch" || phase === null) &&
      !(HOST_GONE.test(primary.text) && !GENTOO_MIRROR.test(primary.text))
    )
      return { reason: "network", ...at };
    // git-r3 fetches in src_unpack; a test's own git clone is the package's business.
    if (
      primary.ruleId === "git-fetch-network-error" &&
      GIT_NETWORK_WORDING.test(primary.text) &&
      (phase === "unpack" || phase === "fetch" || phase === null)
    )
      return { reason: "network", ...at };
    for (const reason of ["oom", "sandbox-unavailable", "portage-crash", "timeout"] as const) {
      const hit = this.seen[reason];
      if (hit) return { reason, ...hit };
    }
    // "Terminated" alone is any SIGTERM; with a timeout's exit code it is the tinderbox's timeout.
    const terminated = this.seen.terminated;
    return terminated && this.seen.timeout ? { reason: "timeout", ...terminated } : null;
  }

  /** A Portage traceback with nothing else wrong: the build failed in Portage itself. */
  get portageCrash(): { line: number; text: string } | null {
    return this.seen["portage-crash"] ?? null;
  }
}

function infraReasonOf(text: string): InfraReason | "terminated" | null {
  if (KERNEL_OOM.test(text)) return "oom";
  if (isSandboxUnavailable(text)) return "sandbox-unavailable";
  if (TIMEOUT_SIGNAL.test(text) || TIMEOUT_EXIT.test(text)) return "timeout";
  if (TERMINATED.test(text)) return "terminated";
  if (PORTAGE_FRAME.test(text) || PORTAGE_HELPER_CRASH.test(text) || PORTAGE_HELPER_MISSING.test(text))
    return "portage-crash";
  return null;
}

// libsandbox's internal errors ("ISE: ... ptrace(PTRACE_...)") and its setup
// failures; plain substring checks keep it linear on any line.
function isSandboxUnavailable(text: string): boolean {
  if (text.includes("ISE:") && text.includes("ptrace")) return true;
  if (text.includes("ptrace(") && (text.includes("Operation not permitted") || text.includes("failed")))
    return true;
  if (!text.includes("sandbox:")) return false;
  return (
    text.includes("nable to ") || text.includes("failed to ") || text.includes("Operation not permitted")
  );
}
