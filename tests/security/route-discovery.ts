// Finds every route from the filesystem, so a route added by anyone is covered
// by the access matrix (or fails it for lack of an entry): pages, route
// handlers with their HTTP methods, and server actions ("use server" modules).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const SKIP_DIRS = new Set(["node_modules", "generated", ".git"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** "app/(dashboard)/builds/[id]/page.tsx" -> "/builds/[id]" */
export function routePath(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Sample params for a dynamic route: [id] -> "1", [...rest] -> ["a"]. */
export function sampleParams(route: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const match of route.matchAll(/\[(\[)?(\.\.\.)?([^\]]+)\]\]?/g))
    params[match[3]] = match[2] ? ["1"] : match[3] === "id" ? "1" : "x";
  return params;
}

export interface DiscoveredRoute {
  kind: "page" | "handler" | "action";
  key: string;
  file: string;
}

const isSource = (file: string) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file);

/** The file's first statement, after comments, is the "use server" directive. */
export function isServerActionModule(text: string): boolean {
  const code = text.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

export function discoverRoutes(): DiscoveredRoute[] {
  const appFiles = walk(path.join(ROOT, "app"));
  const routes: DiscoveredRoute[] = [];
  for (const file of appFiles) {
    const base = path.basename(file);
    if (base === "page.tsx" || base === "page.ts") routes.push({ kind: "page", key: routePath(file), file });
    if (base === "route.ts") {
      const text = readFileSync(file, "utf8");
      for (const method of HTTP_METHODS)
        if (
          new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b|\\bas\\s+${method}\\b`).test(
            text,
          )
        )
          routes.push({ kind: "handler", key: `${method} ${routePath(file)}`, file });
    }
  }
  for (const file of [...appFiles, ...walk(path.join(ROOT, "lib"))].filter(isSource))
    if (isServerActionModule(readFileSync(file, "utf8")))
      routes.push({ kind: "action", key: path.relative(ROOT, file), file });
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
