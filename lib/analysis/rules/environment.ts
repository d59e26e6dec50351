// Broken build environment and Portage's own failure classes (domain.md §5.2);
// fetch and resolver failures are in fetch.ts and resolver.ts.
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
  // `* * ACCESS DENIED` when the summary was re-printed inside an elog message
  pattern: /^\s*(?:\* ?){0,2}ACCESS DENIED:? +\w+:? /,
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

export const ENVIRONMENT_RULES: readonly LineRule[] = [
  OOM_KILLED_COMPILER,
  OOM_VIRTUAL_MEMORY,
  DISK_FULL,
  INTERNAL_COMPILER_ERROR,
  SANDBOX_ACCESS_DENIED,
  SANDBOX_SUMMARY,
  FILE_COLLISION,
];
