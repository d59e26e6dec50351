// The import graph of lib/ folded to folders (lib/auth/session.ts belongs to
// "auth", lib/db.ts to "db"), and the folder cycles in it. A cycle is a strongly
// connected set of folders: each reaches every other through imports, so none
// of them can be read, tested or moved on its own. Tests are left out: a test
// may import what its folder may not.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface ImportEdge {
  from: string;
  to: string;
  /** One file of `from` that imports `to`, relative to the repository. */
  example: string;
}

export interface FolderCycle {
  /** The folders, sorted; the cycle's name is them joined by " <-> ". */
  folders: string[];
  /** The imports between them, one example file per folder pair. */
  edges: ImportEdge[];
}

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Every source file under dir, relative to root. */
function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "__golden__")
        files.push(...sourceFiles(root, relative));
    } else if (SOURCE.test(entry.name) && !TEST.test(entry.name)) files.push(relative);
  }
  return files;
}

/** lib/auth/session.ts -> "auth"; lib/db.ts -> "db"; outside lib/ -> null. */
export function libFolderOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] !== "lib" || parts.length < 2) return null;
  return parts.length === 2 ? parts[1].replace(SOURCE, "") : parts[1];
}

/** The repository-relative path an import specifier names, or null for a package. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2]);
}

/** Folder-to-folder imports of lib/, one edge per ordered pair. */
export function libFolderEdges(root: string): ImportEdge[] {
  const edges = new Map<string, ImportEdge>();
  for (const file of sourceFiles(root, "lib")) {
    const from = libFolderOf(file);
    if (!from) continue;
    for (const specifier of importSpecifiers(readFileSync(path.join(root, file), "utf8"))) {
      const target = resolveSpecifier(file, specifier);
      const to = target === null ? null : libFolderOf(target);
      if (!to || to === from || edges.has(`${from}>${to}`)) continue;
      edges.set(`${from}>${to}`, { from, to, example: file });
    }
  }
  return [...edges.values()];
}

/** Strongly connected sets of two or more folders (Tarjan), sorted by name. */
export function folderCycles(edges: readonly ImportEdge[]): FolderCycle[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components
    .map((folders) => ({
      folders,
      edges: edges.filter((edge) => folders.includes(edge.from) && folders.includes(edge.to)),
    }))
    .sort((a, b) => cycleName(a).localeCompare(cycleName(b)));
}

export function cycleName(cycle: Pick<FolderCycle, "folders">): string {
  return cycle.folders.join(" <-> ");
}
