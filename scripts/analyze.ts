// Analyze one build log: `npm run --silent analyze -- FILE [--attach FILE...]`.
// FILE and attachments may be plain, .gz, .bz2 or .xz (sniffed, not by name).
// Prints one JSON object (LogAnalysis plus the attachment results) on stdout.
import { createReadStream } from "node:fs";
import path from "node:path";
import {
  type AttachmentAnalysis,
  analyzeAttachment,
  attachmentRoleFor,
  type FailedTest,
  LineSplitter,
  type LogAnalysis,
  StreamingLog,
} from "@/lib/analysis";
import { decompressStream } from "@/lib/ingest/decompress";

interface CliArgs {
  logFile: string;
  attachFiles: string[];
}

function parseArgs(argv: string[]): CliArgs | null {
  const files: string[] = [];
  const attachFiles: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--attach") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("--")) attachFiles.push(argv[++i]);
    } else files.push(argv[i]);
  }
  return files.length === 1 ? { logFile: files[0], attachFiles } : null;
}

/** Streams a (possibly compressed) file through the shared line splitter. */
async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  const { stream } = await decompressStream(createReadStream(file));
  const splitter = new LineSplitter();
  for await (const chunk of stream) {
    for (const line of splitter.push(chunk as Uint8Array)) onLine(line);
  }
  for (const line of splitter.end()) onLine(line);
}

/** As ingest analyses a build log: bytes in, only lines past the byte gate decoded. */
async function analyzeMainLog(file: string): Promise<LogAnalysis> {
  const { stream } = await decompressStream(createReadStream(file));
  const log = new StreamingLog();
  for await (const chunk of stream) log.push(chunk as Uint8Array);
  return log.finish();
}

function configureFailed(result: LogAnalysis): boolean {
  return result.status === "failed" && (result.phase === "configure" || result.kind === "configure");
}

async function analyzeAttachmentFile(
  file: string,
  main: LogAnalysis,
): Promise<AttachmentAnalysis & { file: string }> {
  const lines: string[] = [];
  await forEachLine(file, (line) => lines.push(line));
  const analysis = analyzeAttachment(attachmentRoleFor(path.basename(file)), lines, {
    mainLogConfigureFailed: configureFailed(main),
  });
  return { file, ...analysis };
}

function mergeFailedTests(main: FailedTest[], attachments: AttachmentAnalysis[]): FailedTest[] {
  const names = new Set(main.map((t) => t.name));
  const merged = [...main];
  for (const test of attachments.flatMap((a) => a.failedTests)) {
    if (!names.has(test.name)) merged.push(test);
    names.add(test.name);
  }
  return merged;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write("usage: npm run --silent analyze -- FILE [--attach FILE...]\n");
    return 2;
  }
  const result = await analyzeMainLog(args.logFile);
  const attachments = [];
  for (const file of args.attachFiles) attachments.push(await analyzeAttachmentFile(file, result));
  const { status, phase, kind, primary, title, signature, errorLines, qaNotices, header, ...rest } = result;
  const failedTests = mergeFailedTests(result.failedTests, attachments);
  const output = {
    status,
    phase,
    kind,
    primary,
    title,
    signature,
    errorLines,
    qaNotices,
    header,
    ...rest,
    failedTests,
    attachments,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
