import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { StreamingLog } from "./streaming-log";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Failure classes still wrong after round 6 (issue 10, round 7), fixed in general. Real lines come
// from public GitHub issue threads outside every held-out set (corpus rows 160-164, named per test);
// where none was found, the lines are written from the tool's own wording and the comment says so.
const analyze = analyzeLines;

const COMPILE = [
  ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  "make -j2",
  "x86_64-pc-linux-gnu-gcc -O2 -c foo.c -o foo.o",
  "foo.c:3:1: error: expected ';' before '}' token",
  "make: *** [Makefile:3: foo.o] Error 1",
  ...dieBanner("compile", "emake failed"),
];

describe("1. CI timestamp heads on every line", () => {
  // Written from the CI systems' own log layouts: GitHub Actions' 7-digit fraction, GitLab's
  // time + stream tag (`00O`), Jenkins' timestamper (`[…Z] `, bare `HH:MM:SS `), `ts`'s clock.
  test.each([
    ["2024-05-01T15:19:07.5322233Z ", "GitHub Actions"],
    ["2024-05-01T15:19:07.532223Z 00O ", "GitLab"],
    ["2024-05-01T15:19:07.532223Z 01E+", "GitLab, stderr continued"],
    ["[2024-05-01T15:19:07.532Z] ", "Jenkins / Buildkite"],
    ["15:19:07 ", "a bare clock"],
    ["\u001b_bk;t=1714576747532\u0007", "Buildkite's raw log"],
  ])("%j (%s) is read past, line numbers stay the file's", (head) => {
    const result = analyze(COMPILE.map((line) => `${head}${line}`));
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("compile");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("foo.c:3:1: error: expected ';' before '}' token");
  });

  test("an empty output line that keeps only its head does not stop the detection", () => {
    const lines = COMPILE.flatMap((line) => [
      `2024-05-01T15:19:07.5322233Z ${line}`,
      "2024-05-01T15:19:07.5322233Z",
    ]);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("compile");
  });
});

describe("the new prefixes through the byte-gated StreamingLog", () => {
  test.each([
    "2024-05-01T15:19:07.532223Z 00O ",
    "15:19:07 ",
    "\u001b_bk;t=1714576747532\u0007",
    "> >> ",
    "  ",
  ])("%j: same primary as the line path", (head) => {
    const text = `${COMPILE.map((line) => `${head}${line}`).join("\n")}\n`;
    const log = new StreamingLog();
    log.push(new TextEncoder().encode(text));
    const streamed = log.finish();
    expect(streamed.primary).toEqual(analyzeLogText(text).primary);
    expect(streamed.primary?.line).toBe(4);
  });
});

describe("2. compact quoting behind spaced quoting (`> >> `)", () => {
  // Written from mail clients' quoting: a reply ("> ") to a message that quoted the log compactly (">> ").
  test("both are stripped; Portage's own >>> behind them survives", () => {
    const result = analyze(COMPILE.map((line) => `> >> ${line}`));
    expect(result.linePrefix).toBe("> >> ");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("foo.c:3:1: error: expected ';' before '}' token");
    expect(result.sections[0]?.phase).toBe("compile");
  });
});

describe("3. a paste indented by two blanks", () => {
  // Written: a code block indented by two (a list item's body), Portage's `>>>` and ` * ` lines behind it.
  test("two blanks before Portage's own lines are the paste's", () => {
    const result = analyze(COMPILE.map((line) => `  ${line}`));
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.text).toBe("foo.c:3:1: error: expected ';' before '}' token");
  });

  test("a short excerpt indented as a whole (below the 4-line sample)", () => {
    const result = analyze([
      "      /usr/bin/env: 'python': No such file or directory",
      "      make: *** [Makefile:3: all] Error 127",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
  });
});

describe("4. a fetch's reason is the last attempt's", () => {
  // Written from Portage's fetch.py layout (one `>>> Downloading` per URI) and wget's wording.
  const dns = (host: string) => [
    `>>> Downloading 'https://${host}/foo-1.0.tar.gz'`,
    `--2024-05-01 15:19:08--  https://${host}/foo-1.0.tar.gz`,
    `Resolving ${host} (${host})... failed: Name or service not known.`,
    `wget: unable to resolve host address '${host}'`,
  ];
  const notFound = (host: string) => [
    `>>> Downloading 'http://${host}/distfiles/foo-1.0.tar.gz'`,
    `--2024-05-01 15:19:07--  http://${host}/distfiles/foo-1.0.tar.gz`,
    `Connecting to ${host} (${host})|1.2.3.4|:80... connected.`,
    "HTTP request sent, awaiting response... 404 Not Found",
    "2024-05-01 15:19:07 ERROR 404: Not Found.",
    "",
  ];
  const gaveUp = [
    "!!! Couldn't download 'foo-1.0.tar.gz'. Aborting.",
    " * Fetch failed for 'dev-foo/foo-1.0', Log file:",
    " *  '/var/tmp/portage/dev-foo/foo-1.0/temp/build.log'",
  ];

  test("an earlier mirror's DNS failure is not the reason when the last URI answered 404", () => {
    const result = analyze([...dns("mirror.example.org"), ...notFound("example.org"), ...gaveUp]);
    expect(result.kind).toBe("fetch");
    expect(result.primary?.text).toBe("!!! Couldn't download 'foo-1.0.tar.gz'. Aborting.");
    expect(result.infra).toBeNull();
  });

  test("the last URI's DNS failure is the reason, after an earlier mirror's 404", () => {
    const result = analyze([...notFound("distfiles.gentoo.org"), ...dns("example.org"), ...gaveUp]);
    expect(result.primary?.line).toBe(9);
    // The mirror answered, so a name that does not exist is a dead SRC_URI host (LABELLING.md convention 9).
    expect(result.infra).toBeNull();
  });

  test("two URIs tried in turn, both 404: Portage's verdict (real row 165, elementary #112)", () => {
    const result = analyzeLogText(corpusText("real/fetch-mirrors-in-turn-404-gala/snippet.log"));
    expect(result.primary?.line).toBe(17);
    expect(result.kind).toBe("fetch");
    expect(result.infra).toBeNull();
  });

  test("a file Portage already gave up on keeps its reason when the next file is fetched", () => {
    const result = analyze([...dns("example.org"), ...gaveUp, ...notFound("distfiles.gentoo.org")]);
    expect(result.primary?.line).toBe(3);
  });
});

describe("5. the sandbox summary over CMake's install error that is its echo", () => {
  // Written from CMake's `file INSTALL cannot copy file` and libsandbox's summary layout (with the
  // `(null)*(null)` junk libsandbox prints when its colour strings are unset).
  const log = (summaryHead: string) => [
    ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
    "Install the project...",
    '-- Install configuration: "Gentoo"',
    "CMake Error at cmake_install.cmake:36 (FILE):",
    "  file INSTALL cannot copy file",
    '  "/var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0_build/bar.pc" to',
    '  "/usr/lib64/pkgconfig/bar.pc".',
    "make: *** [install] Error 1",
    ...dieBanner("install", "emake failed"),
    `${summaryHead}--------------------------- ACCESS VIOLATION SUMMARY ---------------------------`,
    `${summaryHead}LOG FILE: "/var/log/sandbox/sandbox-14624.log"`,
    "F: open_wr",
    "S: deny",
    "P: /usr/lib64/pkgconfig/bar.pc",
    "C: /usr/bin/cmake -P cmake_install.cmake",
  ];

  test.each([" * ", " (null)*(null) "])("summary after %j is the primary (kind sandbox)", (head) => {
    const result = analyze(log(head));
    expect(result.kind).toBe("sandbox");
    expect(result.primary?.line).toBe(11);
  });

  test("without a summary the CMake install error stays the primary", () => {
    const result = analyze(log(" * ").slice(0, 10));
    expect(result.kind).toBe("install");
    expect(result.primary?.line).toBe(4);
  });

  test("a compile error before the summary still wins (corpus case 6's convention)", () => {
    const result = analyze([...COMPILE, ...log(" * ").slice(10)]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });
});

describe("6. a call stack without banner names the test phase", () => {
  // Written from isolated-functions.sh's __dump_trace layout and the eclasses' function names.
  test.each([
    [
      "ebuild.sh, line  136:  Called src_test",
      "environment, line 3374:  Called virtx 'nonfatal' 'emake' 'check'",
    ],
    [
      "environment, line 3374:  Called multilib-minimal_src_test",
      "environment, line 1234:  Called multilib_src_test",
    ],
    ["environment, line 1234:  Called virtx 'epytest'", "environment, line 1240:  Called epytest"],
  ])("%s -> kind test, phase test", (outer, inner) => {
    const result = analyze([
      " * Call stack:",
      ` *     ${outer}`,
      ` *   ${inner}`,
      " *   environment, line 4567:  Called die",
      " * The specific snippet of code:",
      " *       emake check || die",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("test");
    expect(result.phase).toBe("test");
    expect(result.primary?.line).toBe(4);
  });

  test("a stack naming src_compile stays compile", () => {
    const result = analyze([
      " *     ebuild.sh, line  136:  Called src_compile",
      " *   environment, line 4567:  Called die",
    ]);
    expect(result.phase).toBe("compile");
  });
});

describe("7. a die without message in pkg_postinst / pkg_preinst", () => {
  // Written from Portage's banner and __dump_trace layout; gnome2_schemas_update is gnome2-utils.eclass's.
  // Round 7 called its kind install; every labelled log of the shape says unknown (session 11, result.ts).
  test.each(["postinst", "preinst"])("%s: the most specific frame, kind unknown", (phase) => {
    const result = analyze([
      ">>> Installing (1 of 1) dev-foo/bar-1.0::gentoo",
      ` * ERROR: dev-foo/bar-1.0::gentoo failed (${phase} phase):`,
      " *   (no error message)",
      " * ",
      " * Call stack:",
      ` *     ebuild.sh, line  136:  Called pkg_${phase}`,
      " *   environment, line 3374:  Called gnome2_schemas_update",
      " *   environment, line 1234:  Called die",
    ]);
    expect(result.kind).toBe("unknown");
    expect(result.primary?.line).toBe(7);
  });
});

describe("8. msgfmt, Bazel, Ruby and OCaml compile errors", () => {
  test("msgfmt's file:line:column error (real row 160, fontforge #739)", () => {
    const result = analyzeLogText(
      corpusText("real/compile-msgfmt-syntax-error-column-fontforge/snippet.log"),
    );
    expect(result.primary?.text).toBe("zh_TW.po:30999:12: syntax error");
    expect(result.kind).toBe("compile");
  });

  test("msgfmt's warnings are no error; its error under a banner is the primary", () => {
    // Written from gettext's wording (`duplicate message definition...`, the `warning:` form).
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
      "de.po:7: warning: header field 'Language' still has the initial default value",
      "de.po:123: duplicate message definition...",
      "de.po:45: ...this is the location of the first definition",
      "msgfmt: found 1 fatal error",
      "make[1]: *** [Makefile:200: de.gmo] Error 1",
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("OCaml's Error: line, not the warning header before it (real row 161, mlsub #1)", () => {
    const result = analyzeLogText(
      corpusText("real/compile-ocaml-unbound-module-after-warning-mlsub/snippet.log"),
    );
    expect(result.primary?.line).toBe(10);
    expect(result.primary?.ruleId).toBe("ocaml-error");
  });

  test.each([
    "Error (warning 32 [unused-value-declaration]): unused value x.",
    "Error: This expression has type int but an expression was expected of type string",
  ])("OCaml's %s under a banner (written from the compiler's wording)", (error) => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-ml/foo-1.0/work/foo-1.0 ...",
      'File "src/foo.ml", line 3, characters 4-5:',
      "3 | let x = 1",
      "        ^",
      error,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.primary?.ruleId).toBe("ocaml-error");
  });

  test("mkmf's extconf.rb failure (real row 162, rbtrace #30)", () => {
    const result = analyzeLogText(corpusText("real/configure-ruby-extconf-failed-gem-rbtrace/snippet.log"));
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("configure");
  });

  test("Bazel's BUILD-file error is a compile failure (real row 163, tensorflow #452)", () => {
    const result = analyzeLogText(corpusText("real/compile-bazel-no-such-package-tensorflow/snippet.log"));
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("Bazel's failed action under an ebazel die (written from Bazel's wording)", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/sci-libs/foo-1.0/work/foo-1.0 ...",
      "ERROR: /var/tmp/portage/sci-libs/foo-1.0/work/foo-1.0/core/BUILD:1234:8: Compiling core/foo.cc failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc",
      "FAILED: Build did NOT complete successfully",
      ...dieBanner("compile", "ebazel failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("bazel-error");
  });

  test("rake's reason under `rake aborted!` (real row 164, passenger #184)", () => {
    const result = analyzeLogText(
      corpusText("real/compile-rake-aborted-extconf-status-127-passenger/snippet.log"),
    );
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(3);
  });
});
