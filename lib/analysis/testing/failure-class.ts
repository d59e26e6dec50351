// Shared by the failure-class tests (failure-classes-*.test.ts): a log written as lines, and
// Portage's die banner for the placeholder package those tests use.
import { analyzeLogText } from "../analyzer";

export const analyzeLines = (lines: readonly string[]) => analyzeLogText(lines.join("\n"));

export const dieBanner = (phase: string, message: string) => [
  ` * ERROR: dev-foo/bar-1.0::gentoo failed (${phase} phase):`,
  ` *   ${message}`,
];
