import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { correctPrimary } from "@/lib/actions/primary-correction";
import { db } from "@/lib/db";
import { seedUpload } from "@/lib/ingest/testing/seed-upload";
import { corpusExpectedSchema } from "./case-files";
import { exportCorrected } from "./export-corrected";

const POPT_LOG = readFileSync("fixtures/corpus/generated/compile-c-implicit-decl-popt/build.log", "utf8");

/** A popt failure of its own package whose primary a maintainer moved to line 177. */
async function correctedBuild() {
  const name = `ce${randomUUID().slice(0, 8)}`;
  const log = Buffer.from(POPT_LOG.replaceAll("popt", name));
  const buildId = await seedUpload({ "build.log": log }, { atom: `dev-libs/${name}-1.19` });
  const email = `${randomUUID()}@example.org`;
  const maintainer = await db.user.create({ data: { email, role: "maintainer" } });
  const outcome = await correctPrimary({ ...maintainer, name: "" }, { buildId, lineNumber: 177 });
  expect(outcome).toMatchObject({ ok: true });
  return { buildId, name, log, email, caseName: `compile-${name}-${buildId}` };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), "corpus-export-"));

test("a corrected build becomes a corpus case: the stored log byte for byte and a valid expected.json", async () => {
  const { buildId, log, email, caseName } = await correctedBuild();
  const dir = tempDir();
  const outcomes = await exportCorrected({ dir, force: false });
  expect(outcomes).toContainEqual({ buildId, status: "written", name: caseName });
  expect(readdirSync(path.join(dir, caseName)).sort()).toEqual(["build.log", "expected.json"]);
  expect(readFileSync(path.join(dir, caseName, "build.log")).equals(log)).toBe(true);

  const expected = corpusExpectedSchema.parse(
    JSON.parse(readFileSync(path.join(dir, caseName, "expected.json"), "utf8")),
  );
  const build = await db.build.findUniqueOrThrow({ where: { id: buildId } });
  expect(expected).toMatchObject({
    atom: build.atom,
    status: "failed",
    phase: "compile",
    kind: "compile",
    title: build.title,
    primary: { line: 177, text: log.toString("utf8").split("\n")[176] },
  });
  expect(expected.notes).toContain(email);
  expect(expected.notes).toContain(`build ${buildId}`);
  expect(expected.notes).toContain("chose line 170");
  // No temporary directories left behind.
  expect(readdirSync(dir).filter((entry) => entry.startsWith("."))).toEqual([]);
});

test("an existing case is skipped unless --force, which replaces it", async () => {
  const { buildId, log, caseName } = await correctedBuild();
  const dir = tempDir();
  await exportCorrected({ dir, force: false });
  const logPath = path.join(dir, caseName, "build.log");
  writeFileSync(logPath, "edited by hand");
  const again = await exportCorrected({ dir, force: false });
  expect(again.find((o) => o.buildId === buildId)).toMatchObject({ status: "skipped" });
  expect(readFileSync(logPath, "utf8")).toBe("edited by hand");
  const forced = await exportCorrected({ dir, force: true });
  expect(forced.find((o) => o.buildId === buildId)).toMatchObject({ status: "replaced" });
  expect(readFileSync(logPath).equals(log)).toBe(true);
});

const run = promisify(execFile);

/** The real command, on this run's database (DATABASE_URL of the int setup). */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout } = await run("node_modules/.bin/tsx", ["scripts/corpus-export.ts", ...args], {
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr: "" };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("the command writes the cases and says what it did", async () => {
  const { buildId, log, caseName } = await correctedBuild();
  const dir = path.join(tempDir(), "new", "corpus");
  const result = await cli(["--corrected", dir]);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toContain(`build ${buildId}: written ${caseName}`);
  expect(result.stdout).toMatch(/\d+ corrected builds: \d+ written, 0 replaced, 0 skipped/);
  expect(readFileSync(path.join(dir, caseName, "build.log")).equals(log)).toBe(true);
  expect((await cli(["--corrected", dir])).stdout).toContain(`build ${buildId}: skipped ${caseName}: exists`);
});

test("the command refuses bad arguments with a message and exit status 2", async () => {
  const file = path.join(tempDir(), "a-file");
  writeFileSync(file, "");
  const cases: Array<[string[], RegExp]> = [
    [[], /--corrected DIR is required/],
    [["--corrected"], /argument missing|requires an argument|--corrected/],
    [["--corrected", tempDir(), "--bogus"], /Unknown option '--bogus'/],
    [["--corrected", file], /exists and is not a directory/],
  ];
  for (const [args, message] of cases) {
    const result = await cli(args);
    expect(result.code, args.join(" ")).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("corpus:export");
  }
});
