// Lists an attached archive's members while its bytes stream into storage.
// An archive that cannot be read is still kept (the file is evidence); it just
// has no member list, and the reason is logged.
import { PassThrough } from "node:stream";
import { listArchiveMembers } from "./archive";
import type { ArchiveMemberInfo } from "./prepared-result";

export class ArchiveLister {
  private readonly input = new PassThrough();
  private readonly listing: Promise<ArchiveMemberInfo[]>;

  constructor(fileName: string) {
    this.listing = listArchiveMembers(this.input).catch((err: Error) => {
      console.warn(`archive ${JSON.stringify(fileName)}: members not listed: ${err.message}`);
      this.input.resume();
      return [];
    });
  }

  /** Writes one chunk, waiting while the tar parser is behind. */
  async push(chunk: Buffer): Promise<void> {
    if (this.input.destroyed) return;
    if (!this.input.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.input.off("drain", done);
          this.input.off("close", done);
          resolve();
        };
        this.input.on("drain", done);
        this.input.on("close", done);
      });
    }
  }

  async finish(): Promise<ArchiveMemberInfo[]> {
    this.input.end();
    return this.listing;
  }

  abort(): void {
    this.input.destroy();
  }
}
