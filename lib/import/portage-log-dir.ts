// Build logs in a PORTAGE_LOGDIR: `cat:pf:stamp.log[.gz|.xz|.bz2]`, or under
// build/<cat>/ with split-log. Elog files (elog/cat:pf:stamp.log) are attached
// to the newest build log of the same cat/pf that started before them.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { ImportFile, ImportUnit } from "./import-unit";
import { type PortageLogName, parsePortageLogName } from "./portage-log-name";

interface FoundLog extends PortageLogName {
  file: ImportFile;
}

export async function portageLogUnits(dir: string, fileNames: string[]): Promise<ImportUnit[]> {
  const parent = path.basename(dir);
  const grandparent = path.basename(path.dirname(dir));
  const splitCategory = grandparent === "build" ? parent : undefined;
  const logs: FoundLog[] = [];
  for (const name of fileNames.sort()) {
    const parsed = parsePortageLogName(name, splitCategory);
    if (parsed) logs.push({ ...parsed, file: { name, path: path.join(dir, name) } });
  }
  if (logs.length === 0) return [];
  const elogs = await readElogs(splitCategory ? path.join(dir, "..", "..", "elog") : path.join(dir, "elog"));
  return Promise.all(logs.map((log) => unitFor(log, attachElogs(log, logs, elogs))));
}

async function readElogs(elogDir: string): Promise<FoundLog[]> {
  const names = await readdir(elogDir).catch(() => [] as string[]);
  const elogs: FoundLog[] = [];
  for (const name of names) {
    const parsed = parsePortageLogName(name);
    if (parsed) elogs.push({ ...parsed, file: { name: `elog-${name}`, path: path.join(elogDir, name) } });
  }
  return elogs;
}

function attachElogs(log: FoundLog, logs: FoundLog[], elogs: FoundLog[]): ImportFile[] {
  return elogs
    .filter((e) => e.category === log.category && e.pf === log.pf && e.timestamp >= log.timestamp)
    .filter((e) => {
      // Belongs to this log unless a later log of the same package started before it.
      const later = logs.find(
        (l) => l.category === log.category && l.pf === log.pf && l.timestamp > log.timestamp,
      );
      return !later || e.timestamp < later.timestamp;
    })
    .map((e) => e.file);
}

async function unitFor(log: FoundLog, elogFiles: ImportFile[]): Promise<ImportUnit> {
  const finished = await stat(log.file.path).then((s) => s.mtime);
  const started = Number.isNaN(log.timestamp.getTime()) ? undefined : log.timestamp;
  return {
    label: log.file.path,
    source: "portage-log",
    tinderbox: null,
    meta: {
      atom: `${log.category}/${log.pf}`,
      startedAt: started?.toISOString(),
      finishedAt: started && finished > started ? finished.toISOString() : undefined,
      files: [
        { name: log.file.name, role: "build-log" },
        ...elogFiles.map((f) => ({ name: f.name, role: "elog" as const })),
      ],
    },
    files: [log.file, ...elogFiles],
  };
}
