import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { stripDecoration } from "./decoration";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 14 (issue 10, helper rules14): short excerpts pasted with decoration that is not constant
// (it changes between lines, is stacked, or only some lines carry it), read again line by line by the
// decorated-excerpt fallback (decoration.ts, analyzer.ts readUndecorated). Logs are written from the
// tools' own wording.
const analyze = analyzeLines;

/** A link failure excerpt: the make and Portage lines around collect2's verdict. */
const LINK_FAILURE = [
  "x86_64-pc-linux-gnu-gcc -o foo main.o util.o -lbar",
  "collect2: error: ld returned 1 exit status",
  "make: *** [Makefile:42: foo] Error 1",
];

/** Each decoration alone, as the line number (1-based) would give it. */
const DECORATIONS: Record<string, (line: number) => string> = {
  "mail quote": () => "> ",
  "compact mail quote": () => ">> ",
  "stacked mail quote": () => "> > >   ",
  "shell comment": () => "#\t",
  "list bullet": () => "- ",
  "pastebin number": (n) => `${String(n).padStart(4)}. `,
  "zero-padded number": (n) => `${String(179 + n).padStart(6, "0")} `,
  clock: (n) => `[12:34:${String(50 + n).padStart(2, "0")}] `,
  "date and time": (n) => `2024-02-17 02:20:${String(30 + n).padStart(2, "0")} `,
  mach: (n) => `81:15.${String(n).padStart(2, "0")} `,
  "job prefix": () => "foo-1.2.3-r1: ",
  "container step": (n) => `#12 3.4${n} `,
  "table border": () => "| ",
};

describe("the decorated-excerpt fallback: each decoration alone", () => {
  for (const [name, decorate] of Object.entries(DECORATIONS)) {
    test(`${name}: collect2's verdict is primary, kind link`, () => {
      const result = analyze(LINK_FAILURE.map((line, i) => `${decorate(i + 1)}${line}`));
      expect(result.status).toBe("failed");
      expect(result.kind).toBe("link");
      expect(result.primary?.line).toBe(2);
      expect(result.primary?.text).toBe("collect2: error: ld returned 1 exit status");
    });
  }

  test("on some lines only (a reply quoting part of the paste), with blank lines between", () => {
    const result = analyze([
      "compiling foo",
      "",
      `> ${LINK_FAILURE[0]}`,
      `> ${LINK_FAILURE[1]}`,
      LINK_FAILURE[2],
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(4);
  });
});

describe("stacked decorations", () => {
  test("numbered + mach clock: `1. 81:15.03 collect2: …` (beats Called die)", () => {
    const lines = [
      ...LINK_FAILURE,
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile", "emake"),
    ].map((line, i) => `${String(i + 1).padStart(3)}. 81:15.${String(i).padStart(2, "0")} ${line}`);
    const result = analyze(lines);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("link");
    expect(result.primary?.line).toBe(2);
  });

  test("quote, number and clock, with table borders and padding", () => {
    const lines = LINK_FAILURE.map((line, i) => `| > ${i + 1}. [12:00:0${i}] ${line}      | |`);
    const result = analyze(lines);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toBe("collect2: error: ld returned 1 exit status");
  });

  test("the elog star keeps its blank: `> * ERROR:` is the die banner", () => {
    const lines = [...dieBanner("compile", "emake failed"), ...callStack("compile", "emake")].map(
      (line, i) => (i % 2 === 0 ? `>${line.trimStart()}` : `[12:00:0${i}] ${line}`),
    );
    const result = analyze(lines);
    expect(result.status).toBe("failed");
    expect(result.die?.atom).toBe("dev-foo/bar-1.0");
  });
});

describe("the fallback leaves alone", () => {
  test("a decorated success excerpt", () => {
    const result = analyze(
      [
        ">>> Completed installing foo-1.0 into /var/tmp/portage/dev-foo/foo-1.0/image",
        ">>> dev-foo/foo-1.0 merged.",
      ].map((line, i) => `${i + 1}. ${line}`),
    );
    expect(result.status).toBe("succeeded");
  });

  test("a decorated excerpt that fails but ends with emerge's Jobs: 2 of 2 complete", () => {
    const result = analyze([
      "1. collect2: error: ld returned 1 exit status",
      "[12:00:02] Jobs: 2 of 2 complete",
    ]);
    expect(result.status).toBe("succeeded");
  });

  test("decorated warnings and configure checks", () => {
    const result = analyze(
      [
        "checking for gcc... gcc",
        "checking whether the C compiler works... yes",
        "foo.c:12:5: warning: unused variable 'x' [-Wunused-variable]",
        "configure: WARNING: unrecognized options: --disable-static",
      ].map((line, i) => `[12:00:0${i}] # ${line}`),
    );
    expect(result.status).toBe("succeeded");
    expect(result.kind).toBe("none");
  });

  test("a long log: no fallback (the prefix stage no longer holds its lines)", () => {
    // The clock on even lines only: no prefix the grammar can take (line-prefix-grammar.ts). Longer than
    // WHOLE_LOG_LINES (line-prefix.ts; round 15 raised the fallback's reach from 40 lines to 300).
    const filler = Array.from(
      { length: 320 },
      (_, i) => `${i % 2 ? "" : "[12:00:00] "}checking for feature ${i}... yes`,
    );
    const result = analyze([...filler, `[12:00:00] ${LINK_FAILURE[1]}`, "done"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("streaming agrees with analyzeLogText", () => {
  const texts = [
    LINK_FAILURE.map((line, i) => `${i + 1}. 81:15.0${i} ${line}`).join("\n"),
    [">   2018-10-26 17:10:59 ERROR 404: Not Found.", '> > >  bzr: ERROR: Not a branch: "/x/".'].join("\n"),
  ];
  for (const [i, text] of texts.entries()) {
    test(`text ${i + 1}`, () => {
      const log = new StreamingLog();
      log.push(Buffer.from(`${text}\n`));
      const streamed = log.finish();
      const whole = analyzeLogText(`${text}\n`);
      expect(streamed).toEqual(whole);
    });
  }
});

describe("stripDecoration", () => {
  test("keeps wget's own date, Portage's >>> and eerror's star", () => {
    expect(stripDecoration("2018-10-26 17:10:59 ERROR 404: Not Found.").text).toBe(
      "2018-10-26 17:10:59 ERROR 404: Not Found.",
    );
    expect(stripDecoration("> >>> Emerging (1 of 1) dev-foo/bar-1.0").text).toBe(
      ">>> Emerging (1 of 1) dev-foo/bar-1.0",
    );
    expect(stripDecoration(" * ERROR: x").text).toBe(" * ERROR: x");
    expect(stripDecoration("-  * ERROR: x").text).toBe(" * ERROR: x");
    expect(stripDecoration("cd foo || die |").text).toBe("cd foo || die");
    // rendered markdown's `- ` for eerror's ` * `: the elog head gets its star back, the message its blanks
    expect(stripDecoration("[12:00:02] - ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):").text).toBe(
      " * ERROR: dev-foo/bar-1.0::gentoo failed (compile phase):",
    );
    expect(stripDecoration("3. -   emake failed").text).toBe(" *   emake failed");
    expect(stripDecoration("- some list item").text).toBe("some list item");
  });
});

describe("the classes left after the fallback (issue 10, round 14)", () => {
  test("wget's 404 of several mirrors, cut before !!! Couldn't download, interleaved and padded", () => {
    const result = analyze([
      "--2018-10-26 17:10:59--  http://distfiles.gentoo.org/distfiles/foo-1.0.tar.gz   ",
      ">>> Emerging (2 of 3) dev-foo/baz-2.0::gentoo",
      "HTTP request sent, awaiting response... 404 Not Found   ",
      "2018-10-26 17:10:59 ERROR 404: Not Found.   ",
      ">>> Downloading 'https://example.org/foo-1.0.tar.gz'",
      "2018-10-26 17:11:00 ERROR 404: Not Found.      ",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(4);
  });

  test("wget's 404 under a gist's table borders", () => {
    const result = analyze([
      "| --2018-10-26 17:10:59--  http://distfiles.gentoo.org/distfiles/foo-1.0.tar.gz | |",
      "| 2018-10-26 17:10:59 ERROR 404: Not Found. | |",
      "| 2018-10-26 17:11:00 ERROR 404: Not Found. | |",
    ]);
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(2);
  });

  test("curl's (22) under a job prefix", () => {
    const result = analyze([
      "foo-1.2.3-r1: >>> Downloading 'https://example.org/foo-1.2.3.tar.gz'",
      "foo-1.2.3-r1: curl: (22) The requested URL returned error: 404",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(2);
  });

  test(">>> SERVER OUT OF DATE padded with blanks: fetch, infra network", () => {
    const result = analyze([
      ">>> Starting rsync with rsync://1.2.3.4/gentoo-portage...   ",
      ">>> Checking server timestamp ...   ",
      ">>>   ",
      ">>> SERVER OUT OF DATE: rsync://1.2.3.4/gentoo-portage     ",
      ">>>     ",
    ]);
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(4);
    expect(result.infra?.reason).toBe("network");
  });

  test("!!! All ebuilds … have been masked as the first line: dependency", () => {
    const result = analyze([
      '!!! All ebuilds that could satisfy "dev-foo/bar" have been masked.',
      "!!! One of the following masked packages is required to complete your request:",
      "- dev-foo/bar-1.0::gentoo (masked by: ~amd64 keyword)",
    ]);
    expect(result.kind).toBe("dependency");
    expect(result.primary?.line).toBe(1);
  });

  test("repos.conf's nonexistent location under a quote only some lines carry: unknown", () => {
    const result = analyze([
      "> !!! Section 'gentoo' in repos.conf has location attribute set to nonexistent directory: '/usr/portage'",
      "!!! Invalid Repository Location (not a dir): '/usr/portage'",
      "> ",
      "and then emerge stops",
    ]);
    expect(result.status).toBe("failed");
    expect(result.kind).toBe("unknown");
    expect(result.primary?.line).toBe(1);
  });

  test("bzr: ERROR: Not a branch under `> > >   `, over the eclass's die: fetch", () => {
    const result = analyze(
      [
        'bzr: ERROR: Not a branch: "/var/tmp/portage/distfiles/bzr-src/foo/".',
        ...dieBanner("unpack", "bzr checkout failed"),
      ].map((line) => `> > >   ${line}`),
    );
    expect(result.kind).toBe("fetch");
    expect(result.primary?.line).toBe(1);
  });

  test("cabal's setup: At least the following dependencies are missing: configure", () => {
    const result = analyze([
      "Configuring foo-1.0...",
      "setup: At least the following dependencies are missing:",
      "base >=4.9 && <4.12",
    ]);
    expect(result.kind).toBe("configure");
    expect(result.primary?.line).toBe(2);
  });

  test("dune's (got signal SEGV) before a die banner glued to other text: test", () => {
    const result = analyze([
      'File "tests/dune", line 3, characters 0-50:',
      "alias tests/runtest (got signal SEGV)",
      "make: *** [Makefile:5: test] Error 1 * ERROR: dev-ml/foo-1.0::gentoo failed (test phase):",
      " *   dune test failed",
    ]);
    expect(result.kind).toBe("test");
    expect(result.primary?.line).toBe(2);
  });

  test("a Portage tool's traceback glued after an ebegin's `...`: its exception is primary", () => {
    const result = analyze([
      " * Building package for dev-foo/bar-1.0 ...Traceback (most recent call last):",
      '  File "/usr/bin/quickpkg", line 20, in <module>',
      "    main()",
      '  File "/usr/lib/python3.11/site-packages/portage/dep/__init__.py", line 1400, in __init__',
      "    raise InvalidAtom(self)",
      "portage.exception.InvalidAtom: =dev-foo/bar",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(6);
    expect(result.primary?.text).toBe("portage.exception.InvalidAtom: =dev-foo/bar");
  });
});
