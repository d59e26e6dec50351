// emerge-history (`qlop --merge --unmerge` output): what was merged before the
// failing build and how long it took, to spot a toolchain update right before it.

export interface HistoryEntry {
  time: string;
  action: "merge" | "unmerge";
  atom: string;
  /** As qlop prints it: 1h52'41", 4'12", 39s. */
  duration: string | null;
  durationSec: number | null;
}

const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\s+(>>>|<<<)\s+(\S+?)(?::\s+(\S+))?\s*$/;

export function parseEmergeHistory(text: string): HistoryEntry[] {
  const rows: HistoryEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match) continue;
    rows.push({
      time: match[1],
      action: match[2] === ">>>" ? "merge" : "unmerge",
      atom: match[3],
      duration: match[4] ?? null,
      durationSec: match[4] ? durationSeconds(match[4]) : null,
    });
  }
  return rows;
}

/** 1h52'41" -> 6761, 4'12" -> 252, 39s -> 39; null when unreadable. */
export function durationSeconds(text: string): number | null {
  const match = /^(?:(\d+)h)?(?:(\d+)')?(?:(\d+)(?:"|s))?$/.exec(text);
  if (!match || text === "") return null;
  const [, h, m, s] = match;
  return Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
}
