// A toralf/tinderbox issue directory (<image>/var/tmp/tb/issues/<stamp>-<cat>_<pf>/):
// title, issue, comment0, emerge-info.txt and files/ with the package log and
// the attachments (docs/domain.md, "toralf's tinderbox").
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ImportFile, ImportUnit } from "./import-unit";
import { parsePortageLogName } from "./portage-log-name";

const ROOT_FILES = ["title", "issue", "comment0", "emerge-info.txt"];

export function looksLikeIssueDir(names: Set<string>): boolean {
  return names.has("title") && (names.has("issue") || names.has("files"));
}

export async function issueDirUnit(dir: string): Promise<ImportUnit | { reason: string }> {
  const rootNames = new Set(await readdir(dir));
  const files: ImportFile[] = ROOT_FILES.filter((n) => rootNames.has(n)).map((name) => ({
    name,
    path: path.join(dir, name),
  }));
  const attachments = await readdir(path.join(dir, "files"), { withFileTypes: true }).catch(() => []);
  for (const entry of attachments) {
    if (entry.isFile() && !files.some((f) => f.name === entry.name)) {
      files.push({ name: entry.name, path: path.join(dir, "files", entry.name) });
    }
  }
  const log = files.map((f) => ({ f, parsed: parsePortageLogName(f.name) })).find((x) => x.parsed);
  if (!log?.parsed) return { reason: "issue directory without a cat:pf:stamp.log in files/" };
  const title = (await readFile(path.join(dir, "title"), "utf8")).split("\n")[0].trim();
  const comment0 = rootNames.has("comment0") ? await readFile(path.join(dir, "comment0"), "utf8") : "";
  const started = log.parsed.timestamp;
  return {
    label: dir,
    source: "issue-dir",
    tinderbox: imageNameFrom(comment0) ?? imageNameFromPath(dir),
    meta: {
      atom: atomFromTitle(title) ?? `${log.parsed.category}/${log.parsed.pf}`,
      title: title || undefined,
      startedAt: Number.isNaN(started.getTime()) ? undefined : started.toISOString(),
      files: [{ name: log.f.name, role: "build-log" }],
    },
    files,
  };
}

/** `dev-libs/popt-1.19 - ...` or `dev-libs/popt-1.19 fails test - ...` */
export function atomFromTitle(title: string): string | undefined {
  return /^([A-Za-z0-9][\w+.-]*\/[\w+.-]+?)(?: fails test)? - /.exec(title)?.[1];
}

/** comment0 says `name: 23.0_llvm-20241010-060009` for the image. */
export function imageNameFrom(comment0: string): string | null {
  return /^\s*name:\s*(\S+)\s*$/m.exec(comment0)?.[1] ?? null;
}

/** <image>/var/tmp/tb/issues/<issue>: the image directory's name. */
export function imageNameFromPath(dir: string): string | null {
  const parts = path.resolve(dir).split(path.sep);
  const at = parts.lastIndexOf("issues");
  return at >= 4 && parts.slice(at - 3, at).join("/") === "var/tmp/tb" ? parts[at - 4] : null;
}
