// What ingest knows about a result once every file is stored and analysed,
// just before it is written in one transaction (persist-result.ts).
import type { AttachmentAnalysis, LogAnalysis } from "../analysis/types";
import type { FileDiagnostics } from "../diagnostics/write";
import type { ParsedAtom } from "../gentoo/atom";
import type { StagedBlob } from "../storage/blob-writer";
import type { Encoding } from "./decompress";
import type { FileRole } from "./file-roles";
import type { ResultMeta } from "./result-meta";

export interface ArchiveMemberInfo {
  position: number;
  path: string;
  type: "file" | "directory" | "symlink" | "link" | "other";
  size: number;
  mode: number | null;
  mtime: Date | null;
  linkName: string | null;
}

export interface PreparedFile {
  name: string;
  role: FileRole;
  mediaType: string;
  encoding: Encoding;
  content: StagedBlob;
  members?: ArchiveMemberInfo[];
  attachment?: AttachmentAnalysis;
}

export interface PreparedResult {
  tinderboxId: number;
  tokenId: number | null;
  meta: ResultMeta;
  idempotencyKey: string;
  atom: ParsedAtom;
  repository: string;
  analysis: LogAnalysis;
  buildLogName: string;
  files: PreparedFile[];
  /** Written in the result's transaction (lib/diagnostics/record.ts); none when undefined. */
  diagnostics?: FileDiagnostics[];
}
