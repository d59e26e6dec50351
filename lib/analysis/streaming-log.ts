// A build log's bytes, split by the shared line rule (lines.ts) and fed to the
// analyzer as they arrive. Used in the upload's analysis thread and inline.
import { createLogAnalyzer } from "./analyzer";
import { LineSplitter } from "./lines";
import type { LogAnalysis } from "./types";

/**
 * Bytes are decoded this many at a time. A string decoded from a bigger piece is
 * a "large object" to V8, which only a full GC frees: fed 256 KiB batches at
 * 140 MB/s, the analysis thread's heap grew by ~280 MB during a 1 GiB upload
 * (bench:ingest --log-size 1G). Small pieces die young in the nursery.
 */
const DECODE_PIECE_BYTES = 32 * 1024;

export class StreamingLog {
  private readonly splitter = new LineSplitter();
  private readonly analyzer = createLogAnalyzer();

  push(chunk: Uint8Array): void {
    for (let from = 0; from < chunk.length; from += DECODE_PIECE_BYTES) {
      const piece = chunk.subarray(from, from + DECODE_PIECE_BYTES);
      for (const line of this.splitter.push(piece)) this.analyzer.pushLine(line);
    }
  }

  finish(): LogAnalysis {
    for (const line of this.splitter.end()) this.analyzer.pushLine(line);
    return this.analyzer.finish();
  }
}
