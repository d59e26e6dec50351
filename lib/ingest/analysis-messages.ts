// What the upload path and its analysis thread (analysis-worker.ts) say to each
// other. Every message names the log it is about: one thread serves all uploads.
import type { LogAnalysis } from "../analysis/types";
import type { DiagnosticExtract } from "../diagnostics/types";

export type ToAnalysisThread =
  /** More bytes of the log, in order; the buffer is transferred, not copied. */
  | { type: "bytes"; log: number; bytes: Uint8Array }
  /** The end of the log, with its last bytes if any (not acknowledged: the result follows). */
  | { type: "finish"; log: number; bytes?: Uint8Array }
  /** The upload failed: forget the log, answer nothing. */
  | { type: "abort"; log: number };

export type FromAnalysisThread =
  /** `bytes` more bytes of the log were analysed: the sender may send that much more. */
  | { type: "ack"; log: number; bytes: number }
  | { type: "result"; log: number; analysis: LogAnalysis; diagnostics: DiagnosticExtract }
  | { type: "error"; log: number; message: string };
