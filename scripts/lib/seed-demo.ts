// Demo data for `npm start`: the corpus cases plus a seeded synthetic spread of
// a few hundred packages over six weeks. Loaded once, into an empty database.
import path from "node:path";
import { seedTrackers } from "../../lib/bugs/tracker-seed";
import { db } from "../../lib/db";
import { corpusResults, generateDemoResults } from "../../lib/synthetic";
import { ProgressLine } from "./progress-line";
import { seedResults } from "./seed-results";

const CORPUS_DIR = path.resolve(__dirname, "..", "..", "fixtures", "corpus");
export const DEMO_COUNT = 600;

export async function seedDemoIfEmpty(): Promise<void> {
  // Tracker rules (toralf's BLOCKER list); adds only the missing ones, so maintainers' edits stay.
  await seedTrackers(db);
  if ((await db.build.count()) > 0) return;
  const corpus = corpusResults(CORPUS_DIR);
  const progress = new ProgressLine(corpus.length + DEMO_COUNT, "demo results");
  const results = [
    ...corpus,
    ...generateDemoResults({ seed: 1, count: DEMO_COUNT, days: 42, now: new Date(), corpusDir: CORPUS_DIR }),
  ];
  const tally = await seedResults(results, (done) => progress.update(done));
  progress.done();
  console.log(`demo data: ${tally.created} results stored, ${tally.rejected.length} rejected`);
  for (const reason of tally.rejected.slice(0, 20)) console.log(`  rejected: ${reason}`);
}
