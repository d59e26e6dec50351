import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 29a (helper r29a): shapes a reviewer named in words, both ways. Real rows 600-604 hold the ones found in
// public threads (Haddock, haskell-gi twice, GHCJS's panic, doins.py's traceback); shapes 5 to 8 are written from
// Portage's and the tools' formats, no public log of them found that was not a held-out case's.
const analyze = analyzeLines;

describe("1. Haddock's internal error is the documentation build failing", () => {
  test("the one line, indented as pasted: the primary, kind compile", () => {
    const result = analyze(["   haddock: internal error: extractDecl"]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "haddock-internal-error" });
    expect(result.kind).toBe("compile");
  });

  test("the older wording, and under haskell-cabal's compile banner over the die message", () => {
    expect(analyze(["haddock: internal Haddock or GHC error: renameDecl"]).kind).toBe("compile");
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-haskell/foo-1.0/work/foo-1.0 ...",
      "Running Haddock for foo-1.0...",
      "haddock: internal error: internal: extractDecl (ClsInstD)",
      ...dieBanner("compile", "setup haddock --hyperlink-source failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("near miss: another tool's internal error is not Haddock's", () => {
    const result = analyze(["hsc2hs: internal error: unexpected input"]);
    expect(result.primary?.ruleId).not.toBe("haddock-internal-error");
    // Round 49a: hsc2hs is a build step's tool (the last resort's last-resort-build-tool): compile, no ICE.
    expect(result.primary?.ruleId).toBe("last-resort-build-tool");
    expect(result.kind).toBe("compile");
  });
});

describe("2. haskell-gi's Setup missing a GI repository is a configure failure", () => {
  const missing =
    'Did not find a GI repository for Gtk-3.0.gir in ["/usr/local/share/gir-1.0","/usr/share/gir-1.0"].';

  test("the one line alone: failed, kind configure, the line the primary", () => {
    const result = analyze([missing]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 1, ruleId: "gi-repository-missing" });
    expect(result.kind).toBe("configure");
  });

  test("Setup's and stack's heads before it, and a compile banner (Setup configure run from src_compile)", () => {
    expect(analyze([`Setup: ${missing}`]).kind).toBe("configure");
    expect(analyze([`gi-gtk> ${missing}`, "gi-gtk> CallStack (from HasCallStack):"]).primary?.line).toBe(1);
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-haskell/gi-gtk-3.0.41/work/gi-gtk-3.0.41 ...",
      missing,
      ...dieBanner("compile", "setup build failed"),
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });

  test("near miss: haskell-gi's verbose loading line is no failure", () => {
    const result = analyze(["Loading GI repository: /usr/share/gir-1.0/Gtk-3.0.gir"]);
    expect(result.status).toBe("succeeded");
  });
});

describe("3. GHC's panic under `<no location info>: error:` is the compiler's crash", () => {
  test("the indented panic on the next line is the primary, kind ice", () => {
    const result = analyze([
      "<no location info>: error:",
      "    ghc: panic! (the 'impossible' happened)",
      "  (GHC version 8.0.2 for x86_64-unknown-linux):",
      "\tSimplifier ticks exhausted",
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "ghc-panic" });
    expect(result.kind).toBe("ice");
  });

  test("near miss: `<no location info>: error:` over an ordinary message stays as it was", () => {
    const result = analyze([
      "<no location info>: error:",
      "    Simplifier ticks exhausted",
      "  When trying UnfoldingDone $fFillParams[]record_$cfill",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("unknown");
  });
});

describe("4. doins.py's traceback is the install step's", () => {
  const frames = [
    "Traceback (most recent call last):",
    '  File "/usr/lib/portage/python3.6/doins.py", line 611, in <module>',
    "    sys.exit(main(sys.argv[1:]))",
    '  File "/usr/lib/portage/python3.6/doins.py", line 195, in run',
    "    sstat = os.stat(source)",
  ];

  test("the traceback without banner or section: kind install", () => {
    const result = analyze([...frames, "FileNotFoundError: [Errno 2] No such file or directory: b'README'"]);
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("install");
  });

  test("one line naming the helper (the helper speaking, or an OSError's line naming it): kind install", () => {
    for (const line of [
      "dodoc: FileNotFoundError: [Errno 2] No such file or directory: b'samples/config'",
      "FileNotFoundError: [Errno 2] No such file or directory: 'samples/config' (from dodoc)",
      frames.concat("FileNotFoundError: [Errno 2] No such file or directory: b'README'").join(" "),
    ]) {
      expect(analyze([line]).kind).toBe("install");
    }
  });

  test("near miss: a build script's own FileNotFoundError stays the phase-less compile guess", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "setup.py", line 10, in <module>',
      "    long_description = open('README.md').read()",
      "FileNotFoundError: [Errno 2] No such file or directory: 'README.md'",
    ]);
    expect(result.kind).toBe("compile");
  });
});

describe("5. an install helper's missing file behind eqawarn's star", () => {
  test("EAPI 5's QA notice and its ` *      dodoc: … does not exist`: failed, install, that line", () => {
    const result = analyze([
      " * QA Notice: dodoc argument does not exist",
      " *      dodoc: README.md does not exist",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 2, ruleId: "install-helper-missing-file" });
    expect(result.kind).toBe("install");
  });

  test("bare, or doins's: kind install", () => {
    expect(analyze(["doins: files/foo.conf does not exist"]).kind).toBe("install");
    expect(analyze(["dodoc: README does not exist"]).primary?.ruleId).toBe("install-helper-missing-file");
  });

  test("near miss: the build went on (EAPI < 4 helpers do not die) and merged; other words are no helper", () => {
    const merged = analyze([
      " * QA Notice: dodoc argument does not exist",
      " *      dodoc: README.md does not exist",
      ">>> Completed installing foo-1.0 into /var/tmp/portage/app-misc/foo-1.0/image/",
    ]);
    expect(merged.status).toBe("succeeded");
    expect(analyze(["done: foo does not exist"]).primary?.ruleId).not.toBe("install-helper-missing-file");
  });
});

describe("6. the Manifest check glued to the resolver's spinner", () => {
  const ebuildFailed = [
    "Calculating dependencies -!!! Digest verification failed:",
    "!!! /usr/portage/dev-haskell/parallel/parallel-3.2.1.1.ebuild",
    "!!! Reason: Filesize does not match recorded size",
    "!!! Got: 1234",
    "!!! Expected: 1200",
  ];

  test("the glued line carries the verdict: the primary, kind unknown (a repository file, not a download)", () => {
    const result = analyze(ebuildFailed);
    expect(result.primary).toMatchObject({ line: 1, ruleId: "manifest-digest-failed" });
    expect(result.kind).toBe("unknown");
    // after the spinner's `done!` too
    const done = analyze([
      `Calculating dependencies... done!${ebuildFailed[0].slice(26)}`,
      ...ebuildFailed.slice(1),
    ]);
    expect(done.primary?.line).toBe(1);
  });

  test("near miss: a distfile's digest failing stays fetch", () => {
    const result = analyze([
      ebuildFailed[0],
      "!!! /var/cache/distfiles/parallel-3.2.1.1.tar.gz",
      ...ebuildFailed.slice(2),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("fetch");
  });
});

describe("7. an IRC log's nick before every line", () => {
  const chat = (head: (nick: string) => string) => [
    `${head("Oxy")}hey, emerge fails`,
    `${head("Oxy")}make[1]: *** [src/foo.o] Killed`,
    `${head("Oxy")}make: *** [all] Error 2`,
    `${head("helper")}looks like you ran out of memory`,
  ];

  test("irssi's `< nick> `, `<nick> ` and a clock before it: make's Killed job is the primary, kind oom", () => {
    for (const head of [
      (nick: string) => `< ${nick}> `,
      (nick: string) => `<${nick}> `,
      (nick: string) => `[12:34] <${nick}> `,
      (nick: string) => `12:34:56 <@${nick}> `,
    ]) {
      const result = analyze(chat(head));
      expect(result.primary?.line).toBe(2);
      expect(result.kind).toBe("oom");
      expect(result.infra?.reason).toBe("oom");
    }
  });

  test("near miss: a compiler's `<command-line>: error:` is no nick", () => {
    const result = analyze([
      "<command-line>: error: missing terminating ' character",
      "<command-line>: error: expected identifier",
      "<command-line>: error: expected declaration",
      "<command-line>: error: unknown type name",
    ]);
    expect(result.primary?.text).toBe("<command-line>: error: missing terminating ' character");
  });
});

describe("8. old Portage's message-less die: ` * Function foo, Line N, Exitcode N` under the call stack", () => {
  const oldDie = (frame: string) => [
    ">>> Unpacking source...",
    " * Applying foo-1.0-fix.patch ...",
    " * ",
    " * ERROR: app-misc/foo-1.0 failed.",
    " * Call stack:",
    ` * Function ${frame}, Line 51, Exitcode 0`,
    " * (no error message)",
  ];

  test("a helper's function is the most specific frame (LABELLING.md convention 3)", () => {
    const result = analyze(oldDie("epatch"));
    expect(result.primary).toMatchObject({ line: 6, ruleId: "portage-die-call-stack" });
  });

  test("the phase function's own line is die's frame", () => {
    expect(analyze(oldDie("src_unpack")).primary?.line).toBe(6);
  });

  test("near miss: a die with a message keeps its message", () => {
    const result = analyze([
      " * ERROR: app-misc/foo-1.0 failed (compile phase):",
      " *   emake failed",
      " * ",
      " * Call stack:",
      " * Function src_compile, Line 20, Exitcode 2",
    ]);
    expect(result.primary?.text).toBe("emake failed");
  });
});
