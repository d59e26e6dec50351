// `emerge --info` parsed into the few facts a triager looks for first (Portage,
// profile, toolchain, flags), keeping everything else as key/value pairs. Pure:
// text in, summary out; unknown lines are ignored, never fatal.

export interface EmergeInfoSummary {
  portageVersion: string | null;
  /** The parenthesised header fields: python, profile, gcc, glibc, kernel. */
  header: {
    python: string | null;
    profile: string | null;
    gcc: string | null;
    glibc: string | null;
    kernel: string | null;
  };
  uname: string | null;
  /** "cat/pkg: 1.2.3::gentoo" lines (the toolchain and build tools). */
  packages: Array<{ name: string; versions: string }>;
  repositories: Array<{ name: string; location: string | null }>;
  /** KEY="value" settings (CFLAGS, USE, FEATURES, MAKEOPTS, USE_EXPAND variables...). */
  variables: Record<string, string>;
  unset: string[];
}

const HEADER = /^Portage (\S+) \(([^)]*)\)/;
const PACKAGE_LINE = /^([a-z0-9][\w+.-]*\/[\w+.-]+):\s+(\S.*)$/i;
const ASSIGNMENT = /([A-Z][A-Z0-9_]*)="([^"]*)"/g;

export function parseEmergeInfo(text: string): EmergeInfoSummary {
  const summary: EmergeInfoSummary = {
    portageVersion: null,
    header: { python: null, profile: null, gcc: null, glibc: null, kernel: null },
    uname: null,
    packages: [],
    repositories: [],
    variables: {},
    unset: [],
  };
  let inRepositories = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("Portage ") && summary.portageVersion === null) readHeader(line, summary);
    else if (line.startsWith("System uname: ")) summary.uname = line.slice("System uname: ".length).trim();
    else if (line.startsWith("Unset:"))
      summary.unset = line
        .slice(6)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (line === "Repositories:") inRepositories = true;
    else if (line.endsWith("Repositories:"))
      inRepositories = false; // "Binary Repositories:" are binhosts
    else if (/^[A-Z][A-Z0-9_]*="/.test(line)) {
      inRepositories = false;
      for (const [, key, value] of line.matchAll(ASSIGNMENT)) summary.variables[key] = value;
    } else if (inRepositories) readRepositoryLine(line, summary);
    else {
      const pkg = PACKAGE_LINE.exec(line);
      if (pkg) summary.packages.push({ name: pkg[1], versions: pkg[2].trim() });
    }
  }
  return summary;
}

function readHeader(line: string, summary: EmergeInfoSummary): void {
  const match = HEADER.exec(line);
  if (!match) return;
  summary.portageVersion = match[1];
  const fields = match[2].split(",").map((s) => s.trim());
  const header = summary.header;
  header.python = fields.find((f) => f.startsWith("python "))?.slice(7) ?? null;
  header.profile = fields.find((f) => f.includes("/") && !f.startsWith("python")) ?? null;
  header.gcc = fields.find((f) => f.startsWith("gcc"))?.replace(/^gcc-?/, "") ?? null;
  header.glibc = fields.find((f) => f.startsWith("glibc"))?.replace(/^glibc-?/, "") ?? null;
  header.kernel = fields[fields.length - 1] ?? null;
}

// A repository block: its name alone on a line, then indented "key: value" lines.
function readRepositoryLine(line: string, summary: EmergeInfoSummary): void {
  if (/^\S+$/.test(line)) summary.repositories.push({ name: line, location: null });
  const location = /^\s+location: (.*)$/.exec(line);
  const last = summary.repositories[summary.repositories.length - 1];
  if (location && last) last.location = location[1];
}
