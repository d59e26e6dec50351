// Portage names a build log `${CATEGORY}:${PF}:${YYYYMMDD-HHMMSS}.log` in
// PORTAGE_LOGDIR, and `build/${CATEGORY}/${PF}:${YYYYMMDD-HHMMSS}.log` with
// FEATURES=split-log; elog files use the first form under `elog/`.

export interface PortageLogName {
  category: string;
  pf: string;
  timestamp: Date;
}

const FLAT =
  /^([A-Za-z0-9][A-Za-z0-9+_.-]*):([A-Za-z0-9+_][A-Za-z0-9+_.-]*):(\d{8}-\d{6})\.log(\.gz|\.xz|\.bz2)?$/;
const SPLIT = /^([A-Za-z0-9+_][A-Za-z0-9+_.-]*):(\d{8}-\d{6})\.log(\.gz|\.xz|\.bz2)?$/;

export function parsePortageLogName(fileName: string, parentDir?: string): PortageLogName | null {
  const flat = FLAT.exec(fileName);
  if (flat) return { category: flat[1], pf: flat[2], timestamp: parseStamp(flat[3]) };
  const split = SPLIT.exec(fileName);
  if (split && parentDir) return { category: parentDir, pf: split[1], timestamp: parseStamp(split[2]) };
  return null;
}

/** `20261128-044417` in UTC (tinderboxes run in UTC; Portage uses local time, which we cannot know). */
export function parseStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return new Date(Number.NaN);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}
