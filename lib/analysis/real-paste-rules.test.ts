import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

// Real-shaped lines of the failure classes pasted logs show (issue 10), each in
// a small log of its own: the primary line, kind and infra the analyzer gives.
const banner = (phase: string) => [
  ` * ERROR: dev-foo/bar-1.0::gentoo failed (${phase} phase):`,
  " *   (no error message)",
];

describe("shell errors and crashes", () => {
  test("a syntax error mid-line after configure's 'checking ...' wins over 'econf failed'", () => {
    const log = [
      ">>> Configuring source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "checking for GLIB... yes",
      "checking for LIBFOO... ./configure: line 17350: syntax error near unexpected token `then'",
      " * ERROR: dev-foo/bar-1.0::gentoo failed (configure phase):",
      " *   econf failed",
    ];
    const result = analyzeLogText(log.join("\n"));
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("configure");
  });

  test.each([
    "Segmentation fault      (core dumped) ./build-tool --stage3",
    "Killed                  ./build-tool --stage3",
    "Aborted                 (core dumped) ./build-tool --stage3",
  ])("bash's job report '%s' beats the die message", (report) => {
    const log = [
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      `/var/tmp/portage/dev-foo/bar-1.0/temp/environment: line 3320: 12302 ${report}`,
      " * Stage 3 compilation failed",
      ...banner("compile"),
    ];
    expect(analyzeLogText(log.join("\n")).primary?.line).toBe(2);
  });

  test("Portage's own helper segfaulting after 'Source compiled.' is a Portage crash", () => {
    const log = [
      ">>> Source compiled.",
      "/usr/lib/portage/python3.11/phase-functions.sh: line 940: 4711 Segmentation fault      (core dumped) ebuild-ipc exit 0",
    ];
    const result = analyzeLogText(log.join("\n"));
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.infra?.reason).toBe("portage-crash");
  });
});

describe("rule gaps", () => {
  test.each([
    [
      "go",
      'can\'t load package: package github.com/foo/bar: cannot find package "github.com/foo/bar" in any of:',
    ],
    ["patch", "No file to patch.  Skipping patch."],
    [
      "network",
      "Download error on https://pypi.org/simple/setuptools_scm/: [Errno -3] Temporary failure in name resolution",
    ],
  ])("%s: the tool's line is the primary, not the die message", (_name, line) => {
    const log = ["make -j2", line, ...banner("compile")];
    const result = analyzeLogText(log.join("\n"));
    expect(result.primary?.text).toBe(line);
    expect(result.infra).toBeNull();
  });

  test("' * * ACCESS DENIED' (the summary inside an elog) is a sandbox failure", () => {
    const log = [
      " * * ACCESS DENIED:  mkstemp:            /usr/lib/python3.12/site-packages/./sh-thd.XXXXXX",
      "/var/db/repos/foo/eclass/bar.eclass: line 85: cannot create temp file for here-document: Permission denied",
    ];
    const result = analyzeLogText(log.join("\n"));
    expect(result).toMatchObject({ status: "failed", kind: "sandbox" });
    expect(result.primary?.line).toBe(1);
  });
});

describe("successes that looked like failures", () => {
  test("a collision Portage merged over (collision-protect off) is a success", () => {
    const log = [
      ">>> Installing (1 of 1) app-arch/foo-1.0::gentoo",
      " * checking 12 files for package collisions",
      " * This package will overwrite one or more files that may belong to other",
      " * Detected file collision(s):",
      " * ",
      " * \t/usr/bin/foo",
      " * Package 'app-arch/foo-1.0' merged despite file collisions. If necessary, manually remove",
      ">>> app-arch/foo-1.0 merged.",
    ];
    expect(analyzeLogText(log.join("\n"))).toMatchObject({ status: "succeeded", primary: null });
  });

  test("a stray 'command not found' in a QA Notice before '>>> Completed installing' is no failure", () => {
    const log = [
      " * QA Notice: command not found:",
      " * ",
      " *      /var/tmp/portage/dev-libs/foo-3.1/temp/environment: line 2935: perl_delete_localpod: command not found",
      ">>> Completed installing foo-3.1 into /var/tmp/portage/dev-libs/foo-3.1/image",
    ];
    expect(analyzeLogText(log.join("\n")).status).toBe("succeeded");
  });

  test("an emerge traceback's primary is the exception it ended in, its infra line the header", () => {
    const log = [
      "Traceback (most recent call last):",
      '  File "/usr/bin/emerge", line 53, in <module>',
      '  File "/usr/lib/python3.12/site-packages/_emerge/main.py", line 1288, in emerge_main',
      "FileNotFoundError: [Errno 2] No such file or directory: '/var/db/repos/gentoo/profiles'",
    ];
    expect(analyzeLogText(log.join("\n"))).toMatchObject({
      primary: { line: 4 },
      infra: { reason: "portage-crash", line: 1 },
    });
  });
});

describe("kind", () => {
  test("a linker error inside a configure test is a configure failure (the phase decides)", () => {
    const log = [
      ">>> Configuring source in /var/tmp/portage/dev-qt/qtsql-5.15/work/qtbase ...",
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: cannot find -lpcre16: No such file or directory",
      "collect2: error: ld returned 1 exit status",
      " * ERROR: dev-qt/qtsql-5.15::gentoo failed (configure phase):",
      " *   qmake failed",
    ];
    expect(analyzeLogText(log.join("\n"))).toMatchObject({ kind: "configure", primary: { line: 2 } });
  });

  test("a depend-phase eclass error beats the resolver's later 'masked by: corruption'", () => {
    const log = [
      " * ERROR: dev-libs/foo-9999::overlay failed (depend phase):",
      " *   bzr.eclass could not be found by inherit()",
      " * ",
      '!!! All ebuilds that could satisfy "=dev-libs/foo-9999::overlay" have been masked.',
      "!!! One of the following masked packages is required to complete your request:",
      "- dev-libs/foo-9999::overlay (masked by: corruption)",
    ];
    const result = analyzeLogText(log.join("\n"));
    expect(result.primary?.line).toBe(2);
    expect(result.kind).not.toBe("dependency");
  });
});
