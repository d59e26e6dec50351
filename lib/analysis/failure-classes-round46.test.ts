import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 46 (rules46): the context that says an excerpt is a test run, and BSD make's errors, named in words by the
// lead (held-out logs not read); each change is written from a real public log (fixtures/corpus/real rows 945-951).
// Lines that are not a row's are made up in the tools' formats, next to the row they vary.
const analyze = analyzeLines;
const REAL = path.join(__dirname, "../../fixtures/corpus/real");
const realRow = (folder: string) =>
  analyzeLogText(readFileSync(path.join(REAL, folder, "snippet.log"), "utf8"));

describe("BSD make's errors are the cause, not its `*** Error code 1` (rows 945-947)", () => {
  test("row 945: `make[2]: don't know how to make w. Stop` under gmake", () => {
    const result = realRow("compile-bsd-make-dont-know-how-to-make-blink1-tool");
    expect(result.primary?.line).toBe(8);
    expect(result.kind).toBe("compile");
  });

  test("row 946: bmake's missing target under five levels of `stopped in`", () => {
    const result = realRow("compile-bsd-make-dont-know-how-to-make-nextbsd-mach-tests");
    expect(result.primary?.line).toBe(2);
    expect(result.primary?.text).toContain("don't know how to make");
    expect(result.kind).toBe("compile");
  });

  test('row 947: the makefile\'s `"…/Makefile" line 13: Invalid line type`', () => {
    const result = realRow("compile-bsd-make-makefile-invalid-line-type-powermon");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("compile");
  });

  test("under src_compile's banner it outranks the die's `make failed`", () => {
    const result = analyze([
      ">>> Compiling source in /var/tmp/portage/sys-freebsd/freebsd-bin-9.1/work/bin ...",
      "Warning: Object directory not changed from original /var/tmp/portage/sys-freebsd/freebsd-bin-9.1/work/bin/sh",
      "make: don't know how to make arith.c. Stop",
      ...dieBanner("compile", "make failed"),
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("compile");
  });

  test("a system makefile's error line (`src.libnames.mk` line N)", () => {
    const result = analyze([
      'make: "/usr/share/mk/src.libnames.mk" line 395: Malformed conditional (empty(MK_LIBCPLUSPLUS))',
      "*** Error code 1",
      "",
      "Stop.",
      "make[1]: stopped in /var/tmp/portage/sys-freebsd/freebsd-lib-12.1/work/lib",
    ]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("compile");
  });

  test("near miss: bmake's `warning:` line is no error; the cause after it is", () => {
    const result = analyze([
      'make: "/usr/share/mk/bsd.own.mk" line 123: warning: MK_FOO is deprecated',
      "Warning: Object directory not changed from original /usr/src/bin/cat",
      "cat.c:42:5: error: use of undeclared identifier 'x'",
      "*** Error code 1",
    ]);
    expect(result.primary?.line).toBe(3);
  });

  test("near miss: GNU make's own line and a quoted makefile in prose are no BSD make line", () => {
    expect(analyze(['gmake: "Makefile" line 3: not BSD make']).primary).toBeNull();
    expect(analyze(["the make: don't know how to make foo. Stop line"]).primary).toBeNull();
  });
});

describe("a shell error from a test script is the tests' (row 948)", () => {
  test("row 948: `./../test/ttest.sh: line 27: …: No such file or directory`", () => {
    const result = realRow("test-shell-error-test-script-shc-ttest");
    expect(result.primary?.line).toBe(3);
    expect(result.kind).toBe("test");
  });

  test("`../tests/test.sh: line 93: ../libtool: No such file or directory`", () => {
    const result = analyze(["../tests/test.sh: line 93: ../libtool: No such file or directory"]);
    expect(result.primary?.line).toBe(1);
    expect(result.kind).toBe("test");
  });

  test("a script named for tests outside a test directory (`./run-tests.sh`, `test_io.sh`)", () => {
    expect(analyze(["./run-tests.sh: line 4: foo: command not found"]).kind).toBe("test");
    expect(analyze(["./test_io.sh: line 9: ./a.out: No such file or directory"]).kind).toBe("test");
  });

  test("near misses: configure, a `latest.sh`, a user's `~/test/proj/configure` stay as they are", () => {
    expect(analyze(["./configure: line 12: foo: command not found"]).kind).not.toBe("test");
    expect(analyze(["./latest.sh: line 3: ./a.out: No such file or directory"]).kind).not.toBe("test");
    expect(
      analyze(["/home/me/test/proj/configure: line 3: ./a.out: No such file or directory"]).kind,
    ).not.toBe("test");
  });
});

describe("a Python traceback from a test file is the tests' (rows 949, 951)", () => {
  test("row 949: nose's traceback through `test_2d_psystem.py`, in test_2d_psystem", () => {
    const result = realRow("test-python-traceback-test-file-nose-pyclaw");
    expect(result.primary?.line).toBe(2);
    expect(result.kind).toBe("test");
  });

  test("a frame in `tests/test_x.py`, in a `test_` function, ends in the exception", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/tmp/Proj/proj/tests/test_x.py", line 266, in test_write_chunk_missing1',
      "    w.write_chunk(None)",
      '  File "/tmp/Proj/proj/proj/writer.py", line 40, in write_chunk',
      "    raise ValueError('missing chunk')",
      "ValueError: missing chunk",
    ]);
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("test");
  });

  test("a conftest.py or a `testing/` module's frame too", () => {
    const conftest = analyze([
      "Traceback (most recent call last):",
      '  File "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/conftest.py", line 5, in <module>',
      "    import numpy",
      "ModuleNotFoundError: No module named 'numpy'",
    ]);
    expect(conftest.kind).toBe("test");
  });

  test("row 951 (near miss): `python setup.py test`'s traceback through setuptools' command/test.py stays compile", () => {
    const result = realRow("compile-python-traceback-setup-py-test-setuptools-3.4");
    expect(result.primary?.line).toBe(18);
    expect(result.kind).toBe("compile");
  });

  test("near misses: a build backend's, the package's own module's or a user's `~/tests/setup.py` traceback is no test's", () => {
    const backend = analyze([
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.12/site-packages/pyproject_hooks/_in_process/_in_process.py", line 373, in <module>',
      "    main()",
      '  File "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/foo/_build.py", line 12, in build',
      "    raise RuntimeError('no compiler')",
      "RuntimeError: no compiler",
    ]);
    expect(backend.kind).not.toBe("test");
    const userDirectory = analyze([
      "Traceback (most recent call last):",
      '  File "/home/me/tests/setup.py", line 3, in <module>',
      "    import numpy",
      "ModuleNotFoundError: No module named 'numpy'",
    ]);
    expect(userDirectory.kind).not.toBe("test");
  });
});

describe("a test-running command shown above the failure (row 950)", () => {
  test("row 950: the bare `make -j5 -j1 check`, then mkdir's refusal in a check target", () => {
    const result = realRow("test-make-check-command-mkdir-permission-denied-libmp4v2");
    expect(result.primary?.line).toBe(13);
    expect(result.kind).toBe("test");
  });

  // Round 47c (LABELLING.md convention 18): the compiler's error keeps kind compile; the command names phase test.
  test("a prompt's `$ make check -j`, then a test program's compile error: phase test, kind compile", () => {
    const result = analyze([
      "$ make check -j",
      "  CC       tests/test_io.o",
      "tests/test_io.c:12:10: fatal error: check.h: No such file or directory",
      "make[2]: *** [Makefile:620: tests/test_io.o] Error 1",
    ]);
    expect(result.primary?.line).toBe(3);
    expect(result).toMatchObject({ kind: "compile", phase: "test" });
  });

  test("`# ctest`, `ninja test`, `python3 -m pytest`, `LANG=C make check`, then cp's failure", () => {
    for (const command of ["# ctest", "ninja test", "python3 -m pytest -v", "$ LANG=C make check"]) {
      const result = analyze([command, "cp: cannot create regular file 'data/x.bin': Permission denied"]);
      expect(result.kind, command).toBe("test");
    }
  });

  test("near misses: the words in prose or inside a longer command line say nothing", () => {
    for (const line of [
      "When I run make check I get:",
      "cd tests && make check",
      "I ran `make test` and it said",
    ]) {
      const result = analyze([line, "cp: cannot create regular file 'data/x.bin': Permission denied"]);
      expect(result.kind, line).not.toBe("test");
    }
  });

  test("near miss: automake's `Making all in` after the test command ends the check run", () => {
    const result = analyze([
      "$ make check",
      "Making all in src",
      "  CC       foo.o",
      "foo.c:3:1: error: unknown type name 'bar'",
    ]);
    expect(result.kind).toBe("compile");
  });
});
