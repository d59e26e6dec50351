// One uploaded file on its way in: decompressed, stored as a chunk set and, in
// the same single pass, analysed (build log), collected for attachment analysis
// (config.log & co., bounded) or listed (archives). Never held whole in memory.
import type { Readable } from "node:stream";
import { type AttachmentReader, createAttachmentReader } from "../analysis/attachments";
import { LineSplitter } from "../analysis/lines";
import type { AttachmentRole, LogAnalysis } from "../analysis/types";
import { DiagnosticStream } from "../diagnostics/stream";
import type { DiagnosticExtract } from "../diagnostics/types";
import { env } from "../env";
import { UploadRejected } from "../http/upload-rejected";
import { type StagedBlob, stageBlob } from "../storage/blob-writer";
import { discardAfterFailure } from "../storage/discard";
import { AnalysisThreadError, type LogAnalysisSink, openLogAnalysis } from "./analysis-thread";
import { ArchiveLister } from "./archive-lister";
import { decompressStream, type Encoding } from "./decompress";
import type { FileRole } from "./file-roles";
import type { ExpansionBudget } from "./limits";
import type { ArchiveMemberInfo } from "./prepared-result";

/** Attachment bytes analysed per file; a larger config.log is stored whole but not analysed. */
export const MAX_ATTACHMENT_ANALYSIS_BYTES = 32 * 1024 * 1024;

// Memory per attachment is bounded (lines stream through a reader), but CPU is
// not free (~0.3-0.9 µs a line): the analysed bytes of one upload share one
// budget, keyed by its ExpansionBudget (one per upload), so a thousand small
// compressed config.logs cost what a few do. Past it files are stored, unanalysed.
const uploadAnalysis = new WeakMap<ExpansionBudget, { remaining: number }>();

function analysisAllowance(budget: ExpansionBudget): { remaining: number } {
  let allowance = uploadAnalysis.get(budget);
  if (!allowance) {
    allowance = { remaining: env().KINDLING_ATTACHMENT_ANALYSIS_BYTES };
    uploadAnalysis.set(budget, allowance);
  }
  return allowance;
}

export interface IntakeResult {
  encoding: Encoding;
  content: StagedBlob;
  logAnalysis?: LogAnalysis;
  /** The attachment's lines, already read; its verdict waits for the build log's context. */
  attachment?: AttachmentReader;
  members?: ArchiveMemberInfo[];
  /** Diagnostics of the build log or of an analysed attachment (lib/diagnostics). */
  diagnostics?: DiagnosticExtract;
}

export interface IntakeOptions {
  name: string;
  role: FileRole;
  /** "other": not analysed as an attachment. */
  attachmentRole: AttachmentRole;
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
    const logAnalysis = await observers.log?.finish();
    const attachment = observers.attachment?.end();
    const diagnostics = observers.log?.diagnostics() ?? observers.attachment?.diagnostics();
    return { encoding, content, logAnalysis, attachment, members, diagnostics };
  } catch (err) {
    // The bytes are stored but the file failed: its chunk set is no one's.
    if (!content.reused) await discardAfterFailure(content.chunkSetId);
    throw err;
  }
}

interface Observers {
  log?: LogAnalysisSink;
  attachment?: StreamingAttachment;
  archive?: ArchiveLister;
}

function makeObservers(options: IntakeOptions): Observers {
  if (options.role === "build-log") return { log: openLogAnalysis() };
  if (options.role === "archive") return { archive: new ArchiveLister(options.name) };
  if (options.attachmentRole !== "other") {
    const allowance = analysisAllowance(options.budget);
    return { attachment: new StreamingAttachment(options.attachmentRole, allowance) };
  }
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

/**
 * An attachment's lines pushed, as they arrive, into its role's reader: memory
 * is the reader's bounded state plus one chunk, never the file's lines. Gives up
 * (end() returns undefined) past the per-file cap or the upload's allowance.
 */
class StreamingAttachment {
  private readonly splitter = new LineSplitter();
  private reader: AttachmentReader | undefined;
  private readonly diagnosticStream: DiagnosticStream;
  private bytes = 0;

  constructor(
    role: AttachmentRole,
    private readonly allowance: { remaining: number },
  ) {
    this.reader = createAttachmentReader(role);
    this.diagnosticStream = new DiagnosticStream(role);
  }

  push(chunk: Buffer): void {
    if (!this.reader) return;
    this.bytes += chunk.length;
    this.allowance.remaining -= chunk.length;
    if (this.bytes > MAX_ATTACHMENT_ANALYSIS_BYTES || this.allowance.remaining < 0) {
      this.reader = undefined;
      return;
    }
    // Past the verdict (a CMake or meson log's first error) no line matters to the reader: not split.
    if (!this.reader.done()) for (const line of this.splitter.push(chunk)) this.reader.push(line);
    this.diagnosticStream.push(chunk);
  }

  /** Only for a file analysed whole: past the cap or the allowance it has none. */
  diagnostics(): DiagnosticExtract | undefined {
    return this.reader ? this.diagnosticStream.finish() : undefined;
  }

  end(): AttachmentReader | undefined {
    if (!this.reader) return undefined;
    if (!this.reader.done()) for (const line of this.splitter.end()) this.reader.push(line);
    return this.reader;
  }
}
