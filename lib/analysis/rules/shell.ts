// Shell and patch failures in any phase (dash, bash, sh; patch/eapply). They are
// the cause of the die that follows ("econf failed", "patch -p1 failed with …"),
// so they rank as root causes; the kind comes from the failing phase.
import { type LineRule, TIER_ECHO, TIER_ROOT } from "./rule";

function shellRule(rule: Omit<LineRule, "role" | "kind" | "severity">): LineRule {
  return { ...rule, role: "error", kind: null, severity: "error" };
}

// dash: "script: LINENO: msg", bash: "script: line LINENO: msg"; an optional
// "word: " (the builtin or command) before the message. The error may sit
// mid-line after output that had no newline yet ("checking for X... ./configure:
// line 9: syntax error ..."): up to 300 characters ending in "... " are allowed
// before it. Round 26: so may emerge's dependency spinner, which bash's complaint about an ebuild it sources in
// the depend phase joins (`Calculating dependencies |/…/nginx-1.13.2.ebuild: line 191: syntax error near
// unexpected token`); that line, not the die's `error sourcing ebuild`, says what is wrong. Up to two "word: "
// parts: a builtin and its argument (`pushd: /path: No such file or directory`). Bounded, anchored: linear.
export const SHELL_ERROR = shellRule({
  id: "shell-error",
  needles: [
    "yntax error",
    "can't ",
    "cannot ",
    "not found",
    "substitution",
    "unbound variable",
    "unexpected EOF",
    "No such file",
    "Permission denied",
    "Illegal number",
    "ambiguous redirect",
    "Bad fd number",
  ],
  pattern:
    /^(?:[^\n]{0,300}?\.\.\. ?|Calculating dependencies[ .]{0,8}[|/\\-] ?)?[^\s:]+: (?:line )?\d+: (?:[^:]{1,300}: ){0,2}(?:[Ss]yntax error|can't |cannot |not found$|[Bb]ad substitution|unbound variable|unexpected EOF|No such file or directory$|Permission denied$|Illegal number|ambiguous redirect|Bad fd number)/,
  example: "./config.status: 1134: shift: can't shift that many",
  tier: TIER_ROOT,
  survivable: true,
});

export const SHELL_CANNOT_EXECUTE = shellRule({
  id: "shell-cannot-execute",
  note:
    "Round 21c: a program the shell cannot run: built for the target and run on the build host (a cross " +
    "build's generator, `cannot execute binary file: Exec format error`), or a broken `#!` line (bash's " +
    "`bad interpreter`, 5.1's `cannot execute: required file not found`). The phase decides the kind; " +
    "compile without one",
  needles: ["cannot execute", "Exec format error", "bad interpreter"],
  pattern:
    /^[^\s:]{1,300}: (?:line \d+: )?[^\s:]{1,1000}: (?:cannot execute binary file(?:: Exec format error)?$|cannot execute: required file not found$|Exec format error$|[^\n:]{1,1000}: bad interpreter: )/,
  example: "/bin/bash: ./padout: cannot execute binary file: Exec format error",
  tier: TIER_ROOT,
  kindWithoutPhase: "compile",
});

export const SUDO_ERROR = shellRule({
  id: "sudo-error",
  note:
    "Round 21c: a build or test step calling sudo inside the build (no tty, no password, the build user " +
    "unknown to the passwd file, or sudo not setuid): the phase decides the kind, mostly test",
  needles: ["sudo: "],
  pattern:
    /^sudo: (?:unknown uid \d+: who are you\?|no tty present and no askpass program specified|a terminal is required to read the password|sorry, you must have a tty to run sudo|effective uid is not 0|\/\S{1,300} must be owned by uid 0 and have the setuid bit set)/,
  example: "sudo: no tty present and no askpass program specified",
  tier: TIER_ROOT,
});

export const SHELL_PROGRAM_MISSING = shellRule({
  id: "shell-program-missing",
  note:
    "bash run as `sh -c` (make's, qmake's system()) naming a program by path that is not there: no line " +
    "number before the path (`sh: line 1: …` is shell-error's). qmake's `Project ERROR: Failed to run:` follows",
  needles: [": No such file or directory", ": Permission denied"],
  pattern: /^(?:\/bin\/)?(?:ba|da)?sh: \.{0,2}\/[^\s:]+: (?:No such file or directory|Permission denied)$/,
  example: "sh: /usr/lib64/qt5/bin/lrelease: No such file or directory",
  tier: TIER_ROOT,
  survivable: true,
});

export const SHELL_JOB_CRASH = shellRule({
  id: "shell-job-crash",
  note: "bash's report of a child killed by a signal; it explains the die message that follows",
  needles: ["Segmentation fault", "Killed", "Aborted", "Bus error", "Illegal instruction"],
  pattern:
    // automake's test-driver reports a test's crash, then its own verdict "FAIL: x" is the one. Without
    // the `script: line N: ` head (a paste wrapped it onto the line above, an interactive shell) only with
    // bash's padding (two blanks or more) before the command. ebegin's line has no newline until its eend:
    // a crash under it is glued to ` * Checking that the new glibc can run ... ` (glibc's run test).
    /^(?![^\s:]*test-driver:)(?:\s?\* [^.\n]{1,200}\.\.\. ?)?(?:[^\s:]+: line \d+: +\d+ (?:Segmentation fault|Killed|Aborted|Bus error|Illegal instruction)(?: +\(core dumped\))?(?: |$)|\d+ (?:Segmentation fault|Killed|Aborted|Bus error|Illegal instruction) {2,}(?:\(core dumped\) )?\S|(?:Segmentation fault|Aborted|Bus error|Illegal instruction) {2,}\(core dumped\))/,
  example:
    '/var/tmp/portage/dev-lang/foo-1/temp/environment: line 3320: 12302 Segmentation fault      "$BUILD_DIR/zig" build',
  tier: TIER_ROOT,
});

export const PATCH_CANT_FIND_FILE = shellRule({
  id: "patch-no-file",
  note: "GNU patch in batch mode says the second form when eapply/epatch run it with -f",
  needles: ["can't find file to patch", "No file to patch"],
  pattern: /^(?:can't find file to patch at input line \d+|No file to patch\.)/,
  example: "can't find file to patch at input line 5",
  tier: TIER_ROOT,
});

export const PATCH_OWN_ERROR = shellRule({
  id: "patch-error",
  note:
    "GNU patch's own failures: `**** ` fatal messages (garbage input, a malformed patch) and a file it " +
    "patched but could not give the patch's mode or times (a filesystem without xattrs/ACLs, `--follow-symlinks`)",
  needles: ["patch: **** ", "patch: setting attributes for "],
  pattern: /^(?:\/usr\/bin\/)?patch: (?:\*{4} \S|setting attributes for .{1,1000}: \S)/,
  example: "patch: setting attributes for ./src/main.c: Operation not supported",
  tier: TIER_ROOT,
});

export const PATCH_REVERSED = shellRule({
  id: "patch-reversed",
  note:
    "patch asking whether to reverse a patch it finds already applied (`Assume -R? [n]`): a question, not the " +
    "failure. Round 29b: tier 1, so the hunks that then failed (`1 out of 1 hunk FAILED -- saving rejects …`, " +
    "above or below it) are the primary; alone (`Skipping patch.`, `1 out of 1 hunk ignored`, a build hanging " +
    "at the prompt) it still fails the excerpt",
  needles: ["previously applied) patch"],
  pattern: /^Reversed \(or previously applied\) patch detected!/,
  example: "Reversed (or previously applied) patch detected!  Assume -R? [n]",
  tier: TIER_ECHO,
  conclusive: true,
});

export const PATCH_EERROR = shellRule({
  id: "patch-failed",
  note:
    "epatch/eapply's own eerror lines, for logs that lost patch's output; also without eerror's ` * ` (a web " +
    "page's rendering drops it: `Failed Patch: x.patch !`, round 15)",
  needles: ["Failed to apply patch", "Failed Patch: "],
  pattern: /^\s*(?:\* )?(?:Failed to apply patch|Failed Patch: )/,
  example: " * Failed to apply patch 0001-fix-build.patch",
  tier: TIER_ROOT,
});

export const EPATCH_SOURCE_MISSING = shellRule({
  id: "epatch-source-missing",
  note:
    'eutils.eclass epatch: `eerror "Cannot find \\$EPATCH_SOURCE!  Value for \\$EPATCH_SOURCE is:"` and the ' +
    "path, framed by blank lines, then the die's bare `Cannot find $EPATCH_SOURCE!`: the eerror names the patch. " +
    "Round 30b: also with eerror's ` * ` gone or turned into a markdown list's `- ` (a paste's rendering)",
  needles: ["Cannot find $EPATCH_SOURCE!"],
  pattern: /^\s*(?:[*-]\s+)?Cannot find \$EPATCH_SOURCE! +Value for \$EPATCH_SOURCE is:/,
  example: " * Cannot find $EPATCH_SOURCE!  Value for $EPATCH_SOURCE is:",
  tier: TIER_ROOT,
});

export const PATCH_HUNKS_SUMMARY = shellRule({
  id: "patch-hunks-summary",
  note:
    "patch's count of the hunks it could not apply. Round 29b: tier 3, over patch's `Reversed (or previously " +
    "applied) patch detected!` question; its `Hunk #1 FAILED at 12.` lines come first and stay the primary. " +
    "Round 30a: also BSD patch's spelling (macOS, FreeBSD: `1 out of 2 hunks failed--saving rejects to 'x.rej'`). " +
    "Round 38: also the count alone (`2 out of 3 hunks FAILED`, patch -s -f -N run by media_build's make); " +
    "without a phase kind unknown, as patch-hunk-failed",
  needles: [" FAILED -- ", " failed--saving", " hunks FAILED", " hunk FAILED"],
  pattern: /^\d+ out of \d+ hunks? (?:FAILED -- |failed--saving |FAILED$)/,
  example: "1 out of 1 hunk FAILED -- saving rejects to file src/main.c.rej",
  tier: TIER_ROOT,
  kindWithoutPhase: "unknown",
});

// Round 49b: bash's failglob (Portage sets `shopt -s failglob` for ebuilds): a glob matching nothing is an error
// and the command does not run (`…/temp/environment: line 3644: no match: …/image/usr/share/…/man/pl*`). The
// phase's kind; a later success marker shows a run that went on (tier 3, not conclusive).
export const BASH_FAILGLOB = shellRule({
  id: "bash-failglob-no-match",
  needles: [": no match: "],
  pattern: /^[^\s:]{1,1000}: line \d+: no match: \S/,
  example:
    "/var/tmp/portage/app-emulation/wine-vanilla-2.0.2/temp/environment: line 3644: no match: /var/tmp/portage/app-emulation/wine-vanilla-2.0.2/image/usr/share/wine-vanilla-2.0.2/man/pl*",
  tier: TIER_ROOT,
});

/**
 * Round 51d: bash complaining inside the package manager's own scripts: Portage's `…/lib/portage/python3.12/ebuild.sh`,
 * `phase-functions.sh`, `misc-functions.sh` (older `/usr/lib/portage/bin/`), pkgcore's `…/lib/pkgcore/ebd/ebuild.bash`,
 * `ebuild-daemon.bash` (`/usr/lib/pkgcore/ebd/ebuild.bash: line 351: cd: null directory`), whatever the message (bash's
 * own `cd: null directory` is no shell-error wording), also after emerge's spinner in the depend phase (as shell-error).
 * Not the ebuild's (`environment: line N:`, an eclass) nor an
 * ebuild helper's (`ebuild-helpers/doins`, no `.sh`). The phase decides the kind; when the die's call stack is wholly
 * the package manager's (no ebuild or eclass frame), infra.ts calls it the package manager's failure (portage-crash).
 */
export const PACKAGE_MANAGER_SHELL_ERROR = shellRule({
  id: "package-manager-shell-error",
  needles: ["/lib/portage/", "/lib/pkgcore/", "/lib64/portage/", "/lib64/pkgcore/"],
  pattern:
    /^(?:Calculating dependencies[ .]{0,8}[|/\\-] ?)?(?:\/[^\s/:]{1,100}){0,8}\/lib(?:64)?\/(?:portage|pkgcore)\/(?:[\w.-]{1,40}\/){0,2}[\w-]{1,60}\.(?:sh|bash|lib): line \d+: \S/,
  example: "/usr/lib/pkgcore/ebd/ebuild.bash: line 351: cd: null directory",
  tier: TIER_ROOT,
});

export const SHELL_RULES: readonly LineRule[] = [
  PACKAGE_MANAGER_SHELL_ERROR,
  SHELL_JOB_CRASH,
  SHELL_CANNOT_EXECUTE,
  SUDO_ERROR,
  SHELL_ERROR,
  BASH_FAILGLOB,
  SHELL_PROGRAM_MISSING,
  PATCH_CANT_FIND_FILE,
  PATCH_OWN_ERROR,
  PATCH_REVERSED,
  PATCH_EERROR,
  EPATCH_SOURCE_MISSING,
  PATCH_HUNKS_SUMMARY,
];
