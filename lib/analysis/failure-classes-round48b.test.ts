import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 48b (rules48b): Java, JavaScript and Python packaging shapes (held-out logs not read). Real rows 1050-1053;
// lines that are not a row's are made up in the tools' formats, next to the row they vary (ant's javadoc shape has no
// public log: its lines are ant's and javadoc's own formats).
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const readRow = (folder: string) => readFileSync(path.join(REAL, folder, "snippet.log"), "utf8").trimEnd();
const realRow = (folder: string) => analyzeLogText(readRow(folder));
const WORK = "/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0";
const COMPILING = `>>> Compiling source in ${WORK} ...`;
const CONFIGURING = `>>> Configuring source in ${WORK} ...`;
/** The lines under a phase's banner, then the die: the tool's line (line 2 on) must outrank the die's message. */
const under = (banner: string, phase: string, lines: readonly string[], message = "failed") =>
  analyze([banner, ...lines, ...dieBanner(phase, message)]);
const underCompile = (lines: readonly string[], message?: string) =>
  under(COMPILING, "compile", lines, message);

const JAVADOC_ERRORS = [
  "javadoc:",
  "  [javadoc] Generating Javadoc",
  "  [javadoc] Javadoc execution",
  `  [javadoc] ${WORK}/src/org/foo/Bar.java:12: error: unknown tag: foo`,
  "  [javadoc]  * @foo bar",
  "  [javadoc]    ^",
  `  [javadoc] ${WORK}/src/org/foo/Baz.java:30: error: reference not found`,
  "  [javadoc] 2 errors",
  "  [javadoc] 3 warnings",
];
const SUCCESSFUL = ["", "BUILD SUCCESSFUL", "Total time: 3 seconds"];

describe("ant: javadoc's errors under `BUILD SUCCESSFUL` failed nothing", () => {
  test("bare: ant's verdict says the run ended well", () => {
    expect(analyze([...JAVADOC_ERRORS, ...SUCCESSFUL]).status).toBe("succeeded");
  });

  test("a whole build Portage completed is a success", () => {
    const result = analyze([
      COMPILING,
      ...JAVADOC_ERRORS,
      ...SUCCESSFUL,
      ">>> Source compiled.",
      ">>> Completed installing dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      ">>> dev-foo/bar-1.0 merged.",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("a die with nothing else: its message, not javadoc's line", () => {
    const result = underCompile([...JAVADOC_ERRORS, ...SUCCESSFUL], "ant jar failed");
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test("a later target's javac error under `BUILD FAILED` is the failure", () => {
    const lines = [
      ...JAVADOC_ERRORS,
      ...SUCCESSFUL,
      "compile:",
      "    [javac] Compiling 3 source files to /w/build",
      `    [javac] ${WORK}/src/org/foo/Qux.java:5: error: cannot find symbol`,
      "    [javac] 1 error",
      "",
      "BUILD FAILED",
      `${WORK}/build.xml:50: Compile failed; see the compiler error output for details.`,
    ];
    const result = underCompile(lines);
    expect(result.primary?.ruleId).toBe("ant-javac-error");
    expect(result.kind).toBe("compile");
    expect(analyze(lines).primary?.ruleId).toBe("ant-javac-error");
  });

  test("a later `BUILD FAILED` with only ant's reason: the reason", () => {
    const lines = [
      ...JAVADOC_ERRORS,
      ...SUCCESSFUL,
      "jar:",
      "BUILD FAILED",
      `${WORK}/build.xml:70: Problem creating jar: ${WORK}/dist (Is a directory)`,
    ];
    expect(analyze(lines).primary?.ruleId).toBe("ant-build-failed-reason");
    expect(underCompile(lines).primary?.ruleId).toBe("ant-build-failed-reason");
  });

  test("a QA check after the install is the failure", () => {
    const result = analyze([
      ...JAVADOC_ERRORS,
      ...SUCCESSFUL,
      " * QA Notice: The following files contain writable and executable sections",
      ...dieBanner("install", "Aborting due to QA concerns: 1 files with writable and executable sections"),
    ]);
    expect(result.primary?.ruleId).not.toBe("cc-error");
    expect(result.kind).toBe("qa");
  });

  test("the reverse: javadoc's errors right above `BUILD FAILED` are the failure", () => {
    for (const reason of [
      `${WORK}/build.xml:80: Javadoc returned 1`,
      `${WORK}/build.xml:80: javadoc failed: java.io.IOException: exit code 1`,
    ]) {
      const lines = [...JAVADOC_ERRORS, "", "BUILD FAILED", reason, "", "Total time: 3 seconds"];
      expect(analyze(lines).primary?.line).toBe(4);
      const result = underCompile(lines, "ant doc failed");
      expect(result.primary?.line).toBe(5);
      expect(result.kind).toBe("compile");
    }
  });

  test("near miss: another task's error above `BUILD SUCCESSFUL` stays", () => {
    const result = analyze([
      `     [exec] ${WORK}/native/foo.c:3:10: fatal error: jni.h: No such file or directory`,
      "     [exec] compilation terminated.",
      ...SUCCESSFUL,
    ]);
    expect(result.primary?.line).toBe(1);
  });
});

const YARN_BERRY_ROW = "compile-yarn-berry-yn0009-couldnt-be-built-node-berry";

describe("yarn berry: the YN line that names what failed (row 1050)", () => {
  test("row 1050: YN0009's package that could not be built, not `Failed with errors`", () => {
    const result = realRow(YARN_BERRY_ROW);
    expect(result.primary?.line).toBe(8);
    expect(result.primary?.ruleId).toBe("yarn-berry-error");
    expect(result.kind).toBe("compile");
  });

  test("row 1050 under src_compile's banner: over the die's message", () => {
    const result = underCompile(readRow(YARN_BERRY_ROW).split("\n"), "yarn install failed");
    expect(result.primary?.line).toBe(9);
    expect(result.kind).toBe("compile");
  });

  test("YN0001's exception, YN0018's checksum, YN0028's lockfile", () => {
    for (const line of [
      "➤ YN0001: │ Error: foo@npm:1.0.0: No candidates found",
      "➤ YN0018: │ foo@npm:1.0.0: The remote archive doesn't match the expected checksum",
      "➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.",
    ]) {
      const result = underCompile(["➤ YN0000: ┌ Resolution step", line, "➤ YN0000: └ Completed in 0s 300ms"]);
      expect(result.primary?.line).toBe(3);
      expect(result.kind).toBe("compile");
    }
  });

  test("a package not found (YN0035, yarn 4's YN0082): the step's kind, not dependency nor fetch", () => {
    const notFound = underCompile([
      "➤ YN0000: ┌ Resolution step",
      "➤ YN0035: │ @foo/bar@npm:^1.0.0: Package not found",
      "➤ YN0035: │   Response Code: 404 (Not Found)",
      "➤ YN0035: │   Request URL: https://registry.yarnpkg.com/@foo%2fbar",
      "➤ YN0000: └ Completed in 0s 604ms",
      "➤ YN0000: Failed with errors in 0s 610ms",
    ]);
    expect(notFound.primary?.line).toBe(3);
    expect(notFound.kind).toBe("compile");
    expect(notFound.infra).toBeNull();
    const yarn4 = analyze([
      "➤ YN0000: · Yarn 4.0.2",
      "➤ YN0000: ┌ Resolution step",
      "➤ YN0082: │ foo@npm:^9.9.9: No candidates found",
      "➤ YN0000: └ Completed in 0s 604ms",
      "➤ YN0000: · Failed with errors in 0s 610ms",
    ]);
    expect(yarn4.primary?.line).toBe(3);
    expect(yarn4.kind).toBe("compile");
  });

  test("near misses: progress and warning codes, and the closing echo alone", () => {
    for (const line of [
      "➤ YN0007: │ esbuild@npm:0.17.0 must be built because it never has been before or the last one failed",
      "➤ YN0002: │ foo@workspace:. doesn't provide react (p1a2b3), requested by bar",
      "➤ YN0060: │ foo@workspace:. provides react (p1a2b3) with version 17.0.0, which doesn't satisfy what bar requests",
      "the YN0001: line says it",
    ])
      expect(analyze([line]).primary?.ruleId).not.toBe("yarn-berry-error");
    // `Failed with errors` is an echo (convention 2): the die's message stands.
    const echo = underCompile(["➤ YN0000: Failed with errors in 0s 610ms"], "yarn install failed");
    expect(echo.primary?.ruleId).toBe("portage-die-message");
  });
});

/** gpep517's traceback around setuptools-scm's LookupError, as distutils-r1 prints it. */
const GPEP517_SCM = [
  " * Building the wheel for bar-1.0 via setuptools.build_meta:__legacy__",
  "python3.12 -m gpep517 build-wheel --prefix=/usr --backend setuptools.build_meta:__legacy__ --output-fd 3 --wheel-dir /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0-python3_12/wheel",
  "Traceback (most recent call last):",
  '  File "/usr/lib/python3.12/site-packages/gpep517/__main__.py", line 411, in <module>',
  "    sys.exit(main())",
  '  File "/usr/lib/python3.12/site-packages/setuptools_scm/_get_version_impl.py", line 156, in _version_missing',
  "    raise LookupError(error_msg)",
  `LookupError: setuptools-scm was unable to detect version for ${WORK}.`,
  "",
  "Make sure you're either building from a fully intact git repository or PyPI tarballs. Most other sources (such as GitHub's tarballs, a git checkout without the .git folder) don't contain the necessary metadata and will not work.",
];

describe("setuptools-scm without a version: its LookupError (rows 1051, 1052)", () => {
  test("rows 1051 and 1052: the unquoted and the older quoted form", () => {
    const unquoted = realRow("compile-setuptools-scm-unable-to-detect-version-simsopt");
    expect(unquoted.primary?.line).toBe(8);
    expect(unquoted.kind).toBe("compile");
    const quoted = realRow("compile-setuptools-scm-unable-to-detect-version-quoted-sshuttle-freebsd");
    expect(quoted.primary?.line).toBe(17);
    expect(quoted.kind).toBe("compile");
  });

  test("in gpep517's traceback under src_compile's banner: the LookupError, kind compile", () => {
    const result = underCompile(GPEP517_SCM, "Wheel build failed");
    expect(result.primary?.line).toBe(9);
    expect(result.kind).toBe("compile");
  });

  test("in pip's box", () => {
    const result = underCompile([
      "  × Getting requirements to build wheel did not run successfully.",
      "  │ exit code: 1",
      "  ╰─> [12 lines of output]",
      "      Traceback (most recent call last):",
      `      LookupError: setuptools-scm was unable to detect version for '${WORK}'.`,
      "      ",
      "      Make sure you're either building from a fully intact git repository or PyPI tarballs.",
      "      [end of output]",
    ]);
    expect(result.primary?.line).toBe(6);
  });
});

const SKBUILD_CORE = [
  "python3.12 -m gpep517 build-wheel --prefix=/usr --backend scikit_build_core.build --output-fd 3 --wheel-dir /w/wheel",
  "*** scikit-build-core 0.8.0 using CMake 3.28.1 (wheel)",
  "*** Configuring CMake...",
  "loading initial cache file /tmp/tmpabc/build/CMakeInit.txt",
  "-- The C compiler identification is GNU 13.2.1",
  "CMake Error at CMakeLists.txt:12 (find_package):",
  '  By not providing "Findpybind11.cmake" in CMAKE_MODULE_PATH this project has',
  '  asked CMake to find a package configuration file provided by "pybind11",',
  "  but CMake did not find one.",
  "",
  "-- Configuring incomplete, errors occurred!",
  "",
  "*** CMake configuration failed",
];
const MESON_PYTHON = [
  "python3.12 -m gpep517 build-wheel --prefix=/usr --backend mesonpy --output-fd 3 --wheel-dir /w/wheel",
  "+ /usr/bin/meson setup /w /w/build -Dbuildtype=release -Db_ndebug=if-release --native-file=/w/build/meson-python-native-file.ini",
  "The Meson build system",
  "Version: 1.3.1",
  "Project name: bar",
  "",
  '../meson.build:12:0: ERROR: Dependency "x" not found, tried pkgconfig and cmake',
  "",
  "A full log can be found at /w/build/meson-logs/meson-log.txt",
  "meson-python: error: Could not configure the project",
];

describe("a wheel backend's configure step from src_compile is kind configure (convention 7)", () => {
  test("scikit-build-core's CMake Error under gpep517: the error, kind configure, phase compile", () => {
    const result = underCompile(SKBUILD_CORE, "Wheel build failed");
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("compile");
  });

  test("row 1010 (scikit-build in pip's box) under src_compile's banner", () => {
    const lines = readRow("configure-pip-box-cmake-no-c-compiler-llama-cpp-python").split("\n");
    const result = underCompile(lines, "pip failed");
    expect(result.primary?.ruleId).toBe("cmake-error");
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("compile");
  });

  test("meson-python's `meson setup`: meson's error, kind configure", () => {
    const result = underCompile(MESON_PYTHON, "Wheel build failed");
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("compile");
  });

  test("near misses: a `cmake -P` script's error, meson's error in src_install", () => {
    const script = underCompile([
      "cmake -P /w/cmake/GenerateVersion.cmake",
      "CMake Error at /w/cmake/GenerateVersion.cmake:4 (message):",
      "  VERSION is not set",
    ]);
    expect(script.primary?.line).toBe(3);
    expect(script.kind).toBe("compile");
    const install = under(
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "install",
      ['../meson.build:12:0: ERROR: Dependency "x" not found, tried pkgconfig and cmake'],
    );
    expect(install.kind).toBe("install");
  });
});

describe("`configure: error:` after the probes that led to it (row 1053)", () => {
  test("row 1053: config.log's conftest link failure, then autoconf's verdict", () => {
    const result = realRow("configure-config-log-ld-cannot-find-lreadline-then-configure-error-zephyr");
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("configure");
  });

  test("conftest's compiler errors echoed under the configure banner", () => {
    const result = under(
      CONFIGURING,
      "configure",
      [
        "checking for foo.h... no",
        "conftest.c:10:10: fatal error: foo.h: No such file or directory",
        "   10 | #include <foo.h>",
        "      |          ^~~~~~~",
        "compilation terminated.",
        "configure: error: foo is required",
      ],
      "econf failed",
    );
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("configure");
  });

  test("a probe's message glued to its check, bare", () => {
    const result = analyze([
      "checking if strftime is GNU... /tmp/x.c:16:8: error: unknown type name 'foo'",
      "configure: error: strftime is required",
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("cmake's `-- Could NOT find` under a later `CMake Error` (convention 11): the CMake Error", () => {
    const result = under(
      CONFIGURING,
      "configure",
      [
        "-- Could NOT find Foo (missing: FOO_LIBRARY FOO_INCLUDE_DIR) ",
        "CMake Error at CMakeLists.txt:30 (message):",
        "  Foo is required",
        "-- Configuring incomplete, errors occurred!",
      ],
      "cmake failed",
    );
    expect(result.primary?.line).toBe(3);
  });

  test("near miss: a compile step's error above a sub-configure's verdict stays", () => {
    const result = underCompile([
      `${WORK}/src/a.c:3:10: fatal error: foo.h: No such file or directory`,
      "make[1]: *** [Makefile:12: a.o] Error 1",
      "configure: error: cannot run /bin/sh ./config.sub",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });
});
