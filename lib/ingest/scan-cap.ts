// A cap on the decompressed bytes one read of a stored archive may pull through
// its decompressor: a few hundred bytes of nested xz can stand for gigabytes, and
// finding a member means decompressing everything before it.
import { Transform, type TransformCallback } from "node:stream";

export class ScanCapReached extends Error {
  constructor(readonly maxBytes: number) {
    super(`read stopped after ${maxBytes} decompressed bytes`);
    this.name = "ScanCapReached";
  }
}

/** Passes bytes through until `maxBytes` have gone by, then fails with ScanCapReached. */
export function scanCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) done(new ScanCapReached(maxBytes));
      else done(null, chunk);
    },
  });
}
