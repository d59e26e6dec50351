import { describe, expect, test } from "vitest";
import { WHOLE_LOG_LINES } from "./line-prefix";
import { matchLineRule } from "./rules";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 30a (helper r30a): misses a reviewer named in words, fixed as classes, both ways (real rows 700-705 hold
// the shapes found in public threads; the mach-prefixed shebang and the Manifest line without `!!!` are made up).
const analyze = analyzeLines;

/** A log read the way an upload is: bytes through the gates, no short-excerpt fallback. */
const streamed = (lines: readonly string[]) => {
  const log = new StreamingLog();
  log.push(new TextEncoder().encode(`${lines.join("\n")}\n`));
  return log.finish();
};

/** Enough plain lines that the short-excerpt readings (the last resort) never run: the rules alone decide. */
const longLog = (...lines: string[]) => [
  ...Array.from({ length: WHOLE_LOG_LINES + 10 }, (_, i) => `compiling frob${i}.o`),
  ...lines,
];

const compiling = ">>> Compiling source in /var/tmp/portage/app-misc/frob-1.0/work/frob-1.0 ...";

describe("1. a JS packaging tool's `⨯` error mark", () => {
  const packaging = [
    "  • electron-builder  version=24.13.3 os=6.6.13-gentoo",
    "  • packaging       platform=linux arch=x64 electron=28.2.0 appOutDir=dist/linux-unpacked",
  ];
  const download =
    '  ⨯ Get "https://github.com/electron/electron/releases/download/v28.2.0/electron-v28.2.0-linux-x64.zip": dial tcp: lookup github.com on 127.0.0.1:53: dial udp 127.0.0.1:53: connect: network is unreachable';

  test("a download refused in src_compile, no banner: failed, the `⨯` line, kind compile, no infra", () => {
    const result = analyze([
      compiling,
      ...packaging,
      download,
      "github.com/develar/app-builder/pkg/download.(*Downloader).follow.func1",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 4, ruleId: "js-packager-error" });
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });

  test("its other complaints, under an install banner and in a long log: the step's kind", () => {
    const underInstall = analyze([
      '  ⨯ Application entry file "build/electron.js" in the "/var/tmp/portage/x/app.asar" does not exist.',
      ...dieBanner("install", "yarn dist failed"),
    ]);
    expect(underInstall.primary?.line).toBe(1);
    expect(underInstall.kind).toBe("install");
    const long = streamed(longLog(...packaging, download));
    expect(long.primary?.ruleId).toBe("js-packager-error");
    expect(long.kind).toBe("compile");
  });

  test("near miss: its `•` progress lines, and the mark inside a sentence, are no failure", () => {
    expect(analyze([compiling, ...packaging]).status).toBe("succeeded");
    expect(matchLineRule("the icon shows a ⨯ when the upload failed")).toBeNull();
  });
});

describe("2. a Free Pascal program's unhandled exception", () => {
  const exception = [
    'Info: (lazarus) Execute Title="Compile package LazUtils 2.0.12"',
    "EThread: Failed to create new thread",
    "make: *** [Makefile:1023: cqrlog] Error 217",
  ];

  test("`EThread: …` above make's Error 217 and `emake failed`: the exception, kind compile", () => {
    const result = analyze([
      ...exception,
      ...dieBanner("compile", "emake failed"),
      ...callStack("compile", "emake"),
    ]);
    expect(result.primary).toMatchObject({ line: 2, ruleId: "fpc-unhandled-exception" });
    expect(result.kind).toBe("compile");
  });

  test("any class, with its `$…` frames, in a long log: `EAccessViolation`, `EInOutError`, `EFCreateError`", () => {
    for (const line of [
      "EAccessViolation: Access violation",
      "EInOutError: File not found",
      'EFCreateError: Unable to create file "/usr/share/cqrlog/ctyfiles/cty.dat": Permission denied',
    ]) {
      const result = streamed(
        longLog(
          line,
          "  $0000000000A81E34  SETTOOL,  line 1371 of exttools.pas",
          "make: *** [useride] Error 217",
        ),
      );
      expect(result.primary?.text, line).toBe(line);
      expect(result.kind, line).toBe("compile");
    }
  });

  test("near miss: Python's `EOFError`, a capitals-only code and a version line are no Pascal exception", () => {
    expect(matchLineRule("EOFError: EOF when reading a line")?.id).toBe("python-exception");
    expect(matchLineRule("ENOENT: no such file or directory, open '/x'")?.id).not.toBe(
      "fpc-unhandled-exception",
    );
    expect(matchLineRule("ESLint: 8.57.0")).toBeNull();
    expect(matchLineRule("Error: cannot open display")?.id).not.toBe("fpc-unhandled-exception");
  });
});

describe("3. the shell's `bad interpreter` behind mach's clock and sub-configure tag", () => {
  const path =
    "/var/tmp/portage/www-client/frob-1.0/work/frob-1.0/obj-x86_64-pc-linux-gnu/_virtualenv/bin/pyt";
  const mach = [
    " 0:17.05 js/src> checking for a shell... /bin/sh",
    " 0:17.05 js/src> creating ./config.status",
    ` 0:17.05 js/src> /bin/sh: ./config.status: ${path}: bad interpreter: No such file or directory`,
    " 0:20.23 *** Fix above errors and then restart with\\",
    ' 0:20.23                "/usr/bin/gmake -f client.mk build"',
    " 0:20.23 gmake: *** [client.mk:363: configure] Error 1",
  ];
  const messageless = [
    ...dieBanner("configure", "(no error message)"),
    ...callStack("configure"),
    " * The specific snippet of code:",
    " *       ./mach configure || die",
  ];

  test("a shebang cut by the kernel, above a message-less die: the shell's line, kind configure", () => {
    const result = analyze([...mach, ...messageless]);
    expect(result.primary).toMatchObject({ line: 3, ruleId: "shell-cannot-execute" });
    expect(result.kind).toBe("configure");
  });

  test("a missing interpreter in a long mach log: the shell's line", () => {
    const result = streamed([
      ...Array.from({ length: 60 }, (_, i) => ` 0:0${i % 10}.${10 + i} js/src> checking for frob${i}... yes`),
      " 0:15.00 js/src> /bin/sh: ./config.status: /usr/bin/python3.9: bad interpreter: Permission denied",
      ...messageless,
    ]);
    expect(result.primary?.ruleId).toBe("shell-cannot-execute");
    expect(result.kind).toBe("configure");
  });

  test("near miss: mach's tagged configure lines alone are no failure, and a bare `js/src> ` is no clock", () => {
    expect(analyze(mach.slice(0, 2)).status).toBe("succeeded");
    const untimed = analyze([
      `js/src> /bin/sh: ./config.status: ${path}: bad interpreter: No such file or directory`,
      ...messageless,
    ]);
    expect(untimed.primary?.ruleId).not.toBe("shell-cannot-execute");
  });
});

describe("4. Gradle's project-evaluation header gives way to its `> ` reason", () => {
  const block = (header: string, ...reasons: string[]) => [
    "FAILURE: Build failed with an exception.",
    "",
    "* What went wrong:",
    header,
    ...reasons,
    "",
    "* Try:",
  ];

  test("`> Could not resolve all files for configuration` under `A problem occurred evaluating project`", () => {
    const result = analyze([
      compiling,
      ...block(
        "A problem occurred evaluating project ':Jython'.",
        "> Could not resolve all files for configuration ':Jython:jython'.",
        "   > Could not resolve org.python:jython-standalone:2.7.2.",
      ),
      ...dieBanner("compile", "gradle failed"),
    ]);
    expect(result.primary).toMatchObject({ line: 6, ruleId: "gradle-project-reason" });
    expect(result.primary?.text).toBe("Could not resolve all files for configuration ':Jython:jython'.");
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("compile");
  });

  test("`configuring root project`, no phase told: the reason, phase and kind configure", () => {
    const result = analyze(
      block("A problem occurred configuring root project 'ghidra'.", "> Plugin with id 'eclipse' not found."),
    );
    expect(result.primary?.line).toBe(5);
    expect(result.phase).toBe("configure");
    expect(result.kind).toBe("configure");
  });

  test("near miss: a task's failure, a header without a `> ` line, and a specific header keep the header", () => {
    const task = analyze(
      block(
        "Execution failed for task ':compileJava'.",
        "> Compilation failed; see the compiler error output for details.",
      ),
    );
    expect(task.primary?.line).toBe(4);
    expect(task.kind).toBe("compile");
    const bare = analyze(block("A problem occurred evaluating project ':app'."));
    expect(bare.primary?.line).toBe(4);
    expect(bare.kind).toBe("configure");
    const specific = analyze(
      block("The Android Gradle plugin requires at least Gradle 7.0 to run.", "> Upgrade the wrapper."),
    );
    expect(specific.primary?.line).toBe(4);
    // the line after a header is still read as any other when it gives no reason (a paste cut to the banner)
    const cut = analyze([
      "* What went wrong:",
      "Execution failed for task ':jar'.",
      ...dieBanner("compile", "gradle failed"),
    ]);
    expect(cut.die?.phase).toBe("compile");
  });
});

describe("5. patch's hunk line wins over its summary in every spelling", () => {
  const summary = "1 out of 2 hunks FAILED -- saving rejects to file src/frob.c.rej";

  test.each([
    ["a blank after `#`", "Hunk # 2 FAILED at 1018."],
    ["GNU's", "Hunk #2 FAILED at 1018."],
    ["with different line endings", "Hunk #2 FAILED at 1018 (different line endings)."],
    ["BSD's lowercase", "Hunk #2 failed at 1018."],
  ])("%s: the hunk line, also in a long log", (_name, hunk) => {
    const lines = ["patching file src/frob.c", "Hunk #1 succeeded at 12 (offset 2 lines).", hunk, summary];
    expect(analyze(lines).primary).toMatchObject({ line: 3, ruleId: "patch-hunk-failed" });
    expect(streamed(longLog(...lines)).primary?.text).toBe(hunk);
  });

  test("BSD's summary (`hunks failed--saving rejects`) alone still fails the excerpt, and the question stays below", () => {
    const bsd = analyze([
      "patching file 'src/frob.c'",
      "1 out of 1 hunks failed--saving rejects to 'src/frob.c.rej'",
    ]);
    expect(bsd.primary).toMatchObject({ line: 2, ruleId: "patch-hunks-summary" });
    const reversed = analyze([
      "Reversed (or previously applied) patch detected!  Assume -R? [n] n",
      "Apply anyway? [n] y",
      "Hunk # 1 FAILED at 1.",
      "1 out of 1 hunk FAILED -- saving rejects to file frob.c.rej",
    ]);
    expect(reversed.primary?.line).toBe(3);
  });

  test("near miss: hunks that applied (with fuzz, offset) are no failure", () => {
    const result = analyze([
      "patching file src/frob.c",
      "Hunk # 2 succeeded at 1018 with fuzz 1.",
      "Hunk #3 succeeded at 1100 (offset 4 lines).",
    ]);
    expect(result.status).toBe("succeeded");
  });
});

describe("6. the Manifest's complaint without emerge's `!!!`", () => {
  const notListed =
    "A file is not listed in the Manifest: '/var/db/repos/frob/app-misc/frob/frob-1.0.ebuild'";

  test("two lines, no prefix: failed, that line, kind unknown; also `could not be found` bare", () => {
    const result = analyze([">>> Verifying ebuild manifests", notListed]);
    expect(result.status).toBe("failed");
    expect(result.primary).toMatchObject({ line: 2, ruleId: "manifest-file-missing" });
    expect(result.kind).toBe("unknown");
    const found = analyze([
      "A file listed in the Manifest could not be found: /var/db/repos/frob/app-misc/frob/frob-0.9.ebuild",
    ]);
    expect(found.primary?.ruleId).toBe("manifest-file-missing");
    expect(streamed(longLog(notListed)).primary?.ruleId).toBe("manifest-file-missing");
  });

  test("near miss: the check passing, and the words inside another tool's sentence, are no failure", () => {
    expect(
      analyze([">>> Verifying ebuild manifests", ">>> Emerging (1 of 1) app-misc/frob-1.0::frob"]).status,
    ).toBe("succeeded");
    expect(matchLineRule(`pkgcheck: ${notListed}`)?.id).not.toBe("manifest-file-missing");
  });
});
