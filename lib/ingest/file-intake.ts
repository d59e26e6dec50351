// One uploaded file on its way in: decompressed, stored as a chunk set and, in
// the same single pass, analysed (build log), collected for attachment analysis
// (config.log & co., bounded) or listed (archives). Never held whole in memory.
import type { Readable } from "node:stream";
import { createLogAnalyzer } from "../analysis/analyzer";
import { LineSplitter } from "../analysis/lines";
import type { LogAnalysis } from "../analysis/types";
import { type StagedBlob, stageBlob } from "../storage/blob-writer";
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
  const content = await stageBlob(observe(stream, options, observers));
  const members = observers.archive ? await observers.archive.finish() : undefined;
  return {
    encoding,
    content,
    logAnalysis: observers.log?.finish(),
    attachmentLines: observers.attachment?.lines(),
    members,
  };
}

interface Observers {
  log?: StreamingLog;
  attachment?: BoundedLines;
  archive?: ArchiveLister;
}

function makeObservers(options: IntakeOptions): Observers {
  if (options.role === "build-log") return { log: new StreamingLog() };
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
      observers.log?.push(chunk);
      observers.attachment?.push(chunk);
      if (observers.archive) await observers.archive.push(chunk);
      yield chunk;
    }
  } catch (err) {
    observers.archive?.abort();
    stream.destroy();
    // Everything read here comes from the upload, so any other error is a bad file (corrupt xz, gzip...).
    if (err instanceof UploadRejected) throw err;
    throw new UploadRejected(
      "corrupt_file",
      `file '${options.name}' could not be read: ${(err as Error).message}`,
    );
  }
}

/** The build log's bytes, split by the shared line rule and fed to the analyzer. */
class StreamingLog {
  private readonly splitter = new LineSplitter();
  private readonly analyzer = createLogAnalyzer();

  push(chunk: Buffer): void {
    for (const line of this.splitter.push(chunk)) this.analyzer.pushLine(line);
  }

  finish(): LogAnalysis {
    for (const line of this.splitter.end()) this.analyzer.pushLine(line);
    return this.analyzer.finish();
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
