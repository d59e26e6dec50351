// Gentoo package atoms: `category/PF` where PF = PN-PVR (PMS §3.1, §3.2).
// A version starts at the last `-` followed by a PMS version, so
// `dev-libs/libxml2-2.13.8-r1` is PN libxml2 and PVR 2.13.8-r1, and a PN that
// itself ends in a number-like word (`app-misc/foo-2bar-1.0`) still splits right.

export interface ParsedAtom {
  category: string;
  name: string; // PN
  version: string; // PVR, e.g. 1.19-r1
  pf: string; // PN-PVR
}

const VERSION = /-(\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?)$/;
const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9+_.-]*$/;

/** Parses `cat/pf` (a leading `=` and a trailing `::repo` or `:slot` are ignored); null when it is not one. */
export function parseAtom(atom: string): ParsedAtom | null {
  const cleaned = atom
    .trim()
    .replace(/^=/, "")
    .replace(/::.*$/, "")
    .replace(/:[^/]*$/, "");
  const slash = cleaned.indexOf("/");
  if (slash <= 0 || slash !== cleaned.lastIndexOf("/")) return null;
  const category = cleaned.slice(0, slash);
  const pf = cleaned.slice(slash + 1);
  if (!CATEGORY.test(category)) return null;
  const match = VERSION.exec(pf);
  if (!match || match.index === 0) return null;
  return { category, name: pf.slice(0, match.index), version: match[1], pf };
}
