// Why an upload was refused. Ingest and storage code throw it from deep inside a
// stream pipeline (the blob writer refuses a member over its cap); the upload
// route turns it into one JSON error with `status`. It lives in lib/http, which
// imports neither, so storage need not import ingest.

/** Codes the storage and archive layers raise; ingest adds its own (bad_meta, ...). */
export type ArchiveRejectedCode =
  | "absolute_path"
  | "parent_path"
  | "bad_path"
  | "duplicate_member"
  | "link_member"
  | "special_member"
  | "too_many_members"
  | "member_too_large"
  | "too_large"
  | "corrupt_archive";

// Every size cap is 413; anything else defaults to 400 (malformed or hostile).
const PAYLOAD_TOO_LARGE = new Set(["too_many_members", "member_too_large", "too_large", "file_too_large"]);

function defaultStatus(code: string): number {
  return PAYLOAD_TOO_LARGE.has(code) ? 413 : 400;
}

export class UploadRejected extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: ArchiveRejectedCode | (string & {}), message: string, status = defaultStatus(code)) {
    super(message);
    this.name = "UploadRejected";
    this.code = code;
    this.status = status;
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}
