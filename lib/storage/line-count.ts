// Kindling's one line-numbering rule: lines are 1-based and split on "\n";
// "\r\n" is one break (the "\r" is dropped from the text), a bare "\r" is
// content. A last line without "\n" still counts; an empty file has 0 lines.

const LF = 0x0a;
const CR = 0x0d;

/** Number of "\n" bytes in `bytes`; indexOf runs natively, far faster than a JS loop. */
export function countLineBreaks(bytes: Uint8Array): number {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  let at = buf.indexOf(LF);
  while (at !== -1) {
    count++;
    at = buf.indexOf(LF, at + 1);
  }
  return count;
}

/** Lines of a whole file given its "\n" count, size and last byte. */
export function lineCountOf(lineBreaks: number, size: number, lastByte: number | undefined): number {
  if (size === 0) return 0;
  return lastByte === LF ? lineBreaks : lineBreaks + 1;
}

/** The text bytes of one line: without its "\n" and the "\r" of a "\r\n". */
export function stripLineEnd(line: Uint8Array, endedByLf: boolean): Uint8Array {
  if (endedByLf && line.length > 0 && line[line.length - 1] === CR) return line.subarray(0, line.length - 1);
  return line;
}
