// The process-wide limits on reading stored files: how many highlight, archive
// decompression and whole-file search jobs run at once (each its own queue), and
// the per-request caps. Operators set them with the KINDLING_READ_* and
// KINDLING_*_BYTES variables (lib/env.ts, docs/security.md).
import { env } from "@/lib/env";
import { sharedLimit, type WorkLimit } from "@/lib/http/work-limit";

export type ReadWork = "highlight" | "decompress" | "search";

const WHAT: Record<ReadWork, string> = {
  highlight: "log windows being highlighted",
  decompress: "archive members being decompressed",
  search: "whole-file searches",
};

export function readLimit(kind: ReadWork): WorkLimit {
  const running = env().KINDLING_READ_CONCURRENCY;
  return sharedLimit(`read:${kind}`, {
    maxRunning: running,
    maxQueued: running * 4,
    retryAfterSeconds: 5,
    what: WHAT[kind],
  });
}
