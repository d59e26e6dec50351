import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  phaseLog,
  phaseLogLine,
  readingOf,
  realRow,
  realRowLines,
  streamedText,
} from "./testing/failure-class";

// Round 52b (helper rules52b): install and packaging shapes named by the lead (held-out logs not read). An install
// script's Python exception read in an excerpt with no banner, and npm 7+'s ENOENT message line. Real rows 1150-1151;
// the other lines are made up in the tools' own formats (meson's minstall.py, the `installer` module, npm 7-10).
const ORGANON = "install-setup-py-install-permission-error-errno-13-organon";
const NEOCITIES = "unknown-npm10-enoent-could-not-read-package-json-below-code-deploy-to-neocities";

const WORK = "/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0";
const SITE = "/usr/lib/python3.12/site-packages";

const MESON_INSTALL = [
  `Installing ${WORK}-build/libbar.so.1 to /var/tmp/portage/dev-foo/bar-1.0/image/usr/lib64`,
  "Traceback (most recent call last):",
  `  File "${SITE}/mesonbuild/mesonmain.py", line 193, in run`,
  "    return options.run_func(options)",
  `  File "${SITE}/mesonbuild/minstall.py", line 843, in run`,
  "    installer.do_install(datafilename)",
  `  File "${SITE}/mesonbuild/minstall.py", line 551, in do_install`,
  "    self.install_data(d, dm, destdir, fullprefix)",
  "FileNotFoundError: [Errno 2] No such file or directory: '/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/data/bar.desktop'",
];

const PYTHON_INSTALLER = [
  "python3.12 -m installer --destdir=/var/tmp/portage/dev-foo/bar-1.0/image dist/bar-1.0-py3-none-any.whl",
  "Traceback (most recent call last):",
  `  File "${SITE}/installer/__main__.py", line 98, in <module>`,
  '    _main(sys.argv[1:], "python -m installer")',
  `  File "${SITE}/installer/_core.py", line 109, in install`,
  "    record = destination.write_file(",
  "PermissionError: [Errno 13] Permission denied: '/usr/lib/python3.12/site-packages/bar'",
];

describe("1. an install script's Python exception, in the install step", () => {
  test("real row 1150: setup.py's own `install` frame, its PermissionError the primary", () => {
    expect(readingOf(realRow(ORGANON))).toMatchObject({
      status: "failed",
      line: 8,
      ruleId: "python-exception",
      kind: "install",
      phase: "install",
      infra: null,
    });
  });

  test("meson's minstall.py frames: the FileNotFoundError, kind install, also before 0.47's meson_install.py", () => {
    expect(readingOf(analyzeLines(MESON_INSTALL))).toMatchObject({
      line: 9,
      ruleId: "python-exception",
      kind: "install",
    });
    const old = MESON_INSTALL.map((line) =>
      line.replace("mesonbuild/minstall.py", "mesonbuild/scripts/meson_install.py"),
    );
    expect(readingOf(analyzeLines(old))).toMatchObject({ line: 9, kind: "install" });
  });

  test("`python -m installer` and its frames: the PermissionError, kind install", () => {
    expect(readingOf(analyzeLines(PYTHON_INSTALLER))).toMatchObject({
      line: 7,
      ruleId: "python-exception",
      kind: "install",
    });
    // The frames alone (the command cut off) say it too.
    expect(readingOf(analyzeLines(PYTHON_INSTALLER.slice(1)))).toMatchObject({ line: 6, kind: "install" });
  });

  test("distutils' or setuptools' `command/install*.py` frames: kind install", () => {
    const lines = [
      "Traceback (most recent call last):",
      '  File "setup.py", line 40, in <module>',
      `  File "${SITE}/setuptools/command/install.py", line 68, in run`,
      `  File "/usr/lib/python3.12/distutils/command/install_data.py", line 74, in run`,
      "FileNotFoundError: [Errno 2] No such file or directory: 'data/bar.desktop'",
    ];
    expect(readingOf(analyzeLines(lines))).toMatchObject({
      line: 5,
      ruleId: "python-exception",
      kind: "install",
    });
  });

  test("under the install banner and the die's `… failed` message: the exception line over the frames and the die", () => {
    const result = analyzeLines(phaseLog(MESON_INSTALL, "install", "meson install failed"));
    expect(readingOf(result)).toMatchObject({
      status: "failed",
      line: phaseLogLine(8),
      ruleId: "python-exception",
      kind: "install",
      phase: "install",
    });
  });

  test("near misses: a build step's traceback stays compile (`setup.py build`, meson's compile frames)", () => {
    const build = [
      "python3 setup.py build",
      "Traceback (most recent call last):",
      '  File "setup.py", line 12, in <module>',
      "FileNotFoundError: [Errno 2] No such file or directory: 'README.md'",
    ];
    expect(readingOf(analyzeLines(build))).toMatchObject({ line: 4, kind: "compile" });
    const compile = [
      "Traceback (most recent call last):",
      `  File "${SITE}/mesonbuild/mesonmain.py", line 193, in run`,
      `  File "${SITE}/mesonbuild/mcompile.py", line 350, in run`,
      "FileNotFoundError: [Errno 2] No such file or directory: 'ninja'",
    ];
    expect(readingOf(analyzeLines(compile))).toMatchObject({ line: 4, kind: "compile" });
  });

  test("near miss: the command `python setup.py install` alone is no sign (row 1031: a recipe piping it into sed)", () => {
    expect(readingOf(realRow("install-gnu-sed-invalid-range-end-oscar-opkgc"))).toMatchObject({
      line: 9,
      ruleId: "gnu-sed-script-error",
      kind: "unknown",
    });
  });

  test("streamed at odd chunk sizes: the same reading", () => {
    const text = `${realRowLines(ORGANON).join("\n")}\n`;
    for (const size of [7, 33, 4096]) {
      expect(readingOf(streamedText(text, size))).toMatchObject({ line: 8, kind: "install" });
    }
    const long = `${phaseLog(MESON_INSTALL, "install", "meson install failed").join("\n")}\n`;
    expect(readingOf(streamedText(long, 61))).toMatchObject({ line: phaseLogLine(8), kind: "install" });
  });
});

const NPM10_ENOENT = [
  "npm error code ENOENT",
  "npm error syscall open",
  `npm error path ${WORK}/package.json`,
  "npm error errno -2",
  `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${WORK}/package.json'`,
  "npm error enoent This is related to npm not being able to find a file.",
  "npm error enoent",
  "npm error A complete log of this run can be found in: /var/tmp/portage/dev-foo/bar-1.0/homedir/.npm/_logs/x.log",
];

describe("2. npm's ENOENT block: its message line", () => {
  test("real row 1151: npm 10's `npm error enoent Could not read package.json: …` over `code ENOENT`", () => {
    expect(readingOf(realRow(NEOCITIES))).toMatchObject({
      status: "failed",
      line: 7,
      ruleId: "npm-error",
      kind: "unknown",
      infra: null,
    });
  });

  test("under Portage: the message line, the phase's kind", () => {
    for (const phase of ["compile", "install"]) {
      const result = analyzeLines(phaseLog(NPM10_ENOENT, phase, "npm install failed"));
      expect(readingOf(result)).toMatchObject({ line: phaseLogLine(4), ruleId: "npm-error", kind: phase });
    }
  });

  test("npm 7-9's `npm ERR! enoent Could not read package.json: …`, npm 6's `enoent ENOENT: …` as before", () => {
    const npm8 = NPM10_ENOENT.map((line) => line.replace(/^npm error/, "npm ERR!"));
    expect(readingOf(analyzeLines(npm8))).toMatchObject({ line: 5, ruleId: "npm-error" });
    const npm6 = [
      "npm ERR! code ENOENT",
      "npm ERR! syscall open",
      `npm ERR! path ${WORK}/package.json`,
      "npm ERR! errno -2",
      `npm ERR! enoent ENOENT: no such file or directory, open '${WORK}/package.json'`,
      "npm ERR! enoent This is related to npm not being able to find a file.",
    ];
    expect(readingOf(analyzeLines(npm6))).toMatchObject({ line: 5, ruleId: "npm-error" });
    // npm 10 printing the system error itself (no `Could not read package.json:`).
    const bare = NPM10_ENOENT.map((line) => line.replace("Could not read package.json: Error: ", ""));
    expect(readingOf(analyzeLines(bare))).toMatchObject({ line: 5, ruleId: "npm-error" });
  });

  test("the block cut after npm 10's `code ENOENT`: that line stays the primary", () => {
    expect(readingOf(analyzeLines(NPM10_ENOENT.slice(0, 4)))).toMatchObject({
      status: "failed",
      line: 1,
      ruleId: "npm-error-code",
    });
  });

  test("near misses: npm's warning about a missing file, and prose quoting the message", () => {
    // A lone warning is the last resort's line (as before): npm-error does not claim it.
    expect(
      analyzeLines([
        `npm warn enoent ENOENT: no such file or directory, open '${WORK}/node_modules/x/package.json'`,
      ]).primary?.ruleId,
    ).not.toBe("npm-error");
    expect(
      analyzeLines(["# npm prints `npm error enoent Could not read package.json` when run outside a project"])
        .primary?.ruleId,
    ).not.toBe("npm-error");
  });

  test("streamed at odd chunk sizes: the same reading", () => {
    const text = `${realRowLines(NEOCITIES).join("\n")}\n`;
    for (const size of [5, 29, 4096]) {
      expect(readingOf(streamedText(text, size))).toMatchObject({ line: 7, ruleId: "npm-error" });
    }
  });
});
