// The Node options `npm start` and the bench servers give `next start`. With a heap
// allowed to reach 2 GiB or more (the default here: ~4 GiB on a 24 GiB machine), V8
// lets the old generation grow to 4x the live heap before collecting it; below
// 2 GiB its heap controller scales that factor down (~1.6 at 1024 MiB, ~1.8 at
// 1536). Under bench:soak the live heap stays ~100 MiB: by default the heap grew
// to ~420 MiB and RSS to ~650 MiB (docs/benchmarks.md, "Soak"). Past the limit the
// process exits, so it keeps room for bounded requests at their worst: archive
// members were once held as a string per line (~1 GiB for two views of 32 MiB of
// empty lines); they are packed now (lib/files/packed-lines.ts, ~34 MiB each), and
// docs/security.md lists the per-request limits that keep the heap under this.
export const SERVER_MAX_OLD_SPACE_MIB = 1536;

/** NODE_OPTIONS for the server: the caller's, plus the heap limit unless they set one. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  if (/--max-old-space-size\b/.test(existing)) return existing;
  return `${existing} --max-old-space-size=${SERVER_MAX_OLD_SPACE_MIB}`.trim();
}
