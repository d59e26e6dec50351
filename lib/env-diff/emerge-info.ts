// Parses `emerge --info` output (toralf's emerge-info.txt) into the facts an
// environment diff and a bug report need. Pure: the caller reads the text.
import { parseAtom } from "../gentoo/atom";

/** The first line: `Portage 3.0.67 (python 3.13.3-final-0, <profile>, gcc-14, glibc-2.40-r8, 6.12.31-gentoo x86_64)`. */
export interface PortageLine {
  portage: string;
  python: string;
  profile: string;
  compiler: string;
  libc: string;
  kernel: string;
  arch: string;
}

export interface EmergeInfo {
  portageLine: PortageLine | null;
  /** The version table (`sys-devel/gcc: 14.3.0::gentoo`) keyed by cat/pn, values as printed. */
  packages: Map<string, string>;
  /** Every `KEY="value"` assignment, including the several that share the USE line. */
  vars: Map<string, string>;
  /** `Head commit of repository gentoo: <sha>` keyed by repository. */
  repositoryHeads: Map<string, string>;
  /** `ld GNU ld (Gentoo 2.44 p1) 2.44.0` and `sh bash 5.2_p37`. */
  tools: Map<string, string>;
}

const PORTAGE_LINE = /^Portage (\S+) \((.*)\)\s*$/;
const PACKAGE_ROW = /^([A-Za-z0-9][\w+.-]*\/[\w+.-]+):\s+(\S.*)$/;
const ASSIGNMENT_START = /^[A-Z][A-Z0-9_]*="/;
const ASSIGNMENT = /([A-Z][A-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const REPOSITORY_HEAD = /^Head commit of repository (\S+): ([0-9a-f]{7,64})\s*$/;
const TOOL_LINE = /^(sh|ld) (\S.*)$/;

export function parsePortageLine(line: string): PortageLine | null {
  const match = PORTAGE_LINE.exec(line.trim());
  if (!match) return null;
  const parts = match[2].split(", ");
  if (parts.length < 5) return null;
  const [python, profile, compiler, libc] = parts;
  const [kernel = "", arch = ""] = parts[parts.length - 1].split(" ");
  return { portage: match[1], python, profile, compiler, libc, kernel, arch };
}

export function parseEmergeInfo(text: string): EmergeInfo {
  const info: EmergeInfo = {
    portageLine: null,
    packages: new Map(),
    vars: new Map(),
    repositoryHeads: new Map(),
    tools: new Map(),
  };
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    if (!info.portageLine && line.startsWith("Portage ")) info.portageLine = parsePortageLine(line);
    else if (ASSIGNMENT_START.test(line)) readAssignments(line, info.vars);
    else readOtherLine(line, info);
  }
  return info;
}

function readAssignments(line: string, vars: Map<string, string>): void {
  for (const match of line.matchAll(ASSIGNMENT)) vars.set(match[1], match[2]);
}

function readOtherLine(line: string, info: EmergeInfo): void {
  const head = REPOSITORY_HEAD.exec(line);
  if (head) {
    info.repositoryHeads.set(head[1], head[2]);
    return;
  }
  const tool = TOOL_LINE.exec(line);
  if (tool) {
    info.tools.set(tool[1], tool[2].trim());
    return;
  }
  const row = PACKAGE_ROW.exec(line);
  // A cat/pn key, not a cat/pf (which would be an installed-packages list).
  if (row && !parseAtom(row[1])) info.packages.set(row[1], row[2].trim());
}
