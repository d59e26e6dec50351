// The lines of a failure's build log around its primary error: the bug's
// excerpt and the failure page's. Reads the blob store, not the database (the
// rest of the bug's input is gathered in lib/queries/bug-report-input.ts).
import { cleanLine } from "../analysis/lines";
import { readLineWindow } from "../storage/line-window";

/**
 * toralf's `issue` file has 6 lines before the matched line and 2 after. A
 * compiler prints the source line, the caret and often the root cause (popt's
 * `implicit declaration of function` comes 7 lines after its first error) after
 * the error, so the excerpt leans the other way.
 */
const EXCERPT_BEFORE = 3;
const EXCERPT_AFTER = 8;
const EXCERPT_COLUMNS = 300;

/** The build log the failure page shows (and a correction's line numbers refer to). */
export function buildLogOf<F extends { role: string }>(build: { files: readonly F[] }): F | null {
  return build.files.find((file) => file.role === "build-log") ?? null;
}

export interface LogExcerpt {
  firstLine: number;
  lines: string[];
}

/** The build log's lines around the primary error, cleaned of terminal escapes. */
export async function primaryExcerpt(build: {
  files: ReadonlyArray<{ role: string; blobSha256: string }>;
  primaryLine: number | null;
}): Promise<LogExcerpt | null> {
  const log = buildLogOf(build);
  if (!log || !build.primaryLine) return null;
  const window = await readLineWindow(
    log.blobSha256,
    build.primaryLine - EXCERPT_BEFORE,
    build.primaryLine + EXCERPT_AFTER,
  );
  if (!window) return null;
  return {
    firstLine: window.firstLine,
    lines: window.lines.map((line) => cleanLine(line).slice(0, EXCERPT_COLUMNS)),
  };
}
