// Reads the corpus shipped in the repo (fixtures/corpus). The app never reads ../shared:
// everything the generator templates from lives inside the repository.
import fs from "node:fs";
import path from "node:path";

export interface CorpusFile {
  /** Path relative to the case directory, e.g. "issue-dir/files/qlist-info.txt". */
  relativePath: string;
  content: Buffer;
}

export interface CorpusCase {
  name: string;
  buildLog: string;
  expected: CorpusExpectation;
  files: CorpusFile[];
}

export interface CorpusExpectation {
  atom: string;
  status: "succeeded" | "failed";
  phase: string | null;
  kind: string;
  title: string;
  primary?: { line: number; text: string } | null;
}

/** The corpus directory: `KINDLING_CORPUS_DIR`, else fixtures/corpus under the working directory. */
export function defaultCorpusDir(): string {
  return process.env.KINDLING_CORPUS_DIR ?? path.resolve(process.cwd(), "fixtures", "corpus");
}

const cache = new Map<string, CorpusCase[]>();

/** Every generated case (fixtures/corpus/generated/*), sorted by name; read once per directory. */
export function loadCorpusCases(corpusDir: string = defaultCorpusDir()): CorpusCase[] {
  const cached = cache.get(corpusDir);
  if (cached) return cached;
  const root = path.join(corpusDir, "generated");
  const cases = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readCase(path.join(root, name), name));
  cache.set(corpusDir, cases);
  return cases;
}

export function corpusCase(name: string, corpusDir?: string): CorpusCase {
  const found = loadCorpusCases(corpusDir).find((entry) => entry.name === name);
  if (!found) throw new Error(`corpus case ${name} is missing from fixtures/corpus/generated`);
  return found;
}

/** A file of a case as text, or undefined when the case does not have it. */
export function caseText(entry: CorpusCase, relativePath: string): string | undefined {
  return entry.files.find((file) => file.relativePath === relativePath)?.content.toString("utf8");
}

function readCase(dir: string, name: string): CorpusCase {
  const files = listFiles(dir, "").map((relativePath) => ({
    relativePath,
    content: fs.readFileSync(path.join(dir, relativePath)),
  }));
  return {
    name,
    buildLog: fs.readFileSync(path.join(dir, "build.log"), "utf8"),
    expected: JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as CorpusExpectation,
    files,
  };
}

function listFiles(dir: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, relative));
    else out.push(relative);
  }
  return out.sort();
}
