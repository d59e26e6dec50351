// Starts one abuse host (tests/abuse/host.ts) as a process of its own, with the
// test database and any limits the test sets, and returns its report.
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** The slowest /api/v1/health answer allowed while an attack runs (ABUSE_HEALTH_MS on a loaded machine). */
export const HEALTH_BOUND_MS = Number(process.env.ABUSE_HEALTH_MS ?? 1000);

export interface HostReport {
  scenario: string;
  outcome: Record<string, unknown> & { burst?: BurstSummary };
  health: { maxMs: number; answers: number };
  baselineRssMb: number;
  peakRssMb: number;
}

export interface BurstSummary {
  statuses: Record<string, number>;
  ok: number;
  busy: number;
  retryAfter: string | null;
  busyBody: unknown;
}

export function runHost(args: string[], env: Record<string, string> = {}): Promise<HostReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["tests/abuse/host.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const line = stdout.split("\n").find((l) => l.startsWith("ABUSE-REPORT "));
      if (!line) {
        reject(
          new Error(`host ${args[0]} ended (${code ?? signal}) without a report:\n${stderr.slice(-4000)}`),
        );
        return;
      }
      const report = JSON.parse(line.slice("ABUSE-REPORT ".length)) as HostReport;
      console.log(`${args.join(" ")}: ${JSON.stringify(report)}`);
      resolve(report);
    });
  });
}
