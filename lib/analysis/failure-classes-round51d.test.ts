import { describe, expect, test } from "vitest";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, readingOf, realRow, realRowLines } from "./testing/failure-class";
import type { LogAnalysis } from "./types";

// Round 51d (helper rules51d): the package manager's own failures and a clone's reason under CMake, named in words by
// the lead (held-out logs not read). pkgcore's pmerge catching an exception of its own, bash failing inside Portage's or
// pkgcore's scripts under a die no ebuild code reached, Portage's package phase failing to pack the binary package, and
// git's reason under CMake's ExternalProject/FetchContent download step. Real rows 1130-1133; the other lines are made
// up in the tools' own formats (pkgcore/scripts/pmerge.py, ebd.py, Portage's misc-functions.sh, CMake's step scripts).
const analyze = analyzeLines;

const COMPILE_BANNER = ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...";
const compileLines = (count: number) =>
  Array.from({ length: count }, (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -pipe -c src/f${i}.c -o src/f${i}.o`);
/** `lines` after a compile section of 400 compiler commands: a log too long to be held whole. */
const inLongLog = (lines: readonly string[]) => [COMPILE_BANNER, ...compileLines(400), ...lines];
const at = (index: number) => 402 + index;

/** The log as an upload: StreamingLog fed `chunk`-byte pieces. */
function streamed(lines: readonly string[], chunk: number): LogAnalysis {
  const stream = new StreamingLog();
  const bytes = new TextEncoder().encode(`${lines.join("\n")}\n`);
  for (let i = 0; i < bytes.length; i += chunk) stream.push(bytes.subarray(i, i + chunk));
  return stream.finish();
}

const SVT = "configure-cmake-fetchcontent-git-clone-could-not-resolve-host-svt-av1";
const AJA = "compile-cmake-externalproject-git-clone-could-not-resolve-host-libajantv2";
const OPENTRACK = "configure-cmake-fetchcontent-git-clone-ninja-failed-opentrack";
const PENTOO = "depend-portage-ebuild-sh-permission-denied-stack-portage-only-pentoo";

const PMERGE_SETUP = [
  "building dev-libs/foo-1.0",
  "sandbox:stop  caught signal 15 in pid 4242",
  "Sandboxed process killed by signal: Terminated",
  "!!! caught exception building dev-libs/foo-1.0: failed build operation: Executing phase setup: Caught exception: 'NoneType' object has no attribute 'split'",
  "DEBUG pkgcore: ebp for pid '4242' appears dead, timing out",
];

describe("1. pmerge catching an exception while it builds", () => {
  test("the `!!! caught exception building` line over the sandbox's SIGTERM lines: infra portage-crash, setup's kind", () => {
    const result = analyze(PMERGE_SETUP);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 4, ruleId: "pkgcore-build-exception" });
    expect(result.phase).toBe("setup");
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("older pkgcore's capitalised `Failed build operation` in the compile phase: the phase's kind", () => {
    const result = analyze([
      "building sys-apps/foo-2.1",
      "!!! caught exception building sys-apps/foo-2.1: Failed build operation: Executing phase compile: Caught exception: [Errno 32] Broken pipe",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("the phase returning false is no crash of pkgcore: the line stays the primary, infra none", () => {
    const result = analyze([
      "!!! caught exception building dev-libs/foo-1.0: failed build operation: compile: Failed building (False/0 return from handler)",
    ]);
    expect(result.primary?.ruleId).toBe("pkgcore-build-exception");
    expect(result.kind).toBe("compile");
    expect(result.infra ?? null).toBeNull();
  });

  test("near misses: pmerge's own `failed building` verdict and prose about the message", () => {
    expect(analyze(["!!! failed building dev-libs/foo-1.0"]).primary?.ruleId).not.toBe(
      "pkgcore-build-exception",
    );
    expect(analyze(["# pmerge prints `!!! caught exception building` when a phase raises"]).status).toBe(
      "succeeded",
    );
  });

  test("after 400 compile lines, and streamed at odd chunk sizes", () => {
    const lines = inLongLog(PMERGE_SETUP);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(at(3));
    expect(result.infra?.reason).toBe("portage-crash");
    for (const chunk of [1, 7, 997, 4093]) {
      const stream = streamed(lines, chunk);
      expect(stream.primary?.line, `chunk ${chunk}`).toBe(at(3));
      expect(stream.infra?.reason, `chunk ${chunk}`).toBe("portage-crash");
    }
  });
});

/** pkgcore 0.12's banner (`::` with an empty repository) and its lowercase `called` frames, all its own. */
const PKGCORE_PRETEND = [
  "/usr/lib/pkgcore/ebd/ebuild.bash: line 351: cd: null directory",
  "  * ERROR: dev-libs/foo-1.0:: failed (pretend phase):",
  "  *   unable to cd into ",
  "  * ",
  "  * Call stack:",
  "  *    ebuild-daemon.bash, line 403:  called __ebd_exec_main 'daemonize'",
  "  *    ebuild-daemon.bash, line 154:  called __ebd_main_loop",
  "  *    ebuild-daemon.bash, line 342:  called __ebd_process_ebuild_phases 'pretend'",
  "  *           ebuild.bash, line 400:  called __run_ebuild_phase 'pkg_pretend'",
  "  *           ebuild.bash, line 351:  called die",
];

/** Portage's phase-functions.sh failing to write its marker file: its frames only. */
const PORTAGE_INSTALLED = [
  "/usr/lib/portage/python3.12/phase-functions.sh: line 659: /var/tmp/portage/dev-foo/bar-1.0/.installed: Permission denied",
  " * ERROR: dev-foo/bar-1.0::gentoo failed (install phase):",
  " *   Failed to create /var/tmp/portage/dev-foo/bar-1.0/.installed",
  " * ",
  " * Call stack:",
  " *               ebuild.sh, line  805:  Called __ebuild_main 'install'",
  " *      phase-functions.sh, line 1090:  Called __dyn_install",
  " *      phase-functions.sh, line  659:  Called die",
  " * The specific snippet of code:",
  ' *   \t\tdie "Failed to create $PORTAGE_BUILDDIR/.installed"',
];

describe("2. the package manager's own shell failing inside its scripts", () => {
  test("row 1133: ebuild.sh unable to read the ebuild (its frame alone in the stack): infra portage-crash", () => {
    expect(readingOf(realRow(PENTOO))).toMatchObject({
      line: 1,
      ruleId: "package-manager-shell-error",
      phase: "depend",
      kind: "unknown",
      infra: "portage-crash",
    });
  });

  test("pkgcore's ebuild.bash (`cd: null directory`, an empty `::` repository, `called` frames)", () => {
    const result = analyze(PKGCORE_PRETEND);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "package-manager-shell-error" });
    expect(result.atom).toBe("dev-libs/foo-1.0");
    expect(result.repository ?? null).toBeNull();
    expect(result.phase).toBe("pretend");
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("Portage's phase-functions.sh under a die with a message: the shell's line, the phase's kind", () => {
    const result = analyze(PORTAGE_INSTALLED);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("install");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("near miss: the same line under a stack with an eclass frame is the package's (no infra)", () => {
    const lines = [
      ...PORTAGE_INSTALLED.slice(0, 6),
      " *             environment, line 2000:  Called cmake_src_install",
      " *      phase-functions.sh, line  659:  Called die",
    ];
    const result = analyze(lines);
    expect(result.primary?.line).toBe(1);
    expect(result.infra ?? null).toBeNull();
  });

  test("near miss: pkgcore's stack through the ebuild's own code (`.initial_environ`) is the package's", () => {
    const result = analyze([
      "/usr/lib/pkgcore/ebd/ebuild.bash: line 351: cd: null directory",
      "  * ERROR: dev-libs/foo-1.0:: failed (pretend phase):",
      "  *   unable to cd into ",
      "  * Call stack:",
      "  *           ebuild.bash, line 400:  called __run_ebuild_phase 'pkg_pretend'",
      "  *        .initial_environ, line 1764:  called foo_check",
      "  *        .initial_environ, line 1181:  called die",
    ]);
    expect(result.infra ?? null).toBeNull();
  });

  test("near misses: the ebuild's own bash error, an ebuild helper's, a stack without frames", () => {
    const own = analyze([
      "/var/tmp/portage/dev-foo/bar-1.0/temp/environment: line 1234: cd: /nonexistent: No such file or directory",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):",
      " *   (no error message)",
      " * Call stack:",
      " *     ebuild.sh, line  136:  Called src_compile",
      " *   environment, line 1234:  Called die",
    ]);
    expect(own.primary?.ruleId).toBe("shell-error");
    expect(own.infra ?? null).toBeNull();
    const helper = analyze([
      "/usr/lib/portage/python3.12/ebuild-helpers/doins: line 42: foo: command not found",
    ]);
    expect(helper.primary?.ruleId).not.toBe("package-manager-shell-error");
    // A banner with no stack shown says nothing of who died: the line, no infra.
    const cut = analyze(PORTAGE_INSTALLED.slice(0, 3));
    expect(cut.primary?.line).toBe(1);
    expect(cut.infra ?? null).toBeNull();
  });

  test("after 400 compile lines, and streamed at odd chunk sizes", () => {
    const lines = inLongLog(PORTAGE_INSTALLED);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(at(0));
    expect(result.infra?.reason).toBe("portage-crash");
    for (const chunk of [1, 5, 1021, 4093]) {
      const stream = streamed(lines, chunk);
      expect(stream.primary?.line, `chunk ${chunk}`).toBe(at(0));
      expect(stream.infra?.reason, `chunk ${chunk}`).toBe("portage-crash");
    }
    const pkgcore = analyze(inLongLog(PKGCORE_PRETEND));
    expect(pkgcore.primary?.line).toBe(at(0));
    expect(pkgcore.infra?.reason).toBe("portage-crash");
  });
});

const packageDie = (tmpfile: string) => [
  " * ERROR: dev-foo/bar-1.0::gentoo failed (package phase):",
  ` *   failed to pack binary package: '${tmpfile}'`,
  " * ",
  " * Call stack:",
  " *          misc-functions.sh, line  633:  Called __dyn_package",
  ` *          misc-functions.sh, line  598:  Called assert 'failed to pack binary package: '${tmpfile}''`,
  " *   isolated-functions.sh, line   41:  Called die",
  " * The specific snippet of code:",
  ' *   \t[[ $x -eq 0 ]] || die "$@"',
];
const TMPFILE = "/var/cache/binpkgs/dev-foo/bar-1.0.tbz2.4711";
const PACKAGE_PHASE = [
  ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
  "",
  "tar: .: Cannot open: Bad file descriptor",
  "tar: Exiting with failure status due to previous errors",
  ...packageDie(TMPFILE),
];

describe("3. Portage's package phase failing to pack the binary package", () => {
  test("the first `tar:` line over the die's message: infra portage-crash, kind unknown", () => {
    const result = analyze(PACKAGE_PHASE);
    expect(result.primary).toMatchObject({ line: 3, text: "tar: .: Cannot open: Bad file descriptor" });
    expect(result.phase).toBe("package");
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("tar's `No space left on device` is the full disk's", () => {
    const result = analyze([
      "tar: ./usr/lib64/libbar.so.1.0.0: Cannot write: No space left on device",
      "tar: Exiting with failure status due to previous errors",
      ...packageDie(TMPFILE),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("disk-full");
    expect(result.infra?.reason).toBe("disk-full");
  });

  test("the die's message alone (tar's lines cut) is still Portage's failure", () => {
    const result = analyze(packageDie(TMPFILE));
    expect(result.primary?.ruleId).toBe("portage-die-message");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("tar's `Cannot <verb>:` lines are read in any phase; under the ebuild's own frame no infra", () => {
    const result = analyze([
      "tar: bar-1.0/data: Cannot change ownership to uid 1000, gid 1000: Operation not permitted",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (unpack phase):",
      " *   failure unpacking bar-1.0.tar.gz",
      " * Call stack:",
      " *     ebuild.sh, line  136:  Called src_unpack",
      " *   environment, line 1478:  Called default",
      " *   phase-helpers.sh, line  366:  Called __assert_sigpipe_ok 'failure unpacking bar-1.0.tar.gz'",
      " *   isolated-functions.sh, line   41:  Called die",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "coreutils-error" });
    expect(result.infra ?? null).toBeNull();
    expect(analyze(["tar (child): bar.tar.gz: Cannot open: Permission denied"]).primary?.ruleId).toBe(
      "coreutils-error",
    );
  });

  test("near misses: tar's notices are no failure", () => {
    expect(analyze(["tar: Removing leading `/' from member names"]).status).toBe("succeeded");
    expect(analyze(["tar: bar-1.0/x: time stamp 2031-01-01 in the future"]).status).toBe("succeeded");
  });

  test("after 400 compile lines, and streamed at odd chunk sizes", () => {
    const lines = inLongLog([">>> Source compiled.", ...PACKAGE_PHASE]);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(at(3));
    expect(result.infra?.reason).toBe("portage-crash");
    for (const chunk of [3, 509, 4093]) {
      const stream = streamed(lines, chunk);
      expect(stream.primary?.line, `chunk ${chunk}`).toBe(at(3));
      expect(stream.infra?.reason, `chunk ${chunk}`).toBe("portage-crash");
    }
  });
});

/** ExternalProject with LOG_DOWNLOAD: the wrapper's header above the step's log, then the clone script's. */
const EXTERNAL_PROJECT = [
  "[  4%] Performing download step (git clone) for 'benchmark'",
  "CMake Error at benchmark-stamp/benchmark-download-RelWithDebInfo.cmake:16 (message):",
  "  Command failed: 1",
  "",
  "   '/usr/bin/cmake' '-P' '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0_build/benchmark-prefix/tmp/benchmark-gitclone.cmake'",
  "",
  "  See also",
  "",
  "    /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0_build/benchmark-prefix/src/benchmark-stamp/benchmark-download-*.log",
  "",
  "-- stdout output is:",
  "",
  "-- stderr output is:",
  "Cloning into 'benchmark'...",
  "fatal: unable to access 'https://github.com/google/benchmark.git/': Could not resolve host: github.com",
  "Cloning into 'benchmark'...",
  "fatal: unable to access 'https://github.com/google/benchmark.git/': Could not resolve host: github.com",
  "-- Had to git clone more than once: 3 times.",
  "CMake Error at benchmark-prefix/tmp/benchmark-gitclone.cmake:49 (message):",
  "  Failed to clone repository: 'https://github.com/google/benchmark.git'",
  "",
  "make[2]: *** [CMakeFiles/benchmark.dir/build.make:99: benchmark-prefix/src/benchmark-stamp/benchmark-download] Error 1",
];

describe("4. git's reason under CMake's download step", () => {
  test("row 1130: FetchContent's clone (its sub-build, from cmake's configure step): the first fatal line, configure", () => {
    expect(readingOf(realRow(SVT))).toMatchObject({
      line: 4,
      ruleId: "git-fetch-network-error",
      kind: "configure",
      infra: null,
    });
  });

  test("row 1131: ExternalProject's clone run by make: the first fatal line, compile", () => {
    expect(readingOf(realRow(AJA))).toMatchObject({
      line: 7,
      ruleId: "git-fetch-network-error",
      kind: "compile",
      infra: null,
    });
  });

  test("row 1132: FetchContent under Portage with the sub-build's ninja `FAILED:`: configure", () => {
    const result = realRow(OPENTRACK);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
  });

  test("the LOG_DOWNLOAD wrapper's header above the clone's log: git's line, kind compile", () => {
    const result = analyze(EXTERNAL_PROJECT);
    expect(result.primary).toMatchObject({ line: 15, ruleId: "git-fetch-network-error" });
    expect(result.kind).toBe("compile");
    expect(result.infra ?? null).toBeNull();
  });

  test("the step script's header alone (git's lines cut) still fails: compile, FetchContent's configure", () => {
    const bare = analyze([
      "CMake Error at benchmark-prefix/tmp/benchmark-gitclone.cmake:49 (message):",
      "  Failed to clone repository: 'https://github.com/google/benchmark.git'",
    ]);
    expect(bare.status).toBe("failed");
    expect(bare.primary?.ruleId).toBe("cmake-download-step-failed");
    expect(bare.kind).toBe("compile");
    const fetchContent = analyze([
      "CMake Error at _deps/benchmark-subbuild/benchmark-populate-prefix/tmp/benchmark-populate-gitclone.cmake:31 (message):",
      "  Failed to clone repository: 'https://github.com/google/benchmark.git'",
    ]);
    expect(fetchContent.kind).toBe("configure");
  });

  test("near misses: a URL download's own reason and a CMakeLists error stay cmake-error's, configure", () => {
    const download = analyze([
      "CMake Error at benchmark-stamp/download-benchmark.cmake:170 (message):",
      "  Each download failed!",
    ]);
    expect(download.primary?.ruleId).toBe("cmake-error");
    expect(download.kind).toBe("configure");
    const lists = analyze(["CMake Error at CMakeLists.txt:8 (find_package):", "  Could not find a package"]);
    expect(lists.primary?.ruleId).toBe("cmake-error");
    expect(lists.kind).toBe("configure");
  });

  test("git-r3's clone in src_unpack keeps kind fetch and network infra", () => {
    const result = analyze([
      ">>> Unpacking source...",
      "GIT update -->",
      "   repository:               https://github.com/foo/bar.git",
      "fatal: unable to access 'https://github.com/foo/bar.git/': Could not resolve host: github.com",
      " * ERROR: dev-foo/bar-9999::gentoo failed (unpack phase):",
      " *   Unable to fetch from any of EGIT_REPO_URI",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("fetch");
    expect(result.infra?.reason).toBe("network");
  });

  test("under src_compile's die after 400 compile lines, and streamed at odd chunk sizes", () => {
    const lines = inLongLog([
      ...EXTERNAL_PROJECT,
      "make[1]: *** [CMakeFiles/Makefile2:120: CMakeFiles/benchmark.dir/all] Error 2",
      "make: *** [Makefile:136: all] Error 2",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):",
      " *   emake failed",
      " * ",
      " * Call stack:",
      " *     ebuild.sh, line  136:  Called src_compile",
      " *   environment, line 2400:  Called cmake_src_compile",
      " *   environment, line 2300:  Called die",
    ]);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(at(14));
    expect(result.kind).toBe("compile");
    expect(result.infra ?? null).toBeNull();
    for (const chunk of [2, 777, 4093]) {
      expect(streamed(lines, chunk).primary?.line, `chunk ${chunk}`).toBe(at(14));
    }
    // The real rows inside the same long log: the same line and kind.
    const svt = analyze(inLongLog(realRowLines(SVT)));
    expect(svt.primary?.line).toBe(at(3));
  });
});
