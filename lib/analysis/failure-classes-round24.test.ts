import { describe, expect, test } from "vitest";
import { analyzeLines, dieBanner } from "./testing/failure-class";

// Round 24 (helper rules24): shapes a reviewer named in words, both ways (real row 470 holds the one found in a
// public thread).
const analyze = analyzeLines;

describe("1. a Python traceback from a Portage front end other than emerge", () => {
  test("chromite's parallel_emerge crashing is Portage's front end crashing, not the package's exception", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/mnt/host/source/chromite/bin/parallel_emerge", line 169, in <module>',
      "    DoMain()",
      '  File "/mnt/host/source/chromite/scripts/parallel_emerge.py", line 1808, in main',
      "    return real_main(argv)",
      "KeyError: 1",
    ]);
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(6);
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("chromite's own library frames below parallel_emerge keep the exception in reach", () => {
    const libFrames = Array.from({ length: 7 }, (_, i) => [
      `  File "/mnt/host/source/chromite/lib/commandline.py", line ${961 + i}, in ScriptWrapperMain`,
      "    ret = target(argv[1:])",
    ]).flat();
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/mnt/host/source/chromite/bin/parallel_emerge", line 169, in <module>',
      "    DoMain()",
      ...libFrames,
      "AttributeError: 'NoneType' object has no attribute 'x'",
    ]);
    expect(result.primary?.line).toBe(18);
    expect(result.kind).toBe("unknown");
    expect(result.infra?.reason).toBe("portage-crash");
  });

  test("cros_run_unit_tests and pkgcore's pmerge are front ends too", () => {
    for (const frame of [
      '  File "/mnt/host/source/chromite/scripts/cros_run_unit_tests.py", line 120, in main',
      '  File "/usr/lib/python3.9/site-packages/pkgcore/resolver/plan.py", line 423, in _rec_add_atom',
    ]) {
      const result = analyze(["Traceback (most recent call last):", frame, "    x()", "TypeError: boom"]);
      expect(result.primary?.line).toBe(4);
      expect(result.kind).toBe("unknown");
      expect(result.infra?.reason).toBe("portage-crash");
    }
  });

  test("near miss: chromite's library alone (setup_board's RunCommand) is no Portage front end", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/mnt/host/source/chromite/bin/setup_board", line 175, in <module>',
      "    DoMain()",
      '  File "/mnt/host/source/chromite/lib/cros_build_lib.py", line 628, in RunCommand',
      "    raise KeyError(1)",
      "KeyError: 1",
    ]);
    expect(result.infra).toBeNull();
    expect(result.primary?.ruleId).toBe("python-exception");
  });

  test("near miss: a chromite library traceback before emerge's own crash does not take the crash's exception", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/mnt/host/source/chromite/lib/cros_build_lib.py", line 628, in RunCommand',
      "    raise KeyError(1)",
      "KeyError: 1",
      "Traceback (most recent call last):",
      '  File "/usr/lib/python3.11/site-packages/_emerge/main.py", line 1290, in emerge_main',
      "    x()",
      "TypeError: boom",
    ]);
    expect(result.infra?.reason).toBe("portage-crash");
    expect(result.primary?.line).toBe(8);
  });

  test("near miss: the package's own setup.py traceback in a phase stays the package's", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/var/tmp/portage/dev-python/foo-1.0/work/foo-1.0/setup.py", line 12, in <module>',
      "    import numpy",
      "ModuleNotFoundError: No module named 'numpy'",
      ...dieBanner("compile", "distutils-r1_run_phase failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("compile");
    expect(result.infra).toBeNull();
  });

  test("near miss: a package's test importing a module named pkgcore from its work dir stays a test failure", () => {
    const result = analyze([
      "Traceback (most recent call last):",
      '  File "/var/tmp/portage/sys-apps/pkgcore-0.12/work/pkgcore-0.12/src/pkgcore/scripts/pmerge.py", line 9',
      "    x()",
      "TypeError: boom",
      ...dieBanner("test", "pytest failed"),
    ]);
    expect(result.primary?.line).toBe(4);
    expect(result.kind).toBe("test");
    expect(result.infra).toBeNull();
  });
});
