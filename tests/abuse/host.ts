// An abuse host: a process of its own standing in for the Kindling server. It
// runs one attack through the real route handlers against the test database,
// asks /api/v1/health throughout, and prints one JSON line: the attack's
// outcome, the slowest health answer and this process's peak RSS (VmHWM).
// Usage: tsx tests/abuse/host.ts <scenario> [args...]
import { healthProbe, peakRssMb } from "./host-kit";

type Scenario = (args: string[]) => Promise<Record<string, unknown>>;

const SCENARIOS: Record<string, () => Promise<Scenario>> = {
  "upload-attachments": async () => (await import("./scenarios-upload")).uploadManyAttachments,
  "colour-window": async () => (await import("./scenarios-highlight")).colourWindows,
  "nested-archive": async () => (await import("./scenarios-archive")).nestedArchiveViews,
  "member-misses": async () => (await import("./scenarios-archive")).memberMisses,
  "member-empty-lines": async () => (await import("./scenarios-archive")).emptyLinesMember,
  search: async () => (await import("./scenarios-search")).parallelSearches,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const load = SCENARIOS[name ?? ""];
  if (!load) throw new Error(`unknown scenario ${name}; one of ${Object.keys(SCENARIOS).join(", ")}`);
  const scenario = await load();
  const baselineRssMb = peakRssMb();
  const probe = healthProbe();
  const outcome = await scenario(args);
  const health = await probe.stop();
  const report = { scenario: name, outcome, health, baselineRssMb, peakRssMb: peakRssMb() };
  process.stdout.write(`\nABUSE-REPORT ${JSON.stringify(report)}\n`);
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`abuse host failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
