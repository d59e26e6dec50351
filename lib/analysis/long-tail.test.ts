// Behaviour behind the long-tail rules that one golden log per family does not
// pin down: die without a message, depend/setup-phase dies, the resolver's atom.
import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

const analyze = (...lines: string[]) => analyzeLogText(lines.join("\n"));

describe("die without a message", () => {
  const stack = [
    " * Call stack:",
    " *     ebuild.sh, line  136:  Called src_configure",
    " *   environment, line 4012:  Called cmake_src_configure",
    " *   environment, line 1900:  Called _cmake_check_build_dir",
    " *   environment, line 1845:  Called die",
    " * The specific snippet of code:",
  ];

  test.each([
    ["right after the banner", []],
    ["after '(no error message)'", [" *   (no error message)", " * "]],
  ])("%s: the deepest frame that is not die nor the phase entry", (_name, message) => {
    const result = analyze(
      " * ERROR: media-libs/foo-1.0::gentoo failed (configure phase):",
      ...message,
      ...stack,
    );
    expect(result.die?.message).toBeNull();
    expect(result.primary).toEqual({
      line: 5 + message.length,
      text: "environment, line 1900:  Called _cmake_check_build_dir",
      ruleId: "portage-die-call-stack",
    });
    expect(result.kind).toBe("configure");
  });

  test("die straight from the phase function: its own frame", () => {
    const result = analyze(
      " * ERROR: media-libs/foo-1.0::gentoo failed (prepare phase):",
      " * Call stack:",
      " *     ebuild.sh, line  136:  Called src_prepare",
      " *   foo-1.0.ebuild, line   23:  Called die",
    );
    expect(result.primary?.text).toBe("foo-1.0.ebuild, line   23:  Called die");
  });

  test("a die with a message keeps it as the primary", () => {
    const result = analyze(
      " * ERROR: media-libs/foo-1.0::gentoo failed (compile phase):",
      " *   emake failed",
      ...stack,
    );
    expect(result.primary).toMatchObject({ text: "emake failed", ruleId: "portage-die-message" });
  });
});

describe("kinds of dies outside the build phases", () => {
  test.each(["depend", "setup", "pretend"])(
    "an ebuild die in the %s phase is unknown, not dependency",
    (phase) => {
      const result = analyze(
        ` * ERROR: sys-kernel/foo-1.0::gentoo failed (${phase} phase):`,
        " *   CONFIG_BPF_SYSCALL is not set",
      );
      expect(result).toMatchObject({ status: "failed", phase, kind: "unknown" });
    },
  );
});

describe("shell errors beat the die they cause", () => {
  test("a bash syntax error in src_configure wins over 'econf failed'", () => {
    const result = analyze(
      " * Package:    dev-libs/foo-1.0:0",
      ">>> Configuring source in /var/tmp/portage/dev-libs/foo-1.0/work/foo-1.0 ...",
      "./configure: line 4711: syntax error near unexpected token `newline'",
      "configure: error: cannot run /bin/sh ./config.sub",
      " * ERROR: dev-libs/foo-1.0::gentoo failed (configure phase):",
      " *   econf failed",
    );
    expect(result.primary).toMatchObject({ line: 3, ruleId: "shell-error" });
    expect(result.kind).toBe("configure");
  });
});

describe("the resolver's atom", () => {
  test("a lower-case b blocker is resolved by emerge: no failure", () => {
    const result = analyze(
      "[ebuild  N     ] app-arch/hardlink-0.3.2::gentoo  0 KiB",
      '[blocks b      ] sys-apps/util-linux ("sys-apps/util-linux" is soft blocking app-arch/hardlink-0.3.2)',
    );
    expect(result.status).toBe("succeeded");
  });

  test("'no ebuilds to satisfy' names the requesting package, else the missing one", () => {
    const requested = analyze(
      'emerge: there are no ebuilds to satisfy "dev-libs/nope".',
      '(dependency required by "app-misc/foo-1.0::gentoo" [ebuild])',
      '(dependency required by "foo" [argument])',
    );
    expect(requested).toMatchObject({ kind: "dependency", phase: "depend", atom: "app-misc/foo-1.0" });
    const alone = analyze('emerge: there are no ebuilds to satisfy "dev-libs/nope".');
    expect(alone.atom).toBe("dev-libs/nope");
    expect(alone.title?.startsWith("dev-libs/nope - ")).toBe(true);
  });
});
