// What the generator hands to the ingest pipeline: one upload-ready result.
import type { ResultMeta } from "../ingest/result-meta";
import type { SyntheticTinderbox } from "./tinderboxes";

export interface SyntheticFile {
  name: string;
  content: Buffer;
}

export interface SyntheticResult {
  tinderbox: SyntheticTinderbox;
  meta: ResultMeta;
  files: SyntheticFile[];
}

export interface DemoOptions {
  seed: number;
  count: number;
  /** The results spread over this many days before `now`. */
  days: number;
  now: Date;
  /** Defaults to fixtures/corpus under the working directory. */
  corpusDir?: string;
  /** Number of tinderbox images; default 6. */
  tinderboxes?: number;
}
