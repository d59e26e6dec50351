import { describe, expect, test } from "vitest";
import { isLinkCommand } from "./rules/build-tools";
import { analyzeLines, callStack, dieBanner, realRow, realRowLines } from "./testing/failure-class";

// Round 49a (helper rules49a): kinds a held-out set's primary line had right and its kind wrong, named in words by
// the lead. Each change is written from a real public log (fixtures/corpus/real rows 1070-1076) where one was found;
// hsc2hs's line, the compile-only config.log check and chromite's short exception are made up in the tools' formats.
// Held-out logs not read.
const analyze = analyzeLines;
/** `lines` under src_compile's banner and die (no `>>>` section line: an excerpt). */
const underCompileDie = (lines: readonly string[]) => [
  ...lines,
  ...dieBanner("compile", "emake failed"),
  ...callStack("compile", "emake"),
];

const CHROME = "link-ninja-failed-chrome-link-wrapper-cut-fydeos";
const PHP = "configure-config-log-clang16-call-to-undeclared-function-php-imap";
const CHROMITE = "unknown-chromite-missing-overlay-error-setup-board-rootpages";
const GHC = "compile-ghc-command-line-directory-portion-does-not-exist-dist-boot-ghc";
const JULIA = "compile-julia-error-during-bootstrap-loaderror-sysimg-arm";
const LIBTOOL = "compile-libtool-eval-syntax-error-lto-alone-colord";
const COIN = "configure-cmake-could-not-find-coin3d-quoted-freecad";

const WRAPPED_LINK =
  'python3 "../../build/toolchain/gcc_link_wrapper.py" --output="./chrome" -- x86_64-pc-linux-gnu-clang++ ' +
  '-Wl,--fatal-warnings -fuse-ld=lld -Wl,-O2 -pie -o "./chrome" -Wl,--start-group @"./chrome.rsp" -Wl,--end-group -ldl';

describe("1. ninja's FAILED: on a link run by Chromium's wrapper, the linker's message not pasted (row 1070)", () => {
  test("row 1070: the FAILED line under cros' prefix, the command cut before -o, is a link", () => {
    const result = realRow(CHROME);
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("ninja-failed-link");
    expect(result.kind).toBe("link");
  });

  test("the wrapper's command whole, bare and under src_compile's banner", () => {
    const lines = ["[24810/24811] LINK ./chrome", "FAILED: chrome", WRAPPED_LINK];
    expect(analyze(lines).kind).toBe("link");
    const result = analyze(underCompileDie(lines));
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("link");
  });

  test("isLinkCommand reads past the wrapper; a compile under other Python scripts stays a compile", () => {
    expect(isLinkCommand(WRAPPED_LINK)).toBe(true);
    expect(
      isLinkCommand('python3 "../../build/toolchain/gcc_solink_wrapper.py" --output="./libx.so" -- g++'),
    ).toBe(true);
    expect(
      isLinkCommand("python3 ../../build/toolchain/clang_code_coverage_wrapper.py -- clang++ -c a.cc -o a.o"),
    ).toBe(false);
    expect(
      isLinkCommand('python3 "../../build/toolchain/gcc_link_wrapper.py" -- clang++ -c a.cc -o a.o'),
    ).toBe(false);
  });
});

describe("2. config.log's check: what the compiler says up to `$? = N` is the probe's (row 1071)", () => {
  test("row 1071: clang 16's undeclared function in conftest.c (already right)", () => {
    const result = realRow(PHP);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });

  const headerError = [
    "configure:12345: checking for pthread_setname_np",
    "configure:12350: clang -c -O2 -pipe  conftest.c >&5",
    "In file included from conftest.c:40:",
    "./lib/compat.h:42:3: error: call to undeclared function 'pthread_setname_np'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]",
    "1 error generated.",
    "configure:12350: $? = 1",
    "configure: failed program was:",
  ];

  test("a compile-only check (no -o conftest), its error in a header the probe includes: configure", () => {
    const result = analyze(headerError);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
  });

  test("the same under src_compile's banner (a sub-configure, convention 7): configure, phase compile", () => {
    const result = analyze(underCompileDie(headerError));
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("configure");
    expect(result.phase).toBe("compile");
  });

  test("round 47c's linker line under a check command, under src_compile's banner: configure", () => {
    const result = analyze(
      underCompileDie([
        "configure:20365: gcc -o conftest -O2 -pipe   conftest.c -ldl  >&5",
        "/usr/bin/ld: cannot find -ldl",
        "collect2: error: ld returned 1 exit status",
        "configure:20365: $? = 1",
      ]),
    );
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("configure");
  });

  test("after the check's `$? = N` a compiler's error is the build's again", () => {
    const result = analyze(
      underCompileDie([
        "configure:12350: clang -c -O2 conftest.c >&5",
        "configure:12350: $? = 0",
        "src/main.c:12:5: error: call to undeclared function 'foo'; ISO C99 and later do not support implicit function declarations",
      ]),
    );
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });
});

describe("3. a build driver's Python exception outside any phase (row 1072)", () => {
  test("row 1072: chromite's MissingOverlayError after setup_board is kind unknown", () => {
    const result = realRow(CHROMITE);
    expect(result.primary?.line).toBe(5);
    expect(result.primary?.ruleId).toBe("build-driver-exception");
    expect(result.kind).toBe("unknown");
    expect(result.phase).toBeNull();
  });

  test("the exception line alone, and Portage's and catalyst's", () => {
    for (const line of [
      "chromite.lib.portage_util.MissingOverlayError: No overlays found for board 'rpi4'",
      "chromite.lib.portage_util.MissingOverlayError: Parent overlay not found",
      "catalyst.support.CatalystError: Could not open file /etc/catalyst/catalyst.conf",
      "portage.exception.PortageException: bad things",
    ])
      expect(analyze([line]).kind).toBe("unknown");
  });

  test("a build script's own exception stays compile; a phase told still decides", () => {
    expect(analyze(["ValueError: invalid literal for int() with base 10: 'x'"]).kind).toBe("compile");
    const result = analyze(
      underCompileDie(["chromite.lib.cros_build_lib.RunCommandError: return code: 1; command: ./gen.sh"]),
    );
    expect(result.kind).toBe("compile");
  });
});

describe("4. GHC's, Julia's and libtool's own failures in a build (rows 1073-1075)", () => {
  test("row 1073: GHC's `<command line>: error: directory portion …` is compile", () => {
    const result = realRow(GHC);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("command-line-error");
    expect(result.kind).toBe("compile");
  });

  test("row 1073's lines under src_compile's banner: GHC's line, not the die's message", () => {
    const result = analyze(underCompileDie(realRowLines(GHC)));
    expect(result.primary?.line).toBe(1);
  });

  test("gcc's `<command-line>: error:` too", () => {
    const result = analyze(["<command-line>: error: macro names must be identifiers"]);
    expect(result.primary?.ruleId).toBe("command-line-error");
    expect(result.kind).toBe("compile");
  });

  test("row 1074: Julia's `error during bootstrap:` is the line, compile", () => {
    const result = realRow(JULIA);
    expect(result.primary?.line).toBe(10);
    expect(result.primary?.ruleId).toBe("julia-bootstrap-error");
    expect(result.kind).toBe("compile");
  });

  test("Julia 1.x's bootstrap error alone, on one line and under a banner", () => {
    const line =
      'error during bootstrap: LoadError("sysimg.jl", 3, LoadError("Base.jl", 512, ErrorException("could not load library \\"libLLVM\\"")))';
    expect(analyze([line]).kind).toBe("compile");
    expect(analyze(underCompileDie(["error during bootstrap:", line.slice(24)])).primary?.line).toBe(1);
  });

  test("row 1075: libtool's `eval: … syntax error` alone is compile", () => {
    const result = realRow(LIBTOOL);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("hsc2hs's and ghc's own complaints alone are compile", () => {
    expect(
      analyze(["hsc2hs: createProcess: posix_spawnp: does not exist (No such file or directory)"]).kind,
    ).toBe("compile");
    const ghc = analyze(['ghc: utils/ghc-pkg/dist-boot/Main.o: directory portion of "x" does not exist']);
    expect(ghc.primary?.ruleId).toBe("last-resort-build-tool");
    expect(ghc.kind).toBe("compile");
  });
});

describe("5. CMake's `Could NOT find` quoted in prose (row 1076)", () => {
  test("row 1076: CMake's header after a quotation mark is CMake's error, configure", () => {
    const result = realRow(COIN);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("cmake-error");
    expect(result.kind).toBe("configure");
  });

  test("row 1076's message line alone, and in a sentence: configure", () => {
    expect(analyze([realRowLines(COIN)[1]]).kind).toBe("configure");
    const result = analyze(["The build stops with Could NOT find Coin3D (missing: COIN3D_LIBRARIES) here."]);
    expect(result.kind).toBe("configure");
  });

  test("CMake's `-- Could NOT find` status line alone stays no failure (convention 11)", () => {
    expect(analyze(["-- Could NOT find Coin3D (missing: COIN3D_LIBRARIES)"]).status).toBe("succeeded");
  });

  test("left: Python's FileNotFoundError alone names no install step (phase-less compile)", () => {
    expect(analyze(["FileNotFoundError: [Errno 2] No such file or directory: 'NOTICE.md'"]).kind).toBe(
      "compile",
    );
  });
});
