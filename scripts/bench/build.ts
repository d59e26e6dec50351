// Whether the production build in .next is current. `next build` costs ~30 s on two
// cores, so a bench run reuses a build that is newer than every source it compiles.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function nextBin(appDir: string): string {
  return path.join(appDir, "node_modules", ".bin", "next");
}
/** The JavaScript file behind nextBin, for running it under `node <flags>`. */
export function nextScript(appDir: string): string {
  return path.join(appDir, "node_modules", "next", "dist", "bin", "next");
}
const SOURCES = ["app", "lib", "components", "next.config.js"];

export function buildIsCurrent(appDir: string): boolean {
  let builtAt: number;
  try {
    builtAt = statSync(path.join(appDir, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((source) => newestMtime(path.join(appDir, source)) < builtAt);
}

function newestMtime(target: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function nextBuild(appDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // stdout to stderr: the results table stays the only thing on stdout.
    const child = spawn(nextBin(appDir), ["build"], {
      stdio: ["ignore", process.stderr, "inherit"],
      env,
      cwd: appDir,
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))));
  });
}
