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
