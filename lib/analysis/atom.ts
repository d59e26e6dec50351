// Splitting a Portage `cat/pf` into category, PN and PVR (PMS §3.2 version syntax).

export interface ParsedAtom {
  atom: string;
  category: string;
  packageName: string;
  version: string | null;
}

// A PMS version: 1.2.3b_rc1_p2-r1. Checked on the text after each "-", never on the whole atom.
const VERSION = /^\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?$/;

/** Parses `cat/pf` (a trailing `:slot` or `::repo` is dropped); null if it is not an atom. */
export function parseAtom(raw: string): ParsedAtom | null {
  const atom = raw.trim().slice(0, 300).replace(/:.*$/, "");
  const slash = atom.indexOf("/");
  if (slash <= 0 || slash === atom.length - 1 || atom.indexOf("/", slash + 1) !== -1) return null;
  const category = atom.slice(0, slash);
  const pf = atom.slice(slash + 1);
  for (let dash = pf.indexOf("-"); dash !== -1; dash = pf.indexOf("-", dash + 1)) {
    if (VERSION.test(pf.slice(dash + 1))) {
      return { atom, category, packageName: pf.slice(0, dash), version: pf.slice(dash + 1) };
    }
  }
  return { atom, category, packageName: pf, version: null };
}
