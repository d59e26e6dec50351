// The package of an upload: `category/PF` where PF = PN-PVR. The splitting is
// the analysis library's (one PMS version rule for the whole project); an upload
// additionally needs a version and a plain category name.
import { parseAtom as splitAtom } from "../analysis/atom";

export interface ParsedAtom {
  category: string;
  name: string; // PN
  version: string; // PVR, e.g. 1.19-r1
  pf: string; // PN-PVR
}

const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9+_.-]*$/;

/** Parses `cat/pf` (a leading `=` and a trailing `::repo` or `:slot` are ignored); null when it is not one. */
export function parseAtom(atom: string): ParsedAtom | null {
  const parsed = splitAtom(atom.trim().replace(/^=/, ""));
  if (!parsed?.version || !parsed.packageName || !CATEGORY.test(parsed.category)) return null;
  const { category, packageName: name, version } = parsed;
  return { category, name, version, pf: `${name}-${version}` };
}
