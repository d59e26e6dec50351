// The end-to-end suite's data: every corpus case plus a small synthetic spread
// with a fixed clock, so pages show the same rows on every run.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createUploadToken } from "../../lib/auth/upload-tokens";
import { seedTrackers } from "../../lib/bugs/tracker-seed";
import { db } from "../../lib/db";
import { corpusResults, generateDemoResults } from "../../lib/synthetic";
import { seedSecurityE2e } from "../../tests/security/e2e-seed";
import { seedResults } from "./seed-results";

const CORPUS_DIR = path.resolve(__dirname, "..", "..", "fixtures", "corpus");

export async function seedE2e(): Promise<void> {
  const results = [
    ...corpusResults(CORPUS_DIR),
    ...generateDemoResults({
      seed: 7,
      count: 60,
      days: 14,
      now: new Date("2026-11-28T12:00:00Z"),
      corpusDir: CORPUS_DIR,
    }),
  ];
  const tally = await seedResults(results);
  if (tally.rejected.length > 0) throw new Error(`e2e seed rejected:\n${tally.rejected.join("\n")}`);
  // The upload spec reads the token from here (the server and the specs are separate processes).
  const { token } = await createUploadToken("e2e-uploader");
  mkdirSync(path.resolve(__dirname, "..", "..", ".data"), { recursive: true });
  writeFileSync(
    path.resolve(__dirname, "..", "..", ".data", `e2e-token-${process.env.E2E_PORT ?? "3100"}`),
    `${token}\n`,
    {
      mode: 0o600,
    },
  );
  console.log(`e2e data: ${tally.created} results`);
  // Several corpus cases share an atom (a quoted or prefixed copy of a log): specs open a case by name.
  const corpusBuilds = await db.build.findMany({
    where: { idempotencyKey: { startsWith: "corpus-" } },
    select: { id: true, idempotencyKey: true },
  });
  writeFileSync(
    path.resolve(__dirname, "..", "..", ".data", `e2e-corpus-builds-${process.env.E2E_PORT ?? "3100"}`),
    JSON.stringify(
      Object.fromEntries(corpusBuilds.map((b) => [b.idempotencyKey.slice("corpus-".length), b.id])),
    ),
  );
  // Tracker rules (toralf's BLOCKER list); adds only the missing ones, so maintainers' edits stay.
  await seedTrackers(db);
  // Accounts per role and a result of hostile strings (e2e/auth*.spec.ts, e2e/security*.spec.ts).
  const xssBuildId = await seedSecurityE2e();
  writeFileSync(
    path.resolve(__dirname, "..", "..", ".data", `e2e-xss-build-${process.env.E2E_PORT ?? "3100"}`),
    `${xssBuildId}\n`,
  );
}
