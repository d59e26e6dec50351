// Bytes cut into pieces at seeded random places, for the tests that check a
// streaming reader (StreamingLog, BuildLogPass, DiagnosticStream, LineGrep)
// gives the same answer however its input arrives. The seed replays a failure.
import { mulberry32 } from "../synthetic/prng";

/** Deterministic numbers in [0, 1) from `seed` (mulberry32). */
export const random = mulberry32;

/** `bytes` as consecutive pieces of 1 to `maxPiece` bytes (views, not copies). */
export function cutRandomly<T extends Uint8Array>(bytes: T, next: () => number, maxPiece: number): T[] {
  const pieces: T[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * maxPiece);
    pieces.push(bytes.subarray(at, at + size) as T);
    at += size;
  }
  return pieces;
}
