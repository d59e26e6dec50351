// Golden tests over the corpus. expected.json fields must match exactly; the
// wider result is compared to a snapshot under __golden__/.
// Regenerate the snapshots after an intended change with:
//   UPDATE_GOLDEN=1 npx vitest run --project unit lib/analysis/golden.test.ts
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compareWithGoldenFile } from "../testing/golden-file";
import { analyzeLogText } from "./analyzer";
import { corpusText, generatedCases, REAL_CASES } from "./testing/corpus";
import type { LogAnalysis } from "./types";

const GOLDEN_DIR = path.join(__dirname, "__golden__");

function goldenView(result: LogAnalysis) {
  return {
    status: result.status,
    phase: result.phase,
    kind: result.kind,
    atom: result.atom,
    primary: result.primary,
    title: result.title,
    signature: result.signature,
    die: result.die,
    sections: result.sections,
    attachmentHints: result.attachmentHints,
    errorLines: result.errorLines.map((e) => `${e.line} ${e.ruleId}`),
    failedTests: result.failedTests.slice(0, 5),
    qaNotices: result.qaNotices,
  };
}

function compareWithGolden(name: string, result: LogAnalysis): void {
  compareWithGoldenFile(path.join(GOLDEN_DIR, `${name}.json`), goldenView(result));
}

describe("generated corpus (expected.json)", () => {
  test.each(generatedCases().map((c) => [c.name, c] as const))("%s", (name, testCase) => {
    const result = analyzeLogText(testCase.logText);
    const { expected } = testCase;
    expect(result.status).toBe(expected.status);
    expect(result.phase).toBe(expected.phase);
    expect(result.kind).toBe(expected.kind);
    expect(result.primary?.line ?? null).toBe(expected.primary?.line ?? null);
    if (expected.primary) {
      expect(result.primary?.text).toBe(expected.primary.text);
      expect(result.atom).toBe(expected.atom);
      expect(result.title?.startsWith(expected.atom)).toBe(true);
      expect(result.title?.length).toBeLessThanOrEqual(170);
      expect(result.signature.fine).toMatch(/^[0-9a-f]{16}$/);
    } else {
      expect(result.title).toBeNull();
      expect(result.signature.fine).toBeNull();
    }
    compareWithGolden(`generated-${name}`, result);
  });
});

describe("real corpus (MANIFEST.md first-error lines)", () => {
  test.each(REAL_CASES.map((c) => [c.row, c] as const))("row %i", (row, realCase) => {
    const result = analyzeLogText(corpusText(`real/${realCase.file}`));
    expect(result.status).toBe("failed");
    expect(result.primary?.line).toBe(realCase.line);
    expect(result.primary?.text.startsWith(realCase.text)).toBe(true);
    if (realCase.kind) expect(result.kind).toBe(realCase.kind);
    if (realCase.infra) expect(result.infra?.reason).toBe(realCase.infra);
    compareWithGolden(`real-row-${row}`, result);
  });

  test("row 9 gets toralf's collision title", () => {
    const result = analyzeLogText(corpusText("real/merge-file-collision-hardlink-vs-util-linux/snippet.log"));
    expect(result.title).toBe("app-arch/hardlink-0.3.2 - file collision with sys-apps/util-linux-2.41.4-r1");
  });

  test("row 14 is a test failure with the TESTFAILURE title form", () => {
    const result = analyzeLogText(corpusText("real/test-phase-pkgdiff-kotlin-reflect/snippet.log"));
    expect(result.title?.startsWith("dev-java/kotlin-reflect-1.6.10 fails test - pkgdiff returns 1")).toBe(
      true,
    );
  });
});

describe("negative cases stay negative", () => {
  test.each([
    "cmakeerror-log-pthread-probe-localized-pl/CMakeError.log",
    "config-log-autoconf-success-with-probe-errors/config.log",
    "test-suite-log-all-pass-collectd/test-suite.log",
    "test-suite-log-legacy-format-bison/test-suite.log",
    "emerge-info-2025-desktop-systemd/emerge-info.txt",
    "installed-packages-2026-gnome-systemd/installed-packages.txt",
    // Round 36 (rows 840, 841): a configure script's `not found` complaints alone
    "succeeded-configure-dash-objects-not-found-configure-went-on-quoted-sdl/snippet.log",
    "succeeded-configure-bash-pkg-prog-pkg-config-command-not-found-one-line-ios-secp256k1/snippet.log",
  ])("%s read as a main log is no failure", (file) => {
    const result = analyzeLogText(corpusText(`real/${file}`));
    expect(result.status).toBe("succeeded");
    expect(result.kind).toBe("none");
    expect(result.primary).toBeNull();
  });
});
