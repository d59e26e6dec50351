// Upload payloads for the ingest benchmark, templated from the corpus cases: each
// result is one case's real log with its header kept, a unique marker line (so
// content addressing stores every log anew) and ordinary build noise from the
// corpus padded in before the failing part, plus five small attachments. Logs are
// generated piece by piece: a 1 GB log never exists as one buffer.

import { createHash } from "node:crypto";
import type { ResultMeta } from "@/lib/ingest/result-meta";
import { type CorpusCase, loadCorpusCases } from "@/lib/synthetic/corpus";
import type { SentContent } from "./verify";

export interface PayloadFile {
  name: string;
  /** Produces the file's bytes; called once per attempt, so a retry re-sends the same content. */
  chunks(): Iterable<Buffer>;
}

export interface ResultPayload {
  idempotencyKey: string;
  meta: ResultMeta;
  files: PayloadFile[];
}

// Lines that would add findings: the padding must look like a long build, not a
// thousand failures, or the benchmark measures the analyser's worst case instead.
const NOT_NOISE = /error|warn|fail|undefined|denied|cannot|not found|no such|killed|collision|^ \*|^!!!/i;
const ATTACHMENTS = ["emerge-info.txt", "qlist-info.txt", "config.log", "comment0"] as const;
/** A year of seconds: keeps the log names' stamps unique for any sensible run. */
const STAMP_BASE = Date.UTC(2026, 10, 1);

export class PayloadFactory {
  private readonly cases: CorpusCase[];
  private readonly noise: Buffer;
  private readonly attachments: { name: string; content: Buffer }[];

  constructor(
    private readonly runId: string,
    private readonly logBytes: number,
  ) {
    this.cases = loadCorpusCases().filter((entry) => entry.expected.atom);
    this.noise = noiseLines(this.cases);
    this.attachments = [
      ...ATTACHMENTS.map((name) => ({ name, content: firstCorpusFile(this.cases, name) })),
      { name: "environment", content: environmentFile() },
    ];
  }

  result(index: number): ResultPayload {
    const entry = this.cases[index % this.cases.length];
    const atom = entry.expected.atom;
    const finished = new Date(STAMP_BASE + index * 1000);
    const logName = `${atom.replace("/", ":")}:${stamp(finished)}.log`;
    const idempotencyKey = `bench-${this.runId}-${index}`;
    const log = this.logParts(entry, `>>> kindling-bench ${idempotencyKey}\n`);
    const files: PayloadFile[] = [
      { name: logName, chunks: () => log() },
      ...this.attachments.map((file) => ({ name: file.name, chunks: () => [file.content] })),
    ];
    const meta: ResultMeta = {
      idempotencyKey,
      atom,
      status: entry.expected.status,
      finishedAt: finished.toISOString(),
      profile: "default/linux/amd64/23.0",
      files: files.map((file) => ({ name: file.name })),
    };
    return { idempotencyKey, meta, files };
  }

  /** Header, marker, padding to `logBytes`, then the case's own build and failure. */
  private logParts(entry: CorpusCase, marker: string): () => Iterable<Buffer> {
    const text = entry.buildLog;
    const bodyStart = Math.max(0, text.indexOf("\n>>>") + 1);
    const header = Buffer.from(text.slice(0, bodyStart) + marker);
    const body = Buffer.from(text.slice(bodyStart));
    const padding = Math.max(0, this.logBytes - header.length - body.length);
    const noise = this.noise;
    return function* () {
      yield header;
      yield* repeatLines(noise, padding);
      yield body;
    };
  }
}

/** `bytes` of whole lines cut from `pool`, cycled (the pool is far over gzip's 32 KB window). */
function* repeatLines(pool: Buffer, bytes: number): Generator<Buffer> {
  const piece = 64 * 1024;
  let left = bytes;
  let offset = 0;
  while (left > 0) {
    let end = Math.min(pool.length, offset + Math.min(piece, left));
    if (end < pool.length) end = Math.max(pool.lastIndexOf(10, end - 1) + 1, offset + 1);
    if (end <= offset) break;
    yield pool.subarray(offset, end);
    left -= end - offset;
    offset = end >= pool.length ? 0 : end;
    // The final line may be shorter than any whole line: stop rather than overshoot.
    if (left < 200) break;
  }
}

function noiseLines(cases: CorpusCase[]): Buffer {
  const lines = cases
    .flatMap((entry) => entry.buildLog.split("\n"))
    .filter((line) => line && !NOT_NOISE.test(line));
  return Buffer.from(`${lines.join("\n")}\n`);
}

function firstCorpusFile(cases: CorpusCase[], baseName: string): Buffer {
  for (const entry of cases) {
    const file = entry.files.find((candidate) => candidate.relativePath.endsWith(`/${baseName}`));
    if (file) return file.content;
  }
  throw new Error(`no ${baseName} in the corpus`);
}

/** Portage's saved ebuild environment: the corpus has none, and its size is typical (~8 KB). */
function environmentFile(): Buffer {
  const lines = ['declare -x ARCH="amd64"', 'declare -x CHOST="x86_64-pc-linux-gnu"'];
  for (let i = 0; i < 120; i++)
    lines.push(`declare -x KINDLING_BENCH_VAR_${i}="value-${i}-${"x".repeat(40)}"`);
  return Buffer.from(`${lines.join("\n")}\n`);
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/** The sha256 of every file of every result, recomputed from the same deterministic payloads. */
export function sentContent(payloads: PayloadFactory, count: number): SentContent {
  const sent: SentContent = new Map();
  for (let index = 0; index < count; index++) {
    const payload = payloads.result(index);
    const files = new Map<string, string>();
    for (const file of payload.files) {
      const hash = createHash("sha256");
      for (const chunk of file.chunks()) hash.update(chunk);
      files.set(file.name, hash.digest("hex"));
    }
    sent.set(payload.idempotencyKey, files);
  }
  return sent;
}
