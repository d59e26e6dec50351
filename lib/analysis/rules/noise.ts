// Red herrings (docs/domain.md, "Lines that look like the error but are not"): lines that look like
// errors but only echo a failure reported above them. They are checked first so no later rule sees
// them.
import { type LineRule, TIER_DIE, TIER_ECHO } from "./rule";
import { GCC_ERROR_NEEDLES, GCC_ERROR_SEVERITY } from "./toolchain";

const MAKE_PREFIX = String.raw`^(?:[\w./-]*\/)?g?make(?:\[\d+\])?: `;

export const MAKE_ERROR_ECHO: LineRule = {
  id: "noise-make-error-echo",
  needles: [": *** "],
  // Any language: "Error 1", "Fehler 2", "Błąd 1" (corpus case 15).
  // Not "Error 137" (a job killed by SIGKILL: environment.ts) nor 132-136/139, a job killed by
  // another signal (build-tools.ts, make-job-crashed).
  pattern: new RegExp(`${MAKE_PREFIX}\\*\\*\\* \\[[^\\]]*\\] (?!Error 13[2-79]\\b)\\S+ \\d+`),
  example: "make[2]: *** [Makefile:475: poptconfig.lo] Error 1",
  role: "noise",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
};

export const MAKE_OTHER_STARS: LineRule = {
  id: "noise-make-stars",
  needles: [": *** "],
  // "Waiting for unfinished jobs....", "Deleting file 'x.o'": must come after the
  // make rules that ARE root causes (No rule to make target).
  pattern: new RegExp(`${MAKE_PREFIX}\\*\\*\\* `),
  example: "make[2]: *** Waiting for unfinished jobs....",
  role: "noise",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
};

export const NINJA_STOPPED: LineRule = {
  id: "ninja-build-stopped",
  note:
    "samurai's own stop is `subcommand failed` alone. Not noise but the die message's rank (tier 0): only " +
    "a die without a message (eninja's `(no error message)`) makes it the primary, over the call stack (result.ts)",
  needles: ["subcommand failed"],
  pattern: /^(?:ninja: build stopped: subcommand failed|(?:ninja|samu): subcommand failed$)/,
  example: "ninja: build stopped: subcommand failed.",
  role: "error",
  tier: TIER_DIE,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "warning",
};

export const COLLECT2_LD_RETURNED: LineRule = {
  id: "collect2-ld-failed",
  note:
    "an echo of the linker's errors above it, which outrank it; where the excerpt lost them (cut mid-path, " +
    "a gcc bootstrap log) it still says the link failed, better than `emake failed`",
  // Round 29b: in gcc's other languages too (`collect2: 错误：ld 返回 1`, `collect2: Fehler: ld gab 1 als
  // Ende-Status zurück`, `collect2: ошибка: выполнение ld завершилось с кодом возврата 1`), ld named within a few words.
  needles: ["error: ld returned ", ...GCC_ERROR_NEEDLES],
  pattern: new RegExp(
    // Round 44c: not ld killed by SIGKILL (`collect2: fatal error: ld terminated with signal 9 [Killed]`): the
    // OOM killer's, oom-killed-signal's (environment.ts) as round 20 meant; round 29b's wider pattern took it.
    String.raw`^collect2: (?!.*terminated with signal 9 \[Killed\])(?:(?:fatal )?error: ld returned \d+ exit status|${GCC_ERROR_SEVERITY}[^\n]{0,60}?\bld\b)`,
  ),
  example: "collect2: error: ld returned 1 exit status",
  role: "error",
  tier: TIER_ECHO,
  // An excerpt that holds only this line (a numbered or clocked paste) still failed to link, before a
  // loose call stack's `Called die` (also conclusive, later).
  conclusive: true,
  kind: "link",
  severity: "warning",
};

export const CLANG_LINKER_FAILED: LineRule = {
  id: "clang-linker-failed",
  note:
    "clang's driver echoing its linker's failure, as collect2's for gcc: ld's or ld.lld's own errors above it " +
    "outrank it. Noise until round 48c: a paste or a full log that kept only this line above make's echo read " +
    "the die's `emake failed` (kind compile) or, in a full log, the recipe's complaint (kind compile)",
  needles: ["error: linker command"],
  pattern: /^\S*clang(?:\+\+)?(?:-\d+)?: error: linker command failed/,
  example: "clang++: error: linker command failed with exit code 1 (use -v to see invocation)",
  role: "error",
  tier: TIER_ECHO,
  conclusive: true,
  kind: "link",
  severity: "warning",
};

export const WERROR_SUMMARY: LineRule = {
  id: "werror-summary",
  note:
    "gcc's own echo under the warnings -Werror made errors (each an `error: … [-Werror=…]` line above it, the " +
    "primary). Round 33: no longer noise but an echo (like collect2's): an excerpt that kept only this line " +
    "(a keywording tester's summary, then this line in backquotes) failed to compile",
  needles: ["warnings being treated as errors"],
  pattern: /^cc1(?:plus)?: (?:all |some )?warnings being treated as errors/,
  example: "cc1: some warnings being treated as errors",
  role: "error",
  tier: TIER_ECHO,
  kind: "compile",
  severity: "warning",
};

export const LTO_WERROR_SUMMARY: LineRule = {
  id: "noise-lto-werror-summary",
  note: "lto1's echo of the same at link time (its diagnostic above is the primary; the step is the link, not cc1's)",
  needles: ["lto1: "],
  pattern: /^lto1: (?:all |some )?warnings being treated as errors/,
  example: "lto1: some warnings being treated as errors",
  role: "noise",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
};

export const LTO_WRAPPER_ECHO: LineRule = {
  id: "noise-lto-wrapper",
  note: "the link-time optimizer's driver and the linker reporting that lto1 failed; lto1's own line says why",
  needles: ["lto-wrapper"],
  pattern:
    /^(?:\S*\/)?lto-wrapper: fatal error: \S+ returned \d+ exit status|^\S*ld(?:\.\w+)?: error: lto-wrapper failed/,
  example: "lto-wrapper: fatal error: x86_64-pc-linux-gnu-gcc returned 1 exit status",
  role: "noise",
  tier: TIER_ECHO,
  kind: null,
  severity: "error",
};

export const NOISE_RULES: readonly LineRule[] = [
  MAKE_ERROR_ECHO,
  NINJA_STOPPED,
  COLLECT2_LD_RETURNED,
  CLANG_LINKER_FAILED,
  WERROR_SUMMARY,
  LTO_WERROR_SUMMARY,
  LTO_WRAPPER_ECHO,
];
