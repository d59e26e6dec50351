// The plans of the statements that lock chunk sets: the commit runs once per
// upload and the discard for every race loser and GC batch, so both must stay an
// index lookup per chunk set whatever PostgreSQL's statistics say about BlobChunk.
import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { COMMIT_BLOBS } from "./commit";
import { LOCK_CHUNK_SETS } from "./discard";

const client = new pg.Client({ connectionString: inject("databaseUrl") });
beforeAll(() => client.connect());
afterAll(() => client.end());

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

function scansOf(node: PlanNode): string[] {
  const own = node["Relation Name"] ? [`${node["Node Type"]} on ${node["Relation Name"]}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}

const INSERT_CHUNKS = `
  INSERT INTO "BlobChunk" ("chunkSetId", "index", "firstLine", "lineCount", "rawOffset", "rawSize", "gzSize", "data")
  SELECT $1 || (i / $2), i, i, 1, i, 1, 1, NULL FROM generate_series(1, $3::int) AS i`;

async function scansWithStaleStatistics(sql: string, values: unknown[]): Promise<string[]> {
  await client.query("BEGIN");
  try {
    // Statistics taken while the table held a few big logs (1 GiB is ~1000 chunks)
    // and not refreshed while small results poured in: the planner then believes a
    // chunk set has thousands of rows. Seen on a bench database, where it chose a
    // sequential scan of BlobChunk for every upload.
    await client.query(INSERT_CHUNKS, ["big-", 1000, 5000]);
    await client.query(`ANALYZE "BlobChunk"`);
    await client.query(INSERT_CHUNKS, ["small-", 2, 40000]);
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, values);
    return scansOf(rows[0]["QUERY PLAN"][0].Plan);
  } finally {
    await client.query("ROLLBACK");
  }
}

const ids = ["a", "b", "c", "d", "e", "f"];

test("committing blobs never scans all of BlobChunk, even when the statistics are stale", async () => {
  const scans = await scansWithStaleStatistics(COMMIT_BLOBS, [
    ids.map((id) => `sha-${id}`),
    ids.map(() => "db"),
    ids.map((id) => `set-${id}`),
    ids.map(() => 1),
    ids.map(() => 1),
    ids.map(() => 1),
  ]);
  expect(scans.some((scan) => scan.endsWith("on BlobChunk"))).toBe(true);
  expect(scans).not.toContain("Seq Scan on BlobChunk");
});

test("locking chunk sets for a discard never scans all of BlobChunk either", async () => {
  const scans = await scansWithStaleStatistics(LOCK_CHUNK_SETS, [ids.map((id) => `set-${id}`)]);
  expect(scans.some((scan) => scan.endsWith("on BlobChunk"))).toBe(true);
  expect(scans).not.toContain("Seq Scan on BlobChunk");
});
