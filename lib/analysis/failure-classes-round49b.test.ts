import { describe, expect, test } from "vitest";
import {
  analyzeLines,
  dieBanner,
  PHASE_BANNERS,
  phaseLog,
  phaseLogLine,
  realRow,
} from "./testing/failure-class";

// Round 49b (helper rules49b): status misses the lead named in words: pytest runs that fail without a failing test,
// Cabal's `No test suites enabled`, ocamltest's `=> failed` lines, bash's failglob in an install helper, and cargo's
// network errors in a network-sandboxed build. Each is written from a real public log (fixtures/corpus/real rows
// 1080-1084); the variants below are made up in the tools' own formats. Held-out logs not read.
const analyze = analyzeLines;
const inLongLog = phaseLog;
const at = phaseLogLine;
const BANNERS = PHASE_BANNERS;

const PYTEST = "test-pytest-import-file-mismatch-no-header-pytorch-cluster";
const CABAL = "test-cabal-setup-no-test-suites-enabled-haeredes";
const OCAMLTEST = "test-ocamltest-testing-failed-magic-number";
const FAILGLOB = "install-bash-failglob-no-match-wine-vanilla";
const CARGO = "compile-cargo-spurious-network-error-failed-to-get-svgcleaner";

const MISMATCH = [
  "import file mismatch:",
  "imported module 'test_x' has this __file__ attribute:",
  "  /var/tmp/portage/dev-python/foo-1.0/work/foo-1.0-python3_12/install/usr/lib/python3.12/site-packages/tests/test_x.py",
  "which is not the same as the test file we want to collect:",
  "  /var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/tests/test_x.py",
  "HINT: remove __pycache__ / .pyc files and/or use a unique basename for your test file modules",
];
const INTERRUPTED = "!!!!!!!!!!!!!!!!!!! Interrupted: 31 errors during collection !!!!!!!!!!!!!!!!!!!";

describe("1. pytest runs that fail without a failing test", () => {
  test("row 1080: `import file mismatch:` without its ERROR collecting header fails, kind test", () => {
    const result = realRow(PYTEST);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("test-pytest-import-file-mismatch");
    expect(result.kind).toBe("test");
  });

  test("the mismatch over the collection verdict and the totals, bare and under epytest's die", () => {
    const lines = [
      ...MISMATCH,
      INTERRUPTED,
      "============================ 31 errors in 0.52s ============================",
    ];
    const bare = analyze(lines);
    expect(bare.primary?.text).toBe("import file mismatch:");
    expect(bare.kind).toBe("test");
    const full = analyze(inLongLog(lines, "test", "pytest failed with python3.12"));
    expect(full.primary?.line).toBe(at(0));
    expect(full.kind).toBe("test");
  });

  test("the collection verdict alone is conclusive (kind test), below the die's message under a banner", () => {
    const bare = analyze([INTERRUPTED]);
    expect(bare.status).toBe("failed");
    expect(bare.primary?.ruleId).toBe("test-pytest-collection-interrupted");
    expect(bare.kind).toBe("test");
    expect(analyze(["!!!!!!! Interrupted: 1 error during collection !!!!!!!"]).status).toBe("failed");
  });

  test("the ERROR collecting header stays the primary where shown (convention 13)", () => {
    const result = analyze([
      "______________ ERROR collecting tests/test_x.py ______________",
      ...MISMATCH,
      INTERRUPTED,
    ]);
    expect(result.primary?.ruleId).toBe("test-pytest-error-header");
    expect(result.primary?.line).toBe(1);
  });

  test("an ImportError above `collected 0 items` / `no tests ran` under a test banner is the failure", () => {
    const result = analyze([
      BANNERS.test,
      "============================= test session starts ==============================",
      "collected 0 items",
      "ImportError: cannot import name 'hookimpl' from 'pluggy'",
      "",
      "============================ no tests ran in 0.12s =============================",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
  });

  test("`no tests ran` fails under epytest's die, and stays a success without it", () => {
    const run = [
      "============================= test session starts ==============================",
      "collected 0 items",
      "",
      "============================ no tests ran in 0.12s =============================",
    ];
    expect(analyze(run).status).toBe("succeeded");
    const died = analyze([BANNERS.test, ...run, ...dieBanner("test", "pytest failed with python3.12")]);
    expect(died.status).toBe("failed");
    expect(died.kind).toBe("test");
  });

  test("the words in prose or a passing run's paths are no failure", () => {
    expect(analyze(["# avoid an import file mismatch: use --import-mode=importlib"]).status).toBe(
      "succeeded",
    );
    expect(analyze(["!!!!!!! Interrupted: 0 errors during collection !!!!!!!"]).status).toBe("succeeded");
  });
});

describe("2. Cabal's `No test suites enabled` under src_test", () => {
  test("row 1081: haskell-cabal's `./setup test` refusal fails, kind test", () => {
    const result = realRow(CABAL);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("cabal-no-test-suites-enabled");
    expect(result.kind).toBe("test");
  });

  test("Setup's and cabal-install's wordings, bare and in a full log, over the die's message", () => {
    for (const line of [
      "Setup: No test suites enabled. Did you remember to configure with '--enable-tests'?",
      "Error: cabal: No test suites enabled. Did you remember to configure with '--enable-tests'?",
      "setup: No test suites enabled. Did you remember to 'Setup configure' with '--enable-tests'?",
    ]) {
      const bare = analyze([line]);
      expect(bare.primary?.ruleId, line).toBe("cabal-no-test-suites-enabled");
      expect(bare.kind, line).toBe("test");
      const full = analyze(inLongLog(["./setup test", line], "test", "cabal test failed"));
      expect(full.primary?.line, line).toBe(at(1));
    }
  });

  test("a package without test suites passes", () => {
    expect(analyze(["./setup test", "Package has no test suites."]).status).toBe("succeeded");
  });
});

const OCAML_RUN = [
  " ... testing 'tests/typing-gadts/pr5985.ml' with 1 (ocaml) => passed",
  "/usr/bin/ld: warning: creating DT_TEXTREL in a PIE",
  " ... testing 'test10_main.ml' with 1.1.2 (bytecode) => failed (Running action 7/13 (check-output) => failed (Output tests/lib-dynlink-initializers/_ocamltest/test10_main/ocamlc.byte/test10_main.byte.output differs))",
  "/usr/bin/ld: warning: creating DT_TEXTREL in a PIE",
  " ... testing 'tests/typing-gadts/pr5989.ml' with 1 (ocaml) => passed",
  "",
  "Summary:",
  "  3404 tests passed",
  "     1 tests failed",
  "",
  "List of failed tests:",
  "    tests/lib-dynlink-initializers/test10_main.ml",
];

describe("3. ocamltest's `=> failed` lines", () => {
  test("row 1082: ocamltest's failed test is the primary, kind test", () => {
    const result = realRow(OCAMLTEST);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("test-ocamltest-failed");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((failed) => failed.name)).toContain("magic_number.ml");
  });

  test("check-output's failure among ld's DT_TEXTREL warnings, bare and in a full log without a die", () => {
    const bare = analyze(OCAML_RUN);
    expect(bare.primary?.line).toBe(3);
    expect(bare.kind).toBe("test");
    const full = analyze(inLongLog(OCAML_RUN, "test", "emake failed"));
    expect(full.primary?.line).toBe(at(2));
    expect(full.kind).toBe("test");
  });

  test("the old harness's line and the failed list alone", () => {
    expect(analyze([" ... testing 'pr6872.ml.reference': => failed"]).primary?.ruleId).toBe(
      "test-ocamltest-failed",
    );
    const list = analyze(["List of failed tests:", "    tests/lib-dynlink-initializers/test10_main.ml"]);
    expect(list.status).toBe("failed");
    expect(list.primary?.ruleId).toBe("test-ocamltest-failed-list");
    expect(list.kind).toBe("test");
  });

  test("a passing run stays a success", () => {
    expect(
      analyze([
        " ... testing 'tests/typing-gadts/pr5985.ml' with 1 (ocaml) => passed",
        " ... testing 'unwind_test': => skipped (not on Mac OSX)",
        "/usr/bin/ld: warning: creating DT_TEXTREL in a PIE",
        "Summary:",
        "    0 tests failed",
      ]).status,
    ).toBe("succeeded");
  });
});

describe("4. bash's failglob in an install helper", () => {
  test("row 1083: the one-line paste fails, kind install (its image path)", () => {
    const result = realRow(FAILGLOB);
    expect(result.status).toBe("failed");
    expect(result.primary?.ruleId).toBe("bash-failglob-no-match");
    expect(result.kind).toBe("install");
  });

  const line = "/var/tmp/portage/dev-perl/foo-1.0/temp/environment: line 1234: no match: man/*.pl";
  test("without a banner the phase-less default (unknown); under an install banner install, over the die", () => {
    expect(analyze([line]).kind).toBe("unknown");
    expect(analyze([line]).status).toBe("failed");
    const full = analyze(inLongLog([line], "install", "doman failed"));
    expect(full.primary?.line).toBe(at(0));
    expect(full.kind).toBe("install");
  });

  test("a run that went on after the same words is a success", () => {
    expect(analyze([BANNERS.install, line, ">>> Completed installing dev-foo/bar-1.0 into /x"]).status).toBe(
      "succeeded",
    );
  });
});

describe("5. cargo's network errors in a network-sandboxed build", () => {
  test("row 1084: `error: failed to get` is the primary, kind compile, no network infra", () => {
    const result = realRow(CARGO);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(5);
    expect(result.primary?.ruleId).toBe("cargo-resolve-error");
    expect(result.kind).toBe("compile");
    expect(result.infra ?? null).toBeNull();
  });

  test("curl's `Could not resolve host` wording under a die: the cargo line, infra null", () => {
    const lines = [
      "    Updating crates.io index",
      "warning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: github.com)",
      "warning: spurious network error (1 tries remaining): [6] Couldn't resolve host name (Could not resolve host: github.com)",
      "error: failed to get `x` as a dependency of package `y v0.1.0 (/var/tmp/portage/dev-foo/bar-1.0/work/y-0.1.0)`",
      "",
      "Caused by:",
      "  failed to load source for dependency `x`",
      "",
      "Caused by:",
      "  [6] Couldn't resolve host name (Could not resolve host: github.com)",
    ];
    const result = analyze(inLongLog(lines, "compile", "cargo build failed"));
    expect(result.primary?.line).toBe(at(3));
    expect(result.kind).toBe("compile");
    expect(result.infra ?? null).toBeNull();
  });

  test("spurious network errors followed by a finished build stay a success", () => {
    const result = analyze([
      BANNERS.compile,
      "    Updating crates.io index",
      "warning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: index.crates.io)",
      "  Downloaded clap v4.5.1",
      "   Compiling clap v4.5.1",
      "    Finished `release` profile [optimized] target(s) in 12.01s",
      ">>> Source compiled.",
    ]);
    expect(result.status).toBe("succeeded");
  });
});
