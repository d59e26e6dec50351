// Test and bench helpers that read the fixture corpus. Not exported from the
// library index: tests and scripts may do I/O, the library may not.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitLogText } from "../lines";

export const CORPUS_DIR = path.resolve(__dirname, "../../../fixtures/corpus");

export interface GeneratedCase {
  name: string;
  logText: string;
  expected: {
    atom: string;
    status: string;
    phase: string | null;
    kind: string;
    title: string;
    primary: { line: number; text: string } | null;
  };
}

export function generatedCases(): GeneratedCase[] {
  const dir = path.join(CORPUS_DIR, "generated");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      logText: readFileSync(path.join(dir, entry.name, "build.log"), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, entry.name, "expected.json"), "utf8")),
    }));
}

export function corpusText(relativePath: string): string {
  return readFileSync(path.join(CORPUS_DIR, relativePath), "utf8");
}

export function corpusLines(relativePath: string): string[] {
  return splitLogText(corpusText(relativePath));
}

// Expected first-error lines from real/MANIFEST.md (row number in the comment).
// `startsWith` is used where the manifest abbreviates the line with "…".
export const REAL_CASES: readonly RealCase[] = [
  {
    row: 4,
    file: "compile-b2-jam-boost-1.83.0-mips/build-output.log",
    line: 3,
    text: "error: Invalid project attribute 'common-requirements' specified for project at 'libs/url/build'",
  },
  {
    row: 5,
    file: "configure-econf-spl-0.7.13-uts-release/build-output.log",
    line: 5,
    text: "configure: error: *** Cannot find UTS_RELEASE definition.",
  },
  {
    row: 6,
    file: "compile-gcc-and-sandbox-legacy-samba-3.0.14a/build-output.log",
    line: 3,
    text: "torture/rpctorture.c:27: error: `global_myname' redeclared",
  },
  // Row 7: the eclass's eerror paragraph right above the banner states the problem
  // first (eerror.ts); the die message is its short echo.
  {
    row: 7,
    file: "setup-phase-gnustep-make-no-objc-runtime/snippet.log",
    line: 1,
    text: "* gnustep-make-2.9.3 requires a working Objective-C runtime and a compiler with",
  },
  {
    row: 8,
    file: "configure-haskell-aeson-broken-ghc-pkgs/snippet.log",
    line: 2,
    text: "installed package semigroupoids-5.3.7 is broken due to missing package",
  },
  {
    row: 9,
    file: "merge-file-collision-hardlink-vs-util-linux/snippet.log",
    line: 1,
    text: "  * Detected file collision(s):",
  },
  {
    row: 10,
    file: "configure-cmake-missing-qt6waylandclient/snippet.log",
    line: 1,
    text: "CMake Error at CMakeLists.txt:68 (find_package):",
  },
  {
    row: 11,
    file: "configure-meson-missing-cairo-xlib/snippet.log",
    line: 1,
    text: '../gtk-3.24.52/meson.build:491:9: ERROR: Dependency "cairo-xlib" not found',
  },
  {
    row: 12,
    file: "compile-missing-tool-selinux-base/snippet.log",
    line: 1,
    text: "make: /usr/bin/semodule_package: No such file or directory",
  },
  {
    row: 13,
    file: "configure-cabal-missing-private-deps/snippet.log",
    line: 1,
    text: "Error: setup: Encountered missing or private dependencies:",
  },
  // Row 14: the manifest names the die message (and the tool output `result: CHANGED`,
  // which no generic rule can know is an error), so the die message is the primary.
  {
    row: 14,
    file: "test-phase-pkgdiff-kotlin-reflect/snippet.log",
    line: 7,
    text: "pkgdiff returns 1, check the report in ",
  },
  // Rows 19-22 (issue 10): the resolver's blocker sentence, sed errors the die snippet names.
  {
    row: 19,
    file: "dependency-blocker-fcitx-rime/snippet.log",
    line: 12,
    text: " * Error: The above package list contains packages which cannot be",
  },
  {
    row: 20,
    file: "dependency-blocker-eselect-lapack/snippet.log",
    line: 7,
    text: " * Error: The above package list contains packages which cannot be",
  },
  {
    row: 21,
    file: "prepare-sed-cant-read-deepin-reader/snippet.log",
    line: 7,
    text: "sed: can't read src/src.pro: No such file or directory",
  },
  {
    row: 22,
    file: "configure-sed-cant-read-vapoursynth-tcanny/snippet.log",
    line: 8,
    text: "sed: can't read configure: No such file or directory",
  },
];

export interface RealCase {
  row: number;
  file: string;
  line: number;
  text: string;
}
