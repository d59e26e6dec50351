// Shared by the failure-class tests (failure-classes-*.test.ts): a log written as lines, and
// Portage's die banner and call stack for the placeholder package those tests use.
import { analyzeLogText } from "../analyzer";

export const analyzeLines = (lines: readonly string[]) => analyzeLogText(lines.join("\n"));

export const dieBanner = (phase: string, message: string) => [
  ` * ERROR: dev-foo/bar-1.0::gentoo failed (${phase} phase):`,
  ` *   ${message}`,
];

/** The call stack under the banner: the phase function, then `frames` (eclass functions), then `die`. */
export const callStack = (phase: string, ...frames: string[]) => [
  " * ",
  " * Call stack:",
  ` *     ebuild.sh, line  136:  Called src_${phase}`,
  ...frames.map((frame) => ` *   environment, line 2000:  Called ${frame}`),
  " *   environment, line 3000:  Called die",
  " * ",
];
