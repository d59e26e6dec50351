// Finds results on disk: Portage log directories (flat or split-log), toralf
// tinderbox issue directories, upload bundles (a directory with kindling.json,
// or a tar file), and directories holding any of these. Symbolic links are
// never followed, so a walk cannot leave the directories it was given.
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import { bundleDirUnit, bundleFileUnit, isBundleFileName, isNamedBundle } from "./bundle-units";
import type { ImportUnit } from "./import-unit";
import { issueDirUnit, looksLikeIssueDir } from "./issue-dir";
import { portageLogUnits } from "./portage-log-dir";

export interface Discovery {
  units: ImportUnit[];
  rejected: Array<{ label: string; reason: string }>;
}

export async function discoverUnits(paths: string[]): Promise<Discovery> {
  const found: Discovery = { units: [], rejected: [] };
  for (const p of paths) await discoverPath(path.resolve(p), found, true);
  return found;
}

async function discoverPath(target: string, found: Discovery, named: boolean): Promise<void> {
  const info = await lstat(target).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    found.rejected.push({
      label: target,
      reason: info.code === "ENOENT" ? "no such file or directory" : info.message,
    });
    return;
  }
  if (info.isSymbolicLink()) {
    if (named) found.rejected.push({ label: target, reason: "is a symbolic link (not followed)" });
    return;
  }
  if (info.isFile()) return discoverFile(target, found, named);
  if (info.isDirectory()) return discoverDir(target, found);
}

async function discoverFile(file: string, found: Discovery, named: boolean): Promise<void> {
  if (named ? isBundleFileName(file) : isNamedBundle(file)) {
    found.units.push(bundleFileUnit(file));
    return;
  }
  const units = await portageLogUnits(path.dirname(file), [path.basename(file)]);
  if (units.length > 0) found.units.push(...units);
  else if (named)
    found.rejected.push({ label: file, reason: "not a Portage build log, issue directory or bundle" });
}

async function discoverDir(dir: string, found: Discovery): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  if (names.has("kindling.json")) {
    found.units.push(await bundleDirUnit(dir, entries));
    return;
  }
  if (looksLikeIssueDir(names)) {
    const unit = await issueDirUnit(dir);
    if ("reason" in unit) found.rejected.push({ label: dir, reason: unit.reason });
    else found.units.push(unit);
    return;
  }
  const plainFiles = entries.filter((e) => e.isFile()).map((e) => e.name);
  found.units.push(...(await portageLogUnits(dir, plainFiles)));
  for (const bundle of plainFiles.filter(isNamedBundle))
    found.units.push(bundleFileUnit(path.join(dir, bundle)));
  for (const sub of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    // elog/ and build/ are read together with the logs they belong to.
    if (sub.name === "elog") continue;
    await discoverPath(path.join(dir, sub.name), found, false);
  }
}
