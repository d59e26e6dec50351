// The analysis thread's entry point (started by analysis-thread.ts). It holds one
// BuildLogPass (analysis and diagnostics) per build log being uploaded and answers
// each message in order.
// A failure in one log's analysis is reported for that log only.
import { parentPort } from "node:worker_threads";
import type { FromAnalysisThread, ToAnalysisThread } from "./analysis-messages";
import { BuildLogPass } from "./build-log-pass";

const port = parentPort;
if (!port) throw new Error("analysis-worker.ts runs as a worker thread only");

/** Open logs; null marks one whose analysis failed, until its abort arrives (bytes still in flight are dropped). */
const logs = new Map<number, BuildLogPass | null>();

function answer(message: FromAnalysisThread): void {
  port?.postMessage(message);
}

port.on("message", (message: ToAnalysisThread) => {
  const { log } = message;
  if (message.type === "abort") {
    logs.delete(log);
    return;
  }
  let streaming = logs.get(log);
  if (streaming === null) return;
  if (!streaming) {
    streaming = new BuildLogPass();
    logs.set(log, streaming);
  }
  try {
    if (message.type === "bytes") {
      streaming.push(message.bytes);
      answer({ type: "ack", log, bytes: message.bytes.byteLength });
    } else {
      if (message.bytes) streaming.push(message.bytes);
      logs.delete(log);
      answer({ type: "result", log, ...streaming.finish() });
    }
  } catch (err) {
    logs.set(log, null);
    answer({ type: "error", log, message: err instanceof Error ? err.message : String(err) });
  }
});
