import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 21c: shapes a reviewer of an unseen set named in words (the writer did not read those files), each
// from the tool's own wording, with real rows 360-367 (fixtures/corpus/real/MANIFEST.md), both ways.
const analyze = analyzeLines;
const P = "/var/tmp/portage/dev-foo/bar-1.0";

describe("A. a compiler driver named with a dotted version", () => {
  test.each([
    "clang-3.9: error: unknown argument: '-mno-fused-madd'",
    "gcc-4.9.4: error: unrecognized command line option '-std=c++17'",
    "x86_64-pc-linux-gnu-gcc-13.2.1: error: unrecognized command-line option '-mfoo'",
    "clang++-17: error: unknown argument: '-fno-foo'",
  ])("%j is the driver's error, its name kept", (line) => {
    const result = analyze([
      `>>> Compiling source in ${P}/work/bar-1.0 ...`,
      "make -j2",
      line,
      "make: *** [Makefile:10: a.o] Error 1",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("cc-driver-error");
    expect(result.primary?.text).toBe(line);
    expect(result.kind).toBe("compile");
  });

  test("a short excerpt of driver lines keeps the tool's name (no parallel_emerge job head)", () => {
    const line = "clang-5.0: error: unknown argument: '-msahf'";
    const result = analyze([line, line, line, line, "make: *** [all] Error 2"]);
    expect(result.linePrefix).toBeNull();
    expect(result.primary?.text).toBe(line);
  });

  test("near miss: parallel_emerge's package head is still stripped", () => {
    const lines = [
      "gtk-doc-am-1.13-r2: >>> Compiling source in /build/gtk-doc-am-1.13-r2/work ...",
      "gtk-doc-am-1.13-r2: make -j2",
      "gtk-doc-am-1.13-r2: foo.c:1:1: error: bar",
      "gtk-doc-am-1.13-r2: make: *** [Makefile:1: foo.o] Error 1",
    ];
    const result = analyze(lines);
    expect(result.primary?.text).toBe("foo.c:1:1: error: bar");
  });
});

describe("B. a program the shell cannot execute (cross builds, broken interpreter lines)", () => {
  test.each([
    "/bin/sh: ./gen: cannot execute binary file: Exec format error",
    "/bin/bash: line 1: ./mktables: cannot execute binary file: Exec format error",
    "bash: ./tool: cannot execute: required file not found",
    "/bin/sh: ./configure: /bin/bash^M: bad interpreter: No such file or directory",
  ])("%j is the cause, compile without a phase", (line) => {
    const result = analyze(["make -j2", line, "make: *** [Makefile:10: out.h] Error 126"]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("shell-cannot-execute");
    expect(result.kind).toBe("compile");
  });

  test("the phase decides the kind", () => {
    const result = analyze([
      "/bin/sh: ./runner: cannot execute binary file: Exec format error",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.ruleId).toBe("shell-cannot-execute");
    expect(result.kind).toBe("test");
  });

  test("near miss: a sentence about exec formats is not the shell's complaint", () => {
    const result = analyze(["checking whether binfmt_misc handles Exec format error... yes"]);
    expect(result.primary?.ruleId ?? null).not.toBe("shell-cannot-execute");
  });
});

describe("C. config.log's own `configure:NNN: error:` line", () => {
  test("is configure's error, not a compiler's", () => {
    const result = analyze([
      "configure:3800: gcc -V >&5",
      "configure:3835: error: in `/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0':",
      "configure:3837: error: C compiler cannot create executables",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("configure-error");
    expect(result.kind).toBe("configure");
  });

  test("near miss: a source file named configure.c is still a compiler's error", () => {
    const result = analyze(["configure.c:12:5: error: 'x' undeclared"]);
    expect(result.primary?.ruleId).toBe("cc-error");
  });
});

describe("D. a die banner wrapped onto two lines", () => {
  test.each([
    [" * ERROR: dev-foo/bar-1.0::gentoo failed (configure", " * phase):"],
    [" * ERROR: dev-foo/bar-1.0::gentoo failed (configure", "phase):"],
    [" * ERROR: dev-foo/bar-1.0::gentoo failed", " * (configure phase):"],
    [" * ERROR: dev-foo/bar-1.0::gen", "too failed (configure phase):"],
  ])("%j / %j is the banner", (first, second) => {
    const result = analyze(["checking for foo... no", first, second, " *   econf failed", " * "]);
    expect(result.status).toBe("failed");
    expect(result.phase).toBe("configure");
    expect(result.atom).toBe("dev-foo/bar-1.0");
    expect(result.primary?.text).toContain("econf failed");
  });

  test("near miss: a test's `ERROR: t/x.sh` line is no cut banner (read, not hidden)", () => {
    const result = analyze(["ERROR: t/broken-fixture.sh", "make: *** [all] Error 1"]);
    expect(result.atom).toBeNull();
    expect(result.primary?.line).toBe(1);
  });
});

describe("F. wget's TLS failures are the fetch's reason", () => {
  test.each([
    ["https://example.org/foo-1.0.tar.gz: HTTPS support not compiled in.", "fetch-wget-no-https"],
    [
      "ERROR: cannot verify example.org's certificate, issued by 'CN=R3,O=Let\\'s Encrypt,C=US':",
      "fetch-wget-tls-error",
    ],
    ["Unable to establish SSL connection.", "fetch-wget-tls-error"],
  ])("%j", (line, id) => {
    const result = analyze([
      ">>> Downloading 'https://example.org/foo-1.0.tar.gz'",
      "--2024-01-01 10:00:00--  https://example.org/foo-1.0.tar.gz",
      line,
      "!!! Couldn't download 'foo-1.0.tar.gz'. Aborting.",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe(id);
    expect(result.kind).toBe("fetch");
  });

  test("near miss: the words inside another sentence", () => {
    const result = analyze(["note: HTTPS support not compiled in. is what old wget says", "all done"]);
    expect(result.primary?.ruleId ?? null).not.toBe("fetch-wget-no-https");
  });
});

describe("H. Go's compile lines without a column", () => {
  test("the error above `FAIL pkg [build failed]` is the primary", () => {
    const result = analyze([
      "# github.com/x/y/pkg",
      "pkg/file.go:123: undefined: Foo",
      "FAIL\tgithub.com/x/y/pkg [build failed]",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("go-compile-error");
  });

  test("near miss: a test's indented log line is not the compiler's", () => {
    const result = analyze(["--- FAIL: TestFoo (0.00s)", "    foo_test.go:12: got 1, want 2", "FAIL"]);
    expect(result.primary?.ruleId ?? null).not.toBe("go-compile-error");
  });
});

describe("I. sudo called inside the build", () => {
  test.each([
    "sudo: unknown uid 250: who are you?",
    "sudo: no tty present and no askpass program specified",
    "sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper",
    "sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?",
  ])("%j: kind from the phase", (line) => {
    const result = analyze([
      line,
      "make: *** [Makefile:10: check] Error 1",
      ...dieBanner("test", "emake check failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("sudo-error");
    expect(result.kind).toBe("test");
  });

  test("near miss: sudo's lecture and a sudoers line are no error", () => {
    const result = analyze([
      "sudo: 3 incorrect password attempts are not this",
      "We trust you have received the usual lecture",
    ]);
    expect(result.primary?.ruleId ?? null).not.toBe("sudo-error");
  });
});

describe("K. a fetch that went through after a mirror's 404", () => {
  const verified = " * foo-1.0.tar.gz BLAKE2B SHA512 size ;-) ...                                  [ ok ]";

  test("curl's dropped attempt, then Portage's checksum line: succeeded", () => {
    const result = analyze([
      ">>> Downloading 'http://a.example/distfiles/foo-1.0.tar.gz'",
      "curl: (22) The requested URL returned error: 404",
      ">>> Downloading 'https://b.example/foo-1.0.tar.gz'",
      verified,
    ]);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
  });

  test("wget's 404 then the checksum line: succeeded", () => {
    const result = analyze([
      ">>> Downloading 'http://a.example/distfiles/foo-1.0.tar.gz'",
      "HTTP request sent, awaiting response... 404 Not Found",
      "2024-01-01 10:00:00 ERROR 404: Not Found.",
      ">>> Downloading 'https://b.example/foo-1.0.tar.gz'",
      verified,
    ]);
    expect(result.status).toBe("succeeded");
    expect(result.primary).toBeNull();
  });

  test("near miss: the 404 with no verified file after it still fails", () => {
    const result = analyze([
      ">>> Downloading 'http://a.example/distfiles/foo-1.0.tar.gz'",
      "curl: (22) The requested URL returned error: 404",
    ]);
    expect(result.status).toBe("failed");
  });
});
