// Writes every build whose primary error a person corrected as a corpus case
// (DIR/<kind>-<pkg>-<buildId>/build.log + expected.json), so new analysis rules
// are tested against what people fixed. The log is streamed from the blob store;
// a case is written into a temporary directory and renamed into place, so an
// interrupted export never leaves half a case under its real name.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { buildLogOf } from "../bugs/report-input";
import { db, type Prisma } from "../db";
import { openTextStream } from "../storage/blob-reader";
import { type CorpusExpected, caseDirName, corpusExpectedSchema } from "./case-files";

export interface ExportOptions {
  /** The corpus directory the cases go into (created when missing). */
  dir: string;
  /** Replace a case directory that already exists (otherwise it is skipped). */
  force: boolean;
  batchSize?: number;
  onCase?: (outcome: CaseOutcome) => void;
}

export type CaseOutcome =
  | { buildId: number; status: "written" | "replaced"; name: string }
  | { buildId: number; status: "skipped"; name: string; reason: string };

const correctionSelect = {
  id: true,
  lineNumber: true,
  text: true,
  previousLine: true,
  previousText: true,
  createdAt: true,
  createdBy: { select: { email: true, name: true } },
  build: {
    select: {
      id: true,
      atom: true,
      status: true,
      phase: true,
      kind: true,
      title: true,
      analysisVersion: true,
      package: { select: { name: true } },
      files: { select: { role: true, blobSha256: true }, orderBy: { id: "asc" } },
    },
  },
} satisfies Prisma.PrimaryCorrectionSelect;

type CorrectionRow = Prisma.PrimaryCorrectionGetPayload<{ select: typeof correctionSelect }>;

/** Walks the corrections in id order, a batch at a time (keyset), one case each. */
export async function exportCorrected(options: ExportOptions): Promise<CaseOutcome[]> {
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  const outcomes: CaseOutcome[] = [];
  for (let after = 0; ; ) {
    const batch = await db.primaryCorrection.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: options.batchSize ?? 50,
      select: correctionSelect,
    });
    if (batch.length === 0) break;
    for (const correction of batch) {
      const outcome = await exportCase(dir, correction, options.force);
      outcomes.push(outcome);
      options.onCase?.(outcome);
    }
    after = batch[batch.length - 1].id;
  }
  return outcomes;
}

async function exportCase(dir: string, correction: CorrectionRow, force: boolean): Promise<CaseOutcome> {
  const { build } = correction;
  const name = caseDirName(build.kind, build.package.name, build.id);
  const target = path.join(dir, name);
  // caseDirName makes one segment; checked again here because a wrong path would write anywhere.
  if (path.dirname(target) !== dir) throw new Error(`case name ${JSON.stringify(name)} leaves ${dir}`);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force)
    return { buildId: build.id, status: "skipped", name, reason: "exists (--force replaces it)" };
  const log = buildLogOf(build);
  if (!log) return { buildId: build.id, status: "skipped", name, reason: "the build has no build log" };
  const temporary = path.join(dir, `.${name}.${randomUUID()}.tmp`);
  await mkdir(temporary);
  try {
    await writeLog(log.blobSha256, path.join(temporary, "build.log"));
    const expected = corpusExpectedSchema.parse(expectedOf(correction));
    await writeFile(path.join(temporary, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`, {
      flag: "wx",
    });
    if (exists) await rm(target, { recursive: true });
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { recursive: true, force: true });
    throw err;
  }
  return { buildId: build.id, status: exists ? "replaced" : "written", name };
}

async function writeLog(blobSha256: string, file: string): Promise<void> {
  const text = await openTextStream(blobSha256);
  if (!text) throw new Error(`the stored build log (blob ${blobSha256}) is missing`);
  await pipeline(text, createWriteStream(file, { flags: "wx" }));
}

function expectedOf(correction: CorrectionRow): CorpusExpected {
  const { build } = correction;
  const who = correction.createdBy?.name || correction.createdBy?.email || "a former user";
  const day = correction.createdAt.toISOString().slice(0, 10);
  const analysisChoice =
    correction.previousLine === null
      ? "the analysis found no primary error"
      : `the analysis (${build.analysisVersion || "unknown version"}) chose line ${correction.previousLine}: ${JSON.stringify(correction.previousText ?? "")}`;
  return {
    atom: build.atom,
    status: build.status,
    phase: build.phase,
    kind: build.kind.replaceAll("_", "-"),
    title: build.title,
    notes: `Primary error corrected by ${who} on ${day} (Kindling build ${build.id}); ${analysisChoice}.`,
    primary: { line: correction.lineNumber, text: correction.text },
  };
}
