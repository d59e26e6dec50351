import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { PipOutputBox } from "./pip-box";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 47d (rules47d): a breadth survey of the Python ecosystem's build and test output (gpep517, pip, maturin,
// scikit-build-core, meson-python, Cython, pytest, unittest, sphinx), probed bare and under Portage's banners; each
// change is written from a real public log (fixtures/corpus/real rows 1010-1015). Lines that are not a row's are
// made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

const PIP_BOX = [
  "Building wheels for collected packages: foo",
  "  Building wheel for foo (pyproject.toml) ... error",
  "  error: subprocess-exited-with-error",
  "  ",
  "  × Building wheel for foo (pyproject.toml) did not run successfully.",
  "  │ exit code: 1",
  "  ╰─> [5 lines of output]",
  "      running build_ext",
  "      building 'foo._speedups' extension",
  "      src/speedups.c:1:10: fatal error: zlib.h: No such file or directory",
  "      error: command '/usr/bin/gcc' failed with exit code 1",
  "      [end of output]",
  "  ",
  "  note: This error originates from a subprocess, and is likely not a problem with pip.",
  "  ERROR: Failed building wheel for foo",
  "Failed to build foo",
  "ERROR: Could not build wheels for foo, which is required to install pyproject.toml-based projects",
];

describe("pip's box: the backend's output inside it is read, pip's verdicts are echoes (rows 1010, 1011)", () => {
  test("row 1010: CMake's error inside the box of a llama-cpp-python wheel build", () => {
    const result = realRow("configure-pip-box-cmake-no-c-compiler-llama-cpp-python");
    expect(result.primary?.line).toBe(20);
    expect(result.primary?.text).toBe("CMake Error at CMakeLists.txt:3 (ENABLE_LANGUAGE):");
    expect(result.kind).toBe("configure");
  });

  test("row 1011: distutils' `error: Microsoft Visual C++ 14.0 …` inside the box, not pip's `error:` above", () => {
    const result = realRow("compile-pip-box-msvc-required-psycopg2");
    expect(result.primary?.line).toBe(23);
    expect(result.kind).toBe("compile");
  });

  test("row 1016: pip's two-blank `ERROR: Failed building wheel for pysptk`, the box's content not pasted", () => {
    const result = realRow("compile-pip-verdict-failed-building-wheel-pysptk");
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("compile");
  });

  test("gcc's fatal error inside the box, over pip's four verdicts", () => {
    const result = analyze(PIP_BOX);
    expect(result.primary?.line).toBe(10);
    expect(result.primary?.text).toBe("src/speedups.c:1:10: fatal error: zlib.h: No such file or directory");
    expect(result.kind).toBe("compile");
  });

  test("the same box pasted flush left (no blanks before pip's lines)", () => {
    const result = analyze(PIP_BOX.map((line) => line.replace(/^ {2}/, "")));
    expect(result.primary?.line).toBe(10);
  });

  test("a traceback in the box (`Getting requirements to build wheel`): its exception, kind compile", () => {
    const result = analyze([
      "  error: subprocess-exited-with-error",
      "  ",
      "  × Getting requirements to build wheel did not run successfully.",
      "  │ exit code: 1",
      "  ╰─> [8 lines of output]",
      "      Traceback (most recent call last):",
      '        File "/usr/lib/python3/site-packages/pip/_vendor/pyproject_hooks/_in_process/_in_process.py", line 353, in <module>',
      "          main()",
      '        File "/tmp/pip-build-env-x/overlay/lib/python3.12/site-packages/setuptools/build_meta.py", line 325, in get_requires_for_build_wheel',
      "          return self._get_build_requires(config_settings, requirements=['wheel'])",
      '        File "<string>", line 3, in <module>',
      "      ModuleNotFoundError: No module named 'numpy'",
      "      [end of output]",
    ]);
    expect(result.primary?.line).toBe(12);
    expect(result.kind).toBe("compile");
  });

  test("meson-python's own error in a metadata box, then pip's `error: metadata-generation-failed`", () => {
    const result = analyze([
      "  Preparing editable metadata (pyproject.toml): finished with status 'error'",
      "  error: subprocess-exited-with-error",
      "  ",
      "  × Preparing editable metadata (pyproject.toml) did not run successfully.",
      "  │ exit code: 1",
      "  ╰─> [2 lines of output]",
      "      ",
      '      ../meson.build:1:0: ERROR: Dependency "openblas" not found, tried pkgconfig',
      "      [end of output]",
      "  ",
      "  note: This error originates from a subprocess, and is likely not a problem with pip.",
      "error: metadata-generation-failed",
    ]);
    expect(result.primary?.line).toBe(8);
  });

  test("a nested box (pip installing build dependencies with pip): the inner box's error", () => {
    const result = analyze([
      "  error: subprocess-exited-with-error",
      "  ",
      "  × pip subprocess to install build dependencies did not run successfully.",
      "  │ exit code: 1",
      "  ╰─> [9 lines of output]",
      "      Collecting maturin<2,>=1",
      "        Building wheel for maturin (pyproject.toml): finished with status 'error'",
      "        error: subprocess-exited-with-error",
      "",
      "        × Building wheel for maturin (pyproject.toml) did not run successfully.",
      "        │ exit code: 1",
      "        ╰─> [2 lines of output]",
      "            running build_ext",
      "            error: can't find Rust compiler",
      "            [end of output]",
      "      [end of output]",
    ]);
    expect(result.primary?.line).toBe(14);
    expect(result.primary?.text).toBe("error: can't find Rust compiler");
  });

  test("pip's verdicts alone (the box not pasted) still fail the excerpt, kind compile", () => {
    for (const verdict of [
      "error: subprocess-exited-with-error",
      "ERROR: Failed building wheel for foo",
      "ERROR: Could not build wheels for foo, which is required to install pyproject.toml-based projects",
      "ERROR: Failed to build installable wheels for some pyproject.toml based projects (foo)",
    ]) {
      const result = analyze(["Building wheels for collected packages: foo", verdict]);
      expect(result.status, verdict).toBe("failed");
      expect(result.kind, verdict).toBe("compile");
    }
  });

  test("near misses: a CMake detail stays indented under its header; lines after the box keep their blanks", () => {
    const result = analyze([
      "  ╰─> [4 lines of output]",
      "      CMake Error at CMakeLists.txt:3 (find_package):",
      '        Could not find a package configuration file provided by "pybind11"',
      "      [end of output]",
      "      error: not in a box any more",
    ]);
    expect(result.primary?.line).toBe(2);
    const box = new PipOutputBox();
    box.observe("  ╰─> [4 lines of output]");
    expect(box.strip("        Could not find")).toBe("  Could not find");
    box.observe("      [end of output]");
    expect(box.open).toBe(false);
    expect(box.strip("      error: x")).toBe("      error: x");
  });

  test("near misses: pip's `See above for output.` opens no box; `error: subprocess` in prose is no verdict", () => {
    const box = new PipOutputBox();
    box.observe("  ╰─> See above for output.");
    expect(box.open).toBe(false);
    expect(analyze(["I get error: subprocess-exited-with-error when installing"]).primary?.text).not.toBe(
      "error: subprocess-exited-with-error",
    );
  });
});

describe("pytest's INTERNALERROR: the exception ending pytest's own traceback (row 1014)", () => {
  test("row 1014: `INTERNALERROR> AttributeError: 'str' object has no attribute 'relto'`", () => {
    const result = realRow("test-pytest-internalerror-attributeerror-relto");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("under src_test's banner it outranks the die's `pytest failed`", () => {
    const result = analyze([
      ">>> Test phase: dev-python/foo-1.0",
      "============================= test session starts ==============================",
      "INTERNALERROR> Traceback (most recent call last):",
      'INTERNALERROR>   File "/usr/lib/python3.12/site-packages/_pytest/main.py", line 271, in wrap_session',
      "INTERNALERROR>     session.exitstatus = doit(config, session) or 0",
      "INTERNALERROR> AttributeError: 'Config' object has no attribute 'cache'",
      ...dieBanner("test", "pytest failed with python3.12"),
    ]);
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("test");
  });

  test("a bare `INTERNALERROR> KeyboardInterrupt` and a dotted exception", () => {
    expect(analyze(["INTERNALERROR> KeyboardInterrupt"]).primary?.line).toBe(1);
    const dotted = analyze(["INTERNALERROR> _pytest.config.exceptions.UsageError: unknown option"]);
    expect(dotted.kind).toBe("test");
  });

  test("near misses: a frame or a source line of the traceback is no exception line", () => {
    expect(
      analyze([
        'INTERNALERROR>   File "/usr/lib/python3.12/site-packages/_pytest/main.py", line 271, in wrap_session',
      ]).primary,
    ).toBeNull();
    expect(analyze(["INTERNALERROR>     raise ValueError(msg)"]).primary).toBeNull();
  });
});

describe("maturin's verdict and its reason (rows 1012, 1013)", () => {
  test("row 1012: `Caused by: Failed to build a native library through cargo` under `💥 maturin failed`", () => {
    const result = realRow("compile-maturin-failed-caused-by-native-library-py-rust");
    expect(result.primary?.line).toBe(5);
    expect(result.kind).toBe("compile");
  });

  test("row 1013: indented by pip's box whose top was cut", () => {
    const result = realRow("compile-maturin-failed-caused-by-pip-box-pydantic-core");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner the reason outranks gpep517's verdict and the die", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-python/foo-1.0/work/foo-1.0 ...",
      " * Building the wheel for foo-1.0 via maturin",
      "💥 maturin failed",
      "  Caused by: Couldn't find any python interpreters from '/usr/bin/python3.12'.",
      "Error: command ['maturin', 'pep517', 'build-wheel', '-i', '/usr/bin/python3.12'] returned non-zero exit status 1",
      "ERROR Backend subprocess exited when trying to invoke build_wheel",
      ...dieBanner("compile", "Wheel build failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
  });

  test("rustc's error above maturin's verdict stays the primary", () => {
    const result = analyze([
      "error[E0425]: cannot find value `x` in this scope",
      " --> src/lib.rs:10:5",
      "error: could not compile `foo` (lib) due to 1 previous error",
      "💥 maturin failed",
      "  Caused by: Failed to build a native library through cargo",
      '  Caused by: Cargo build finished with "exit status: 101": `cargo rustc --release`',
    ]);
    expect(result.primary?.line).toBe(1);
  });

  test("near misses: `maturin failed` inside a sentence, or a Java `Caused by:` alone, change nothing", () => {
    expect(analyze(["the build says maturin failed to find python"]).primary?.text).not.toContain("Caused");
    expect(analyze(["Caused by: java.lang.NullPointerException"]).primary?.text ?? "").not.toBe(
      "Caused by: java.lang.NullPointerException",
    );
  });
});

describe("sphinx-build -W: the warning under `Warning, treated as error:` (row 1015)", () => {
  test("row 1015: docutils' `…rst:1: ERROR: …` under the header (was the last resort's)", () => {
    const result = realRow("compile-sphinx-warning-treated-as-error-docutils-kivy");
    expect(result.primary?.line).toBe(7);
    expect(result.kind).toBe("compile");
  });

  test("row 1015's lines under src_compile's banner: the warning, not the die's `emake failed`", () => {
    const lines = readFileSync(
      path.join(REAL, "compile-sphinx-warning-treated-as-error-docutils-kivy", "snippet.log"),
      "utf8",
    )
      .trimEnd()
      .split("\n");
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/dev-python/kivy-1.9.0/work/kivy-1.9.0 ...",
      ...lines,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.primary?.line).toBe(8);
  });

  test("a `WARNING:` line and sphinx 1.x's bare message under the header", () => {
    for (const warning of [
      "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/docs/index.rst:12: WARNING: toctree contains reference to nonexisting document 'bar'",
      "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/docs/api.rst:document isn't included in any toctree",
    ]) {
      const result = analyze([
        ">>> Compiling source in /var/tmp/portage/dev-python/foo-1.0/work/foo-1.0 ...",
        "Running Sphinx v5.3.0",
        "",
        "Warning, treated as error:",
        warning,
        ...dieBanner("compile", "sphinx-build failed"),
      ]);
      expect(result.primary?.line, warning).toBe(5);
      expect(result.kind, warning).toBe("compile");
    }
  });

  test("near misses: a warning without the header, and the header's words in prose, fail nothing", () => {
    expect(
      analyze(["/x/docs/index.rst:12: WARNING: toctree contains reference to nonexisting document 'bar'"])
        .status,
    ).toBe("succeeded");
    expect(
      analyze(["We build with -W, so each Warning, treated as error: stops the build"]).primary,
    ).toBeNull();
  });
});
