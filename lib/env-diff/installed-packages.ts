// Parses the installed-package lists a result may carry: toralf's qlist-info.txt
// (`cat/pf (USE flags) [slot]`) and a plain installed-packages.txt (`cat/pf` per
// line after a header). Pure: the caller reads the text.
import { parseAtom } from "../gentoo/atom";

export interface InstalledPackage {
  /** cat/pn */
  name: string;
  version: string;
  /** Enabled and disabled USE flags as qlist prints them; empty for plain lists. */
  useFlags: string[];
  slot: string;
}

const QLIST_ROW = /^(\S+)(?: \(([^)]*)\))?(?: \[([^\]]*)\])?\s*$/;

/** cat/pn → the installed package; a package installed in several slots keeps each version, joined by ", ". */
export function parseInstalledPackages(text: string): Map<string, InstalledPackage> {
  const packages = new Map<string, InstalledPackage>();
  for (const rawLine of text.split("\n")) {
    const match = QLIST_ROW.exec(rawLine.trim());
    if (!match) continue;
    const atom = parseAtom(match[1]);
    if (!atom) continue;
    const name = `${atom.category}/${atom.name}`;
    const seen = packages.get(name);
    const useFlags = match[2] ? match[2].split(/\s+/).filter(Boolean) : [];
    if (seen) seen.version = `${seen.version}, ${atom.version}`;
    else packages.set(name, { name, version: atom.version, useFlags, slot: match[3] ?? "" });
  }
  return packages;
}
