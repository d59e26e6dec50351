// Session 12, the lead's part of round 21: questions fixtures/corpus/LABELLING.md settled, answered by the
// analyzer the way the convention says. Logs are written from the tools' own wording (eclass sources), not
// from the held-out files.
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

const analyze = (lines: readonly string[]) => analyzeLogText(lines.join("\n"));

describe("distutils-r1's install checks in its 2012-2013 wording is a QA die (convention 6)", () => {
  const log = (message: string) => [
    " * Package:    dev-python/foo-1.0:0",
    ">>> Install dev-python/foo-1.0 into /var/tmp/portage/dev-python/foo-1.0/image",
    "running install_lib",
    " * ERROR: dev-python/foo-1.0::gentoo failed (install phase):",
    ` *   ${message}`,
    " * ",
  ];

  test("the stray 'tests' package, in both wordings, is kind qa, the die's line primary", () => {
    for (const message of [
      "Package installs 'tests' package, file collisions likely.",
      "Package installs 'test' package which is forbidden and likely a bug in the build system.",
    ]) {
      const result = analyze(log(message));
      expect(result, message).toMatchObject({ status: "failed", kind: "qa", phase: "install" });
      expect(result.primary, message).toMatchObject({ line: 5, ruleId: "python-qa-forbidden-package" });
    }
  });

  test("an ordinary install die stays kind install", () => {
    const result = analyze(log("Package installs 'tests' directory, see the docs."));
    expect(result).toMatchObject({ kind: "install" });
    expect(result.primary?.ruleId).not.toBe("python-qa-forbidden-package");
  });
});

describe("emerge's own verdict fails an excerpt in which no line says why (round 22, the lead)", () => {
  const emerging = ">>> Emerging (1 of 2) dev-libs/foo-1.0::gentoo";
  const failed = ">>> Failed to emerge dev-libs/foo-1.0, Log file:";
  const logFile = ">>>  '/var/tmp/portage/dev-libs/foo-1.0/temp/build.log'";

  test("`>>> Failed to emerge` alone is a failure of that package, its line the primary", () => {
    // A short excerpt: the last resort (last-resort.ts) reads the same line.
    const short = analyze([emerging, " * Applying foo-fix.patch ...", failed, logFile]);
    expect(short).toMatchObject({ status: "failed", kind: "unknown", atom: "dev-libs/foo-1.0" });
    expect(short.primary?.line).toBe(3);
    // A whole log, too long for the last resort: emerge's verdict itself.
    const quiet = Array.from(
      { length: 3000 },
      (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -c src/f${i}.c -o src/f${i}.o`,
    );
    const long = analyze([emerging, ...quiet, failed, logFile]);
    expect(long).toMatchObject({ status: "failed", kind: "unknown", atom: "dev-libs/foo-1.0" });
    expect(long.primary).toMatchObject({ line: 3002, ruleId: "portage-failed-to-emerge" });
  });

  test("a line that says why still wins, and a log without the verdict stays a success", () => {
    const why = analyze([emerging, "foo.c:1:2: error: expected ';' before '}' token", failed, logFile]);
    expect(why.primary).toMatchObject({ line: 2, ruleId: "cc-error" });
    const fine = analyze([emerging, ">>> Completed installing dev-libs/foo-1.0 into /var/tmp/portage/image"]);
    expect(fine).toMatchObject({ status: "succeeded", primary: null });
  });
});
