import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { corpusText } from "./testing/corpus";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 40 (rules40): Python, Haskell and Ruby shapes quoted in upstream commit messages, described in words (held-out
// logs not read); each change is written from a real public log (fixtures/corpus/real rows 870-874, and row 203).
const analyze = analyzeLines;
const analyzeRow = (folder: string) => analyzeLogText(corpusText(`real/${folder}/snippet.log`));

describe("GHC 7's message under its bare location is the primary (rows 870, 871, 203)", () => {
  test("row 870: the indented `Not in scope` line, ASCII quotes, not the location above it", () => {
    const result = analyzeRow("compile-ghc7-not-in-scope-data-constructor-backquotes-libpandoc");
    expect(result.primary?.line).toBe(4);
    expect(result.primary?.ruleId).toBe("ghc7-error-message");
    expect(result.kind).toBe("compile");
    expect(result.title).toContain("Not in scope: data constructor");
  });

  test("row 871: a message ending in a colon is still the message", () => {
    const result = analyzeRow("compile-ghc7-could-not-find-module-colon-ended-morfette");
    expect(result.primary?.line).toBe(7);
    expect(result.primary?.text).toBe("Could not find module `Data.Array.Unsafe':");
    expect(result.kind).toBe("compile");
  });

  test("typographic quotes and a message ending in a colon under a die banner", () => {
    const result = analyze([
      "[12 of 40] Compiling Foo.Bar ( src/Foo/Bar.hs, dist/build/Foo/Bar.o )",
      "",
      "src/Foo/Bar.hs:17:8:",
      "    Ambiguous module name ‘Control.Monad.Error’:",
      "      it was found in multiple packages: mtl-2.2.1 monads-fd-0.2",
      ...dieBanner("compile", "setup build failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("near miss: GHC 6's warning under the same bare location is no error", () => {
    const result = analyze([
      "Text/XML/Light/Lexer.hs:7:0:",
      "    Warning: The import of `ord' from module `Data.Char' is redundant",
    ]);
    expect(result.errorLines.map((e) => e.ruleId)).not.toContain("ghc7-error-message");
  });

  test("near miss: a location alone at the excerpt's end stays the primary", () => {
    const result = analyze(["src/Foo.hs:3:1:"]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("ghc7-error-header");
  });

  test("near miss: GHC 8's `error:` header keeps its own line (convention 12)", () => {
    const result = analyze(["src/Foo.hs:3:1: error:", "    • Variable not in scope: bar"]);
    expect(result.primary?.line).toBe(1);
    expect(result.primary?.ruleId).toBe("ghc-error");
  });
});

describe("a PEP 517 wheel hook failing is the wheel build, kind compile (row 874)", () => {
  test("row 874: pypa/build's get_requires_for_build_wheel traceback ending in ModuleNotFoundError", () => {
    const result = analyzeRow(
      "compile-pep517-get-requires-for-build-wheel-modulenotfounderror-setup-cfg-attr-pypa-build",
    );
    expect(result.primary?.line).toBe(79);
    expect(result.primary?.ruleId).toBe("python-module-missing");
    expect(result.kind).toBe("compile");
  });

  const hookTraceback = [
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3.12/site-packages/pyproject_hooks/_in_process/_in_process.py", line 373, in main',
    '    json_out["return_val"] = hook(**hook_input["kwargs"])',
    '  File "/usr/lib/python3.12/site-packages/pyproject_hooks/_in_process/_in_process.py", line 251, in build_wheel',
    "    return _build_backend().build_wheel(wheel_directory, config_settings,",
    '  File "setup.py", line 4, in <module>',
    "    import numpy",
    "ModuleNotFoundError: No module named 'numpy'",
  ];

  test("pip's or gpep517's hook frame above the exception, no pypa/build verdict", () => {
    const result = analyze(hookTraceback);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("compile");
  });

  test("pypa/build's own check for pip (find_spec under build/env.py)", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.13/site-packages/build/env.py", line 168, in _has_valid_outer_pip',
      "    if importlib.util.find_spec('pip._vendor') is None:",
      '  File "<frozen importlib.util>", line 90, in find_spec',
      "ModuleNotFoundError: No module named 'pip'",
    ]);
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("a phase still decides: the same traceback in src_test is the test step's", () => {
    const result = analyze([...hookTraceback, ...dieBanner("test", "Tests fail with python3.12")]);
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("test");
  });

  test("near miss: a ModuleNotFoundError with no wheel hook near is no build's", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/usr/bin/foo", line 5, in <module>',
      "    from foo.cli import main",
      "ModuleNotFoundError: No module named 'foo'",
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("unknown");
  });

  test("near miss: an sdist hook is no wheel build", () => {
    const result = analyze([
      '  File "/x/pyproject_hooks/_in_process/_in_process.py", line 317, in get_requires_for_build_sdist',
      "ModuleNotFoundError: No module named 'dns'",
    ]);
    expect(result.kind).toBe("unknown");
  });
});

describe("a Ruby LoadError is a program that did not start, not the linker (rows 872, 873)", () => {
  test("row 872: an extension's .so refused by the loader under `require`: kind unknown, not link", () => {
    const result = analyzeRow("unknown-ruby-require-so-cannot-open-shared-object-libruby-loaderror-gir-ffi");
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.ruleId).toBe("ruby-load-error");
    expect(result.kind).toBe("unknown");
  });

  test("row 873: ruby 1.8's LoadError without a frame is read (was the prompt line above it)", () => {
    const result = analyzeRow("unknown-ruby18-so-libcrypto-cannot-open-shared-object-loaderror-bundler");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("unknown");
  });

  test("inside a test run the phase decides: kind test", () => {
    const result = analyze([
      "/usr/lib64/ruby/3.1.0/rubygems/core_ext/kernel_require.rb:85:in `require': libfoo.so.1: cannot open shared object file: No such file or directory - /var/tmp/portage/dev-ruby/foo-1/work/ruby31/foo-1/lib/foo/foo.so (LoadError)",
      ...dieBanner("test", "rspec failed"),
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });

  test("near miss: the linker's own `cannot open shared object file` stays the link's", () => {
    const result = analyze([
      "/usr/lib/gcc/x86_64-pc-linux-gnu/13/../../../../x86_64-pc-linux-gnu/bin/ld: warning: libbar.so.2, needed by ./libfoo.so, not found (try using -rpath or -rpath-link)",
      "/usr/bin/ld: ./libfoo.so: undefined reference to `bar_init'",
      "collect2: error: ld returned 1 exit status",
    ]);
    expect(result.kind).toBe("link");
  });
});

describe("pytest's FAILURES header over the `E   ` lines under it (row 875)", () => {
  test("row 875: no -ra summary row: the header, not the first `E` line", () => {
    const result = analyzeRow("test-pytest-failures-header-no-summary-row-e-lines-below-cyber-dojo");
    expect(result.primary?.line).toBe(9);
    expect(result.primary?.ruleId).toBe("test-pytest-failure-header");
    expect(result.kind).toBe("test");
  });

  const section = [
    "=================================== FAILURES ===================================",
    "______ test_context_get_set_operator __",
    "",
    "    def test_context_get_set_operator():",
    ">       assert ctx.get() == 1",
    "E       assert 2 == 1",
    "",
    "tests/test_ctx.py:12: AssertionError",
  ];

  test("a header cut with few trailing underscores is still the header", () => {
    const result = analyze(section);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a header inside a fenced block is still the header", () => {
    const result = analyze(["```", ...section, "```"]);
    expect(result.primary?.line).toBe(3);
  });

  test("-v's progress row above the header stays the first line naming the failed test", () => {
    const result = analyze([
      "tests/test_ctx.py::test_context_get_set_operator FAILED    [100%]",
      "",
      ...section,
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near miss: the -ra summary's FAILED row below stays the primary", () => {
    const result = analyze([
      ...section,
      "=========================== short test summary info ============================",
      "FAILED tests/test_ctx.py::test_context_get_set_operator - assert 2 == 1",
    ]);
    expect(result.primary?.line).toBe(10);
  });

  test("near miss: `E   ` lines with no header above stay the primary", () => {
    const result = analyze(["    def test_x():", ">       assert f() == 1", "E       assert 2 == 1"]);
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("pytest-e-line");
  });
});

describe("unittest's verbose row with a traceback glued to it (row 876)", () => {
  test("row 876: the row names the test and is the primary, kind test", () => {
    const result = analyzeRow("test-unittest-verbose-row-traceback-glued-semanage-selinux");
    expect(result.primary?.line).toBe(3);
    expect(result.primary?.ruleId).toBe("test-unittest-row-traceback");
    expect(result.kind).toBe("test");
    expect(result.failedTests.map((t) => t.name)).toContain("__main__.SemanageTests.test_list");
  });

  test("Python 3.11's `(module.Class.test)` form, a ModuleNotFoundError below it", () => {
    const result = analyze([
      "test_version (greenlet.tests.test_version.VersionTests.test_version) ... Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/site-packages/greenlet/tests/test_version.py", line 12, in test_version',
      "    from setuptools import setup",
      "ModuleNotFoundError: No module named 'setuptools'",
      "ERROR",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });

  test("near miss: a row with its verdict and no traceback is no failure", () => {
    const result = analyze(["test_version (greenlet.tests.test_version.VersionTests.test_version) ... ok"]);
    expect(result.status).toBe("succeeded");
  });

  test("near miss: a plain traceback with no test row keeps its exception", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/usr/sbin/semanage", line 967, in <module>',
      "IndexError: list index out of range",
    ]);
    expect(result.primary?.line).toBe(3);
  });
});
