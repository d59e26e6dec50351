// Turns a corpus log about one package into a log about another: every spelling of the
// package (cat/PF, cat:PF, PF, S, P, PN), the timestamps and the maintainer header.
import { parseAtom } from "../gentoo/atom";

export type Replacement = readonly [from: string, to: string];

/** A package as a log names it. */
export interface LogIdentity {
  category: string;
  pn: string;
  /** PV plus any -rN, e.g. 3.3a-r1. */
  pvr: string;
  /** Basename of ${S}, often ${P} but not always (libyaml unpacks to yaml-0.2.5). */
  sourceDir: string;
}

export function pf(identity: LogIdentity): string {
  return `${identity.pn}-${identity.pvr}`;
}

export function pv(identity: LogIdentity): string {
  return identity.pvr.replace(/-r\d+$/, "");
}

export function atomOf(identity: LogIdentity): string {
  return `${identity.category}/${pf(identity)}`;
}

/** The identity a corpus log uses, with ${S} read from the log's own work paths. */
export function identityOfLog(atom: string, log: string): LogIdentity {
  const parsed = parseAtom(atom);
  if (!parsed) throw new Error(`not a category/PF atom: ${atom}`);
  const { category, name: pn, version: pvr } = parsed;
  const prefix = `/var/tmp/portage/${category}/${pn}-${pvr}/work/`;
  const start = log.indexOf(prefix);
  const rest = start >= 0 ? log.slice(start + prefix.length) : "";
  const sourceDir = /^[^/\s']+/.exec(rest)?.[0]?.replace(/(_build|-build)$/, "") ?? `${pn}-${pvr}`;
  return { category, pn, pvr, sourceDir };
}

/** Pairs that rename `from` to `to`; ordering does not matter, replaceAll takes the longest match. */
export function identityReplacements(from: LogIdentity, to: LogIdentity): Replacement[] {
  const targetP = `${to.pn}-${pv(to)}`;
  return [
    [atomOf(from), atomOf(to)],
    [`${from.category}:${pf(from)}`, `${to.category}:${pf(to)}`],
    [pf(from), pf(to)],
    [`${from.pn}-${pv(from)}`, targetP],
    [from.sourceDir, targetP],
    [from.pn, to.pn],
  ];
}

/**
 * Applies every pair in one left-to-right pass, longest `from` first, so a replaced
 * text is never replaced again (PN inside a new PF stays as it is).
 */
export function replaceAll(text: string, pairs: readonly Replacement[]): string {
  const table = new Map<string, string>();
  for (const [from, to] of pairs) if (from !== "" && !table.has(from)) table.set(from, to);
  if (table.size === 0) return text;
  const alternatives = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(alternatives.join("|"), "g");
  return text.replace(pattern, (match) => table.get(match) ?? match);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Portage's log-name stamp (UTC): YYYYMMDD-HHMMSS. */
export function logStamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, "")}-${iso.slice(11, 19).replace(/:/g, "")}`;
}

/** Moves every timestamp of the log to `date`: log-name stamps, wget/ISO times. */
export function retime(text: string, date: Date): string {
  const iso = date.toISOString();
  const spaced = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return text
    .replace(/\b20\d{6}-\d{6}\b/g, logStamp(date))
    .replace(/\b20\d{2}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/g, (match) =>
      match[10] === "T" ? iso.slice(0, 19) : spaced,
    );
}

/** Rewrites the ` * Maintainer:` header line (Portage prints the metadata.xml e-mails). */
export function setMaintainerHeader(log: string, emails: readonly string[]): string {
  return log.replace(/^( \* Maintainer: ).*$/m, `$1${emails.join(" ")}`);
}
