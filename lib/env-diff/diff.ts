// What changed between the environment of an earlier build and this one, most
// telling first: toolchain versions, then compiler/linker flags and USE, then
// the rest of the installed packages. Pure: inputs are parsed files.
import type { EmergeInfo } from "../gentoo/emerge-info";
import type { InstalledVersions } from "../gentoo/installed-packages";
import { TOOLCHAIN_PACKAGES } from "../gentoo/toolchain";

export type EnvChangeGroup = "toolchain" | "flags" | "use" | "variables" | "packages";

export interface EnvChange {
  group: EnvChangeGroup;
  key: string;
  /** null: absent in that build. */
  before: string | null;
  after: string | null;
}

export interface EnvFacts {
  emergeInfo: EmergeInfo | null;
  installed: InstalledVersions | null;
}

export const FLAG_VARIABLES = ["CFLAGS", "CXXFLAGS", "LDFLAGS", "FFLAGS", "FCFLAGS", "MAKEOPTS", "RUSTFLAGS"];
const USE_VARIABLES = new Set(["USE"]);
/** Variables that differ between any two machines and say nothing about a failure. */
const IGNORED_VARIABLES = new Set(["GENTOO_MIRRORS", "PORTAGE_RSYNC_OPTS", "DISTDIR", "PKGDIR"]);

export function diffEnvironments(before: EnvFacts, after: EnvFacts): EnvChange[] {
  return [
    ...toolchainChanges(before, after),
    ...variableChanges(before.emergeInfo, after.emergeInfo),
    ...packageChanges(before, after),
  ];
}

function toolchainChanges(before: EnvFacts, after: EnvFacts): EnvChange[] {
  const changes: EnvChange[] = [];
  const lineBefore = before.emergeInfo?.portageLine;
  const lineAfter = after.emergeInfo?.portageLine;
  if (lineBefore && lineAfter) {
    for (const key of ["portage", "python", "profile", "compiler", "libc", "kernel"] as const)
      pushIfChanged(changes, "toolchain", `Portage line: ${key}`, lineBefore[key], lineAfter[key]);
  }
  // emerge --info lists only some packages: a name missing on one side is not news unless both lists are complete.
  const bothComplete = before.installed !== null && after.installed !== null;
  for (const name of TOOLCHAIN_PACKAGES) {
    const versionBefore = versionOf(before, name);
    const versionAfter = versionOf(after, name);
    if (bothComplete || (versionBefore && versionAfter))
      pushIfChanged(changes, "toolchain", name, versionBefore, versionAfter);
  }
  return changes;
}

function variableChanges(before: EmergeInfo | null, after: EmergeInfo | null): EnvChange[] {
  if (!before || !after) return [];
  const keys = [...new Set([...before.vars.keys(), ...after.vars.keys()])].sort(byFlagsFirst);
  const changes: EnvChange[] = [];
  for (const key of keys) {
    if (IGNORED_VARIABLES.has(key)) continue;
    const group: EnvChangeGroup = FLAG_VARIABLES.includes(key)
      ? "flags"
      : USE_VARIABLES.has(key)
        ? "use"
        : "variables";
    const valueBefore = before.vars.get(key) ?? null;
    const valueAfter = after.vars.get(key) ?? null;
    if (group === "use" && valueBefore !== null && valueAfter !== null) {
      pushIfChanged(changes, group, key, ...diffUseFlags(valueBefore, valueAfter));
    } else pushIfChanged(changes, group, key, valueBefore, valueAfter);
  }
  return changes;
}

function byFlagsFirst(a: string, b: string): number {
  const rank = (key: string) => (FLAG_VARIABLES.includes(key) ? 0 : USE_VARIABLES.has(key) ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** USE is hundreds of flags: show only the ones that were removed (before) and added (after). */
export function diffUseFlags(before: string, after: string): [string | null, string | null] {
  const flagsBefore = new Set(before.split(/\s+/).filter(Boolean));
  const flagsAfter = new Set(after.split(/\s+/).filter(Boolean));
  const removed = [...flagsBefore].filter((flag) => !flagsAfter.has(flag));
  const added = [...flagsAfter].filter((flag) => !flagsBefore.has(flag));
  if (removed.length === 0 && added.length === 0) return [null, null];
  return [
    removed.map((flag) => `-${flag}`).join(" ") || null,
    added.map((flag) => `+${flag}`).join(" ") || null,
  ];
}

function packageChanges(before: EnvFacts, after: EnvFacts): EnvChange[] {
  if (!before.installed || !after.installed) return [];
  const toolchain = new Set<string>(TOOLCHAIN_PACKAGES);
  const names = [...new Set([...before.installed.keys(), ...after.installed.keys()])].sort();
  const changes: EnvChange[] = [];
  for (const name of names) {
    if (toolchain.has(name)) continue;
    const versionBefore = before.installed.get(name)?.version ?? null;
    const versionAfter = after.installed.get(name)?.version ?? null;
    pushIfChanged(changes, "packages", name, versionBefore, versionAfter);
  }
  return changes;
}

/** The installed list is exact; the emerge --info table only names the toolchain, with `::repo`. */
function versionOf(facts: EnvFacts, name: string): string | null {
  const installed = facts.installed?.get(name)?.version;
  if (installed) return installed;
  const row = facts.emergeInfo?.packages.get(name);
  return row ? row.replace(/::\S+/g, "").replace(/\s*\(.*\)$/, "") : null;
}

function pushIfChanged(
  changes: EnvChange[],
  group: EnvChangeGroup,
  key: string,
  before: string | null,
  after: string | null,
): void {
  if (before === after) return;
  changes.push({ group, key, before, after });
}
