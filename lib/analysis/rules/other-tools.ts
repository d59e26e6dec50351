// Failures of the tools around the build: coreutils in src_install, patch,
// Python, Haskell/Cabal, cargo, Boost.Build and other CLIs printing "error: ".
// Kind null means the failing phase decides it.
import { JS_BUILD_TOOL_RULES } from "./js-build-tools";
import { type LineRule, TIER_DETAIL, TIER_ECHO, TIER_ROOT } from "./rule";
import { SCRIPT_TOOL_RULES } from "./script-tools";

/**
 * glibc's strerror(ENOENT) in the languages users run (libc.mo: ru de fr es pt_BR it pl uk zh_CN ja); French also
 * in its older wording (`répertoire`, glibc 2.2-2.3: gcc 3.2's kernel build under fr_BE, round 38).
 */
export const LOCALISED_NO_SUCH_FILE = [
  "Нет такого файла или каталога",
  "Datei oder Verzeichnis nicht gefunden",
  "Aucun fichier ou dossier de ce type",
  "Aucun fichier ou répertoire de ce type",
  "No existe el fichero o el directorio",
  "Arquivo ou diretório inexistente",
  "File o directory non esistente",
  "Nie ma takiego pliku ani katalogu",
  "Немає такого файла або каталогу",
  "没有那个文件或目录",
  "そのようなファイルやディレクトリはありません",
] as const;

/**
 * The gate's needles for LOCALISED_NO_SUCH_FILE: a short piece of each. Every distinct byte of a
 * needle is a column of the needle scanner's table and every byte a state: the whole texts made it
 * larger for nothing (bench:analysis' mixed block, which the table's size shows in first).
 */
export const LOCALISED_NO_SUCH_FILE_NEEDLES = [
  "такого ",
  "Datei oder Verzeichnis",
  "Aucun fichier ou ",
  "No existe el fichero",
  "Arquivo ou diret",
  "File o directory non",
  "Nie ma takiego pliku",
  "没有那个",
  "そのような",
] as const;

export const COREUTILS_ERROR: LineRule = {
  id: "coreutils-error",
  note:
    "install/cp/mv failing in src_install (a file the ebuild expects is missing); any coreutils tool's " +
    "`cannot <verb> '…': <strerror>` (mkfifo under Portage's multijob helpers, a mkdir in a phase) before a die; " +
    "mv's `inter-device move failed: …` (round 23); GNU tar's `FILE: Cannot <verb>: <strerror>` (round 51d)",
  needles: [
    ": cannot ",
    ": can't ",
    ": failed to ",
    ": inter-device move failed: ",
    ": No such file or directory",
    "omitting directory",
    ...LOCALISED_NO_SUCH_FILE_NEEDLES,
    "tar: ",
    "tar (child): ",
  ],
  // The tool may be named by its path (`/usr/bin/install`); install and cp skip a directory
  // they were not told to recurse into, and the file the ebuild meant is not installed.
  // Under a translated LC_MESSAGES the verb is translated too (`невозможно получить доступ к`,
  // `Zugriff auf … nicht möglich`): the line is then known by libc's ENOENT text at its end.
  // mv across filesystems copies, then fails to replace the target: `mv: inter-device move failed: …` (round 23).
  // Round 51d: GNU tar's `tar: FILE: Cannot <verb>: <strerror>` (`tar: .: Cannot open: Bad file descriptor`, Portage's
  // __dyn_package packing the image), capitalised unlike coreutils'.
  pattern: new RegExp(
    String.raw`^(?:\/[\w./-]*\/)?(?:install|cp|mv|ln|rm|rmdir|mkdir|mkfifo|mknod|mktemp|chmod|chown|chgrp|touch|truncate|sed|tar|gzip|xz): (?:cannot |can't |failed to |inter-device move failed: |(?:-r not specified; )?omitting directory |.*: (?:No such file or directory|${LOCALISED_NO_SUCH_FILE.join("|")})$)|^(?:\/[\w./-]*\/)?g?tar(?: \(child\))?: [^\n]{1,1000}?: Cannot [a-z][^:\n]{0,200}: \S`,
  ),
  example: "install: cannot stat 'doc/framing.html': No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const DECOMPRESSOR_ERROR: LineRule = {
  id: "decompressor-error",
  note:
    "bzip2, xz and gzip failing under Portage's unpack (a distfile unreadable, truncated or not what its " +
    "name says): the reason, over the die's `failure unpacking x.tar.bz2`",
  needles: [
    "Can't open input file ",
    "Data integrity error when",
    "Compressed file ends unexpectedly",
    "I/O or other error, bailing",
    ": Compressed data is corrupt",
    ": Unexpected end of input",
    ": File format not recognized",
    ": unexpected end of file",
    ": not in gzip format",
  ],
  pattern:
    /^(?:\/[\w./-]*\/)?(?:bzip2: (?:Can't open input file |Data integrity error when decompressing|Compressed file ends unexpectedly|I\/O or other error, bailing out)|xz: [^\n]{1,500}: (?:Compressed data is corrupt|Unexpected end of input|File format not recognized)$|gzip: [^\n]{1,500}: (?:unexpected end of file|not in gzip format)$)/,
  example: "bzip2: Can't open input file /var/cache/distfiles/foo-1.0.tar.bz2: Permission denied.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const JAVA_CONFIG_ERROR: LineRule = {
  id: "java-config-error",
  note:
    "java-config (java-pkg-2's `java-pkg_getjars`, `java-config --classpath=…`) prints its own reason as " +
    "`!!! ERROR: …` before the eclass dies with `java-config --classpath=… failed`",
  needles: ["!!! ERROR: Package "],
  pattern: /^!!! ERROR: Package (?:[^\s!]+ )?(?:was )?not found!?$/,
  example: "!!! ERROR: Package junit-4 was not found!",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const PYTHON_OSERROR_LINE: LineRule = {
  id: "python-oserror-line",
  note:
    "Portage (or a Python tool) printing an OSError's own text, `[Errno 2] No such file or directory: 'mount'`, " +
    "before the traceback it then raises: the reason, over the exception line under the traceback",
  needles: ["[Errno "],
  pattern: /^\[Errno \d+\] [^\n]{1,500}$/,
  example: "[Errno 2] No such file or directory: 'mount':",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const INSTALL_HELPER_MISSING_FILE: LineRule = {
  id: "install-helper-missing-file",
  note:
    "Portage's install helpers (doins, newins, dobin, dodoc…) name the file they cannot find; " +
    "the QA notice that repeats it later is the echo. Also their other complaints (ebuild-helpers/*: a missing " +
    "argument, a directory they cannot create, keepdir's .keep), and `does not    exist` with the blanks a " +
    "terminal's wrapped line leaves when pasted. Round 26: a long path wraps the line itself after `does` or " +
    "`does not`; the line naming the helper and the file is still its message. Round 29a: the missing file's " +
    "complaint in any other prefixing: EAPI 5-era Portage repeated it under its `QA Notice:` with eqawarn's " +
    "` *      dodoc: README.md does not exist` (an excerpt of that notice read as a success), or it comes bare. " +
    "Round 32: the helper's `!!! ` line glued after a paste's prose (`fixes !!! dobin: /var/tmp/…/rpc-server does " +
    "not exist`, a code block flattened into its sentence), and old Portage's `!!! dosbin:` alone on its line, " +
    "the path and `does not exist` wrapped onto the next (the helper's name is the message's start)",
  needles: ["!!! do", "!!! new", "!!! keepdir: ", " does not exist"],
  pattern:
    /^!!! (?:(?:do|new)[a-z]+|keepdir): (?:[^\n]{1,2000} does(?: +not(?: +exist)?)?$|at least one argument needed|two arguments needed|Need two arguments|failed to install |cannot write \.keep in |Input is from a terminal|dosym target omits basename)|^\s{0,8}(?:\*\s{1,12})?(?:do|new)(?:ins|doc|s?bin|lib(?:\.so|\.a)?|exe|man|html|info|sym|dir|confd|envd|initd|header|mo|hard): \S[^\n]{0,2000} does +not +exist\s*$|^!!! (?:do|new)[a-z]{1,12}:[ \t]*$|^[A-Za-z][\w,.:;'()-]{0,40}(?: [\w,.:;'()-]{1,40}){0,8} !!! (?:do|new)[a-z]{1,12}: \/[^\n]{1,2000} does not exist\s*$/,
  example: "!!! doins: files/foo.conf does not exist",
  role: "error",
  tier: TIER_ROOT,
  kind: "install",
  severity: "error",
};

export const PATCH_HUNK_FAILED: LineRule = {
  id: "patch-hunk-failed",
  note:
    "GNU patch's hunk that did not apply; it comes before the `N out of M hunks FAILED` summary and stays the " +
    "primary over it. Round 30a: in every spelling: a blank after `#` (`Hunk # 2 FAILED at 1018.`, markdown " +
    "keeping `#2` from reading as an issue link) and BSD patch's `Hunk #2 failed at 1018.` (its summary: " +
    "`1 out of 2 hunks failed--saving rejects to …`, shell.ts). Round 38: without a phase (a driver tree's " +
    "make applying its backport patches) kind unknown, as under Portage's eapply in src_prepare, not compile",
  needles: ["FAILED at ", "failed at "],
  pattern: /^Hunk # ?\d+ (?:FAILED|failed) at \d+/,
  example: "Hunk #1 FAILED at 212.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "error",
};

export const PYTHON_DISTUTILS_MISSING: LineRule = {
  id: "python-distutils-missing",
  note:
    "a build script importing distutils, gone from Python 3.12 (rust's x.py, old setup.py): a build " +
    "failure, so compile when the excerpt names no phase",
  needles: [": No module named "],
  pattern: /^(?:ModuleNotFoundError|ImportError): No module named '?distutils\b/,
  example: "ModuleNotFoundError: No module named 'distutils'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const PYTHON_MODULE_MISSING: LineRule = {
  id: "python-module-missing",
  note:
    "usually a missing BDEPEND; outranks the other Python exception lines around it. Round 27: catkin's own " +
    'wording of a failed import (`ImportError: "from catkin_pkg.package import parse_package" failed: No ' +
    "module named 'catkin_pkg'`), above CMake's error from safe_execute_process.cmake, is the more specific line",
  needles: [": No module named "],
  pattern:
    /^(?:ModuleNotFoundError: |ImportError: (?:"[^"\n]{1,200}" failed: )?|\S*python[\d.]*: )No module named /,
  example: "/usr/bin/python3.12: No module named gpep517",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const PERL_MODULE_MISSING: LineRule = {
  id: "perl-module-missing",
  note:
    "a build-time Perl script (a generator, a configure helper) cannot load a module: usually a " +
    "missing BDEPEND; the `BEGIN failed` and make/ninja lines after it are its echo. A test file's " +
    "own `t/x.t .. Can't locate` is a test failure (tests.ts)",
  needles: ["Can't locate "],
  pattern: /^Can't locate [\w/]+\.pm in @INC/,
  example:
    "Can't locate JSON.pm in @INC (@INC contains: scripts ../core/scripts /etc/perl) at scripts/idl_serializer.pm line 38.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const PERL_CANT_LOAD: LineRule = {
  id: "perl-cant-load",
  note:
    "perl failing to load a file a build script needs (miniperl's generated `lib/buildcustomize.pl`, an XS " +
    "module's `.so` with a missing library): the cause of the `emake failed` that follows",
  needles: ["Can't load "],
  pattern: /^Can't load (?:generated )?['"]?[\w./-]/,
  example: "Can't load generated lib/buildcustomize.pl: at -e line 1.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const PERL_MAKEFILE_REBUILT: LineRule = {
  id: "perl-makefile-rebuilt",
  note:
    "ExtUtils::MakeMaker's Makefile regenerating itself mid-build (Perl or a module upgraded under it): " +
    "make stops on purpose; the `out-of-date with respect to` line names what changed",
  needles: ["out-of-date with respect to", "Makefile has been rebuilt"],
  pattern: /^(?:Makefile out-of-date with respect to |==> Your Makefile has been rebuilt\. <==)/,
  example: "==> Your Makefile has been rebuilt. <==",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const LD_FILE_NOT_RECOGNIZED: LineRule = {
  id: "ld-file-not-recognized",
  note:
    "the linker refusing an object or archive: corrupt (a ccache entry cut by a crash, a full disk) " +
    "or built for another architecture; collect2's exit line is its echo",
  needles: [": file not recognized: "],
  pattern:
    /^\S+: file not recognized: (?:[Ff]ile format not recognized|[Ff]ile truncated|[Ff]ormat not recognized)/,
  example:
    "/var/tmp/portage/sys-libs/glibc-2.14.1-r3/work/build/catgets/gencat.o: file not recognized: File format not recognized",
  role: "error",
  tier: TIER_ROOT,
  kind: "link",
  severity: "error",
};

export const CCACHE_PERMISSION_DENIED: LineRule = {
  id: "ccache-permission-denied",
  note:
    "round 28: ccache refused its own cache directory (`/var/cache/ccache` outside the sandbox's write list, " +
    "owned by another user): the build environment's denial, kind sandbox, not the package's compile",
  needles: ["ccache: error: "],
  pattern: /^ccache: error: .{0,400}: (?:Permission denied|Operation not permitted|Read-only file system)$/,
  example: "ccache: error: Failed to create directory /var/cache/ccache/a/b: Permission denied",
  role: "error",
  tier: TIER_ROOT,
  kind: "sandbox",
  severity: "error",
};

export const CCACHE_ERROR: LineRule = {
  id: "ccache-error",
  note: "ccache itself failing (its cache directory unwritable or full): the build host's setup, not the package",
  needles: ["ccache: error: "],
  pattern: /^ccache: error: /,
  example: 'ccache: error: Could not find compiler "x86_64-pc-linux-gnu-gcc" in PATH',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const ENV_INTERPRETER_MISSING: LineRule = {
  id: "env-interpreter-missing",
  note: "a `#!/usr/bin/env python` script whose interpreter is not installed (a missing BDEPEND, python-exec's `python` gone)",
  needles: [": No such file or directory"],
  pattern: /^(?:(?:\/usr)?\/bin\/)?env: [\u2018'"]?[\w.+-]+[\u2019'"]?: No such file or directory$/,
  example: "/usr/bin/env: 'python': No such file or directory",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const SPHINX_EXTENSION_ERROR: LineRule = {
  id: "sphinx-extension-missing",
  note:
    "the line under sphinx's `Extension error:` header: a doc build lacking a theme or extension; round 51c: compile " +
    "without a phase (an ebuild builds its docs in src_compile; was unknown)",
  needles: ["Could not import extension"],
  pattern: /^Could not import extension \S+ \(exception: /,
  example: "Could not import extension myst_parser (exception: No module named 'myst_parser')",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

/** Round 47d: the warning sphinx-build -W stopped on, on the line under its header (SPHINX_WARNING_AS_ERROR). */
export const SPHINX_WARNING_CAUSE: LineRule = {
  id: "sphinx-warning-as-error-cause",
  needles: [],
  pattern: /\S/,
  example:
    "/var/tmp/portage/dev-python/foo-1/work/foo-1/docs/index.rst:12: WARNING: toctree contains reference to nonexisting document 'bar'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const SPHINX_WARNING_AS_ERROR: LineRule = {
  id: "sphinx-warning-as-error",
  note:
    "round 47d: `sphinx-build -W` (docs.eclass' doc builds in src_compile, a package's own `make html`) stops on " +
    "its first warning and prints it under this header; the warning's line (a docutils `ERROR:`, a `WARNING:`, a " +
    "bare message) read as nothing, or only as the last resort, so a die's message was the primary under a banner",
  needles: ["Warning, treated as error:"],
  pattern: /^Warning, treated as error:\s*$/,
  example: "Warning, treated as error:",
  role: "error",
  tier: TIER_ECHO,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
  // sphinx-build exits non-zero after it: alone it still fails an excerpt.
  conclusive: true,
  nextLine: SPHINX_WARNING_CAUSE,
};

export const PYTHON_FATAL_ERROR: LineRule = {
  id: "python-fatal-error",
  note:
    "the interpreter aborting before any script ran (`init_fs_encoding`: a broken PYTHONHOME or stdlib, " +
    "a freshly built python run in place): its exception lines follow as detail",
  needles: ["Fatal Python error: "],
  pattern: /^Fatal Python error: /,
  example: "Fatal Python error: init_fs_encoding: failed to get the Python codec of the filesystem encoding",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const DOC_TOOL_ERROR: LineRule = {
  id: "doc-tool-error",
  note:
    "documentation builders run in src_compile: sphinx's `master file … not found` (`root file` since " +
    "Sphinx 4, under `Sphinx error:`), mkdocs' logger (`ERROR   -  `, the level padded to seven)",
  // `not found` is shell-error's needle already: no line more passes the gate for it.
  needles: ["not found", "ERROR   -  "],
  pattern: /^(?:(?:master|root) file \S+ not found$|ERROR {3}- {2}\S)/,
  example:
    "ERROR   -  Unable to read git logs of '/var/tmp/portage/dev-python/foo-1/work/foo-1/docs/index.md'.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const RUBY_UNCAUGHT_EXCEPTION: LineRule = {
  id: "ruby-exception",
  note:
    "ruby's report of an uncaught exception, `file.rb:LINE:in 'method': message (Class)`; a missing " +
    "file's LoadError is ruby-load-error (ruby.ts)",
  needles: ["Error)", "Exception)"],
  pattern: /^(?:\S+\.rb|-e):\d+:in [`'].{1,400}\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception)\)$/,
  example:
    "/usr/lib64/ruby/gems/3.1.0/gems/foo-1/lib/foo.rb:12:in `<module:Foo>': uninitialized constant Foo::Bar (NameError)",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const RUBY_TEST_EXCEPTION: LineRule = {
  id: "ruby-test-exception",
  note:
    "ruby-exception raised in a file under test/ or spec/ (a bundler-requiring test_helper.rb): the " +
    "tests could not start, kind test where no phase says so",
  needles: ["Error)", "Exception)"],
  pattern:
    /^[^\s:]{0,300}\/(?:test|spec)\/[^\s:]{0,200}\.rb:\d+:in [`'].{1,400}\((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception)\)$/,
  example:
    "/var/tmp/portage/dev-ruby/foo-1/work/ruby31/foo-1/test/test_helper.rb:5:in `<top (required)>': uninitialized constant Bundler (NameError)",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "test",
  severity: "error",
};

export const CBFSTOOL_ERROR: LineRule = {
  id: "cbfstool-error",
  note:
    "coreboot's cbfstool (ChromiumOS firmware ebuilds) prints its ERROR() as `E: …` after the ebuild's " +
    "`Failed cbfstool invocation:`; the first is the reason",
  needles: ["E: Could not ", "E: Failed to "],
  pattern: /^(?:\s?\*\s+)?E: (?:Could not|Failed to) /,
  example: "E: Could not add [foo, 1234 bytes (1 KB)@0]; too big?",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const COMMAND_NOT_FOUND: LineRule = {
  id: "command-not-found",
  note:
    "not in Portage's own ' * ' lines (the 'QA Notice: command not found:' list repeats them); " +
    "a configure script goes on after one, so configure's 'creating ./config.status' cancels it",
  needles: [": command not found"],
  pattern: /^(?!\s*\*\s).*: command not found$/,
  example: "/var/tmp/portage/x/y-1/temp/environment: line 1200: which: command not found",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
  survivable: true,
};

export const HASKELL_SETUP_ERROR: LineRule = {
  id: "haskell-setup-error",
  needles: ["Error: setup: ", "is broken due"],
  pattern: /^(?:Error: setup: |installed package \S+ is broken due to missing package)/,
  example: "Error: setup: Encountered missing or private dependencies:",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "configure",
  severity: "error",
};

export const CARGO_ECHO: LineRule = {
  id: "tool-error-echo",
  note:
    "cargo's `could not compile `x``, cargo install's `failed to compile `x v1.0``, rustc's `aborting due to N " +
    "previous errors`: echoes of rustc's errors above them. Round 44a: conclusive and the compile step's when " +
    "the excerpt starts below rustc's errors (was the last resort's unknown, or tool-error's `failed to compile` " +
    "at the end of the excerpt)",
  needles: ["error: "],
  pattern: /^error: (?:could not compile |aborting due to |failed to compile `)/,
  example: "error: could not compile `foo` (lib) due to 2 previous errors",
  role: "error",
  tier: TIER_ECHO,
  conclusive: true,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "warning",
};

export const CARGO_RESOLVE_ERROR: LineRule = {
  id: "cargo-resolve-error",
  note:
    "cargo (or rust's x.py driving it) cannot resolve or load a crate: a missing or stale vendored crate, " +
    "a lock file out of date. A build failure, so compile when the excerpt names no phase",
  needles: ["error: "],
  pattern:
    /^error: (?:no matching package (?:named `[^`]+` )?found|failed to select a version for |failed to load source for (?:a )?dependency |failed to get `[^`]+` as a dependency |package `[^`]+` is not in the registry|the listed checksum of `[^`]+` has changed|failed to parse lock file|the lock file \S+ needs to be updated but --(?:locked|frozen) was passed|package `[^`]+` cannot be built because it requires rustc )/,
  example: "error: no matching package named `windows-sys` found",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const NPM_ERROR: LineRule = {
  id: "npm-error",
  note:
    "npm's own error block: `npm ERR! cb() never called!` (npm itself failing) or the block's first line " +
    "`npm ERR! code E…` (npm 7+: `npm error code E…`), above a generic `Failed to compile` or die message. " +
    "Round 26: the code is a category (LABELLING convention 4): ENOENT's message line, `npm ERR! enoent ENOENT: " +
    "no such file or directory, symlink …` (npm 3: `enoent ENOENT, symlink …`), is the primary over it. Round 52b: " +
    "npm 7+'s `npm ERR! enoent Could not read package.json: Error: ENOENT: …` and npm 10's `npm error enoent …` too",
  needles: [
    "npm ERR! cb() never called!",
    "npm ERR! code E",
    "npm error code E",
    "npm ERR! enoent ENOENT",
    "npm error enoent ENOENT",
    "npm ERR! enoent Could not read ",
    "npm error enoent Could not read ",
  ],
  pattern:
    /^npm (?:ERR! cb\(\) never called!|(?:ERR!|error) enoent (?:Could not read package\.json: Error: )?ENOENT\b|(?:ERR!|error) code E[A-Z0-9_]+$)/,
  example: "npm ERR! code ELIFECYCLE",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

/** Round 26: npm's `code E…` line under its message line (NPM_ERROR), a category (LABELLING convention 4). */
export const NPM_ERROR_CODE: LineRule = {
  ...NPM_ERROR,
  id: "npm-error-code",
  note:
    "npm's `npm ERR! code E…` line is the block's primary only when no line of its message is read (tier 2: " +
    "still above a die's message); ENOENT's message line (npm-error) comes after it. Round 44c: so do the " +
    "network codes' (npm-network-error), also npm 9's `npm error code …` (round 52b: ENOENT's too)",
  needles: [
    "npm ERR! code ENOENT",
    "npm error code ENOENT",
    "npm ERR! code EAI_AGAIN",
    "npm error code EAI_AGAIN",
    "npm ERR! code ENOTFOUND",
    "npm error code ENOTFOUND",
    "npm ERR! code ETIMEDOUT",
    "npm error code ETIMEDOUT",
    "npm ERR! code ECONNREFUSED",
    "npm error code ECONNREFUSED",
    "npm ERR! code ECONNRESET",
    "npm error code ECONNRESET",
  ],
  pattern: /^npm (?:ERR!|error) code (?:ENOENT|EAI_AGAIN|ENOTFOUND|ETIMEDOUT|ECONNREFUSED|ECONNRESET)$/,
  example: "npm ERR! code ENOENT",
  tier: TIER_DETAIL,
};

/**
 * Round 44c: the message line of npm's network error block (LABELLING convention 4: the message, not the code):
 * npm 2-3's `npm ERR! getaddrinfo EAI_AGAIN registry.npmjs.org:443` (or with npm's `network` tag), npm 5+'s
 * `npm ERR! network request to <url> failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org`, npm 9's
 * `npm error …`. The kind is the step's (a download inside a build step, round 28), none without a phase.
 */
export const NPM_NETWORK_ERROR: LineRule = {
  ...NPM_ERROR,
  id: "npm-network-error",
  note: "npm's own message for a registry request that failed: what failed and why, under its `code E…` line",
  needles: [
    "npm ERR! getaddrinfo ",
    "npm ERR! network ",
    "npm ERR! request to ",
    "npm error network ",
    "npm error request to ",
  ],
  pattern:
    /^npm (?:ERR!|error) (?:network )?(?:request to \S+ failed, reason: |getaddrinfo E[A-Z_]+ |connect E[A-Z]+ |read ECONNRESET$)/,
  example:
    "npm ERR! network request to https://registry.npmjs.org/npm-gui failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
};

export const JS_PACKAGER_ERROR: LineRule = {
  id: "js-packager-error",
  note:
    "Round 30a: the error mark of a JS packaging tool's logger (electron-builder's `  ⨯ <message>`, its download " +
    "of Electron or of a signing tool failing, then app-builder's Go stack; Next.js prints the same mark): the " +
    "build stopped there, also without a banner. The step's kind (compile without a phase), and no network " +
    "infra: a download inside a build step is the step's failure (round 28)",
  needles: ["⨯ "],
  pattern: /^\s{0,12}⨯ +\S/,
  example:
    '  ⨯ Get "https://github.com/electron/electron/releases/download/v11.2.3/electron-v11.2.3-linux-x64.zip": dial tcp: lookup github.com on [::1]:53: read udp [::1]:47868->[::1]:53: read: connection refused',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const LIBXML2_ERROR: LineRule = {
  id: "libxml2-error",
  note:
    "libxml2's report (xmllint, xsltproc in a doc build, round 21a): `file.xml:12: parser error : …`, " +
    "`namespace error`, `element x: validity error`, `XInclude error`; its `warning :` lines are not failures",
  needles: [" error : "],
  pattern:
    /^\S+:\d+: (?:element [^\s:]+: )?(?:parser|namespace|validity|Schemas validity|Schemas parser|XInclude) error : /,
  example:
    "chapter06/gawk.xml:89: parser error : Opening and ending tag mismatch: sect2 line 71 and segmentedlist",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const TOOL_BAD_OPTION: LineRule = {
  id: "tool-bad-option",
  note:
    "a tool run with arguments it refuses (round 21a): getopt's `unrecognized option '--x'`, `invalid " +
    "option -- 'x'`, `option requires an argument -- 'x'`, BSD's `illegal option -- r`, coreutils' " +
    "`missing operand`; the usage text under it and make's `Error N` are its consequence",
  needles: [
    "option -- ",
    "unrecognized option ",
    "missing operand",
    "missing file operand",
    "missing destination file operand",
  ],
  pattern:
    /^(?:[^\s:]*\/)?[\w.+-]+: (?:unrecognized option [`'‘-]|(?:invalid|illegal|unknown) option -- |option requires an argument -- |missing (?:destination )?(?:file )?operand)/,
  example: "sed: illegal option -- r",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const BSD_SED_ERROR: LineRule = {
  id: "bsd-sed-error",
  note:
    'BSD/macOS sed (Gentoo Prefix on macOS, round 21a): `sed: 1: "…": invalid command code .` (GNU `-i` ' +
    "syntax read as a script), `sed: -i may not be used with stdin`; GNU sed says `-e expression #1, char N:`",
  needles: ["sed: ", "may not be used with stdin"],
  pattern: /^(?:[^\s:]*\/)?g?sed: (?:\d+: "[^\n]{0,500}": |-[iI](?: or -[iI])? may not be used with stdin)/,
  example: 'sed: 1: "s/a/b/": invalid command code .',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const GNU_SED_SCRIPT_ERROR: LineRule = {
  id: "gnu-sed-script-error",
  note:
    "GNU sed refusing its script (round 47e): `sed: -e expression #2, char 9: unknown option to `s'` (a " +
    "replacement holding the delimiter: a path or a tool's name put into `s/@CC@/…/`), `unterminated `s' command`, " +
    "`Invalid range end`; `sed: file x.sed line 3: …` for a script file; `sed: no input files` (`sed -i` given an " +
    "empty list). An ebuild's `sed … || die` then dies without a message, and before round 47e the banner or " +
    "make's echo was the primary, or the excerpt read as a success",
  needles: ["sed: -e expression #", "sed: file ", "sed: no input files"],
  pattern:
    /^(?:[^\s:]*\/)?g?sed: (?:-e expression #\d+, char \d+: \S|file [^\n]{1,300}? line \d+: \S|no input files$)/,
  example: "sed: -e expression #2, char 9: unknown option to `s'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

export const USAGE_TEXT: LineRule = {
  id: "usage-text",
  note:
    "a tool's usage text printed because it was run with bad arguments (round 21a): detail tier, so the " +
    "tool's complaint above it (tool-bad-option, tool-error) stays first and the usage line beats make's " +
    "echo and the die message when there is none",
  needles: ["Usage: ", "usage: "],
  pattern: /^[Uu]sage: (?:[^\s:]*\/)?[\w.+-]+(?: [\w.+-]+)? (?:\[|-|<|[a-z][\w-]* )/,
  example: "usage: sed script [-Ealnru] [-i extension] [file ...]",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  severity: "error",
};

export const LLVM_PASS_REGISTERED_TWICE: LineRule = {
  id: "llvm-pass-registered-twice",
  note:
    "round 45: LLVM's CommandLine library aborting when a second copy of LLVM registers the same option in one " +
    "process (`Two passes with the same argument (-x) attempted to be registered!`: mesa's amdgpu driver and a " +
    "tool's LLVM plugin, binutils' bfd plugin loading LLVMgold next to another libLLVM, an out-of-tree pass named " +
    "as a built-in one). The process dies right after (`Segmentation fault`, `return status = 139`): this line says " +
    "why. Kind the phase's; compile without one (the tool ran under the build step that loaded it)",
  needles: ["attempted to be registered"],
  pattern: /(?:^|\s)Two passes with the same argument \(-?[^\s)]{0,200}\) attempted to be registered!/,
  example: "Two passes with the same argument (-livevars) attempted to be registered!",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  // An excerpt without a phase: a build step loaded the plugin (a shader compiler, ar/ranlib with the LTO plugin).
  kindWithoutPhase: "compile",
  severity: "error",
};

export const GENERIC_TOOL_ERROR: LineRule = {
  id: "tool-error",
  needles: ["error: "],
  note: "distutils/setuptools, Boost.Build (b2), git and many CLIs print a bare 'error: ' line",
  pattern: /^error: /,
  example: "error: invalid command 'bdist_wheel'",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  severity: "error",
};

/**
 * Round 49a: the exception ending a build driver's own traceback, named by its module: ChromiumOS chromite's
 * (`setup_board`, `cros_setup_toolchains`: `chromite.lib.portage_util.MissingOverlayError: No overlays found for board
 * 'rpi4'`), catalyst's, Portage's and pkgcore's. Outside any phase no build step ran: the setup tooling failed, kind
 * unknown (LABELLING.md), not python-exception's phase-less compile. A phase told still decides (an ebuild calling
 * portageq in src_compile). Portage's own traceback in a full log is infra.ts's portage-crash.
 */
export const BUILD_DRIVER_EXCEPTION: LineRule = {
  id: "build-driver-exception",
  needles: ["Error: ", "Exception: "],
  pattern: /^(?:chromite|catalyst|portage|_emerge|pkgcore)\.[\w.]*(?:Error|Exception): /,
  example: "chromite.lib.portage_util.MissingOverlayError: No overlays found for board 'rpi4'",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "unknown",
  severity: "error",
};

export const PYTHON_EXCEPTION: LineRule = {
  id: "python-exception",
  needles: ["Error: ", "Exception: "],
  pattern: /^[\w.]*(?:Error|Exception): /,
  example: "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  // Alone in an excerpt (result.ts): a build-time script's exception (setup.py, a generator, sphinx).
  kindWithoutPhase: "compile",
  severity: "error",
};

export const PYTEST_ASSERTION_DETAIL: LineRule = {
  id: "pytest-e-line",
  needles: ["E   "],
  pattern: /^E {3}/,
  example: "E       AssertionError: assert Markup('&lt;foo&#62;') == Markup('&lt;foo&gt;')",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  // Only pytest prints these: alone in an excerpt they are a test failing.
  kindWithoutPhase: "test",
  severity: "error",
};

export const WGET_HTTP_ERROR: LineRule = {
  id: "wget-http-error",
  note:
    "the server's answer to wget (`ERROR 404: Not Found.`): detail under the later `!!! Couldn't download`, " +
    "which names the file. Portage tries the mirrors first and a mirror's 404 is routine (a fresh or " +
    "mirror-restricted distfile), so it must not outrank the last URI's own failure (a DNS failure: " +
    "infra.ts). Not the builder's network",
  needles: [" ERROR ", "\nERROR "],
  // wget before 1.10 prints the time alone: `13:04:14 ERROR 404: Not Found.` (round 15). Round 30c: a paste
  // that condensed wget's lines drops the clock too (`ERROR 404: Not Found.`).
  pattern: /^(?:(?:\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d )?ERROR \d{3}: /,
  example: "2026-11-29 13:02:50 ERROR 404: File not found.",
  role: "error",
  tier: TIER_DETAIL,
  kind: null,
  kindWithoutPhase: "fetch",
  severity: "error",
};

export const WGET_HTTP_ERROR_ONLY_URI: LineRule = {
  ...WGET_HTTP_ERROR,
  id: "wget-http-error-only-uri",
  note:
    "not in the table (round 27): the analyzer reads a wget-http-error line as this one once Portage gives up " +
    "on a file it tried at one URI only (`!!! Couldn't download` after a single `>>> Downloading`): no mirror " +
    "came before it, so the server's answer is the reason of the failed fetch (LABELLING.md convention 8), " +
    "the summary after it its echo",
  tier: TIER_ROOT,
};

export const PROTOC_PLUGIN_ERROR: LineRule = {
  id: "protoc-plugin-error",
  note:
    "round 23: protoc's code generator plugin failing (`--go_out: protoc-gen-go: Plugin failed with status " +
    "code 1.`) or missing (`protoc-gen-go: program not found or is not executable`, printed first): a " +
    "compile-step tool error, kind from the phase, compile without one (was last-resort, kind unknown). Round 26: " +
    "the plugin's own message above it (`protoc-gen-go: error:inconsistent package names: a, b`, after Go's log " +
    "timestamp) says why; and a terminal may wrap protoc's line after `status`",
  needles: ["Plugin failed with status", "not found or is not executable", ": error:"],
  pattern:
    /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d )?(?:--[\w-]+_out: )?protoc-gen-[\w.-]+: (?:Plugin failed with status(?: code -?\d+\.)?$|program not found or is not executable$|error: ?\S)/,
  example: "--go_out: protoc-gen-go: Plugin failed with status code 1.",
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

export const PROTOC_ERROR: LineRule = {
  id: "protoc-error",
  note:
    'round 44a: protoc\'s own errors carry no `error` word: `x.proto:43:32: "google.protobuf.Empty" is not ' +
    'defined.`, `… is already defined in …`, `Import "y.proto" was not found or had errors.` (at a location), ' +
    "and `y.proto: File not found.` (no location). Its warnings say `warning:`. A code generator step of the " +
    "compile (was succeeded, or the die's message under a banner)",
  needles: [".proto:"],
  pattern: /^[^\s:][^:\n]{0,400}\.proto(?::\d{1,7}:\d{1,7}: (?![Ww]arning: )\S|: File not found\.$)/,
  example: 'example.proto:43:32: "google.protobuf.Empty" is not defined.',
  role: "error",
  tier: TIER_ROOT,
  kind: null,
  kindWithoutPhase: "compile",
  severity: "error",
};

/** The module eselect could not load: `!!! Error: Can't load module blas`. */
const ESELECT_MODULE = /^!!! Error: Can't load module (\S{1,100})/;
/** What splits a die message into words (a module's name keeps its dots, dashes and pluses). */
const NOT_A_NAME = /[^\w.+-]+/;
/** The message names eselect, or ends where a module's name should follow (`requires the pkgbuild module`). */
const ESELECT_RESTATED = /\beselect\b|\bmodule\s*$/i;

/**
 * Round 29b: eselect unable to load a module (`Can't load module blas`) stays the reason over a die message that
 * follows from it: one naming eselect or that module (`eselect alternatives add failed`), or ending in `module` with
 * the name eselect should have given missing (numeric-int64's `lapack-reference requires the pkgbuild module
 * ${blas_module_name}`, empty). Any other message (`… requires the pkgbuild module refblas`) is the ebuild's own,
 * more specific reason; so is the message under eselect's other complaints (`!!! Error: Action files unknown`: the
 * module loaded, an eclass asked it for what it lacks; heldout2's label).
 */
function eselectYieldsTo(text: string, message: string): boolean {
  const module = ESELECT_MODULE.exec(text)?.[1];
  if (module === undefined) return true;
  return !(ESELECT_RESTATED.test(message) || message.split(NOT_A_NAME).includes(module));
}

export const ESELECT_ERROR: LineRule = {
  id: "eselect-error",
  note:
    "round 27: eselect's own die (`!!! Error: Can't load module alternatives`, then `exiting`), run by an " +
    "eclass helper (alternatives_for, numeric-int64-multibuild) whose `|| die` has no message: the reason " +
    "above the die's call stack (a die's own message, when there is one, stays the primary); kind from the " +
    "phase. Portage 2.0's `!!! Error: the x package conflicts …` " +
    "is the resolver's (dependency-conflict-old)",
  needles: ["!!! Error: "],
  pattern: /^!!! Error: (?![Tt]he \S{1,300} package conflicts)\S/,
  example: "!!! Error: Can't load module alternatives",
  role: "error",
  tier: TIER_ROOT,
  yieldsToDieMessage: eselectYieldsTo,
  kind: null,
  severity: "error",
};

export const OTHER_TOOL_RULES: readonly LineRule[] = [
  COREUTILS_ERROR,
  DECOMPRESSOR_ERROR,
  JAVA_CONFIG_ERROR,
  PYTHON_OSERROR_LINE,
  INSTALL_HELPER_MISSING_FILE,
  PATCH_HUNK_FAILED,
  PYTHON_DISTUTILS_MISSING,
  PYTHON_MODULE_MISSING,
  PERL_MODULE_MISSING,
  PERL_CANT_LOAD,
  PERL_MAKEFILE_REBUILT,
  LD_FILE_NOT_RECOGNIZED,
  CCACHE_PERMISSION_DENIED,
  CCACHE_ERROR,
  ENV_INTERPRETER_MISSING,
  SPHINX_EXTENSION_ERROR,
  SPHINX_WARNING_AS_ERROR,
  PYTHON_FATAL_ERROR,
  LLVM_PASS_REGISTERED_TWICE,
  DOC_TOOL_ERROR,
  RUBY_TEST_EXCEPTION,
  RUBY_UNCAUGHT_EXCEPTION,
  CBFSTOOL_ERROR,
  COMMAND_NOT_FOUND,
  PROTOC_PLUGIN_ERROR,
  PROTOC_ERROR,
  HASKELL_SETUP_ERROR,
  CARGO_ECHO,
  CARGO_RESOLVE_ERROR,
  NPM_ERROR_CODE,
  NPM_NETWORK_ERROR,
  NPM_ERROR,
  JS_PACKAGER_ERROR,
  // Round 47b: bundlers, node-gyp, node and pnpm (js-build-tools.ts), before python-exception and tool-error.
  ...JS_BUILD_TOOL_RULES,
  LIBXML2_ERROR,
  TOOL_BAD_OPTION,
  BSD_SED_ERROR,
  GNU_SED_SCRIPT_ERROR,
  // Round 48c: awk, perl's missing script and pod2man (script-tools.ts), before usage-text and tool-error.
  ...SCRIPT_TOOL_RULES,
  USAGE_TEXT,
  GENERIC_TOOL_ERROR,
  BUILD_DRIVER_EXCEPTION,
  PYTHON_EXCEPTION,
  PYTEST_ASSERTION_DETAIL,
  WGET_HTTP_ERROR,
  ESELECT_ERROR,
];
