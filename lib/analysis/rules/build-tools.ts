// Build-system failures: autoconf, CMake, meson, make, ninja. Kind null means
// the failing phase decides it (a CMake error in src_install is an install failure).
import { GENKERNEL_RULES } from "./genkernel";
import { QMAKE_RULES } from "./qmake";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";

const MAKE_PREFIX = String.raw`^(?:[\w./-]*\/)?g?make(?:\[\d+\])?: `;

export const AUTOCONF_ERROR_DIRECTORY: LineRule = {
  id: "configure-error-directory",
  note: "autoconf's AC_MSG_FAILURE names the build directory first; the reason is the next `configure: error:` line",
  needles: ["configure: error: in ", ": error: in "],
  // Round 21c: config.log's own copy names the script's line (`configure:3835: error: in …`).
  pattern: /^[ \t]*configure(?::\d{1,7})?: error: in [`'‘][^\n]*[`'’]:$/,
  example: "configure: error: in `/var/tmp/portage/dev-lang/python-exec-2.4.6-r1/work/python-exec-2.4.6':",
  role: "error",
  tier: TIER_DETAIL,
  kind: "configure",
  severity: "error",
};

export const AUTOCONF_ERROR: LineRule = {
  id: "configure-error",
  note:
    "blanks before it: pasted logs indent plain lines (markdown list continuation, quoting); or glued to " +
    "the `checking for X... ` whose result never came (old autoconf, pkg-config's PKG_CHECK_MODULES). " +
    "Bare at the line's end when the script's message starts on the next line (zfs-kmod's " +
    "`configure: error:` then `\t*** This kernel does not include …`; detail.ts reads it)",
  needles: ["configure: error:", ": error: "],
  // Round 19: the `checking` form also after other text on its line (a comment's `# `, a config file's
  // last line without its newline).
  // Round 21c: config.log's copy of the line (`configure:3837: error: C compiler cannot create executables`,
  // pasted config.log excerpts), not cc-error's `file:LINE: error:`.
  pattern: /^(?:[ \t]*|[^\n]{0,300}?checking [^\n]{1,300}?\.\.\. )configure(?::\d{1,7})?: error:(?: |$)/,
  example: 'configure: error: "libevent not found"',
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const AUTOTOOLS_FATAL: LineRule = {
  id: "autotools-fatal",
  note:
    "autoconf/automake's own fatal messages while eautoreconf runs them (an m4 too old or missing, a " +
    "macro file not found); they explain the later `eautoreconf failed` / `emake failed` die. Round 36: also " +
    "autoreconf's `automake failed with exit status: 1` (an autogen.sh's, whose automake said nothing with " +
    "`error:`); without a banner the prepare step, kind unknown, as autotools-bootstrap-error (was configure)",
  needles: ["GNU m4 ", ": error: ", " failed with exit status: "],
  // autoconf 2.13 says `Autoconf requires GNU m4 1.1 or later`; the autom4te era `autom4te: need GNU m4 1.4 or later: /usr/bin/m4`
  pattern:
    /^(?:Autoconf requires GNU m4 |(?:aclocal|automake|autoreconf|autoconf|autoheader|autom4te|autoupdate|libtoolize)(?:-\d+(?:\.\d+)*)?: (?:error: |need GNU m4 |\S+ failed with exit status: \d))/,
  example: "autom4te: need GNU m4 1.4 or later: /usr/bin/m4",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  phaseIn: () => "prepare",
  severity: "error",
};

export const CMAKE_INSTALL_ERROR: LineRule = {
  id: "cmake-install-error",
  note:
    "`cmake -P cmake_install.cmake` failing to write a file (`file INSTALL cannot copy file`, `cannot set " +
    "permissions`): under Portage that is a write outside the image, which the sandbox denied. When the " +
    "sandbox's violation summary follows, the summary is the failure and this line its echo (result.ts)",
  needles: ["CMake Error at "],
  pattern: /^CMake Error at (?:\S*\/)?cmake_install\.cmake:\d+ /,
  example: "CMake Error at cmake_install.cmake:36 (FILE):",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "install",
  severity: "error",
};

/** FetchContent's sub-build or its module (`_deps/x-subbuild/`, `x-populate-gitclone.cmake`, `FetchContent.cmake`). */
const FETCHCONTENT_STEP = /-populate-|-subbuild\/|\/FetchContent\.cmake:/;

/**
 * Round 51d: the scripts ExternalProject (and FetchContent's sub-build) runs for a download step giving up:
 * `<name>-gitclone.cmake`'s `Failed to clone repository: '…'` after git's own `fatal: unable to access '…': Could not
 * resolve host: …` (three attempts), `-gitupdate.cmake`, `-hgclone.cmake`, the LOG_DOWNLOAD wrapper
 * `<name>-stamp/<name>-download-<config>.cmake`'s `Command failed: 1` above the step's output, FetchContent's
 * `Build step for x failed`. An echo of the tool's reason (git's line, fetch.ts; the primary, issue 10's reason line
 * for a fetch), conclusive as the failure's only line when the reason was cut. A clone from the build (ExternalProject
 * runs its steps from make or ninja) is the compile step's; FetchContent's runs from cmake's configure step
 * (result.ts cmakeDownloadStepPhase). The URL download's `Each download failed!` holds its own reason: cmake-error.
 */
export const CMAKE_DOWNLOAD_STEP_FAILED: LineRule = {
  id: "cmake-download-step-failed",
  needles: ["CMake Error at "],
  pattern:
    /^CMake Error at (?:\S*?-(?:gitclone|gitupdate|hgclone|download-[\w.-]{1,40})|\S*\/FetchContent)\.cmake:\d+ \(message\):/,
  example: "CMake Error at gtest-prefix/tmp/gtest-gitclone.cmake:56 (message):",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  phaseIn: (text) => (FETCHCONTENT_STEP.test(text) ? "configure" : null),
  severity: "error",
  conclusive: true,
};

/** The phase a download step's script names (CMAKE_DOWNLOAD_STEP_FAILED): configure for FetchContent's, else compile. */
export function cmakeDownloadStepPhase(text: string): string {
  return FETCHCONTENT_STEP.test(text) ? "configure" : "compile";
}

export const CMAKE_ERROR: LineRule = {
  id: "cmake-error",
  needles: ["CMake Error"],
  pattern: /^CMake Error(?: at | in |:)/,
  example: "CMake Error at CMakeLists.txt:8 (find_package):",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

export const MESON_ERROR: LineRule = {
  id: "meson-error",
  note:
    "Round 36: also under a project of meson's own test suite, whose directories hold blanks (`test cases/common/" +
    "254 long output/meson.build:3:0: ERROR: …`): the test's failure (test-harness-signs.ts names the step)",
  needles: [": ERROR: "],
  pattern:
    /^(?:\S*?test cases\/[^/\n]{1,60}\/[^/\n]{1,200}\/)?\S*meson(?:_options)?\.(?:build|txt):\d+:\d+: ERROR: /,
  example: '../gtk-3.24.52/meson.build:491:9: ERROR: Dependency "cairo-xlib" not found',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

/**
 * Round 44c: GN's own errors at `gn gen` (Chromium, QtWebEngine, V8 and their forks run it in src_configure): a
 * location in the source tree, `ERROR at //third_party/angle/BUILD.gn:5:1: Unable to load …`, or the check of
 * the whole graph, `ERROR Unresolved dependencies.` A configure step (LABELLING.md convention 7), also when
 * ninja re-runs gn from src_compile. Before, no rule read them: a die's frame or the last resort was the primary.
 */
export const GN_ERROR: LineRule = {
  id: "gn-error",
  note: "GN's `ERROR at //path:line:col: message` and `ERROR Unresolved dependencies.` (gn-script-failed: its exec_script)",
  needles: ["ERROR at //", "ERROR Unresolved dependencies."],
  pattern: /^ERROR (?:at \/\/[^\s:]+:\d+:\d+: \S|Unresolved dependencies\.$)/,
  example: "ERROR at //build/config/freetype/BUILD.gn:8:1: Dependency not allowed.",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

/**
 * Round 44c: GN's wrapper of a script it ran (`exec_script`, pkg-config.py above all), whose own stderr below
 * says why (round 25's row 503: pkg-config's `Package dbus-1 was not found …` stays the primary): an echo,
 * the primary only when the excerpt lost the script's message.
 */
export const GN_SCRIPT_FAILED: LineRule = {
  ...GN_ERROR,
  id: "gn-script-failed",
  note: "GN's `ERROR at //…: Script returned non-zero exit code.` over the script's stderr, which says why",
  needles: ["ERROR at //"],
  pattern: /^ERROR at \/\/[^\s:]+:\d+:\d+: Script returned non-zero exit code\.$/,
  example: "ERROR at //build/config/linux/pkg_config.gni:97:17: Script returned non-zero exit code.",
  // Below pkg-config's verdict (tier 2), above a die's message.
  tier: TIER_ECHO,
};

export const MESON_PLAIN_ERROR: LineRule = {
  id: "meson-plain-error",
  needles: ["ERROR: "],
  // A sentence after "ERROR:"; a single token is an automake test name instead. A test binary killed by a
  // signal (`ERROR: x process failed: -11`) is test-process-failed's (test-runtime.ts). Round 34: meson's
  // interpreter errors come with two blanks in some releases (`ERROR:  Unknown variable "vala_options"`).
  pattern: /^ERROR: {1,2}(?!\S+ process failed: -?\d+\s*$)\S+ \S/,
  example: 'ERROR: Dependency "glib-2.0" not found, tried pkgconfig',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

export const AUTOCONF_UNDEFINED_MACRO: LineRule = {
  id: "autoconf-undefined-macro",
  note:
    "autoconf (run by eautoreconf in src_prepare) finding a macro no installed .m4 file defines (`configure.ac:12: " +
    "error: possibly undefined macro: AC_PROG_LIBTOOL`): the prepare step failed, kind unknown as for eautoreconf's " +
    "other failures; listed before the compiler's rules (table.ts), whose `file:line: error:` it reads like (round 20). " +
    "Round 34: also at a line of the generated `configure:11706:` (autom4te's check of the output for unexpanded " +
    "macros, the same step), not configure-error's config.log line",
  needles: ["error: possibly undefined macro: "],
  pattern: /^(?:\S*\/)?configure(?:\.(?:ac|in))?:\d+: error: possibly undefined macro: \S/,
  example: "configure.ac:34: error: possibly undefined macro: AC_PROG_LIBTOOL",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  phaseIn: () => "prepare",
  severity: "error",
};

export const AUTOTOOLS_BOOTSTRAP_ERROR: LineRule = {
  id: "autotools-bootstrap-error",
  note:
    "round 33: any other error autoconf or automake reports at a line of the project's own input while " +
    "eautoreconf runs (`configure.ac:6: error: 'AM_CONFIG_HEADER': this macro is obsolete.`, `Makefile.am:12: " +
    "error: …`, `aclocal.m4:…`): the prepare step, like autoconf-undefined-macro (kind unknown without a banner; " +
    "a banner's phase decides). Before the compiler's rules, whose `file:line: error:` it reads like",
  needles: [": error: "],
  pattern: /^(?:\S*\/)?(?:configure\.(?:ac|in)|Makefile\.am|aclocal\.m4):\d+: error: \S/,
  example: "configure.ac:6: error: 'AM_CONFIG_HEADER': this macro is obsolete.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  phaseIn: () => "prepare",
  severity: "error",
};

export const MAKE_COMMAND_NOT_FOUND: LineRule = {
  id: "make-command-not-found",
  note: "make running a recipe's program that is not installed (`make: xsltproc: Command not found`, round 20)",
  needles: [": Command not found"],
  pattern: new RegExp(`${MAKE_PREFIX}[^\\s:]{1,200}: Command not found$`),
  example: "make[2]: xsltproc: Command not found",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

/**
 * Round 44c: the kernel refusing to run a command whose arguments and environment pass ARG_MAX (E2BIG): make's
 * `make[2]: execvp: /bin/sh: Argument list too long` (make 4.3+: `make: /bin/sh: …`), a shell's `/bin/sh: line 1:
 * /usr/bin/ar: Argument list too long`. The recipe never ran, so make's `Error 127` below only echoes it.
 */
export const ARGUMENT_LIST_TOO_LONG: LineRule = {
  id: "argument-list-too-long",
  note: "E2BIG from execve, as make or a shell words it: the cause of the `Error 127`/`Error 126` under it",
  needles: [": Argument list too long"],
  pattern:
    /^[^\s:]{1,200}(?:\[\d{1,4}\])?: (?:execvp: |line \d{1,9}: )?(?:[^\s:]{1,200}: )?Argument list too long$/,
  example: "make[2]: execvp: /bin/sh: Argument list too long",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const KBUILD_MODPOST_UNDEFINED: LineRule = {
  id: "kbuild-modpost-undefined",
  note:
    "kbuild's modpost after linking an out-of-tree module (linux-mod's emake): a symbol the kernel does not " +
    'export (`ERROR: "foo" [bar.ko] undefined!`, `ERROR: modpost: …` since 5.x): a link failure, not ' +
    "meson's " +
    "plain `ERROR:` (round 19)",
  needles: ["] undefined!"],
  // `WARNING:` (older kernels) lets the build go on
  pattern: /^ERROR: (?:modpost: )?"[^"\s]{1,200}" \[[^\]\s]{1,300}\.ko\] undefined!/,
  example: 'ERROR: modpost: "drm_gem_object_put" [/var/tmp/portage/x11-drivers/foo-1/work/foo.ko] undefined!',
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

/**
 * Round 51c: kbuild's modpost refusing the modules it checks after they were linked, in any words (`ERROR: modpost:
 * "sched_numa_hop_mask" [vmlinux] undefined!`, `… uses symbol x from namespace Y, but does not import it.`, `missing
 * MODULE_LICENSE() in x.o`, `Section mismatches detected.`), and an undefined symbol's line wrapped before its `.ko]
 * undefined!` (a mail or a narrow terminal). The link step of the kernel or a module failed: link, not meson's plain
 * `ERROR:` (configure), which read them before.
 */
export const KBUILD_MODPOST_ERROR: LineRule = {
  id: "kbuild-modpost-error",
  note:
    "modpost's own `ERROR: modpost: …` lines other than kbuild-modpost-undefined's, and older kernels' `FATAL: " +
    "modpost: …` (round 52f): the modules' link step",
  // Kernels before 5.x stopped through modpost's fatal() (`FATAL: modpost: GPL-incompatible module zfs.ko uses
  // GPL-only symbol 'x'`, `… Section mismatches detected.`) where newer ones print ERROR; its `WARNING:` goes on.
  needles: ["ERROR: ", "FATAL: modpost: "],
  pattern: /^(?:ERROR|FATAL): modpost: \S/,
  example:
    "ERROR: modpost: module mlx5_core uses symbol pci_iov_vf_id from namespace PCI_IOV, but does not import it.",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const KBUILD_DEPMOD_ERROR: LineRule = {
  id: "kbuild-depmod-error",
  note:
    "kmod's depmod run by kbuild's modules_install (`DEPMOD  6.8.0`) or a module's own install target: " +
    "`depmod: ERROR: could not open directory …`, then `depmod: FATAL: could not search modules: …` (round 38). " +
    "Installing the modules failed: install when no phase says otherwise (was the last resort's, kind compile); " +
    "its `WARNING:` lines let the install go on",
  needles: ["depmod: ERROR: ", "depmod: FATAL: "],
  pattern: /^depmod: (?:ERROR|FATAL): \S/,
  example: "depmod: FATAL: could not search modules: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "install",
  severity: "error",
};

export const BAZEL_ERROR: LineRule = {
  id: "bazel-error",
  note:
    "Bazel names the BUILD file and target of a failed action or analysis (`ERROR: /…/BUILD:12:8: Compiling x " +
    "failed: (Exit 1)`); it is the build step, not meson's configure (meson-plain-error would take it)",
  needles: ["ERROR: /"],
  pattern: /^ERROR: \S*\/BUILD(?:\.bazel)?:\d+:\d+: \S/,
  example:
    "ERROR: /var/tmp/portage/sci-libs/tensorflow-2.11.0/work/tensorflow-2.11.0/tensorflow/core/BUILD:1234:8: Compiling tensorflow/core/foo.cc failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const ARGPARSE_ERROR: LineRule = {
  id: "argparse-error",
  note:
    "a Python tool's own command-line parser refusing its arguments (meson test/setup, emerge); " +
    "usage lines come before it",
  needles: [
    ": error: unrecognized arguments: ",
    ": error: argument ",
    ": error: the following arguments are required",
  ],
  pattern:
    /^[\w.-]+(?: [\w-]+)?: error: (?:unrecognized arguments: |argument |the following arguments are required)/,
  example: "meson: error: unrecognized arguments: -u --no-rebuild --print-errorlogs",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

export const MAKE_NO_RULE: LineRule = {
  id: "make-no-rule",
  needles: ["*** No rule to make target"],
  // Unlike "Error 1" this make line IS the root cause.
  pattern: new RegExp(`${MAKE_PREFIX}\\*\\*\\* No rule to make target `),
  example: "make[2]: *** No rule to make target 'framing.html', needed by 'all-am'.  Stop.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // An excerpt naming no phase (round 17: a `#\t` ebuild comment quoting it hid `>>> Compiling source`):
  // make building a missing target is the compile step.
  kindWithoutPhase: "compile",
  severity: "error",
};

/** BSD make (FreeBSD's, NetBSD's bmake, portable bmake) as the speaker of a line: `make:`, `bmake[5]:`, by path. */
const BSD_MAKE_PREFIX = String.raw`^(?:[\w./-]*\/)?b?make(?:\[\d+\])?: `;

export const BSD_MAKE_NO_RULE: LineRule = {
  id: "bsd-make-no-rule",
  note:
    "Round 46: BSD make's words for GNU make's `No rule to make target` (`make: don't know how to make arch.c. " +
    "Stop`, `bmake[5]: don't know how to make …/newvers.sh. Stop`): the cause its `*** Error code 1` / `Stop.` / " +
    "`make[1]: stopped in /path` lines and the die's `make failed` only follow from",
  needles: ["don't know how to make "],
  pattern: new RegExp(`${BSD_MAKE_PREFIX}don't know how to make \\S.*\\. Stop\\s*$`),
  example: "make: don't know how to make arch.c. Stop",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // Like make-no-rule: make building a missing target is the compile step.
  kindWithoutPhase: "compile",
  severity: "error",
};

export const BSD_MAKE_MAKEFILE_ERROR: LineRule = {
  id: "bsd-make-makefile-error",
  note:
    'Round 46: BSD make stopping on a makefile\'s line (`make: "/usr/share/mk/src.libnames.mk" line 395: …`, ' +
    "`make: \"/root/powermon-master/Makefile\" line 13: Invalid line type`, a makefile's `.error`): GNU make's " +
    "`Makefile:12: *** …  Stop.`. Not its `warning:` lines (bmake goes on after them)",
  needles: ['" line '],
  pattern: new RegExp(`${BSD_MAKE_PREFIX}"[^"\\n]+" line \\d+: (?![Ww]arning: )\\S`),
  example: 'make: "/root/powermon-master/Makefile" line 13: Invalid line type',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // make reads its makefile to build: without a phase told, the compile step's (as make-makefile-error).
  kindWithoutPhase: "compile",
  severity: "error",
};

export const MAKE_NO_MAKEFILE: LineRule = {
  id: "make-no-makefile",
  note:
    "make run where no makefile is: the step that should have made it (configure, a `./build.sh` the shell " +
    "could not find) failed above, and the die's snippet (`make || die`) names make. Detail tier: the cause " +
    "above outranks it; alone it is the failure (round 17)",
  needles: ["*** No targets specified"],
  pattern: new RegExp(`${MAKE_PREFIX}\\*\\*\\* No targets specified`),
  example: "make: *** No targets specified and no makefile found.  Stop.",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const MAKE_MAKEFILE_ERROR: LineRule = {
  id: "make-makefile-error",
  note:
    "make stopping on the makefile itself (`missing separator`, a `$(error …)` call): `file:LINE: *** " +
    "message.  Stop.`; its `make: *** [x] Error 2` echo has no file:line. A paste copied from a rendered " +
    "page (a paste site's numbered view) has its two blanks before `Stop.` collapsed to one. Round 27: the " +
    "same message without its file:line (`*** File 'config.mk' is missing. Please run ./configure.  Stop.`; " +
    "a markdown paste escapes the third star, `**\\*`): the makefile's own words, ahead of `emake failed`",
  // A digit before the stars: not make's own `make[2]: *** [x] Error 1`, which every failed make prints.
  needles: [
    ".  Stop.",
    "0: *** ",
    "1: *** ",
    "2: *** ",
    "3: *** ",
    "4: *** ",
    "5: *** ",
    "6: *** ",
    "7: *** ",
    "8: *** ",
    "9: *** ",
  ],
  pattern:
    /^[\w./+-]+:\d+: \*\*\* [^[\n][^\n]{0,300}\. {1,2}Stop\.$|^\*\*\\?\* [^[\n][^\n]{0,300}\. {2}Stop\.$/,
  example: "Makefile:123: *** missing separator.  Stop.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // make reads its makefile to build: without a phase told, the compile step's (round 27).
  kindWithoutPhase: "compile",
  severity: "error",
};

/**
 * Round 30b: a makefile's own message line (`$(warning ERROR -- Cannot compile Toxic)` prints
 * `../cfg/check_features.mk:34: ERROR -- Cannot compile Toxic`). Not in the table: alone such a line may be a
 * warning make went on after; makefile-message.ts records it in place of make's bare `*** ERROR.  Stop.` from
 * the same makefile just below it, which only restates it.
 */
export const MAKEFILE_OWN_MESSAGE: LineRule = {
  id: "makefile-own-message",
  needles: [": ERROR", ": Error", ": error"],
  pattern: /^[^\s:]{1,300}:\d{1,9}: (?:ERROR|Error|error)\b/,
  example: "../cfg/check_features.mk:34: ERROR -- Cannot compile Toxic",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // as make-makefile-error's: make reads its makefiles to build
  kindWithoutPhase: "compile",
  severity: "error",
};

export const RECIPE_COMPLAINT: LineRule = {
  id: "recipe-complaint",
  note:
    "round 47e: a tool's complaint on the line right above make's `*** [target] Error N` that no rule reads " +
    "(`grep: src/config.h: No such file or directory`, `mawk: x.awk: line 22: syntax error at or near ,`): the " +
    "recipe's own words; recorded by the analyzer (recipe-complaint.ts), not matched in the table",
  needles: [],
  pattern: /^[\w.+/-]{1,200}: \S/,
  example: "grep: src/config.h: No such file or directory",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const MAKE_JOB_CRASHED: LineRule = {
  id: "make-job-crashed",
  note:
    "a make recipe killed by a signal: make names it (`Segmentation fault`, `Aborted`…) or, when a " +
    "shell ran it, reports the shell's 128+N (`Error 139` SIGSEGV, 134 SIGABRT, 135 SIGBUS, 132 SIGILL, " +
    "136 SIGFPE). The program crashed; `emake failed` under it only echoes it (137 is the OOM rule's)",
  // What follows the target: not `*** [x] Error 1`, the failed make's own echo (noise).
  needles: [
    "] Segmentation fault",
    "] Aborted",
    "] Bus error",
    "] Illegal instruction",
    "] Floating point exception",
    "] Error 13",
  ],
  pattern: new RegExp(
    String.raw`${MAKE_PREFIX}\*\*\* \[[^\]]*\] (?:Segmentation fault|Aborted|Bus error|Illegal instruction|Floating point exception|Error 13[2-69]\b)`,
  ),
  example: "make[2]: *** [Makefile:1078: all] Segmentation fault",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const GCC_CONFIG_OPTION_REFUSED: LineRule = {
  id: "gcc-config-option-refused",
  note:
    "gcc's gcc/config.gcc refusing a --with-* target option (`This target does not support --with-abi.`, " +
    "`Unknown cpu used in --with-cpu=…`) while the bootstrap configures a stage: a configure failure, " +
    "over `emake failed with bootstrap-lean`",
  needles: ["This target does not support --with-", " used in --with-"],
  pattern:
    /^(?:This target does not support --with-[\w-]+\.|Unknown [\w -]{1,40} used in --with-[\w-]+=\S*\.?)$/,
  example: "This target does not support --with-abi.",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const AUTOTOOLS_RUN_FAILED: LineRule = {
  id: "autotools-run-failed",
  note:
    "autotools.eclass's eerror when a tool it runs fails (`Failed Running aclocal !`, since 2021 " +
    "`Failed running 'automake'!`): the tool's output went to temp/<tool>.out, and a blank line and " +
    "`Include in your bug report …` stand between it and the die banner, whose message repeats it",
  needles: ["Failed Running ", "Failed running '"],
  pattern: /^\s?\* Failed [Rr]unning (?:'[\w.+-]{1,60}'|[\w.+-]{1,60}) ?!$/,
  example: " * Failed Running aclocal !",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const KERNEL_NOT_CONFIGURED: LineRule = {
  id: "kernel-not-configured",
  note:
    "linux-info.eclass finding no configured kernel (`Kernel not configured; no .config found in …`, " +
    "`Could not find a usable .config in the kernel source directory.`): the cause; its `Could not find a " +
    "Makefile …` and `Please check to make sure these options are set correctly.` lines follow from it",
  needles: ["Kernel not configured; no .config found"],
  // Also the bare die message (result.ts reads a die message through the table): it beats the advice
  pattern: /^(?:\s*\*\s+)?Kernel not configured; no \.config found\b/,
  example: " * Kernel not configured; no .config found in /usr/src/linux",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const KERNEL_CONFIG_ADVICE: LineRule = {
  id: "kernel-config-advice",
  note:
    "require_configured_kernel's qeerror before its die `Kernel not configured; no .config found in …`: detail, " +
    "so the die's words are the primary; an excerpt cut before the banner still fails on it",
  needles: ["Could not find a usable .config"],
  pattern: /^\s*\*\s+Could not find a usable \.config in the kernel source directory/,
  example: " * Could not find a usable .config in the kernel source directory.",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  severity: "error",
};

export const PKG_CONFIG_NOT_FOUND: LineRule = {
  id: "pkg-config-not-found",
  note:
    "pkg-config's own verdict; tier 2 so the configure tool's error that quotes or follows it " +
    "(autoconf, CMake) stays the headline, while a Makefile calling pkg-config has nothing better. Round 25: " +
    "without a phase told, a configure step's (GN's pkg_config.gni, SCons' ParseConfig, a configure script: " +
    "LABELLING.md convention 7)",
  needles: ["not found"],
  pattern:
    /^\s*(?:Package '[^']+', required by '[^']*', not found|Package \S+ was not found in the pkg-config search path)/,
  example: "Package 'libfoo', required by 'virtual:world', not found",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

// libxml2 (xsltproc, xmllint) refusing to fetch a DTD or stylesheet: the network sandbox
// blocked it because the local catalog lacks it (docbook-xsl-stylesheets / docbook-xml-dtd).
export const XML_NETWORK_ENTITY: LineRule = {
  id: "xml-network-entity",
  needles: ["I/O error : Attempt"],
  pattern: /^I\/O error : Attempt to load network entity /,
  example:
    "I/O error : Attempt to load network entity http://docbook.sourceforge.net/release/xsl/current/manpages/docbook.xsl",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const MAKE_MISSING_PROGRAM: LineRule = {
  id: "make-missing-program",
  needles: [": No such file or directory"],
  pattern: new RegExp(`${MAKE_PREFIX}\\/\\S+: No such file or directory$`),
  example: "make: /usr/bin/semodule_package: No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const MAKE_MISSING_DIRECTORY: LineRule = {
  id: "make-missing-directory",
  note:
    "`make -C dir` into a directory that is not there (a multilib or cross target's subdirectory the build " +
    "never made, gcc's `armv7a-hardfloat-linux-gnueabi/libgomp` at install): make stops before any recipe, " +
    "so no `Error N` follows",
  needles: [": No such file or directory.  Stop.", ": No such file or directory. Stop."],
  pattern: new RegExp(
    `${MAKE_PREFIX}\\*\\*\\* [^\\s[][^\\n]{0,1000}: No such file or directory\\. {1,2}Stop\\.$`,
  ),
  example: "make: *** armv7a-hardfloat-linux-gnueabi/libgomp: No such file or directory.  Stop.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const NINJA_ERROR: LineRule = {
  id: "ninja-error",
  note: "also ninja's own `fatal:` lines (`chdir to 'out/Release' - No such file or directory`, a broken .ninja_log)",
  needles: ["ninja: error: ", "ninja: fatal: "],
  pattern: /^ninja: (?:error|fatal): /,
  example: "ninja: error: 'src/gen.h', needed by 'src/a.o', missing and no known rule to make it",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // ninja runs in src_compile (meson/cmake's build step): an excerpt without phase is a compile failure
  kindWithoutPhase: "compile",
  severity: "error",
};

export const NINJA_FAILED_TEST_RUN: LineRule = {
  id: "ninja-failed-test-run",
  note:
    "round 28: ninja's failed target is one that runs the tests (`run-unit-tests`, CMake's `test/CMakeFiles/check`), " +
    "not an object it builds: the tests failed, whichever phase ran the target. `FAILED: test/foo.o` stays compile",
  needles: ["FAILED: "],
  pattern:
    /^FAILED: (?:\[code=-?\d{1,4}\] )?(?:[^\s/]+\/){0,8}(?:meson-|run[-_])?(?:unit[-_]|all[-_])?(?:check|tests?)(?:[-_][\w-]{1,60})?$/,
  example: "FAILED: run-unit-tests",
  role: "error",
  tier: TIER_ECHO,
  kind: "test",
  conclusive: true,
  severity: "warning",
};

/** What a compiler driver or linker is called (after its directory, a cross prefix and a version suffix). */
const LINKER_DRIVERS: ReadonlySet<string> = new Set([
  "cc",
  "gcc",
  "c++",
  "g++",
  "clang",
  "clang++",
  "gfortran",
  "ld",
  "ld.bfd",
  "ld.gold",
  "ld.lld",
  "lld",
  "mold",
]);
/** An output a link step does not write: objects, archives, precompiled headers, preprocessor or assembler output. */
const NOT_LINKED_OUTPUT = /\.(?:o|obj|lo|a|gch|pch|i|ii|s|d)$/;
/** Options that stop the driver before the link: compile only, preprocess, assemble, dependencies only. */
const NO_LINK_OPTIONS: ReadonlySet<string> = new Set(["-c", "-E", "-S", "-M", "-MM"]);

function driverName(token: string): string {
  const base = token.replace(/^["']|["']$/g, "");
  const name = base.slice(base.lastIndexOf("/") + 1).replace(/-\d[\d.]*$/, "");
  if (LINKER_DRIVERS.has(name)) return name;
  // A cross or CHOST prefix: x86_64-pc-linux-gnu-g++, aarch64-unknown-linux-gnu-gcc.
  return name.slice(name.lastIndexOf("-") + 1);
}

/** Round 49a: Chromium's GN link wrappers (`gcc_link_wrapper.py`, `gcc_solink_wrapper.py`), run by a Python. */
const LINK_WRAPPER_SCRIPT = /(?:^|\/)gcc_(?:so)?link_wrapper\.py$/;
const PYTHON_LAUNCHER = /(?:^|\/)python[\d.]*$/;

/**
 * Round 49a: where the link command starts after Chromium's wrapper (`python3 "../../build/toolchain/
 * gcc_link_wrapper.py" --output="./chrome" -- clang++ … -o "./chrome" …`): the token after its `--`; `at` when the
 * command is not wrapped.
 */
function linkWrapperEnd(tokens: readonly string[], at: number): number {
  const script = tokens[at + 1]?.replace(/["']/g, "");
  if (!PYTHON_LAUNCHER.test(tokens[at] ?? "") || script === undefined || !LINK_WRAPPER_SCRIPT.test(script))
    return at;
  const separator = tokens.indexOf("--", at + 2);
  return separator < 0 ? at : separator + 1;
}

/**
 * Round 44c: whether a command (the line under ninja's `FAILED: <output>`, or the command on old ninja's and
 * samurai's own line) runs a link: a compiler driver or linker (ccache in front, CMake's `: && … && :` around
 * it) writing with `-o` an output that is no object, archive or preprocessed file, and not stopped before the
 * link (`-c`, `-E`, `-S`). Tokens, not a regex: link lines run to thousands of characters.
 */
export function isLinkCommand(command: string): boolean {
  const tokens = command.trim().split(/\s+/);
  const start = tokens[0] === ":" && tokens[1] === "&&" ? 2 : 0;
  let at = linkWrapperEnd(tokens, start);
  // The wrapper runs only links and names the output itself (`--output="./chrome"`): a paste cut before `-o` links.
  const wrapped = at !== start;
  if (tokens[at]?.endsWith("ccache")) at++;
  const driver = tokens[at];
  if (driver === undefined || !LINKER_DRIVERS.has(driverName(driver))) return false;
  let output: string | null = null;
  for (let i = at + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (NO_LINK_OPTIONS.has(token)) return false;
    if (token === "&&") break;
    if (token === "-o") output = tokens[i + 1] ?? null;
    else if (token.startsWith("-o") && token.length > 2 && output === null) output = token.slice(2);
  }
  if (output === null) return wrapped;
  return output !== "" && !NOT_LINKED_OUTPUT.test(output.replace(/["']/g, ""));
}

/** The command of old ninja's `FAILED: <command>` and samurai's `job failed: <command>` lines. */
export function failedLineCommand(text: string): string {
  return text.replace(/^(?:FAILED: (?:\[code=-?\d+\] )?|(?:ninja|samu): job failed: )/, "");
}

/**
 * Round 44c: a ninja job that failed linking (LABELLING.md: the failing tool's own kind, link). ninja prints
 * the command under `FAILED: <output>` and then the tool's output; an excerpt cut before the linker's message
 * shows only the command, which says a link failed. Old ninja (`FAILED: <command>`) and samurai (`job failed:
 * <command>`) print the command on the line itself (analyzer.ts reads it with isLinkCommand).
 */
export const NINJA_FAILED_LINK: LineRule = {
  id: "ninja-failed-link",
  note: "the `FAILED:` line of a job whose command links (isLinkCommand): kind link, still an echo of ld's message",
  needles: ["FAILED: ", ": job failed: "],
  pattern: /^(?:FAILED: |(?:ninja|samu): job failed: )/,
  example: "FAILED: bin/foo",
  role: "error",
  tier: TIER_ECHO,
  kind: "link",
  conclusive: true,
  severity: "warning",
};

/** Round 44c: the command line under ninja's `FAILED: <output>`: a link gives the line above kind link. */
export const NINJA_FAILED_COMMAND: LineRule = {
  ...NINJA_FAILED_LINK,
  id: "ninja-failed-command",
  note: "the line under `FAILED: <output>` when it is a link command (relabels): the line above becomes ninja-failed-link",
  // Round 49a: Chromium's wrapper line may be cut before its `-o` (linkWrapperEnd)
  needles: [" -o", "link_wrapper.py"],
  pattern: / -o|link_wrapper\.py/,
  example: ": && /usr/bin/x86_64-pc-linux-gnu-g++ -O2 -Wl,-O1 -o bin/foo foo.o bar.o -lbaz && :",
  relabels: (text) => (isLinkCommand(text) ? NINJA_FAILED_LINK : null),
};

export const NINJA_FAILED_TARGET: LineRule = {
  id: "ninja-failed",
  note: "samurai, Gentoo's ninja, says `job failed: <command>` (as `ninja:` or `samu:`) where ninja says `FAILED:`",
  needles: ["FAILED: ", ": job failed: "],
  pattern: /^(?:FAILED: |(?:ninja|samu): job failed: )/,
  example: "FAILED: CMakeFiles/tinyxml2.dir/tinyxml2.cpp.o",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  // Printed only when a job failed: an excerpt cut to it (nothing for it to echo) still failed.
  conclusive: true,
  severity: "warning",
  // Round 44c: the command under it tells a link (NINJA_FAILED_COMMAND).
  nextLine: NINJA_FAILED_COMMAND,
};

export const V8_RUN_RETURN_CODE: LineRule = {
  id: "v8-run-return-code",
  note:
    "V8's tools/run.py, which runs a generator (mksnapshot, torque) under ninja: its whole line is the " +
    "only sign of what killed the tool (a negative code is a signal); ninja's `FAILED:` above only echoes it",
  needles: ["Return code is "],
  pattern: /^Return code is -?\d+$/,
  example: "Return code is -11",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const CMAKE_INCOMPLETE: LineRule = {
  id: "cmake-configuring-incomplete",
  needles: ["errors occurred!"],
  pattern: /^-- Configuring incomplete, errors occurred!/,
  example: "-- Configuring incomplete, errors occurred!",
  role: "error",
  tier: TIER_ECHO,
  kind: "configure",
  severity: "warning",
};

export const NGINX_CONFIGURE_ERROR: LineRule = {
  id: "nginx-configure-error",
  note:
    "nginx's own (non-autoconf) configure script: auto/ prints `$0: error: …` (`./configure: error: the " +
    "HTTP rewrite module requires the PCRE library.`, a third-party module's `no …/config was found`); the " +
    "ebuild's later `configure failed` die is its echo",
  needles: ["configure: error: "],
  pattern: /^(?:\.\/|\S*\/)?(?:auto\/)?configure: error: \S/,
  example: "./configure: error: the HTTP rewrite module requires the PCRE library.",
  role: "error",
  tier: TIER_ROOT,
  kind: "configure",
  severity: "error",
};

export const BUILD_SCRIPT_FAILED: LineRule = {
  id: "build-script-failed",
  note:
    "a package's build script summing up after make's `Error 2` (corefx's `Failed to build corefx native " +
    "components.`): an echo, above only a die without message; any tool's error outranks it",
  needles: ["Failed to build ", "Build failed"],
  pattern: /^(?:Failed to build [\w .+-]{1,120}|Build failed)[.!]?$/,
  example: "Failed to build corefx native components.",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const WAF_TASK_FAILED: LineRule = {
  id: "waf-task-failed",
  note:
    "waf's report under its `Build failed` (build-script-failed): which task (target) failed and how; tier 2 " +
    "so it names the failure over that line and a die message, while the compiler's own error above stays first",
  needles: ["' failed with exit status", "' failed (exit status", "-> task failed ("],
  // waf 2 `failed with exit status 1`, waf 1.7 `failed (exit status 1)`, waf 1.5 `task failed (err #127)`
  pattern:
    /^\s*-> task (?:in '[^'\n]{1,200}' )?failed (?:with exit status -?\d+|\((?:exit status -?\d+|err #\d+)\))/,
  example: " -> task in 'engine' failed with exit status 1 (run with -v to display more information)",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

/**
 * Round 47b: SCons' own error, `scons: *** <message>`: a missing SConstruct, `Do not know how to make File target
 * \`x'` (make's `No rule to make target`), a source not found for a target (`scons: *** [t] Source \`x' not found,
 * needed by target \`t'.`), a user error of the SConstruct. Not the `scons: *** [target] Error 1` a failed command
 * leaves (the compiler's error is above it; the last resort reads it).
 */
export const SCONS_ERROR: LineRule = {
  id: "scons-error",
  note: "SCons' `scons: *** …` errors, not a failed command's `[target] Error N`; before, a bare excerpt read succeeded",
  needles: ["scons: *** "],
  pattern: /^scons: \*\*\* (?!\[[^\]\n]{0,300}\] Error -?\d+$)\S/,
  example:
    "scons: *** Do not know how to make File target `test' (/home/kolterdyx/godot-python/test).  Stop.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const BUILD_TOOL_RULES: readonly LineRule[] = [
  AUTOCONF_ERROR_DIRECTORY,
  AUTOCONF_ERROR,
  NGINX_CONFIGURE_ERROR,
  ...QMAKE_RULES,
  AUTOTOOLS_FATAL,
  CMAKE_INSTALL_ERROR,
  CMAKE_DOWNLOAD_STEP_FAILED,
  CMAKE_ERROR,
  MESON_ERROR,
  GN_SCRIPT_FAILED,
  GN_ERROR,
  KBUILD_MODPOST_UNDEFINED,
  KBUILD_MODPOST_ERROR,
  KBUILD_DEPMOD_ERROR,
  ...GENKERNEL_RULES,
  BAZEL_ERROR,
  MESON_PLAIN_ERROR,
  ARGPARSE_ERROR,
  MAKE_NO_RULE,
  BSD_MAKE_NO_RULE,
  BSD_MAKE_MAKEFILE_ERROR,
  MAKE_NO_MAKEFILE,
  MAKE_MAKEFILE_ERROR,
  MAKE_JOB_CRASHED,
  AUTOTOOLS_RUN_FAILED,
  KERNEL_NOT_CONFIGURED,
  KERNEL_CONFIG_ADVICE,
  GCC_CONFIG_OPTION_REFUSED,
  MAKE_MISSING_PROGRAM,
  MAKE_COMMAND_NOT_FOUND,
  ARGUMENT_LIST_TOO_LONG,
  MAKE_MISSING_DIRECTORY,
  NINJA_ERROR,
  NINJA_FAILED_TEST_RUN,
  NINJA_FAILED_TARGET,
  V8_RUN_RETURN_CODE,
  CMAKE_INCOMPLETE,
  PKG_CONFIG_NOT_FOUND,
  XML_NETWORK_ENTITY,
  BUILD_SCRIPT_FAILED,
  WAF_TASK_FAILED,
  SCONS_ERROR,
];
