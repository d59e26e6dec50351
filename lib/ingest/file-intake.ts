// One uploaded file on its way in: decompressed, stored as a chunk set and, in
// the same single pass, analysed (build log), collected for attachment analysis
// (config.log & co., bounded) or listed (archives). Never held whole in memory.
import type { Readable } from "node:stream";
import { LineSplitter } from "../analysis/lines";
import type { LogAnalysis } from "../analysis/types";
import { type StagedBlob, stageBlob } from "../storage/blob-writer";
import { discardChunkSet } from "../storage/discard";
import { AnalysisThreadError, type LogAnalysisSink, openLogAnalysis } from "./analysis-thread";
import { ArchiveLister } from "./archive-lister";
import { decompressStream, type Encoding } from "./decompress";
import { UploadRejected } from "./errors";
import type { FileRole } from "./file-roles";
import type { ExpansionBudget } from "./limits";
import type { ArchiveMemberInfo } from "./prepared-result";

/** Attachment text kept for analysis; a larger config.log is stored whole but not analysed. */
export const MAX_ATTACHMENT_ANALYSIS_BYTES = 32 * 1024 * 1024;

export interface IntakeResult {
  encoding: Encoding;
  content: StagedBlob;
  logAnalysis?: LogAnalysis;
  attachmentLines?: string[];
  members?: ArchiveMemberInfo[];
}

export interface IntakeOptions {
  name: string;
  role: FileRole;
  analyseAsAttachment: boolean;
  budget: ExpansionBudget;
}

export async function intakeFile(input: Readable, options: IntakeOptions): Promise<IntakeResult> {
  const { encoding, stream } = await decompressStream(input);
  const observers = makeObservers(options);
  let content: StagedBlob;
  try {
    content = await stageBlob(observe(stream, options, observers));
  } catch (err) {
    // stageBlob may stop reading early (a store error), so observe's own catch may not run.
    observers.log?.abort();
    throw err;
  }
  try {
    const members = observers.archive ? await observers.archive.finish() : undefined;
    return {
      encoding,
      content,
      logAnalysis: await observers.log?.finish(),
      attachmentLines: observers.attachment?.lines(),
      members,
    };
  } catch (err) {
    // The bytes are stored but the file failed: its chunk set is no one's.
    if (!content.reused) await discardChunkSet(content.chunkSetId).catch(() => {});
    throw err;
  }
}

interface Observers {
  log?: LogAnalysisSink;
  attachment?: BoundedLines;
  archive?: ArchiveLister;
}

function makeObservers(options: IntakeOptions): Observers {
  if (options.role === "build-log") return { log: openLogAnalysis() };
  if (options.role === "archive") return { archive: new ArchiveLister(options.name) };
  if (options.analyseAsAttachment) return { attachment: new BoundedLines(MAX_ATTACHMENT_ANALYSIS_BYTES) };
  return {};
}

async function* observe(
  stream: Readable,
  options: IntakeOptions,
  observers: Observers,
): AsyncIterable<Buffer> {
  let fileBytes = 0;
  try {
    for await (const piece of stream) {
      const chunk = piece as Buffer;
      fileBytes += chunk.length;
      const overrun = options.budget.charge(chunk.length, fileBytes, options.name);
      if (overrun) throw new UploadRejected("too_large", overrun);
      const behind = observers.log?.push(chunk);
      if (behind) await behind;
      observers.attachment?.push(chunk);
      if (observers.archive) await observers.archive.push(chunk);
      yield chunk;
    }
  } catch (err) {
    observers.archive?.abort();
    observers.log?.abort();
    stream.destroy();
    // Everything else read here comes from the upload, so any other error is a bad file (corrupt xz, gzip...).
    if (err instanceof UploadRejected || err instanceof AnalysisThreadError) throw err;
    throw new UploadRejected(
      "corrupt_file",
      `file '${options.name}' could not be read: ${(err as Error).message}`,
    );
  }
}

/** Lines of a small attachment; gives up (returns undefined) past the byte cap. */
class BoundedLines {
  private readonly splitter = new LineSplitter();
  private collected: string[] | undefined = [];
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): void {
    if (!this.collected) return;
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.collected = undefined;
      return;
    }
    this.collected.push(...this.splitter.push(chunk));
  }

  lines(): string[] | undefined {
    if (!this.collected) return undefined;
    this.collected.push(...this.splitter.end());
    return this.collected;
  }
}
