// Installed-package lists a result may carry, parsed once for every reader (the
// file page's table, the environment diff, the cause pages): toralf's
// qlist-info.txt (`cat/pf (USE flags) [slot]`) and a plain
// installed-packages.txt (`cat/pf` per line under a header). Lines that are not
// a versioned atom (headers, footers) are skipped. Pure: the caller reads the text.
import { parseAtom } from "./atom";

export interface InstalledPackage {
  /** cat/pf */
  atom: string;
  category: string;
  /** PN */
  name: string;
  /** PVR */
  version: string;
  slot: string;
  /** USE flags as qlist prints them, split by sign; empty for plain lists. */
  useEnabled: string[];
  useDisabled: string[];
}

/** cat/pn → its installed version; a package installed in several slots keeps each version, joined by ", ". */
export type InstalledVersions = Map<string, { version: string }>;

const ROW = /^(\S+)(?:\s+\(([^)]*)\))?(?:\s+\[([^\]]*)\])?\s*$/;

/** Every installed package, in the order the list gives them. */
export function parseInstalledPackages(text: string): InstalledPackage[] {
  const rows: InstalledPackage[] = [];
  for (const line of text.split("\n")) {
    const match = ROW.exec(line.trim());
    if (!match) continue;
    const atom = parseAtom(match[1]);
    if (!atom) continue;
    const flags = (match[2] ?? "").split(/\s+/).filter(Boolean);
    rows.push({
      atom: `${atom.category}/${atom.pf}`,
      category: atom.category,
      name: atom.name,
      version: atom.version,
      slot: match[3] ?? "",
      useEnabled: flags.filter((flag) => !flag.startsWith("-")),
      useDisabled: flags.filter((flag) => flag.startsWith("-")).map((flag) => flag.slice(1)),
    });
  }
  return rows;
}

/** The versions by cat/pn, for comparing two builds' lists and looking a provider up. */
export function installedVersions(packages: readonly InstalledPackage[]): InstalledVersions {
  const versions: InstalledVersions = new Map();
  for (const { category, name, version } of packages) {
    const key = `${category}/${name}`;
    const seen = versions.get(key);
    if (seen) seen.version = `${seen.version}, ${version}`;
    else versions.set(key, { version });
  }
  return versions;
}
