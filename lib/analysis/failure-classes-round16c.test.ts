import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { StreamingLog } from "./streaming-log";
import { analyzeLines, callStack, dieBanner } from "./testing/failure-class";

// Round 16 (helper rules16c): excerpts cut before Portage's banner and outside its `>>> …`
// sections, whose shell or make error gets its kind from the phase weaker signs name
// (weak-phase.ts). The held-out files were not read; logs are written from the eclasses' and
// make's own wording. Each sign is checked both ways: it names the phase, and a stronger sign
// or a near miss keeps it from doing so.
const analyze = analyzeLines;

const P = "/var/tmp/portage/dev-python/foo-1.0";
const COMMAND_NOT_FOUND = `${P}/temp/environment: line 3605: PYTHON: command not found`;

describe("1. after '>>> Source compiled.': the test runner or install that ran next", () => {
  test("python.eclass 'running testing', then a shell error: kind test", () => {
    const result = analyze([
      "copying build/lib/foo/bar.py -> build-3.2/lib/foo",
      ">>> Source compiled.",
      " * python3.2: running testing",
      COMMAND_NOT_FOUND,
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
    expect(result.phase).toBe("test");
  });

  test.each([
    ["distutils-r1", " * python3_9: running distutils-r1_run_phase python_test"],
    ["make check", "make -j4 check"],
    ["ctest", "ctest -j4 --test-load 4 -V"],
    ["pytest", "python3.11 -m pytest -vv -ra -l -Wdefault"],
    ["meson test", "meson test -C /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0-build --num-processes 4"],
    ["ninja test", "ninja -v -j4 -l0 test"],
  ])("%s after Source compiled: kind test", (_name, sign) => {
    const result = analyze([
      ">>> Source compiled.",
      sign,
      "./run-tests.sh: line 12: foo-helper: command not found",
    ]);
    expect(result.kind).toBe("test");
  });

  test("'make install' after Source compiled: kind install", () => {
    const result = analyze([
      ">>> Source compiled.",
      "make -j1 install",
      `${P}/temp/environment: line 900: cd: ${P}/work/foo-1.0/doc: No such file or directory`,
    ]);
    expect(result.kind).toBe("install");
  });

  test("ninja install after Source compiled: kind install", () => {
    const result = analyze([">>> Source compiled.", "ninja -v -j4 install", COMMAND_NOT_FOUND]);
    expect(result.kind).toBe("install");
  });

  test("a plain make or ninja run (the build target) after Source compiled names nothing", () => {
    expect(analyze([">>> Source compiled.", "ninja -v -j4 all", COMMAND_NOT_FOUND]).kind).toBe("unknown");
    expect(analyze([">>> Source compiled.", "make -j4 docs", COMMAND_NOT_FOUND]).kind).toBe("unknown");
  });

  test("Source compiled with no sign after it says nothing: kind stays unknown", () => {
    const result = analyze([">>> Source compiled.", COMMAND_NOT_FOUND]);
    expect(result.kind).toBe("unknown");
  });

  test("an earlier package's Source compiled and test run: the next package's error is not test", () => {
    const result = analyze([
      ">>> Source compiled.",
      " * python3.2: running testing",
      ">>> Completed testing dev-python/bar-2.0",
      ">>> Emerging (2 of 2) dev-python/foo-1.0::gentoo",
      COMMAND_NOT_FOUND,
    ]);
    expect(result.kind).toBe("unknown");
  });

  test("an error above Source compiled is not the test's", () => {
    const result = analyze([COMMAND_NOT_FOUND, ">>> Source compiled.", " * python3.2: running testing"]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("unknown");
  });

  test("the banner's phase wins over the test sign", () => {
    const result = analyze([
      ">>> Source compiled.",
      " * python3.2: running testing",
      COMMAND_NOT_FOUND,
      ...dieBanner("install", "python_execute_function failed"),
    ]);
    expect(result.phase).toBe("install");
  });

  test("a call stack's phase wins over the test sign", () => {
    const result = analyze([
      ">>> Source compiled.",
      " * python3.2: running testing",
      COMMAND_NOT_FOUND,
      ...callStack("src_install", "src_install"),
    ]);
    expect(result.phase).toBe("install");
  });
});

describe("1b. distutils-r1's step names its sub-phase without Source compiled", () => {
  test.each([
    ["python_install", "install"],
    ["python_compile", "compile"],
    ["python_test", "test"],
  ])("running distutils-r1_run_phase %s: kind %s", (step, kind) => {
    const result = analyze([` * python3_11: running distutils-r1_run_phase ${step}`, COMMAND_NOT_FOUND]);
    expect(result.kind).toBe(kind);
  });

  test("its _all step (no implementation, once per package) and a quoted mention do not", () => {
    expect(analyze([" * running distutils-r1_run_phase python_install_all", COMMAND_NOT_FOUND]).kind).toBe(
      "unknown",
    );
    expect(analyze(["echo 'running distutils-r1_run_phase python_test'", COMMAND_NOT_FOUND]).kind).toBe(
      "unknown",
    );
  });

  test("the open section's phase stands over the step", () => {
    const result = analyze([
      `>>> Install dev-python/foo-1.0 into ${P}/image`,
      " * python3_11: running distutils-r1_run_phase python_test",
      COMMAND_NOT_FOUND,
    ]);
    expect(result.phase).toBe("install");
  });
});

const GCC = "/usr/armv7a-hardfloat-linux-gnueabi/tmp/portage/sys-devel/base-gcc-5.4.0-r5";
const MAKE_NO_DIR = "make: *** armv7a-hardfloat-linux-gnueabi/libgomp: No such file or directory.  Stop.";

describe("2. a make run with DESTDIR into Portage's image directory", () => {
  test("make -C … DESTDIR=…/image/ install-info, then make's missing directory: kind install", () => {
    const result = analyze([
      `make -j8 -j1 -C armv7a-hardfloat-linux-gnueabi/libgomp DESTDIR=${GCC}/image/ install-info`,
      MAKE_NO_DIR,
    ]);
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("install");
  });

  test("a quoted DESTDIR without the trailing slash", () => {
    const result = analyze([`emake DESTDIR="${GCC}/image" install`, MAKE_NO_DIR]);
    expect(result.kind).toBe("install");
  });

  test("a staging DESTDIR (src_compile installing a bundled library) is not the install phase", () => {
    const result = analyze([`make DESTDIR=${GCC}/work/stage install`, MAKE_NO_DIR]);
    expect(result.kind).toBe("unknown");
  });

  test("a configure line passing DESTDIR is no make run", () => {
    const result = analyze([`./configure --prefix=/usr DESTDIR=${GCC}/image/`, MAKE_NO_DIR]);
    expect(result.kind).toBe("unknown");
  });

  test("inside '>>> Compiling source in' the section's phase stands", () => {
    const result = analyze([
      `>>> Compiling source in ${GCC}/work/gcc-5.4.0 ...`,
      `make -j8 DESTDIR=${GCC}/image/ all`,
      MAKE_NO_DIR,
    ]);
    expect(result.phase).toBe("compile");
  });

  test("with the banner's compile phase, DESTDIR does not make it install", () => {
    const result = analyze([
      `make -j8 DESTDIR=${GCC}/image/ install-info`,
      MAKE_NO_DIR,
      ...dieBanner("compile", "emake failed"),
    ]);
    expect(result.phase).toBe("compile");
  });
});

const SINGULAR = "/var/tmp/portage/sci-mathematics/singular-4.1.1";

describe("3. elisp-compile (elisp.eclass, from src_compile)", () => {
  test("a cd error, then elisp-compile's einfo and failure: kind compile", () => {
    const result = analyze([
      `${SINGULAR}/temp/environment: line 4508: cd: ${SINGULAR}/work/share/singular/emacs: No such file or directory`,
      " * Compiling GNU Emacs Elisp files ...",
      " * elisp-compile: batch-byte-compile failed",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("an error far above an elisp-compile run is not its phase's", () => {
    const result = analyze([
      `${SINGULAR}/temp/environment: line 4508: cd: ${SINGULAR}/work/emacs: No such file or directory`,
      ...Array.from({ length: 12 }, (_, i) => `checking for thing ${i}... yes`),
      " * Compiling GNU Emacs Elisp files ...",
    ]);
    expect(result.kind).toBe("unknown");
  });
});

describe("streaming agrees with analyzeLogText (the signs pass the line gate)", () => {
  const filler = Array.from({ length: 40 }, (_, i) => `copying build/lib/foo/m${i}.py -> build-3.2/lib/foo`);
  const texts = [
    [
      ...filler,
      ">>> Source compiled.",
      ...filler.slice(0, 20),
      " * python3.2: running testing",
      ...filler,
      COMMAND_NOT_FOUND,
    ],
    [
      ...filler,
      `make -j8 -j1 -C armv7a-hardfloat-linux-gnueabi/libgomp DESTDIR=${GCC}/image/ install-info`,
      ...filler,
      MAKE_NO_DIR,
    ],
    [
      ...filler,
      `${SINGULAR}/temp/environment: line 4508: cd: ${SINGULAR}/work/share/singular/emacs: No such file or directory`,
      " * Compiling GNU Emacs Elisp files ...",
      ...filler,
    ],
  ];
  for (const [i, lines] of texts.entries()) {
    test(`text ${i + 1}`, () => {
      const text = `${lines.join("\n")}\n`;
      const log = new StreamingLog();
      log.push(Buffer.from(text));
      const streamed = log.finish();
      expect(streamed).toEqual(analyzeLogText(text));
      expect(streamed.kind).toBe(["test", "install", "compile"][i]);
    });
  }
});
