// The ingest pipeline for one result: metadata first, then every file streamed
// into storage (and analysed on the way), then one transaction. Anything that
// goes wrong before the transaction commits leaves nothing visible: the staged
// chunk sets are discarded, and a killed process leaves only orphans for GC.
import type { AttachmentReader } from "../analysis/attachments";
import { attachmentRoleFor } from "../analysis/portage-patterns";
import type { LogAnalysis } from "../analysis/types";
import type { FileDiagnostics } from "../diagnostics/write";
import { parseAtom } from "../gentoo/atom";
import { UploadRejected } from "../http/upload-rejected";
import { discardAfterFailure } from "../storage/discard";
import { intakeFile } from "./file-intake";
import { mediaTypeForRole, roleForFileName } from "./file-roles";
import { findBuildByKey } from "./find-build";
import { contentIdempotencyKey } from "./idempotency";
import { ExpansionBudget, type IngestLimits, ingestLimits } from "./limits";
import { persistResult } from "./persist-result";
import type { PreparedFile } from "./prepared-result";
import { parseResultMeta, type ResultMeta } from "./result-meta";
import type { UploadPart, UploadParts } from "./upload-parts";

export interface UploadContext {
  tinderboxId: number;
  tokenId: number | null;
}

export type IngestOutcome =
  | { ok: true; id: number; created: boolean }
  | { ok: false; status: number; code: string; message: string };

interface Draft {
  meta: ResultMeta | null;
  files: PreparedFile[];
  buildLog: { name: string; analysis: LogAnalysis } | null;
  /** Attachment verdicts wait for the build log: CMake logs only count when configuring failed. */
  attachments: Map<string, AttachmentReader>;
  /** Written in the result's transaction (lib/diagnostics/record.ts). */
  diagnostics: FileDiagnostics[];
}

export async function ingestUpload(
  parts: UploadParts,
  context: UploadContext,
  limits: IngestLimits = ingestLimits(),
): Promise<IngestOutcome> {
  const draft: Draft = { meta: null, files: [], buildLog: null, attachments: new Map(), diagnostics: [] };
  try {
    const budget = new ExpansionBudget(limits);
    for await (const part of parts) {
      const early = await takePart(part, draft, context, budget);
      if (early) return early;
    }
    return await finish(draft, context);
  } catch (err) {
    const ours = draft.files.filter((f) => !f.content.reused);
    await Promise.all(ours.map((f) => discardAfterFailure(f.content.chunkSetId)));
    if (err instanceof UploadRejected)
      return { ok: false, status: err.status, code: err.code, message: err.message };
    throw err;
  }
}

/** Handles one part; returns an outcome when the upload is already known (a retry). */
async function takePart(part: UploadPart, draft: Draft, context: UploadContext, budget: ExpansionBudget) {
  if (part.type === "meta") {
    if (draft.meta) throw new UploadRejected("bad_meta", "meta was sent twice");
    const parsed = parseResultMeta(part.text);
    if (!parsed.ok) throw new UploadRejected("bad_meta", parsed.message);
    draft.meta = parsed.meta;
    const key = parsed.meta.idempotencyKey;
    const existing = key ? await findBuildByKey(context.tinderboxId, key) : null;
    return existing ? ({ ok: true, id: existing, created: false } as const) : null;
  }
  if (!draft.meta) {
    part.stream.resume();
    throw new UploadRejected("meta_first", "the meta part (or kindling.json) must come before the files");
  }
  await takeFile(part, draft, draft.meta, budget);
  return null;
}

// A relative path of plain segments: bundles keep their folders (files/x.log).
// It is a label only; no file name from an upload ever reaches the filesystem.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
const FILE_NAME = /^(?!\/)(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^\\\u0000-\u001f]{1,1000}$/;

async function takeFile(
  part: Extract<UploadPart, { type: "file" }>,
  draft: Draft,
  meta: ResultMeta,
  budget: ExpansionBudget,
) {
  const name = part.name;
  if (!FILE_NAME.test(name) || name.endsWith("/")) {
    part.stream.resume();
    throw new UploadRejected("bad_file_name", `file name ${JSON.stringify(name)} is not a plain file name`);
  }
  if (draft.files.some((f) => f.name === name)) {
    part.stream.resume();
    throw new UploadRejected("duplicate_file", `file '${name}' was sent twice`);
  }
  const role = meta.files?.find((f) => f.name === name)?.role ?? roleForFileName(name);
  const isBuildLog = role === "build-log" && !draft.buildLog;
  const attachmentRole = attachmentRoleFor(name);
  const intake = await intakeFile(part.stream, {
    name,
    role: isBuildLog ? "build-log" : role === "build-log" ? "other" : role,
    attachmentRole,
    budget,
  });
  if (isBuildLog && intake.logAnalysis) draft.buildLog = { name, analysis: intake.logAnalysis };
  draft.files.push({
    name,
    role,
    mediaType: mediaTypeForRole(role),
    encoding: intake.encoding,
    content: intake.content,
    members: intake.members,
  });
  if (intake.attachment) draft.attachments.set(name, intake.attachment);
  if (intake.diagnostics)
    draft.diagnostics.push({ fileName: isBuildLog ? null : name, extract: intake.diagnostics });
}

async function finish(draft: Draft, upload: UploadContext): Promise<IngestOutcome> {
  const { meta, buildLog } = draft;
  if (!meta) throw new UploadRejected("no_meta", "no meta part (multipart) or kindling.json (tar bundle)");
  if (!buildLog) {
    throw new UploadRejected(
      "no_build_log",
      "no build log: send build.log or cat:pf:YYYYMMDD-HHMMSS.log, or give a file role 'build-log' in meta.files",
    );
  }
  const atomText = meta.atom ?? buildLog.analysis.atom;
  const atom = atomText ? parseAtom(atomText) : null;
  if (!atom)
    throw new UploadRejected("no_atom", "cannot tell the package: give meta.atom (category/name-version)");
  const context = { mainLogConfigureFailed: buildLog.analysis.phase === "configure" };
  const files = draft.files.map((f) => {
    const reader = draft.attachments.get(f.name);
    return reader ? { ...f, attachment: reader.finish(context) } : f;
  });
  const outcome = await persistResult({
    tinderboxId: upload.tinderboxId,
    tokenId: upload.tokenId,
    meta,
    idempotencyKey:
      meta.idempotencyKey ??
      contentIdempotencyKey(
        meta,
        files.map((f) => ({ name: f.name, sha256: f.content.sha256 })),
      ),
    atom,
    repository: meta.repository ?? buildLog.analysis.repository ?? "gentoo",
    analysis: buildLog.analysis,
    buildLogName: buildLog.name,
    files,
    diagnostics: draft.diagnostics,
  });
  return { ok: true, ...outcome };
}
