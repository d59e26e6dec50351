// What sits around a die banner and decides the headline (issue 10): the eerror
// paragraph right above it, the die snippet's command, econf's own die messages,
// the resolver's blocker sentence, and shell complaints a script went on after.
// Each case goes through both paths: text (LineSplitter + pushLine) and bytes
// (StreamingLog's byte gate), since elog lines pass the gate by how they start.
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { headlineFor } from "./result";
import { StreamingLog } from "./streaming-log";
import type { LogAnalysis } from "./types";

// Build output first: the prefix stage replays its first 40 lines without the byte
// gate, so only lines after them show whether the gate lets the context through.
const FILLER = Array.from(
  { length: 45 },
  (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -c src/f${i}.c -o src/f${i}.o`,
);

function bothPaths(lines: string[]): LogAnalysis {
  const result = analyzeLogText(lines.join("\n"));
  const text = `${[...FILLER, ...lines].join("\n")}\n`;
  const streaming = new StreamingLog();
  streaming.push(new TextEncoder().encode(text));
  const fromBytes = streaming.finish();
  expect(fromBytes).toEqual(analyzeLogText(text));
  expect(fromBytes.primary?.line).toBe(result.primary ? result.primary.line + FILLER.length : undefined);
  expect([fromBytes.status, fromBytes.kind, fromBytes.title]).toEqual([
    result.status,
    result.kind,
    result.title,
  ]);
  return result;
}

const banner = (phase: string) => ` * ERROR: dev-libs/foo-1.0::gentoo failed (${phase} phase):`;

describe("the eerror paragraph right above the banner", () => {
  test("its first line that reads as a failure beats the die message", () => {
    const result = bothPaths([
      ">>> Preparing source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
      " * Unable to locate CMakeLists.txt under:",
      ' * "/var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0/CMakeLists.txt"',
      " * Consider not inheriting the cmake eclass.",
      banner("prepare"),
      " *   FATAL: Unable to find CMakeLists.txt",
    ]);
    expect(result.primary).toEqual({
      line: 2,
      text: " * Unable to locate CMakeLists.txt under:",
      ruleId: "portage-eerror",
    });
    expect(result.kind).toBe("unknown");
  });

  test("a header line repeated under it is framing: the paragraph no longer ends at the banner", () => {
    // The byte gate lets a header line of a known key go without reading it (GATE_HEADER):
    // it must still end the paragraph, as the header line it is, not join it as an elog line.
    const lines = [
      " * Package:    dev-libs/foo-1.0:0",
      ">>> Preparing source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
      " * Unable to locate CMakeLists.txt under:",
      " * Package:    dev-libs/foo-1.0:0",
      banner("prepare"),
      " *   FATAL: Unable to find CMakeLists.txt",
    ];
    expect(bothPaths(lines).primary?.line).toBe(6);
    expect(bothPaths(lines.filter((_, i) => i !== 3)).primary?.line).toBe(3);
  });

  test("context lines above the failure line are skipped; a die without message too", () => {
    const result = bothPaths([
      " * Library 'foo' ships with the compiler 'gcc-14' already.",
      " * The ebuild must list it in FOO_BUNDLED, or it installs twice.",
      banner("install"),
      " *   (no error message)",
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });

  test("a wrapped sentence is joined for the title", () => {
    const result = bothPaths([
      " * foo-1.0 requires a working Objective-C runtime and a compiler with",
      " * Objective-C support. Your current settings lack these requirements",
      banner("setup"),
      " *   Could not find Objective-C runtime",
    ]);
    expect(result.title).toBe(
      "dev-libs/foo-1.0 - foo-1.0 requires a working Objective-C runtime and a compiler with Objective-C support.",
    );
  });

  test.each([
    [
      "a paragraph that ends before the line above the banner",
      [" * Unable to find foo", "make: Nothing to be done"],
    ],
    [
      "an einfo paragraph with no failure in it",
      [" * Applying foo-1.0-gcc14.patch ...", " * Running eautoreconf"],
    ],
    ["emerge's own notices", [" * IMPORTANT: config file '/etc/portage/make.conf' needs updating."]],
    [
      "a QA notice's list",
      [" * QA Notice: command not found:", " * ", " * \tenvironment: line 9: foo: command not found"],
    ],
  ])("not for %s", (_name, above) => {
    const result = bothPaths([...above, banner("compile"), " *   emake failed"]);
    expect(result.primary?.ruleId).toBe(above[0].includes("QA Notice") ? "qa-notice" : "portage-die-message");
  });

  test("not in the depend phase: the lines above are emerge's, not the ebuild's", () => {
    const result = bothPaths([
      " * Unable to read the news items, the ebuild repository is not set up",
      banner("depend"),
      " *   foo.eclass could not be found by inherit()",
    ]);
    expect(result.primary?.ruleId).toBe("portage-die-message");
  });

  test("a root-cause error of a tool still wins over the paragraph", () => {
    const result = bothPaths([
      "foo.c:3:10: fatal error: bar.h: No such file or directory",
      " * Build failed: missing header",
      banner("compile"),
      " *   emake failed",
    ]);
    expect(result.primary?.line).toBe(1);
  });
});

describe("the die snippet's command decides a tie", () => {
  const before = [
    ">>> Preparing source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
    "/var/tmp/portage/dev-libs/foo-1.0/temp/environment: line 12: cmake/Host.cmake: No such file or directory",
    "sed: can't read cmake/Flags.cmake: No such file or directory",
    banner("prepare"),
    " *   (no error message)",
    " * Call stack:",
    " *     ebuild.sh, line  136:  Called src_prepare",
    " *   environment, line 13:  Called die",
    " * The specific snippet of code:",
  ];

  test("sed's own message, not the unchecked redirect above it", () => {
    const result = bothPaths([...before, " *       sed -i -e 's:-O2::' cmake/Flags.cmake || die;"]);
    expect(result.primary?.line).toBe(3);
  });

  test("wrappers and assignments before the command are skipped", () => {
    const result = bothPaths([...before, " *       LC_ALL=C nonfatal /bin/sed -i -e 's:x::' f || die"]);
    expect(result.primary?.line).toBe(3);
  });

  test("another command in the snippet: the earliest error stays", () => {
    const result = bothPaths([...before, " *       cmake_src_prepare"]);
    expect(result.primary?.line).toBe(2);
  });
});

describe("econf's own die messages", () => {
  test.each(["no configure script found", "econf failed"])(
    "'%s' in pkg_setup is kind configure",
    (message) => {
      const result = bothPaths([
        " * QA Notice: econf called in pkg_setup instead of src_configure",
        banner("setup"),
        ` *   ${message}`,
      ]);
      expect(result.primary?.line).toBe(1);
      expect(result.kind).toBe("configure");
      expect(result.phase).toBe("setup");
    },
  );

  test("another die after a QA notice stays qa", () => {
    const result = bothPaths([
      " * QA Notice: Package triggers severe warnings which indicate that it",
      banner("compile"),
      " *   Aborting due to QA concerns",
    ]);
    expect(result.kind).toBe("qa");
  });
});

describe("the resolver's blocker sentence", () => {
  const rows = (...blockers: string[]) => [
    "Calculating dependencies... done!",
    "[ebuild  N     ] dev-libs/foo-1.0",
    ...blockers,
    "",
    " * Error: The above package list contains packages which cannot be",
    " * installed at the same time on the same system.",
  ];

  test("is the primary; the first row names the packages in the title", () => {
    const result = bothPaths(
      rows(
        '[blocks B      ] dev-libs/foo ("dev-libs/foo" is blocking dev-libs/bar-2.1.3)',
        '[blocks B      ] dev-libs/bar ("dev-libs/bar" is blocking dev-libs/foo-1.0)',
      ),
    );
    expect(result.primary).toMatchObject({ line: 6, ruleId: "dependency-blocker-summary" });
    expect(result.kind).toBe("dependency");
    expect(result.title).toBe('dev-libs/foo-1.0 - blocker: "dev-libs/foo" is blocking dev-libs/bar-2.1.3');
  });

  test("a row alone (an excerpt cut before the sentence) still fails the build", () => {
    const result = bothPaths(['[blocks B      ] dev-libs/foo ("dev-libs/foo" is blocking dev-libs/bar-2.1)']);
    expect(result).toMatchObject({ status: "failed", kind: "dependency", primary: { line: 1 } });
  });

  test("one blocked package, one coarse group, whatever the versions and soft/hard", () => {
    const coarse = (row: string, atom: string) =>
      headlineFor({
        atom,
        phase: "depend",
        kind: "dependency",
        primaryText: " * Error: The above package list contains packages which cannot be",
        continuation: [row],
      }).signature.coarseText;
    const a = coarse(
      '[blocks B      ] dev-libs/x ("dev-libs/x" is soft blocking dev-libs/y-1.2.3)',
      "dev-libs/z-1",
    );
    const b = coarse(
      '[blocks B      ] dev-libs/x ("dev-libs/x" is blocking dev-libs/y-20220122-r1)',
      "dev-libs/w-2",
    );
    const c = coarse(
      '[blocks B      ] dev-libs/x ("dev-libs/x" is blocking dev-libs/q-1.2.3)',
      "dev-libs/w-2",
    );
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe("a slot conflict", () => {
  test("the title names the slot printed after the first line", () => {
    const result = bothPaths([
      "!!! Multiple package instances within a single package slot have been pulled",
      "!!! into the dependency graph, resulting in a slot conflict:",
      "",
      "dev-libs/openssl:0",
      "",
      "  (dev-libs/openssl-3.3.2:0/3::gentoo, ebuild scheduled for merge) pulled in by",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.title).toBe("dev-libs/openssl-3.3.2 - slot conflict: dev-libs/openssl (slot 0)");
    expect(result.signature.coarseText).toBe("depend | slot conflict: dev-libs/openssl (slot <n>)");
  });
});

describe("shell complaints a script went on after", () => {
  const configure = (...after: string[]) => [
    ">>> Configuring source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
    "checking for res_query in -lresolv... yes",
    "./configure: line 5027: --libs: command not found",
    "checking whether to build docs... no",
    ...after,
  ];

  test("configure reached config.status: no failure", () => {
    const result = bothPaths(configure("configure: creating ./config.status"));
    expect(result.status).toBe("succeeded");
  });

  // Round 34: the next `checking …` line also shows the script went on (configure-complaint.ts); an excerpt that
  // ends on the complaint, or goes on to something else, keeps it.
  test("without config.status, the next check still drops the complaint", () => {
    expect(bothPaths(configure()).status).toBe("succeeded");
  });

  test("without config.status or a check after it, make's stop keeps the complaint the error", () => {
    // Round 36 (brief rules36, shape 4): an excerpt that ends on a `not found` complaint is no failure.
    expect(bothPaths(configure().slice(0, 3)).status).toBe("succeeded");
    expect(
      bothPaths([...configure().slice(0, 3), "make: *** [Makefile:12: all] Error 1"]).primary?.line,
    ).toBe(3);
  });

  test("a complaint after config.status was created still counts", () => {
    const result = bothPaths(
      configure("configure: creating ./config.status", "./config.status: 1134: shift: can't shift that many"),
    );
    expect(result.primary?.line).toBe(6);
  });

  test("a ' * ' line listing 'command not found' is Portage's QA list, not an error", () => {
    const result = bothPaths([
      " * QA Notice: command not found:",
      " * ",
      " *\t/var/tmp/portage/dev-libs/foo-1.0/temp/environment: line 29: perl_x: command not found",
    ]);
    expect(result.status).toBe("succeeded");
    expect(result.qaNotices).toHaveLength(1);
  });

  test("an indented 'configure: error:' (a pasted log) is autoconf's verdict", () => {
    const result = bothPaths([
      "  configure: error: Requires Python Virtkey Library",
      banner("configure"),
      " *   econf failed",
    ]);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "configure-error" });
  });
});
