import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { buildBugReport } from "@/lib/bugs/bug-report";
import { primaryExcerpt } from "@/lib/bugs/report-input";
import { seedTrackers } from "@/lib/bugs/tracker-seed";
import { db } from "@/lib/db";
import { environmentDiff } from "@/lib/env-diff/build-env-diff";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { ensureTinderbox } from "@/lib/ingest/tinderboxes";
import type { UploadPart } from "@/lib/ingest/upload-parts";
import { bugReportInput } from "./bug-report-input";
import { bugSuggestions } from "./bug-suggestions";
import { getBuild } from "./builds";
import { buildAttempts } from "./packages";
import { sameSignatureFailures } from "./same-signature";

const POPT = "fixtures/corpus/generated/compile-c-implicit-decl-popt";
const POPT_LOG = readFileSync(`${POPT}/build.log`, "utf8");
const EMERGE_INFO = readFileSync(`${POPT}/issue-dir/emerge-info.txt`, "utf8");
const SUCCESS_LOG = readFileSync("fixtures/corpus/generated/success-libyaml-full-build/build.log", "utf8");

interface SeedOptions {
  name: string;
  version?: string;
  log?: string;
  files?: Record<string, string>;
  finishedAt: string;
  tinderbox: string;
}

/** popt's failure (or libyaml's success) renamed to a package of this test's own. */
async function seed({
  name,
  version = "1.19",
  log = POPT_LOG,
  files = {},
  finishedAt,
  tinderbox,
}: SeedOptions) {
  const { id: tinderboxId } = await ensureTinderbox(tinderbox);
  // Only the package's own spellings change: the error text (and so the coarse signature) stays popt's.
  const pf = log === POPT_LOG ? "popt-1.19" : "libyaml-0.2.5";
  const text = log.replaceAll(pf, `${name}-${version}`);
  const atom = `dev-libs/${name}-${version}`;
  async function* parts(): AsyncGenerator<UploadPart> {
    yield { type: "meta", text: JSON.stringify({ idempotencyKey: randomUUID(), atom, finishedAt }) };
    yield { type: "file", name: "build.log", stream: Readable.from([Buffer.from(text)]) };
    for (const [fileName, content] of Object.entries(files))
      yield { type: "file", name: fileName, stream: Readable.from([Buffer.from(content)]) };
  }
  const outcome = await ingestUpload(parts(), { tinderboxId, tokenId: null });
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return (await getBuild(outcome.id)) ?? expect.unreachable();
}

test("history finds the last good build and the environment diff against it", async () => {
  const name = `hist${randomUUID().slice(0, 8)}`;
  const box = `hist-box-${randomUUID()}`;
  const oldInfo = EMERGE_INFO.replace(
    "sys-devel/gcc:             14.3.0",
    "sys-devel/gcc:             14.2.1",
  );
  const good = await seed({
    name,
    version: "1.18",
    log: SUCCESS_LOG,
    files: { "emerge-info.txt": oldInfo.replace('MAKEOPTS="-j4"', 'MAKEOPTS="-j8"') },
    finishedAt: "2026-11-01T00:00:00Z",
    tinderbox: box,
  });
  const failure = await seed({
    name,
    files: { "emerge-info.txt": EMERGE_INFO },
    finishedAt: "2026-11-20T00:00:00Z",
    tinderbox: box,
  });
  expect(good.status).toBe("succeeded");
  const history = await buildAttempts(failure);
  expect(history.lastGood?.id).toBe(good.id);
  expect(history.attempts.map((attempt) => attempt.id)).toEqual([good.id]);
  const diff = await environmentDiff(failure.files, history.lastGood?.files ?? null);
  expect(diff).toEqual({
    comparable: true,
    changes: [
      { group: "toolchain", key: "sys-devel/gcc", before: "14.2.1", after: "14.3.0" },
      { group: "flags", key: "MAKEOPTS", before: "-j8", after: "-j4" },
    ],
  });
});

test("same-signature lists and duplicate suggestions come from linked bugs", async () => {
  const name = `dup${randomUUID().slice(0, 8)}`;
  const other = `dup${randomUUID().slice(0, 8)}`;
  const box = `dup-box-${randomUUID()}`;
  const earlier = await seed({ name, finishedAt: "2026-11-10T00:00:00Z", tinderbox: box });
  const elsewhere = await seed({ name: other, finishedAt: "2026-11-11T00:00:00Z", tinderbox: box });
  const failure = await seed({ name, finishedAt: "2026-11-12T00:00:00Z", tinderbox: box });
  const related = await sameSignatureFailures(failure);
  expect(related.samePackage.map((row) => row.id)).toEqual([earlier.id]);
  expect(related.acrossPackages.map((row) => row.id)).toContain(elsewhere.id);

  const bugNumber = 900_000 + Math.floor(Math.random() * 99_999);
  await db.bugLink.create({
    data: {
      buildId: earlier.id,
      bugNumber,
      url: `https://bugs.gentoo.org/${bugNumber}`,
      summary: earlier.title,
    },
  });
  await db.bugLink.create({
    data: { buildId: elsewhere.id, bugNumber: bugNumber + 1, url: "u", summary: "unrelated words entirely" },
  });
  const suggestions = await bugSuggestions(failure);
  expect(suggestions[0]).toMatchObject({ bugNumber, reason: "fine" });
  expect(suggestions[0].similarity).toBeGreaterThan(0.5);
  expect(suggestions.find((s) => s.bugNumber === bugNumber + 1)).toMatchObject({ reason: "coarse" });
});

test("the bug report of a stored failure has its excerpt, emerge --info and tracker", async () => {
  await seedTrackers(db);
  const failure = await seed({
    name: `rep${randomUUID().slice(0, 8)}`,
    files: { "emerge-info.txt": EMERGE_INFO },
    finishedAt: "2026-11-12T00:00:00Z",
    tinderbox: `rep-box-${randomUUID()}`,
  });
  const excerpt = await primaryExcerpt(failure);
  expect(excerpt?.firstLine).toBe((failure.primaryLine ?? 0) - 3);
  expect(excerpt?.lines).toHaveLength(12);
  const report = buildBugReport(await bugReportInput(failure));
  expect(report.blocks).toEqual([870412]);
  expect(report.description).toContain(`Error (line ${failure.primaryLine} of the build log):`);
  expect(report.description).toContain("sys-devel/gcc: 14.3.0::gentoo");
});
