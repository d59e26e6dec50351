// Broken build environment and Portage's own failure classes (domain.md §5.2).
// toralf stops the whole image on the environment ones (CATCH_ISSUES-fatal).
import { type LineRule, TIER_ECHO, TIER_ENVIRONMENT, TIER_PORTAGE } from "./rule";

export const OOM_KILLED_COMPILER: LineRule = {
  id: "oom-killed-signal",
  needles: ["Killed signal"],
  pattern: /Killed signal terminated program /,
  example: "x86_64-linux-gnu-g++: fatal error: Killed signal terminated program cc1plus",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const OOM_VIRTUAL_MEMORY: LineRule = {
  id: "oom-virtual-memory",
  needles: ["memory exhausted: ", ": out of memory allocating"],
  pattern: /virtual memory exhausted: |: out of memory allocating /,
  example: "cc1plus: out of memory allocating 65536 bytes after a total of 2147483648 bytes",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const DISK_FULL: LineRule = {
  id: "disk-full",
  needles: ["No space left"],
  pattern: /No space left on device/,
  example: "OSError: [Errno 28] No space left on device",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "disk-full",
  severity: "fatal",
};

export const INTERNAL_COMPILER_ERROR: LineRule = {
  id: "ice",
  needles: ["internal compiler error: "],
  pattern: /internal compiler error: /,
  example: "foo.c:12:1: internal compiler error: Segmentation fault",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "ice",
  severity: "fatal",
};

export const SANDBOX_ACCESS_DENIED: LineRule = {
  id: "sandbox-access-denied",
  needles: ["ACCESS DENIED"],
  pattern: /^\s*\*? ?ACCESS DENIED:? +\w+:? /,
  example: " * ACCESS DENIED:  open_wr:            /usr/share/locale/bg/LC_MESSAGES/hello.mo",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "sandbox",
  severity: "fatal",
};

export const SANDBOX_SUMMARY: LineRule = {
  id: "sandbox-summary",
  needles: ["ACCESS VIOLATION"],
  pattern: /^\s*(?:\* )?-+ (?:SANDBOX )?ACCESS VIOLATION SUMMARY -+$/,
  example: "--------------------------- ACCESS VIOLATION SUMMARY ---------------------------",
  role: "error",
  // Weak on purpose: the legacy summary (corpus case 6) follows real compile errors.
  tier: TIER_ECHO,
  kind: "sandbox",
  severity: "error",
  afterBanner: true,
};

export const FILE_COLLISION: LineRule = {
  id: "file-collision",
  needles: ["collision(s):"],
  pattern: /^\s*\* Detected file collision\(s\):/,
  example: " * Detected file collision(s):",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "collision",
  severity: "fatal",
  afterBanner: true,
};

export const FETCH_VERIFY_FAILED: LineRule = {
  id: "fetch-verify-failed",
  needles: ["!!! Fetched file: "],
  pattern: /^!!! Fetched file: \S+ VERIFY FAILED!/,
  example: "!!! Fetched file: libsndfile-1.2.2.tar.xz VERIFY FAILED!",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "fetch",
  severity: "fatal",
  afterBanner: true,
};

export const FETCH_FAILED: LineRule = {
  id: "fetch-failed",
  needles: ["* Fetch failed", "!!! Couldn't download", "!!! Fetch failed"],
  pattern: /^(?:\s*\* Fetch failed for '|!!! Couldn't download '|!!! Fetch failed for )/,
  example: "!!! Couldn't download 'libsndfile-1.2.2.tar.xz'. Aborting.",
  role: "error",
  tier: TIER_PORTAGE - 1,
  kind: "fetch",
  severity: "error",
  afterBanner: true,
};

export const DEPENDENCY_UNSATISFIED: LineRule = {
  id: "dependency-unsatisfied",
  needles: ["!!! ", "emerge: there are no ebuilds"],
  pattern:
    /^(?:!!! The ebuild selected to satisfy "[^"]*" has unmet requirements|emerge: there are no ebuilds (?:built with USE flags )?to satisfy |!!! All ebuilds that could satisfy "[^"]*" have been masked|!!! Multiple package instances within a single package slot|!!! Problem resolving dependencies)/,
  example: '!!! The ebuild selected to satisfy "media-libs/libsndfile[minimal]" has unmet requirements.',
  role: "error",
  tier: TIER_PORTAGE,
  kind: "dependency",
  severity: "fatal",
  afterBanner: true,
};

export const DEPENDENCY_CYCLE: LineRule = {
  id: "dependency-cycle",
  needles: ["Error: circular dependencies:", "necessary to proceed:"],
  pattern: /^(?:\s*\* Error: circular dependencies:|The following USE changes are necessary to proceed:)/,
  example: " * Error: circular dependencies:",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "dependency",
  severity: "fatal",
  afterBanner: true,
};

export const ENVIRONMENT_RULES: readonly LineRule[] = [
  OOM_KILLED_COMPILER,
  OOM_VIRTUAL_MEMORY,
  DISK_FULL,
  INTERNAL_COMPILER_ERROR,
  SANDBOX_ACCESS_DENIED,
  SANDBOX_SUMMARY,
  FILE_COLLISION,
  FETCH_VERIFY_FAILED,
  FETCH_FAILED,
  DEPENDENCY_UNSATISFIED,
  DEPENDENCY_CYCLE,
];
