// Broken build environment and Portage's own failure classes (docs/domain.md, "Failures that are
// not a broken package"); fetch and resolver failures are in fetch.ts and resolver.ts. toralf stops
// the whole image on the environment ones (CATCH_ISSUES-fatal).
import { PORTAGE_HELPER_MISSING, SANDBOX_UNAVAILABLE_LINE } from "../infra";
import { HOST_RULES } from "./host";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ENVIRONMENT, TIER_PORTAGE, TIER_ROOT } from "./rule";

export const OOM_KILLED_COMPILER: LineRule = {
  id: "oom-killed-signal",
  note:
    "the compiler driver reporting its child killed by SIGKILL (the kernel's OOM killer): GCC 10+'s `Killed " +
    "signal terminated program cc1plus`, older GCC's `internal compiler error: Killed (program cc1plus)` (no " +
    "compiler bug: before the ICE rule), lto-wrapper's and collect2's `terminated with signal 9 [Killed]` (round 20); " +
    "round 47c: clang's driver seeing its frontend or linker so killed (`clang: error: unable to execute command: " +
    "Killed`, then `… failed due to signal`; row 991)",
  needles: [
    "Killed signal",
    "error: Killed (program ",
    "signal 9 [Killed]",
    "unable to execute command: Killed",
  ],
  pattern:
    /Killed signal terminated program |internal compiler error: Killed \(program |terminated with signal 9 \[Killed\]|error: unable to execute command: Killed\s*$/,
  example: "x86_64-linux-gnu-g++: fatal error: Killed signal terminated program cc1plus",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const OOM_VIRTUAL_MEMORY: LineRule = {
  id: "oom-virtual-memory",
  note: "also a linker that cannot map its output (gold/ld: `mmap: failed to allocate N bytes …: Cannot allocate memory`)",
  needles: ["memory exhausted: ", ": out of memory allocating", ": Cannot allocate memory"],
  pattern:
    /virtual memory exhausted: |: out of memory allocating |(?:mmap|failed to allocate)[^\n]{0,300}?: Cannot allocate memory/,
  example: "cc1plus: out of memory allocating 65536 bytes after a total of 2147483648 bytes",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const OOM_ALLOCATOR: LineRule = {
  id: "oom-allocator",
  note:
    "an allocator giving up: LLVM's report_bad_alloc_error (clang, rustc's backend), Rust's std alloc error " +
    "handler (`memory allocation of N bytes failed`, older `fatal runtime error: out of memory`); cargo's later " +
    "`error: could not compile` is the echo",
  needles: ["LLVM ERROR: out of memory", "memory allocation of ", "fatal runtime error: out of memory"],
  pattern:
    /LLVM ERROR: out of memory|(?:^|: )memory allocation of \d+ bytes failed|fatal runtime error: out of memory/,
  example: "LLVM ERROR: out of memory",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

/**
 * libc's strerror(ENOMEM) in the locales build logs come in (round 21a): glibc's English, Russian, German,
 * Polish, French, Chinese and Japanese catalogues (a prefix where a word may follow: `… verfügbar`).
 */
const ENOMEM_TEXTS = [
  "Cannot allocate memory",
  "Невозможно выделить память",
  "Nicht genügend Hauptspeicher",
  "Nie można przydzielić pamięci",
  "Ne peut allouer de la mémoire",
  "Impossible d'allouer de la mémoire",
  "无法分配内存",
  "メモリを確保できません",
];

export const OOM_ENOMEM: LineRule = {
  id: "oom-enomem",
  note:
    "a tool's own message ending in libc's ENOMEM text, in any locale the build ran in (`xz: Cannot " +
    "allocate memory`, `/bin/sh: fork: Невозможно выделить память`): the machine ran out of memory. " +
    "oom-virtual-memory takes the linker's `mmap: … Cannot allocate memory` first",
  needles: ENOMEM_TEXTS,
  pattern: new RegExp(
    String.raw`^(?:[^\s:]*\/)?[\w.+-]+: (?:[^\n]{1,300}?: )?(?:${ENOMEM_TEXTS.join("|")})[^:\n]{0,20}$`,
  ),
  example: "xz: Невозможно выделить память",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const OOM_NODE_HEAP: LineRule = {
  id: "oom-node-heap",
  note:
    "V8 stopping a Node.js build tool (webpack, gulp, vite under npm or yarn) at its heap limit, under its " +
    "`Last few GCs` trace and above the native stack; Node sizes that limit from the machine's memory, so it " +
    "is read as the allocator giving up (oom-allocator), whatever the wording before `Allocation failed`",
  needles: ["Allocation failed - JavaScript heap out of memory"],
  pattern: /^FATAL ERROR: [^\n]{0,200}?Allocation failed - JavaScript heap out of memory/,
  example: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

export const DISK_FULL: LineRule = {
  id: "disk-full",
  note: "Python's `[Errno 28]` is ENOSPC too, when a terminal wrapped or cut the message after it",
  needles: ["No space left", "[Errno 28]"],
  pattern: /No space left on device|^\w*(?:OSError|IOError): \[Errno 28\]/,
  example: "OSError: [Errno 28] No space left on device",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "disk-full",
  severity: "fatal",
};

// check-reqs.eclass (pkg_pretend/pkg_setup): the build host lacks what the ebuild asks for.
// The tinderbox is too small for the package, nothing the maintainer can fix; its eerror
// names the shortage, the die after it only says "Build requirements not met!".
const CHECK_REQS_HEAD = String.raw`^\s*(?:\* )?There is NOT at least \d[\d.]* ?[KMGT]i?B `;

export const CHECK_REQS_DISK: LineRule = {
  id: "check-reqs-disk",
  needles: ["There is NOT at least"],
  pattern: new RegExp(`${CHECK_REQS_HEAD}disk space`),
  example: '* There is NOT at least 13 GiB disk space at "/var/tmp/portage/www-client/firefox-81.0.1/temp"',
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "disk-full",
  severity: "fatal",
};

export const CHECK_REQS_MEMORY: LineRule = {
  id: "check-reqs-memory",
  needles: ["There is NOT at least"],
  pattern: new RegExp(`${CHECK_REQS_HEAD}(?:RAM|memory|system memory)\\b`),
  example: " * There is NOT at least 8 GiB RAM",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "oom",
  severity: "fatal",
};

// glibc's assert(): `prog: /path/file.cpp:97: function: Assertion `expr' failed.`.
// From a compiler or LLVM it is a compiler crash, as an ICE is. The report's first
// line is the primary: a terminal may wrap it anywhere, even inside the path (so the
// pattern does not need "Assertion" when the tool names an absolute source path, or a
// path that runs to the line's end). These tools never start their own messages with a path.
const ASSERTING_TOOL = String.raw`(?:rustc|clang(?:\+\+)?(?:-\d+)?|cc1(?:plus)?|f951|(?:ld\.)?lld)`;
const SOURCE_FILE = String.raw`\/[^\s:]+\.(?:cpp|cc|cxx|c|h|hpp|hh|inc|def):\d+: `;
/** A build tree's path cut by the line's end (`…/work/…/lib/Analysis/I`); `whereis clang` prints no build tree. */
// The lookahead finds /work/ or /src/ once; a second [^\s:]* after it made a line of repeated "/src/" quadratic.
const CUT_SOURCE_PATH = String.raw`\/(?=[^\s:]*\/(?:work|src)\/)[^\s:]*$`;

export const COMPILER_ASSERTION: LineRule = {
  id: "compiler-assertion",
  needles: [
    "rustc: /",
    "clang: /",
    "clang++: /",
    "cc1: /",
    "cc1plus: /",
    "f951: /",
    "lld: /",
    ": Assertion `",
  ],
  pattern: new RegExp(
    String.raw`^(?:\S*\/)?${ASSERTING_TOOL}: (?:${SOURCE_FILE}|${CUT_SOURCE_PATH}|[^\n]{0,2000}?: Assertion \x60)`,
  ),
  example:
    "rustc: /var/tmp/portage/dev-lang/rust-1.71.1/work/rustc-1.71.1-src/src/llvm-project/llvm/lib/Analysis/InstructionPrecedenceTracking.cpp:97: void llvm::InstructionPrecedenceTracking::validate(const llvm::BasicBlock*) const: Assertion `It->second == nullptr' failed.",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "ice",
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

export const LLVM_BACKEND_ERROR: LineRule = {
  id: "llvm-backend-error",
  note:
    "LLVM's report_fatal_error from code generation (clang's `fatal error: error in backend: …`, `LLVM ERROR: " +
    "Cannot select: …`): the compiler failed on valid input, as an ICE; the driver's `clang frontend command " +
    "failed` after it is the echo. `LLVM ERROR: out of memory` is oom-allocator's",
  needles: ["error in backend: ", "LLVM ERROR: Cannot select: "],
  // anywhere after a blank: mach's and ninja's timestamps, a paste's fence glued on
  pattern: /(?:^|: )(?:fatal )?error: error in backend: |(?:^|\s)LLVM ERROR: Cannot select: /,
  example: "fatal error: error in backend: Cannot select: 0x55d5c2a0: v8i32 = X86ISD::VPDPBUSD",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "ice",
  severity: "fatal",
};

// Round 45: clang's driver reporting that its frontend (cc1) crashed. clang >= 10 runs cc1 in its own process
// and a crash comes back as 128 + the signal's number (`exit code 139`, SIGSEGV; 134, SIGABRT; 135, SIGBUS); an
// older or `-fno-integrated-cc1` driver sees the child signalled (`unable to execute command: Segmentation fault`,
// then `clang frontend command failed due to signal`). Then its version block and `PLEASE ATTACH THE FOLLOWING
// FILES TO THE BUG REPORT:`. The driver prints it only for an abnormal end: a compiler that reported errors exits 1.
const CLANG_DRIVER = String.raw`^\s*(?:\S*[/-])?clang(?:\+\+)?(?:-\d{1,4}(?:\.\d{1,4}){0,2})?(?:\.real)?: error: `;
/** A crash's signal as strsignal() or a shell names it: not `Killed` (SIGKILL, the OOM killer's) nor a missing program. */
const CRASH_SIGNAL = String.raw`(?:Segmentation fault|Aborted|Illegal instruction|Bus error|Floating point exception|Trace\/breakpoint trap)`;

export const CLANG_FRONTEND_CRASH: LineRule = {
  id: "clang-frontend-crash",
  note:
    "clang's frontend crashed: an internal compiler error, as GCC's `internal compiler error:` is (round 45). Not " +
    "exit code 1 (never printed for the frontend) nor 137 (SIGKILL: memory), not `unable to execute command: " +
    'Killed` nor `Executable "ld.lld" doesn\'t exist!`; a lone `failed due to signal` says no signal and stays ' +
    "cc-driver-error (it follows `unable to execute command: Killed` as often). An LLVM error or assertion above " +
    "it (llvm-backend-error, compiler-assertion) comes first and stays the primary",
  needles: ["error: clang frontend command failed with exit code ", "error: unable to execute command: "],
  pattern: new RegExp(
    `${CLANG_DRIVER}(?:clang frontend command failed with exit code (?!1 |137 )\\d|unable to execute command: ${CRASH_SIGNAL})`,
  ),
  example: "clang++: error: clang frontend command failed with exit code 139 (use -v to see invocation)",
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
  // The summary is printed after the banner, its denials under its header: the denial, not the
  // header (tier 1), is the primary.
  afterBanner: true,
};

const MAKE_PREFIX = String.raw`^(?:[\w./-]*\/)?g?make(?:\[\d+\])?: `;

export const OOM_MAKE_JOB_KILLED: LineRule = {
  id: "oom-make-job-killed",
  note:
    "a make job killed by SIGKILL (exit 137), in practice the kernel's OOM killer. Tier 3: a compiler's " +
    "own error above it in the same segment stays the primary (noise.ts lets these lines through)",
  // What follows the target: not `*** [x] Error 1`, the failed make's own echo (noise).
  needles: ["] Killed", "] Error 137"],
  pattern: new RegExp(String.raw`${MAKE_PREFIX}\*\*\* \[[^\]]*\] (?:Killed|Error 137)\b`),
  example: "make: *** [Makefile:447: CORE.setting.moarvm] Error 137",
  role: "error",
  tier: TIER_ROOT,
  kind: "oom",
  severity: "fatal",
};

export const SANDBOX_UNAVAILABLE: LineRule = {
  id: "sandbox-unavailable",
  note:
    "libsandbox unable to work (round 21a): its internal error `ISE:_do_ptrace: ptrace(PTRACE_TRACEME, …): " +
    "Operation not permitted` (a container forbidding ptrace for a static binary it must trace), a refused " +
    "`process_vm_readv(…)`, its own `sandbox:… failed to|unable to` setup lines (infra.ts SANDBOX_UNAVAILABLE_LINE, " +
    "the lines it reads as sandbox-unavailable); the refusal, not the tool's error after it, is the primary. Round 25: libsandbox's " +
    "own report above its ISE line (`…/libsandbox/trace.c:_do_ptrace():75: failure (Operation not permitted):`), " +
    "the primary by LABELLING.md convention 5, also when it is a die's message under the banner",
  needles: ["ISE:", "ptrace(PTRACE_", "process_vm_readv(", "sandbox:", "libsandbox/trace.c:"],
  // One definition with the infra watcher's (session 14: it had a substring list of its own).
  pattern: SANDBOX_UNAVAILABLE_LINE,
  example:
    " * ISE:_do_ptrace: ptrace(PTRACE_TRACEME, ..., 0x0000000000000000, 0x0000000000000000): Operation not permitted",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: "sandbox",
  severity: "fatal",
  conclusive: true,
};

export const SANDBOX_SUMMARY: LineRule = {
  id: "sandbox-summary",
  needles: ["ACCESS VIOLATION"],
  // libsandbox with its colour strings unset prints `(null)*(null)` where ` * ` belongs.
  pattern: /^\s*(?:\* |\(null\)\*\(null\) ?)?-+ (?:SANDBOX )?ACCESS VIOLATION SUMMARY -+$/,
  example: "--------------------------- ACCESS VIOLATION SUMMARY ---------------------------",
  role: "error",
  // Weak on purpose: the legacy summary (corpus case 6) follows real compile errors.
  tier: TIER_ECHO,
  kind: "sandbox",
  severity: "error",
  afterBanner: true,
  // libsandbox prints it only after it denied an access: alone it still fails the build.
  conclusive: true,
};

// libsandbox's functions and its own names for a write (open_wr, access_wr, …), as its log's
// `F:` record names them; only these: `F:` at a line start is common elsewhere (MAINTAINERS).
const SANDBOX_FUNCTIONS = [
  ...["open_wr", "open_rd", "fopen_wr", "fopen_rd", "access_wr", "access_rd", "faccessat", "opendir"],
  ...["open", "open64", "openat", "openat64", "fopen", "fopen64", "creat", "creat64", "truncate"],
  ...["truncate64", "ftruncate", "mkdir", "mkdirat", "mknod", "mknodat", "__xmknod", "__xmknodat"],
  ...["mkfifo", "mkfifoat", "unlink", "unlinkat", "rmdir", "remove", "link", "linkat", "symlink"],
  ...["symlinkat", "rename", "renameat", "renameat2", "chmod", "fchmod", "fchmodat", "chown"],
  ...["fchown", "lchown", "fchownat", "utime", "utimes", "utimensat", "futimesat", "lutimes"],
  ...["execve", "execv", "execvp"],
];

export const SANDBOX_RECORD: LineRule = {
  id: "sandbox-record",
  note:
    "the first line of one violation record (`F: mkdir`, then `S: deny`, `P:`, `A:`, `R:`, `C:`) of an " +
    "excerpt that lost the ACCESS VIOLATION SUMMARY header: weak like the header, and like it conclusive",
  needles: SANDBOX_FUNCTIONS.map((name) => `F: ${name}`),
  pattern: new RegExp(`^F: (?:${SANDBOX_FUNCTIONS.join("|")})$`),
  example: "F: mkdir",
  role: "error",
  tier: TIER_ECHO,
  kind: "sandbox",
  severity: "error",
  afterBanner: true,
  conclusive: true,
};

export const FILE_COLLISION: LineRule = {
  id: "file-collision",
  needles: ["collision(s):"],
  note: "also without Portage's ` * `: elog's save module (summary.log) and pastes print it bare",
  pattern: /^\s*(?:\* )?Detected file collision\(s\):/,
  example: " * Detected file collision(s):",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "collision",
  severity: "fatal",
  afterBanner: true,
};

export const FILE_COLLISION_PREAMBLE: LineRule = {
  id: "file-collision-preamble",
  note:
    "the paragraph Portage prints above `Detected file collision(s):` (which stays the primary); an " +
    "excerpt cut to this line alone, with no file list or `NOT merged`, is still a collision; also a paste " +
    "cut inside it (`* This package will overwrite on`)",
  needles: ["This package will overwrite"],
  pattern:
    /^\s*(?:\* )?This package will overwrite(?: one or more files that may belong to other|[a-z ]{0,60}$)/,
  example:
    " * This package will overwrite one or more files that may belong to other packages (see list below).",
  role: "error",
  // Printed above the header, which must stay the primary: a detail line that still fails (conclusive)
  tier: TIER_DETAIL,
  conclusive: true,
  kind: "collision",
  severity: "fatal",
  afterBanner: true,
};

export const FILE_COLLISION_NOT_MERGED: LineRule = {
  id: "file-collision-not-merged",
  note:
    "Portage's verdict at the end of a collision report (round 48c): a paste that lost the report's " +
    "`Detected file collision(s):` header (the paths, `Searching all installed packages for file collisions...`, " +
    "the owner, this line) read as a success. The only line of such a paste that says both that the merge failed " +
    "and why: a path alone is also how QA notices list files. Below the header, which stays the primary (earlier, " +
    "same tier). Portage wraps it at 70 columns (`… NOT merged due to` / `file collisions. If …`); the symlink case " +
    "says `NOT merged since it has one or more` collisions between symlinks and directories",
  needles: ["NOT merged due to", "NOT merged since it has"],
  pattern:
    /^\s*(?:\* )?Package '[^'\s]{1,200}' NOT merged (?:due to file collisions|due to(?: file)?\s*$|since it has one or more\b)/,
  example: " * Package 'dev-foo/bar-1.0' NOT merged due to file collisions. If",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "collision",
  severity: "fatal",
  afterBanner: true,
};

// Merging the image onto the live filesystem (movefile.py) fails outside any ebuild phase, with no die
// banner: table.ts lists this rule after the fetch rules, with the sync ones of fetch.ts.
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

export const SOURCE_DIRECTORY_MISSING: LineRule = {
  id: "source-directory-missing",
  note:
    "Portage's check that S exists before src_prepare/src_compile (phase-functions.sh); the ebuild's S " +
    "is wrong or unpack made another directory: the ebuild's error, whatever the phase",
  needles: ["The source directory '"],
  pattern: /^(?:>>> |\s*\*\s+)?The source directory '[^']*' doesn't exist/,
  example: ">>> The source directory '/var/tmp/portage/dev-libs/foo-1/work/foo-1' doesn't exist",
  role: "error",
  tier: TIER_ROOT,
  kind: "unknown",
  severity: "error",
};

export const CALL_STACK_DIE_FRAME: LineRule = {
  id: "call-stack-die-frame",
  note:
    "the last frame of Portage's call stack (`environment, line 661:  Called die`). Under a banner the " +
    "structure reads the stack (call-stack.ts) and no rule sees it; an excerpt pasted without the banner " +
    "still shows that die ran, so it fails on this frame when nothing stronger is there (conclusive)",
  needles: ["Called die"],
  pattern: /^\s*(?:\*\s+)?\S+, line +\d+: +Called die\s*$/,
  example: " *   environment, line  661:  Called die",
  role: "error",
  tier: TIER_ECHO,
  conclusive: true,
  kind: null,
  severity: "error",
};

export const PORTAGE_HELPER_MISSING_RULE: LineRule = {
  id: "portage-helper-missing",
  note:
    "Portage's own helper (ebuild-ipc, ebuild-helpers/*) is missing: Portage is broken, not the " +
    "package (infra.ts names it a portage-crash); the phase then `has exited unexpectedly`",
  needles: ["ebuild-helpers/", "ebuild-ipc"],
  pattern: PORTAGE_HELPER_MISSING,
  example: "File not found: '/usr/lib/portage/python3.12/ebuild-helpers/ebuild-ipc'",
  role: "error",
  tier: TIER_ENVIRONMENT,
  kind: null,
  severity: "fatal",
};

export const PHASE_EXITED_UNEXPECTEDLY: LineRule = {
  id: "phase-exited-unexpectedly",
  note:
    "Portage's verdict when bash left a phase without die (a failed assignment, a bad " +
    "substitution, `exit`): the error bash printed above it, if any, is the primary",
  needles: ["has exited unexpectedly"],
  pattern: /^\s*(?:(?:\*|!!!)\s*)?(?:The )?ebuild phase '[a-z_]+' has exited unexpectedly/,
  example: " * The ebuild phase 'setup' has exited unexpectedly. This type of behavior",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
  afterBanner: true,
  conclusive: true,
};

export const PHASE_KILLED_BY_SIGNAL: LineRule = {
  id: "phase-killed-by-signal",
  note:
    "Portage's verdict when a signal killed the phase's bash (a crash of bash or of a builtin-loaded " +
    "library in pkg_postrm, SIGKILL): it names the phase, which the `'other' has exited unexpectedly` " +
    "Portage prints next does not",
  needles: ["has been killed by signal "],
  pattern: /^\s*(?:(?:\*|!!!)\s*)?(?:The )?ebuild phase '[a-z_]+' has been killed by signal \d+/,
  example: " * The ebuild phase 'postrm' has been killed by signal 11.",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  severity: "error",
  afterBanner: true,
  conclusive: true,
  phaseIn: (text) => /phase '([a-z_]+)'/.exec(text)?.[1] ?? null,
};

export const PORTAGE_CONFIG_INVALID: LineRule = {
  id: "portage-config-invalid",
  note:
    "Portage refusing its own configuration before anything runs (repository/config.py, " +
    "_config/LocationsManager.py, emerge's profile check): a repos.conf location that does not exist, " +
    "PORTDIR_OVERLAY not a directory, a profile it cannot parse. The machine's setup, no phase: kind unknown",
  needles: [
    "!!! Section '",
    "!!! Invalid PORTDIR_OVERLAY",
    "!!! Your current profile is invalid",
    "!!! Unable to parse profile",
  ],
  pattern:
    /^!!! (?:Section '[^']*' in repos\.conf has location attribute set to nonexistent directory|Invalid PORTDIR_OVERLAY|Your current profile is invalid|Unable to parse profile)/,
  example:
    "!!! Section 'x-portage' in repos.conf has location attribute set to nonexistent directory: '/usr/portage'",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
  afterBanner: true,
};

// Round 30b: vartree.py's _security_check, before it unmerges (or replaces) an installed package: a setuid or
// setgid file with more links than the package owns (a hard link made to keep an old, vulnerable copy) and
// Portage refuses to go on. A wrapper's last words below it (kubler's `fatal: Failed to run image …`) only
// say that the build failed; this is what failed.
export const SUID_SUSPICIOUS_HARDLINK: LineRule = {
  id: "suid-suspicious-hardlink",
  note:
    "Portage's eerror ` * suid/sgid file(s) with suspicious hardlink(s):`, then the files, then `See the Gentoo " +
    "Security Handbook guide for advice on how to proceed.`: the merge or unmerge stops. The machine's state, " +
    "not the package's build: no step, kind unknown (a markdown paste's `- ` for the star too)",
  needles: ["with suspicious hardlink"],
  pattern: /^\s*(?:[*-]\s+)?suid\/sgid file\(s\) with suspicious hardlink\(s\):/,
  example: " * suid/sgid file(s) with suspicious hardlink(s):",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "unknown",
  severity: "fatal",
  afterBanner: true,
};

export const ESTRIP_HARDLINK_REFUSED: LineRule = {
  id: "estrip-hardlink-refused",
  note:
    "Portage's estrip (prepstrip before 2018) hard-links split debug files inside the image after " +
    "`>>> Completed installing`; a container that refuses the link (`Operation not permitted`) fails the " +
    "install, though the success marker came first",
  needles: ["ln: failed to create hard link '"],
  pattern: /^(?:\S+: )?ln: failed to create hard link '[^']*' => '[^']*': Operation not permitted$/,
  example:
    "ln: failed to create hard link '/var/tmp/portage/dev-foo/bar-1/image/usr/lib/debug/.build-id/ab/cd.debug' => '/var/tmp/portage/dev-foo/bar-1/image/usr/lib/debug/usr/bin/foo.debug': Operation not permitted",
  role: "error",
  tier: TIER_PORTAGE,
  kind: "install",
  severity: "error",
};

export const SHARED_LIBRARY_MISSING: LineRule = {
  id: "shared-library-missing",
  note:
    "the dynamic loader cannot start a program: a library it was linked to is gone (glibc unmerged under a " +
    "running emerge: `/usr/bin/python3.9: … libm.so.6`, then Portage's `filter-bash-environment.py failed`, " +
    "which is this, not Portage crashing: infra.ts)",
  needles: ["error while loading shared libraries: "],
  pattern: /: error while loading shared libraries: \S/,
  example:
    "/usr/bin/python3.9: error while loading shared libraries: libm.so.6: cannot open shared object file: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const PERL_SUSPICIOUS_ENVIRONMENT: LineRule = {
  id: "perl-suspicious-environment",
  note:
    "perl-module.eclass refusing PERL_MM_OPT, PERL5LIB, … set in the user's environment (local::lib): its " +
    "first eerror line, then the values, then `Please fix your environment …`, which the die repeats",
  needles: ["Suspicious environment values found"],
  pattern: /^\s*(?:\* )?perl-module\.eclass: Suspicious environment values found\b/,
  example: " * perl-module.eclass: Suspicious environment values found.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const INSTALL_NEEDS_ROOT: LineRule = {
  id: "install-needs-root",
  note:
    "an upstream install script refusing to run without root (Portage installs as the portage user under " +
    "userpriv). Detail tier: the failure only when nothing else was found, and the kind is the phase's " +
    "(install without one): in another phase such a line is only a message",
  needles: ["Please run as root", "Please run this script as root"],
  pattern: /^Please run (?:this script )?as root[.!]?$/,
  example: "Please run as root.",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "install",
  severity: "error",
};

export const INSTALLKERNEL_FAILED: LineRule = {
  id: "installkernel-failed",
  note:
    "round 28: installkernel (kernel-install.eclass's pkg_postinst, dracut or ukify under it) giving up: " +
    "`ERROR: Installing 6.x failed`. The phase is pkg_postinst, kind unknown as for any postinst die, not " +
    "meson's configure that meson-plain-error would read in `ERROR: ` + a sentence",
  needles: ["ERROR: Installing "],
  pattern: /^ERROR: Installing \S+ failed\s*$/,
  example: "ERROR: Installing 6.18.18-gentoo-dist failed",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
  phaseIn: () => "postinst",
};

export const DRACUT_FATAL: LineRule = {
  id: "dracut-fatal",
  note:
    "round 45: dracut's fatal log level (`dracut[F]: …`; `dracut[I]:` is info, `dracut[W]:` a warning, `dracut[E]:` " +
    "an error it may go on after): dracut gives up and no initramfs is made (`Need 'objcopy' to create a UEFI " +
    "executable`, `…/modules.dep is missing. Did you run depmod?`), and installkernel's or the eclass's ` * Failed " +
    "to generate initramfs` follows. Run by kernel-install.eclass in pkg_postinst (or pkg_config): the phase is " +
    "postinst when no banner names one, kind unknown as for installkernel-failed",
  needles: ["dracut[F]: "],
  pattern: /^\s*dracut\[F\]: \S/,
  example: "dracut[F]: Need 'objcopy' to create a UEFI executable",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
  phaseIn: () => "postinst",
};

export const ENVIRONMENT_RULES: readonly LineRule[] = [
  OOM_KILLED_COMPILER,
  OOM_VIRTUAL_MEMORY,
  OOM_ALLOCATOR,
  OOM_NODE_HEAP,
  OOM_ENOMEM,
  DISK_FULL,
  CHECK_REQS_DISK,
  CHECK_REQS_MEMORY,
  // The builder's disk and its qemu-user emulation (host.ts, session 14; qemu-tcg-fatal among them).
  ...HOST_RULES,
  INTERNAL_COMPILER_ERROR,
  COMPILER_ASSERTION,
  LLVM_BACKEND_ERROR,
  CLANG_FRONTEND_CRASH,
  OOM_MAKE_JOB_KILLED,
  SANDBOX_ACCESS_DENIED,
  SANDBOX_UNAVAILABLE,
  SANDBOX_SUMMARY,
  SANDBOX_RECORD,
  FILE_COLLISION,
  FILE_COLLISION_PREAMBLE,
  FILE_COLLISION_NOT_MERGED,
  SOURCE_DIRECTORY_MISSING,
  PORTAGE_CONFIG_INVALID,
  CALL_STACK_DIE_FRAME,
  PORTAGE_HELPER_MISSING_RULE,
  PHASE_KILLED_BY_SIGNAL,
  PHASE_EXITED_UNEXPECTEDLY,
  DRACUT_FATAL,
  INSTALLKERNEL_FAILED,
  SUID_SUSPICIOUS_HARDLINK,
  ESTRIP_HARDLINK_REFUSED,
  SHARED_LIBRARY_MISSING,
  PERL_SUSPICIOUS_ENVIRONMENT,
  INSTALL_NEEDS_ROOT,
];
