// Size caps for one uploaded result, from the environment (lib/env.ts).
import { env } from "../env";

export interface IngestLimits {
  /** Largest single file, after decompression. */
  maxFileBytes: number;
  /** All files of one result together, after decompression: the decompression-bomb cap. */
  maxResultBytes: number;
  maxFiles: number;
}

export function ingestLimits(): IngestLimits {
  const e = env();
  return {
    maxFileBytes: e.KINDLING_MAX_FILE_BYTES,
    maxResultBytes: e.KINDLING_MAX_RESULT_BYTES,
    maxFiles: e.KINDLING_MAX_FILES_PER_RESULT,
  };
}

/** Counts expanded bytes across the files of one result. */
export class ExpansionBudget {
  private used = 0;
  constructor(private readonly limits: IngestLimits) {}

  /** Returns an error message when adding n bytes to this file (now fileBytes long) breaks a cap. */
  charge(n: number, fileBytes: number, fileName: string): string | null {
    this.used += n;
    if (fileBytes > this.limits.maxFileBytes)
      return `file '${fileName}' expands to more than ${this.limits.maxFileBytes} bytes`;
    if (this.used > this.limits.maxResultBytes)
      return `the result expands to more than ${this.limits.maxResultBytes} bytes (decompression bomb?)`;
    return null;
  }
}
