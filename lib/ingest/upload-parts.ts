// Turns an upload body into an ordered stream of parts: the result's metadata,
// then its files, each a byte stream read once. Two body formats exist
// (docs/upload-format.md): multipart/form-data and a tar bundle.
import type { Readable } from "node:stream";
import { UploadRejected } from "../http/upload-rejected";

export type UploadPart = { type: "meta"; text: string } | { type: "file"; name: string; stream: Readable };

/** Files are consumed one at a time; the next part is parsed only when the previous stream ended. */
export type UploadParts = AsyncIterable<UploadPart>;

/** A small async queue: producers push, the single consumer awaits. */
export class PartQueue<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private failed: Error | null = null;
  private rejectWaiting: ((err: Error) => void) | null = null;
  private done = false;

  push(item: T): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiting();
      resolve({ value: item, done: false });
    } else this.items.push(item);
  }

  end(): void {
    this.done = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiting();
      resolve({ value: undefined, done: true });
    }
  }

  fail(err: Error): void {
    if (this.failed || this.done) return;
    this.failed = err;
    if (this.rejectWaiting) {
      const reject = this.rejectWaiting;
      this.clearWaiting();
      reject(err);
    }
  }

  private clearWaiting(): void {
    this.waiting = null;
    this.rejectWaiting = null;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const item = this.items.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        if (this.failed) return Promise.reject(this.failed);
        if (this.done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          this.waiting = resolve;
          this.rejectWaiting = reject;
        });
      },
    };
  }
}

/** Largest meta / kindling.json accepted. */
export const MAX_META_BYTES = 1024 * 1024;

/** Reads a meta part whole (it is small); `label` names it in the error. */
export async function readMetaText(stream: Readable, label: string): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > MAX_META_BYTES) throw new UploadRejected("meta_too_large", `${label} is over 1 MiB`);
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).toString("utf8");
}
