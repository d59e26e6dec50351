import { describe, expect, test } from "vitest";
import { complaintAboveDie, restatesFailure } from "./restated-die";
import { FETCH_WGET_NO_HTTPS } from "./rules/fetch";
import { INSTALL_HELPER_MISSING_FILE, PROTOC_PLUGIN_ERROR } from "./rules/other-tools";
import { SHELL_ERROR } from "./rules/shell";
import { corpusText } from "./testing/corpus";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 26 (helper rules26): shapes a reviewer named in words, both ways (real rows 532, 533 and 538 hold the ones
// found in public threads). Six more rows the helper found turned out to be the very threads held-out cases came
// from (heldout27, 38, 41, 45, 46): the lead removed them, and the shapes they showed are written out below.
const analyze = analyzeLines;
const real = (file: string) => analyzeLines(corpusText(`real/${file}/snippet.log`).split("\n"));

describe("1. an ebuild that does not parse, bash's complaint glued to emerge's spinner", () => {
  test("the syntax error after `Calculating dependencies |` is the primary, not `error sourcing ebuild`", () => {
    const result = analyze([
      "Calculating dependencies |/var/db/repos/x/www-servers/foo/foo-1.2.ebuild: line 191: syntax error near unexpected token `<<<'",
      "/var/db/repos/x/www-servers/foo/foo-1.2.ebuild: line 191: `<<<<<<< HEAD'",
      ...dieBanner("depend", "error sourcing ebuild"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("shell-error");
    expect(result.phase).toBe("depend");
    expect(result.kind).toBe("unknown");
  });

  test.each([
    "Calculating dependencies |/var/db/repos/x/app-misc/foo/foo-1.ebuild: line 42: syntax error near unexpected token `}'",
    "Calculating dependencies... /var/db/repos/x/app-misc/foo/foo-1.ebuild: line 9: syntax error: unexpected end of file",
    "Calculating dependencies  .. -/var/db/repos/x/app-misc/foo/foo-1.ebuild: line 9: syntax error near unexpected token `<<<'",
  ])("%s reads as bash's complaint", (line) => {
    expect(SHELL_ERROR.pattern.test(line)).toBe(true);
  });

  test("near miss: the spinner before words that are no shell error stays no hit, and the die's message stays", () => {
    expect(
      SHELL_ERROR.pattern.test("Calculating dependencies |/var/db/repos/x/foo-1.ebuild: line 9: all fine"),
    ).toBe(false);
    const result = analyze([
      "Calculating dependencies |/var/db/repos/x/app-misc/foo/foo-1.ebuild: line 9: eclass loaded",
      ...dieBanner("depend", "error sourcing ebuild"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });
});

describe("2. a tool's complaint above a die that only restates the failure", () => {
  test("cgo's `pkg-config: exit status 1` above make's Error 2 and `emake failed`", () => {
    const result = analyze([
      "# example.org/foo/bar",
      "pkg-config: exit status 1",
      "make: *** [Makefile:20: build] Error 2",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toBe("pkg-config: exit status 1");
    expect(result.kind).toBe("compile");
  });

  test("mv's `Permission denied` in src_unpack above font.eclass's `No otf fonts were installed`", () => {
    const result = analyze([
      ">>> Install media-fonts/foo-1.0 into /var/tmp/portage/media-fonts/foo-1.0/image",
      "mv: cannot move '/var/tmp/portage/media-fonts/foo-1.0/distdir/foo-1.0' to '/var/tmp/portage/media-fonts/foo-1.0/work/foo-1.0': Permission denied",
      ...dieBanner("install", "No otf fonts were installed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.phase).toBe("install");
    expect(result.kind).toBe("install");
  });

  test.each([
    ["pkg-config: exit status 1", "go build failed"],
    ["my_print_defaults: unknown option '--mysqld'", "failed to run mysql_install_db"],
    ["texi2dvi: pdflatex exited with bad status, quitting.", "Compilation failed"],
  ])("%s above `%s`", (complaint, message) => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      complaint,
      "make: *** [Makefile:12: all] Error 1",
      ...dieBanner("compile", message),
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("a message-less die: the complaint above it, not its call stack's frame", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "texi2dvi: pdflatex exited with bad status, quitting.",
      ...dieBanner("compile", "(no error message)"),
      ...callStack("compile", "latex_build"),
    ]);
    expect(result.primary?.line).toBe(2);
  });

  test("near miss: a die message that says something itself keeps the line (convention 2)", () => {
    const result = analyze([
      "pkg-config: exit status 1",
      ...dieBanner("configure", "Kernel not configured; no .config found in /usr/src/linux"),
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("near miss: only make's summary above `emake failed` keeps the die's message (convention 2)", () => {
    const result = analyze([
      "x86_64-pc-linux-gnu-gcc -O2 -c foo.c",
      "make: *** [Makefile:12: all] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test("near miss: a line pointing elsewhere, or a complaint further up than the step's last words", () => {
    const pointer = analyze([
      "see ./configure: error: lines in config.log",
      ...dieBanner("configure", "econf failed"),
    ]);
    expect(pointer.primary?.ruleId).toBe("portage-die-message");
    const far = analyze([
      "pkg-config: exit status 1",
      ...Array.from({ length: 6 }, (_, i) => `go build -o out/bin/tool${i} ./cmd/tool${i}`),
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(far.primary?.ruleId).toBe("portage-die-message");
  });

  test.each([
    ["make's bookkeeping", "Makefile:1234: recipe for target 'all' failed"],
    ["emerge's verdict with its `>>> ` gone", "Failed to emerge dev-foo/bar-1.0, Log file:"],
    ["emerge's job line", "Jobs: 0 of 1 complete, 1 failed                 Load avg: 1.08, 0.52, 0.48"],
    ["a numbered make summary", "11. make[1]: *** [Makefile:400: install-recursive] Error 1"],
  ])("near miss: %s above `emake failed` is no complaint", (_, line) => {
    const result = analyze([
      "x86_64-pc-linux-gnu-gcc -O2 -c foo.c",
      line,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test.each([
    ["a command line", "x86_64-pc-linux-gnu-gcc -Wl,--no-undefined -o errors errors.o"],
    ["a line no tool names", "Exiting for error while parsing"],
  ])("near miss: %s above `emake failed` is not taken", (_, line) => {
    const result = analyze([
      line,
      "make: *** [Makefile:12: all] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test("what restates a failure and what does not", () => {
    expect(restatesFailure("emake failed")).toBe(true);
    expect(restatesFailure("go build failed")).toBe(true);
    expect(restatesFailure("No otf fonts were installed in /usr/share/fonts/x")).toBe(true);
    expect(restatesFailure("Failed to build documentation")).toBe(true);
    expect(restatesFailure("USE Flag 'doc' not in IUSE for dev-foo/bar-1.0")).toBe(false);
    expect(restatesFailure("Please enable CONFIG_FOO, it failed")).toBe(false);
    expect(complaintAboveDie(["foo: exit status 0", " * ERROR: x failed"], 1)).toBe(-1);
    // a paste's line number before the tool's name
    expect(complaintAboveDie(["12 pkg-config: exit status 1", " * ERROR: x failed"], 1)).toBe(0);
  });
});

describe("3. protoc's Go plugin's own message", () => {
  test.each([
    ["compile-protoc-gen-go-inconsistent-package-names-docker-protoc", 3],
    ["compile-protoc-gen-go-inconsistent-package-names-tensorflow", 1],
  ])("%s: the plugin's error, not protoc's `Plugin failed` summary", (file, line) => {
    const result = real(file);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(line);
    expect(result.kind).toBe("compile");
  });

  test("protoc's summary wrapped after `status` still fails a bannerless excerpt", () => {
    const result = analyze(["--go_out: protoc-gen-go: Plugin failed with status", "code 1."]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });

  test.each([
    "2018/09/06 15:15:28 protoc-gen-go: warning: unused import",
    "protoc-gen-go: error:",
    "my-protoc-gen-go: error: x",
  ])("near miss: %s is no plugin error", (line) => {
    expect(PROTOC_PLUGIN_ERROR.pattern.test(line)).toBe(false);
  });
});

describe("4. wget without ssl, its line wrapped after `HTTPS`", () => {
  test("`support not compiled in.` is the reason, not `Couldn't download`", () => {
    const result = analyze([
      "https://example.org/pub/foo/foo-1.0.tar.xz: HTTPS",
      "support not compiled in.",
      "!!! Couldn't download 'foo-1.0.tar.xz'. Aborting.",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("fetch");
  });

  test("the checksum failure Portage refetches after, cut before the outcome, is a fetch failure", () => {
    const result = analyze([
      "!!! Fetched file: foo-1.0.dat VERIFY FAILED!",
      "!!! Reason: Filesize does not match recorded size",
      "!!! Got:      1234",
      "!!! Expected: 5678",
      "Refetching... File renamed to '/var/cache/distfiles/foo-1.0.dat._checksum_failure_.abc123'",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("fetch");
  });

  test.each([
    "SSL support not compiled in.",
    "IPv6 support not compiled in",
    "the support not compiled in yet",
  ])("near miss: %s is not wget's HTTPS complaint", (line) => {
    expect(FETCH_WGET_NO_HTTPS.pattern.test(line)).toBe(false);
  });
});

describe("5. an install helper's line wrapped after `does`", () => {
  test("`!!! dobin: <long path> does` / `not exist` is the helper's message, over the die's", () => {
    const result = analyze([
      ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
      "!!! dobin: /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0/a/very/long/path/to/bin/bar-config does",
      "not exist",
      ...dieBanner("install", "dobin failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });

  test.each([
    "!!! Fetched file: bar does not exist",
    "!!! dobin: bar does nothing here",
    "!!! dobin: bar doesn't",
  ])("near miss: %s is no helper's missing file", (line) => {
    expect(INSTALL_HELPER_MISSING_FILE.pattern.test(line)).toBe(false);
  });
});

describe("6. npm's message line over its `code ENOENT` line (LABELLING convention 4)", () => {
  test.each([["unknown-npm-enoent-rename-fs-write-stream-atomic-upterm", 5]])(
    "%s: `npm ERR! enoent ENOENT…` is the primary",
    (file, line) => {
      const result = real(file);
      expect(result.primary?.line).toBe(line);
      expect(result.primary?.ruleId).toBe("npm-error");
    },
  );

  test("npm 2's block (path, code, errno, syscall, then the message) takes the message line", () => {
    const result = analyze([
      "npm ERR! Linux 4.4.6-gentoo",
      'npm ERR! argv "/usr/bin/node" "/usr/bin/npm" "rebuild"',
      "npm ERR! path ../foo/bin/foo",
      "npm ERR! code ENOENT",
      "npm ERR! errno -2",
      "npm ERR! syscall symlink",
      "",
      "npm ERR! enoent ENOENT: no such file or directory, symlink '../foo/bin/foo' -> '/var/tmp/portage/x/node_modules/.bin/foo'",
      "npm ERR! enoent This is most likely not a problem with npm itself",
    ]);
    expect(result.primary?.line).toBe(8);
    expect(result.primary?.ruleId).toBe("npm-error");
  });

  test("a `code ENOENT` block cut above its message still fails on the code line, over a die's message", () => {
    const result = analyze([
      "npm ERR! code ENOENT",
      "npm ERR! errno -2",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: npm's advice under the message and another code's line keep what they were", () => {
    const advice = analyze([
      "npm ERR! code ENOENT",
      "npm ERR! enoent This is related to npm not being able to find a file.",
      "npm ERR! enoent ",
    ]);
    expect(advice.primary?.line).toBe(1);
    const other = analyze(["npm ERR! code E404", "npm ERR! errno E404", "npm ERR! enoent ENOENT, open 'x'"]);
    expect(other.primary?.line).toBe(1);
  });
});
