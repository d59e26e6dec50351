// npm run corpus:export -- --corrected DIR [--force]
// Writes each build whose primary error a person corrected as a corpus case
// DIR/<kind>-<pkg>-<buildId>/{build.log,expected.json} (lib/corpus-export).
// An existing case directory is left alone unless --force is given.
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type CaseOutcome, exportCorrected } from "../lib/corpus-export/export-corrected";
import { db } from "../lib/db";
import { withDatabase } from "./lib/with-database";

const USAGE = "usage: npm run corpus:export -- --corrected DIR [--force]";

type Parsed = { ok: true; dir: string; force: boolean } | { ok: false; message: string };

function parseOptions(args: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { corrected: { type: "string" }, force: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length > 0) return { ok: false, message: `unexpected argument '${positionals[0]}'` };
    if (!values.corrected) return { ok: false, message: "--corrected DIR is required" };
    return { ok: true, dir: values.corrected, force: values.force };
  } catch (err) {
    // parseArgs names the unknown option or the missing value.
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** DIR may be missing (it is created) but must not be a file. */
async function dirProblem(dir: string): Promise<string | null> {
  const found = await stat(dir).catch(() => null);
  return found && !found.isDirectory() ? `${dir} exists and is not a directory` : null;
}

function report(outcome: CaseOutcome): void {
  const why = outcome.status === "skipped" ? `: ${outcome.reason}` : "";
  console.log(`build ${outcome.buildId}: ${outcome.status} ${outcome.name}${why}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.ok) {
    console.error(`corpus:export: ${options.message}\n${USAGE}`);
    return 2;
  }
  const problem = await dirProblem(options.dir);
  if (problem) {
    console.error(`corpus:export: ${problem}`);
    return 2;
  }
  const outcomes = await withDatabase(() => exportCorrected({ ...options, onCase: report }));
  const count = (status: CaseOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  console.log(
    `${outcomes.length} corrected builds: ${count("written")} written, ${count("replaced")} replaced, ${count("skipped")} skipped`,
  );
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch((err: unknown) => {
    console.error(`corpus:export: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
