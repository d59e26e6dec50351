// The corpus cases themselves as results, byte for byte, so the demo shows the exact
// logs the analysis is golden-tested on next to the synthetic ones.
import { roleForFileName } from "../ingest/file-roles";
import type { ResultMeta } from "../ingest/result-meta";
import { CATEGORY_PROJECTS, MAINTAINER_NEEDED } from "./categories";
import { type CorpusCase, type CorpusFile, loadCorpusCases } from "./corpus";
import type { SyntheticTinderbox } from "./tinderboxes";
import type { SyntheticFile, SyntheticResult } from "./types";

/** The image the corpus issue dirs name in their comment0. */
export const CORPUS_TINDERBOX: SyntheticTinderbox = {
  name: "23.0_desktop_systemd-20261120-071502",
  description:
    "An unstable amd64 chroot image at a tinderbox (==build bot), profile default/linux/amd64/23.0/desktop/systemd",
  profile: "default/linux/amd64/23.0/desktop/systemd",
  arch: "amd64",
  keywords: "~amd64",
  toolchainTags: ["systemd"],
};

/** Files that describe the case rather than belong to the result. */
const NOT_UPLOADED = new Set(["build.log", "expected.json"]);

export function corpusResults(corpusDir?: string): SyntheticResult[] {
  return loadCorpusCases(corpusDir).map(corpusResult);
}

function corpusResult(entry: CorpusCase): SyntheticResult {
  const logFile = entry.files.find((file) =>
    /^issue-dir\/files\/[^/]+:[^/]+:\d{8}-\d{6}\.log$/.test(file.relativePath),
  );
  const logName = logFile ? baseName(logFile.relativePath) : "build.log";
  const files: SyntheticFile[] = [{ name: logName, content: requireFile(entry, "build.log").content }];
  for (const file of entry.files) {
    const name = baseName(file.relativePath);
    if (file === logFile || NOT_UPLOADED.has(file.relativePath) || files.some((seen) => seen.name === name))
      continue;
    files.push({ name, content: file.content });
  }
  const title = entry.files
    .find((file) => file.relativePath === "issue-dir/title")
    ?.content.toString("utf8")
    .trim();
  const meta: ResultMeta = {
    idempotencyKey: `corpus-${entry.name}`,
    atom: entry.expected.atom,
    repository: "gentoo",
    status: entry.expected.status,
    finishedAt: finishedAtOf(logName, entry.expected.atom),
    profile: CORPUS_TINDERBOX.profile,
    ...(title || entry.expected.title ? { title: title || entry.expected.title } : {}),
    maintainers: maintainersOf(entry.buildLog),
    files: files.map((file) => ({ name: file.name, role: roleForFileName(file.name) })),
  };
  return { tinderbox: CORPUS_TINDERBOX, meta, files };
}

function requireFile(entry: CorpusCase, relativePath: string): CorpusFile {
  const file = entry.files.find((candidate) => candidate.relativePath === relativePath);
  if (!file) throw new Error(`${entry.name} has no ${relativePath}`);
  return file;
}

function baseName(relativePath: string): string {
  return relativePath.slice(relativePath.lastIndexOf("/") + 1);
}

/** The log name's stamp when there is one; otherwise the day the corpus was made, one case a minute apart. */
function finishedAtOf(logName: string, atom: string): string {
  const stamp = /:(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.log$/.exec(logName);
  if (stamp) return `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}Z`;
  const minute = [...atom].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 60;
  return `2026-11-28T13:${String(minute).padStart(2, "0")}:00Z`;
}

const PROJECTS = new Set([
  ...Object.values(CATEGORY_PROJECTS),
  MAINTAINER_NEEDED,
  "tmux@gentoo.org",
  "gnome@gentoo.org",
]);

/** The ` * Maintainer:` header, in order (the first is the assignee). */
function maintainersOf(log: string): NonNullable<ResultMeta["maintainers"]> {
  const line = /^ \* Maintainer: (.*)$/m.exec(log);
  if (!line) return [];
  return line[1]
    .trim()
    .split(/\s+/)
    .map((email) => ({ email, type: PROJECTS.has(email) ? "project" : "person" }));
}
