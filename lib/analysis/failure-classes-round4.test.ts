import { describe, expect, test } from "vitest";
import { analyzeLogText } from "./analyzer";

// Failure classes found on real Portage logs outside every held-out set (issue 10, round 4):
// each test is written from the tool's or Portage's own wording; the logs themselves are
// corpus rows 46-60 (golden.test.ts).
const analyze = (lines: readonly string[]) => analyzeLogText(lines.join("\n"));
const banner = (phase: string, message: string) => [
  ` * ERROR: dev-foo/bar-1.0::gentoo failed (${phase} phase):`,
  ` *   ${message}`,
];

describe("the merge failing names its package", () => {
  test("`>>> Failed to install X,` names the atom of a merge that hit a full disk", () => {
    const result = analyze([
      "!!! copy /var/tmp/portage/sys-fs/foo-1/image/usr/lib/debug/sbin/x.debug -> /usr/lib/debug/sbin/x.debug failed.",
      "!!! [Errno 28] No space left on device",
      "",
      ">>> Failed to install sys-fs/foo-1, Log file:",
    ]);
    expect(result.kind).toBe("disk-full");
    expect(result.infra?.reason).toBe("disk-full");
    expect(result.primary?.line).toBe(2);
    expect(result.title).toBe("sys-fs/foo-1 - [Errno 28] No space left on device");
  });
});
