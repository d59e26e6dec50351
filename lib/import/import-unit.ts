// One result found on disk by the importer, ready to become an upload.
import type { ResultMeta } from "../ingest/result-meta";

export interface ImportFile {
  /** Name inside the result (a plain file name). */
  name: string;
  /** Where it is on disk; only the importer's own directory walk produces these paths. */
  path: string;
}

export interface ImportUnit {
  /** What to call it in progress and error messages. */
  label: string;
  source: "portage-log" | "issue-dir" | "bundle-dir" | "bundle-file";
  /** The tinderbox the unit names itself (an image name), if any. */
  tinderbox: string | null;
  meta: ResultMeta;
  /** kindling.json as found on disk; sent instead of `meta` so ingest validates it. */
  rawMeta?: string;
  files: ImportFile[];
  /** A bundle file (tar) is uploaded whole. */
  bundlePath?: string;
}
