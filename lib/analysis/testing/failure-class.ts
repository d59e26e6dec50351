// Shared by the failure-class tests (failure-classes-*.test.ts): a log written as lines, Portage's die
// banner and call stack for the placeholder package those tests use, a real corpus row read as an excerpt,
// and the start of a log too long to be held whole.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { analyzeLogText } from "../analyzer";
import { StreamingLog } from "../streaming-log";
import type { LogAnalysis } from "../types";

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

const REAL_DIR = path.join(__dirname, "../../../fixtures/corpus/real");

/** A real corpus row's snippet.log as lines (its final newline dropped). */
export const realRowLines = (folder: string) =>
  readFileSync(path.join(REAL_DIR, folder, "snippet.log"), "utf8")
    .replace(/\n$/, "")
    .split("\n");

/** A real corpus row read as an excerpt. */
export const realRow = (folder: string) => analyzeLogText(realRowLines(folder).join("\n"));

/** A compile phase's banner and 400 compiler command lines: a log too long to be held whole as an excerpt. */
export const LONG_COMPILE_START: readonly string[] = [
  ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  ...Array.from(
    { length: 400 },
    (_, i) => `x86_64-pc-linux-gnu-gcc -O2 -pipe -c src/file${i}.c -o src/file${i}.o`,
  ),
];

/**
 * The fields of a reading the failure-class tests check, flat, so one `toMatchObject` names what a row must read as
 * (only the fields it lists are compared) and a failure shows every field at once, instead of five `expect`s that
 * stop at the first.
 */
export const readingOf = (result: LogAnalysis) => ({
  status: result.status,
  line: result.primary?.line ?? null,
  ruleId: result.primary?.ruleId ?? null,
  kind: result.kind,
  phase: result.phase,
  infra: result.infra?.reason ?? null,
  failedTests: result.failedTests.map((failed) => failed.name),
});

/** LONG_COMPILE_START's 400 compiler command lines, without the banner. */
export const COMPILE_COMMANDS = LONG_COMPILE_START.slice(1);

/** Each phase's `>>>` banner for the placeholder package (phaseLog). */
export const PHASE_BANNERS: Record<string, string> = {
  configure: ">>> Configuring source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  compile: ">>> Compiling source in /var/tmp/portage/dev-foo/bar-1.0/work/bar-1.0 ...",
  test: ">>> Test phase: dev-foo/bar-1.0",
  install: ">>> Install dev-foo/bar-1.0 into /var/tmp/portage/dev-foo/bar-1.0/image",
};

/**
 * `lines` after `phase`'s banner and 400 compiler command lines (a log too long to be held whole), then, with a
 * `message`, the die's banner and call stack. `lines[i]` is line phaseLogLine(i).
 */
export const phaseLog = (lines: readonly string[], phase: string, message?: string) => [
  PHASE_BANNERS[phase],
  ...COMPILE_COMMANDS,
  ...lines,
  ...(message ? [...dieBanner(phase, message), ...callStack(phase, "die")] : []),
];
export const phaseLogLine = (index: number) => LONG_COMPILE_START.length + index + 1;

/** Chunk sizes from one byte to 64 KiB: a line cut anywhere, several lines per piece, the upload's own size. */
const STREAM_CHUNK_SIZES = [1, 3, 7, 64, 4093, 4096, 65536];

/**
 * StreamingLog reads `lines` (fed with a final newline, in pieces of each of `sizes` bytes) as the whole text does:
 * its byte gate skips the quiet lines, so a reading that needs a line around it is checked both ways. Returns the
 * whole text's reading.
 */
export function expectStreamedAlike(lines: readonly string[], sizes: readonly number[] = STREAM_CHUNK_SIZES) {
  const text = `${lines.join("\n")}\n`;
  const whole = readingOf(analyzeLines(lines));
  for (const size of sizes) expect(readingOf(streamedText(text, size)), `chunks of ${size}`).toEqual(whole);
  return whole;
}

/** `text` fed to StreamingLog as an upload is, in pieces of `size` bytes. */
export function streamedText(text: string, size: number): LogAnalysis {
  const stream = new StreamingLog();
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) stream.push(bytes.subarray(i, i + size));
  return stream.finish();
}
