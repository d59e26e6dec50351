// Where the viewer's lines come from: a stored file (read through the blob's
// line index, only the chunks that hold the window) or a member of a stored
// archive (read once, capped, cached packed: see member-text.ts).
import { LineSplitter } from "@/lib/analysis/lines";
import type { FileContent } from "@/lib/queries/files";
import { openTextStream } from "@/lib/storage/blob-reader";
import { readLineWindow } from "@/lib/storage/line-window";
import { memberText } from "./member-text";

export interface RawWindow {
  lines: string[];
  firstLine: number;
  lastLine: number;
  totalLines: number;
}

export interface LineSource {
  totalLines: number;
  /** Why only part of the file is readable here (an archive member cut at a cap). */
  capNote?: string;
  /** `signal` is the request's: a stored file's chunk reads stop when it aborts. */
  window(from: number, to: number, signal?: AbortSignal): Promise<RawWindow>;
  /** Every line in order, in batches (for search); stops early once `signal` aborts. */
  scan(signal?: AbortSignal): AsyncIterable<string[]>;
}

export async function fileLineSource(file: FileContent): Promise<LineSource> {
  const sha256 = file.blobSha256;
  return {
    totalLines: Number(file.lineCount ?? 0),
    async window(from, to, signal) {
      const window = await readLineWindow(sha256, from, to, undefined, signal);
      if (!window) throw new Error(`blob ${sha256} of file ${file.id} is missing`);
      return window;
    },
    scan: (signal) => scanBlob(sha256, signal),
  };
}

async function* scanBlob(sha256: string, signal?: AbortSignal): AsyncGenerator<string[]> {
  const stream = await openTextStream(sha256);
  if (!stream) return;
  const splitter = new LineSplitter();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // A search whose client has gone away stops reading the blob.
      if (signal?.aborted) return;
      yield splitter.push(chunk);
    }
    yield splitter.end();
  } finally {
    stream.destroy();
  }
}

/** Null when the archive has no regular-file member of that path. Throws WorkBusy when saturated. */
export async function memberLineSource(
  file: FileContent,
  path: string,
  signal?: AbortSignal,
): Promise<(LineSource & { outOfReach: boolean }) | null> {
  const text = await memberText(file.blobSha256, path, signal);
  if (!text) return null;
  const { lines } = text;
  return {
    totalLines: lines.length,
    capNote: text.capNote,
    outOfReach: text.outOfReach === true,
    async window(from, to) {
      const first = Math.max(1, from);
      const last = Math.min(lines.length, to);
      return {
        lines: lines.window(first, last),
        firstLine: first,
        lastLine: Math.max(first - 1, last),
        totalLines: lines.length,
      };
    },
    scan: (scanSignal) => lines.scan(scanSignal),
  };
}
