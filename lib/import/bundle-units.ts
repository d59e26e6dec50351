// Upload bundles on disk: a directory holding kindling.json plus the files, or
// a tar file (optionally gz/bz2/xz) with the same content (docs/upload-format.md).
import type { Dirent } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImportUnit } from "./import-unit";

export function isBundleFileName(file: string): boolean {
  return /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2?)$/i.test(file);
}

/** Inside a directory walk only tars named for Kindling count: a log directory holds other archives too. */
export function isNamedBundle(file: string): boolean {
  return isBundleFileName(file) && /kindling/i.test(path.basename(file));
}

export function bundleFileUnit(file: string): ImportUnit {
  return { label: file, source: "bundle-file", tinderbox: null, meta: {}, files: [], bundlePath: file };
}

export async function bundleDirUnit(dir: string, entries: Dirent[]): Promise<ImportUnit> {
  const rawMeta = await readFile(path.join(dir, "kindling.json"), "utf8");
  const files = entries
    .filter((e) => e.isFile() && e.name !== "kindling.json")
    .map((e) => ({ name: e.name, path: path.join(dir, e.name) }));
  // The raw text goes to ingest, which validates it like any upload's meta.
  return { label: dir, source: "bundle-dir", tinderbox: null, meta: {}, rawMeta, files };
}
