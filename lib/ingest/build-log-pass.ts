// A build log's analysis and its diagnostics in one pass over its bytes: the
// extractor follows StreamingLog (LineFollower), so the quiet lines of both are
// skipped by one scan with the needles of both, and a line both read is decoded
// once. Reading the bytes twice cost the analysis thread as much again as the
// analysis itself (docs/benchmarks.md, "What the diagnostics index costs ingest").
import { StreamingLog } from "../analysis/streaming-log";
import type { LogAnalysis } from "../analysis/types";
import { DiagnosticStream } from "../diagnostics/stream";
import type { DiagnosticExtract } from "../diagnostics/types";

export class BuildLogPass {
  private readonly diagnostics = new DiagnosticStream("build-log");
  private readonly analysis = new StreamingLog(this.diagnostics.asFollower());

  push(chunk: Uint8Array): void {
    this.analysis.push(chunk);
  }

  /** Both results; the analysis finishes first, as it hands the extractor the last line. */
  finish(): { analysis: LogAnalysis; diagnostics: DiagnosticExtract } {
    const analysis = this.analysis.finish();
    return { analysis, diagnostics: this.diagnostics.finish() };
  }
}
