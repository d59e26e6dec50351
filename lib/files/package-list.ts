// Installed-package lists: qlist-info (`cat/pf (use flags) [slot]`, one per
// line, from `qlist -IRv`-like output) and installed-packages (`cat/pf` lines
// under a header). One parser reads both; lines that are not an atom are skipped.
import { parseAtom } from "@/lib/analysis/atom";

export interface InstalledPackage {
  atom: string;
  category: string;
  name: string;
  version: string;
  slot: string;
  useEnabled: string[];
  useDisabled: string[];
}

const LINE = /^([a-z0-9][\w+.-]*\/[\w+.-]+)(?:\s+\(([^)]*)\))?(?:\s+\[([^\]]*)\])?\s*$/i;

export function parsePackageList(text: string): InstalledPackage[] {
  const rows: InstalledPackage[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const atom = parseAtom(match[1]);
    if (!atom) continue;
    const flags = (match[2] ?? "").split(/\s+/).filter(Boolean);
    rows.push({
      atom: atom.atom,
      category: atom.category,
      name: atom.packageName,
      version: atom.version ?? "",
      slot: match[3] ?? "",
      useEnabled: flags.filter((f) => !f.startsWith("-")),
      useDisabled: flags.filter((f) => f.startsWith("-")).map((f) => f.slice(1)),
    });
  }
  return rows;
}
