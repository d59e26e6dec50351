// `emerge --info` (a tinderbox's emerge-info.txt) parsed once, for every reader:
// the file page's summary, the environment diff, the bug's toolchain section and
// the cause pages. Pure: text in, facts out; unknown lines are ignored, never fatal.
import { parseAtom } from "./atom";

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
  /** `System uname: Linux-6.12.31-gentoo-x86_64-...`. */
  uname: string | null;
  /** The version table (`sys-devel/gcc: 14.3.0::gentoo`) keyed by cat/pn, values as printed, in order. */
  packages: Map<string, string>;
  /** Every `KEY="value"` assignment, including the several that share the USE line. */
  vars: Map<string, string>;
  /** `Head commit of repository gentoo: <sha>` keyed by repository. */
  repositoryHeads: Map<string, string>;
  /** `ld GNU ld (Gentoo 2.44 p1) 2.44.0` and `sh bash 5.2_p37`. */
  tools: Map<string, string>;
  /** The `Repositories:` block: each repository's name and `location:`, in order. */
  repositories: Array<{ name: string; location: string | null }>;
  /** The variables `Unset:` names. */
  unset: string[];
}

const PORTAGE_LINE = /^Portage (\S+) \((.*)\)\s*$/;
const PACKAGE_ROW = /^([A-Za-z0-9][\w+.-]*\/[\w+.-]+):\s+(\S.*)$/;
const ASSIGNMENT_START = /^[A-Z][A-Z0-9_]*="/;
const ASSIGNMENT = /([A-Z][A-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const REPOSITORY_HEAD = /^Head commit of repository (\S+): ([0-9a-f]{7,64})\s*$/;
const TOOL_LINE = /^(sh|ld) (\S.*)$/;
const REPOSITORY_LOCATION = /^\s+location: (.*)$/;

export function parsePortageLine(line: string): PortageLine | null {
  const match = PORTAGE_LINE.exec(line.trim());
  if (!match) return null;
  const parts = match[2].split(", ");
  if (parts.length < 5) return null;
  const [python, profile, compiler, libc] = parts;
  const [kernel = "", arch = ""] = parts[parts.length - 1].split(" ");
  return { portage: match[1], python, profile, compiler, libc, kernel, arch };
}

/** The Portage line's fields as a reader names them: "GCC 14", not "gcc-14"; no GCC row on a clang system, no glibc row on musl. */
export function portageFacts(line: PortageLine | null): Array<[string, string | null]> {
  if (!line) return [];
  const versionOf = (field: string, name: string) =>
    field.startsWith(name) ? field.slice(name.length).replace(/^-/, "") : null;
  return [
    ["Portage", line.portage],
    ["Profile", line.profile],
    ["GCC", versionOf(line.compiler, "gcc")],
    ["glibc", versionOf(line.libc, "glibc")],
    ["Python", versionOf(line.python, "python ")],
    ["Kernel", `${line.kernel} ${line.arch}`.trim()],
  ];
}

export function parseEmergeInfo(text: string): EmergeInfo {
  const info: EmergeInfo = {
    portageLine: null,
    uname: null,
    packages: new Map(),
    vars: new Map(),
    repositoryHeads: new Map(),
    tools: new Map(),
    repositories: [],
    unset: [],
  };
  let inRepositories = false;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/\r$/, "");
    if (!info.portageLine && line.startsWith("Portage ")) info.portageLine = parsePortageLine(line);
    else if (ASSIGNMENT_START.test(line)) {
      inRepositories = false;
      readAssignments(line, info.vars);
    } else if (line === "Repositories:") inRepositories = true;
    // "Binary Repositories:" are binhosts, not ebuild repositories.
    else if (line.endsWith("Repositories:")) inRepositories = false;
    else if (inRepositories) readRepositoryLine(line, info.repositories);
    else readOtherLine(line, info);
  }
  return info;
}

function readAssignments(line: string, vars: Map<string, string>): void {
  for (const match of line.matchAll(ASSIGNMENT)) vars.set(match[1], match[2]);
}

// A repository block: its name alone on a line, then indented "key: value" lines.
function readRepositoryLine(line: string, repositories: EmergeInfo["repositories"]): void {
  if (/^\S+$/.test(line)) repositories.push({ name: line, location: null });
  const location = REPOSITORY_LOCATION.exec(line);
  const last = repositories[repositories.length - 1];
  if (location && last) last.location = location[1];
}

function readOtherLine(line: string, info: EmergeInfo): void {
  if (line.startsWith("System uname: ")) {
    info.uname = line.slice("System uname: ".length).trim();
    return;
  }
  if (line.startsWith("Unset:")) {
    info.unset = line
      .slice("Unset:".length)
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    return;
  }
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
