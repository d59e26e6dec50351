// Gentoo package atoms (docs/domain.md, "Packages and atoms"): `category/PF`
// with PF = PN-PVR. One PMS version rule for the whole project: the analysis
// reads atoms out of logs with splitAtom, an upload's package is parseAtom.

/** An atom as a log prints it: the version is null when no part of PF is a PMS version. */
export interface AtomParts {
  atom: string;
  category: string;
  packageName: string;
  version: string | null;
}

/** The package of an upload: a plain category and a version are required. */
export interface ParsedAtom {
  category: string;
  name: string; // PN
  version: string; // PVR, e.g. 1.19-r1
  pf: string; // PN-PVR
}

// A PMS version (§3.2): 1.2.3b_rc1_p2-r1. Checked on the text after each "-", never on the whole atom,
// so the first dash followed by a version splits PN from PVR (python-3-compat-1.0_rc2).
const VERSION = /^\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?$/;
const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9+_.-]*$/;

/** Splits `cat/pf` (a trailing `:slot` or `::repo` is dropped); null if it is not `cat/pf` at all. */
export function splitAtom(raw: string): AtomParts | null {
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

/** Parses `cat/pf` (a leading `=` and a trailing `::repo` or `:slot` are ignored); null when it is not one. */
export function parseAtom(atom: string): ParsedAtom | null {
  const parsed = splitAtom(atom.trim().replace(/^=/, ""));
  if (!parsed?.version || !parsed.packageName || !CATEGORY.test(parsed.category)) return null;
  const { category, packageName: name, version } = parsed;
  return { category, name, version, pf: `${name}-${version}` };
}
