// Diagnostics for the benchmark database (issue 16): distinct Diagnostic rows
// from a table of real wordings (flags, QA checks, test names) with made-up
// identifiers, then occurrences for every loaded build, generated inside
// PostgreSQL (INSERT … SELECT, setseed) one build-id chunk per statement, so
// 50M rows cost no Node time and no network. Diagnostics are skewed like real
// ones: a few (-Wunused-variable in many builds) are everywhere, most are rare.
import type { Pool } from "pg";
import { diagnosticHash } from "../../diagnostics/normalize";
import type { DiagnosticKind } from "../../diagnostics/types";
import { Rng } from "../prng";

interface Wording {
  kind: DiagnosticKind;
  flag: string;
  text: (name: string) => string;
}

const WORDINGS: readonly Wording[] = [
  { kind: "warning", flag: "-Wunused-variable", text: (n) => `unused variable '${n}'` },
  { kind: "warning", flag: "-Wunused-parameter", text: (n) => `unused parameter '${n}'` },
  {
    kind: "warning",
    flag: "-Wimplicit-function-declaration",
    text: (n) => `implicit declaration of function '${n}'`,
  },
  {
    kind: "error",
    flag: "-Wimplicit-function-declaration",
    text: (n) => `implicit declaration of function '${n}'`,
  },
  {
    kind: "error",
    flag: "-Wincompatible-pointer-types",
    text: (n) => `passing argument <n> of '${n}' from incompatible pointer type`,
  },
  {
    kind: "warning",
    flag: "-Wint-conversion",
    text: (n) => `initialization of 'int' from '${n} *' makes integer from pointer without a cast`,
  },
  { kind: "warning", flag: "-Wmaybe-uninitialized", text: (n) => `'${n}' may be used uninitialized` },
  { kind: "warning", flag: "-Wdeprecated-declarations", text: (n) => `'${n}' is deprecated` },
  { kind: "error", flag: "", text: (n) => `'${n}' undeclared` },
  { kind: "error", flag: "", text: (n) => `undefined reference to '${n}'` },
  {
    kind: "qa",
    flag: "qa-flags-ignored",
    text: () => "Files built without respecting CFLAGS have been detected",
  },
  { kind: "qa", flag: "sandbox", text: (n) => `ACCESS DENIED: open_wr: /usr/share/${n}` },
  { kind: "test", flag: "failed", text: (n) => `tests/test_${n}.py::test_${n}` },
  { kind: "test", flag: "skipped", text: (n) => `test-${n}` },
];

const SYLLABLES = [
  "al",
  "be",
  "cor",
  "de",
  "fu",
  "gi",
  "hex",
  "io",
  "ka",
  "lo",
  "mu",
  "nor",
  "pa",
  "qui",
  "ra",
];

function identifier(rng: Rng): string {
  const parts = rng.int(2, 4);
  let name = "";
  for (let i = 0; i < parts; i++) name += SYLLABLES[rng.int(0, SYLLABLES.length - 1)];
  return `${name}_${rng.int(0, 999)}`;
}

export interface DiagnosticLoad {
  seed: number;
  distinct: number;
  /** Occurrences over all builds (the mean per build is occurrences / builds). */
  occurrences: number;
}

/** As prisma/schema.prisma declares them on DiagnosticOccurrence. */
const SECONDARY_INDEXES = [
  { name: "DiagnosticOccurrence_diagnosticId_buildId_idx", columns: `("diagnosticId", "buildId")` },
  { name: "DiagnosticOccurrence_buildId_idx", columns: `("buildId")` },
];

/** Builds per INSERT … SELECT: each commits on its own. */
const CHUNK = 50_000;

export async function loadDiagnostics(
  pool: Pool,
  options: DiagnosticLoad,
  log: (m: string) => void,
): Promise<number> {
  const client = await pool.connect();
  try {
    const ids = await upsertDiagnostics(client, options);
    const [{ min, max, n }] = (
      await client.query<{ min: number; max: number; n: number }>(
        `SELECT COALESCE(MIN(id), 0) AS min, COALESCE(MAX(id), 0) AS max, COUNT(*)::int AS n FROM "Build"`,
      )
    ).rows;
    const perBuild = n > 0 ? options.occurrences / n : 0;
    await client.query(`SET session_replication_role = replica`).catch(() => undefined);
    await client.query(`SELECT setseed($1)`, [((options.seed % 1000) / 1000) * 2 - 1]);
    // Building the two secondary indexes once at the end is ~3x faster than keeping them up row by row.
    for (const index of SECONDARY_INDEXES) await client.query(`DROP INDEX IF EXISTS "${index.name}"`);
    const started = Date.now();
    for (let lo = min - 1; lo < max; lo += CHUNK) {
      // power(random(), 5): the first diagnostics of the list are the common ones. The count's
      // "+ 0 * b.id" makes it depend on the build, so it is drawn per build, not once per statement.
      await client.query(
        `INSERT INTO "DiagnosticOccurrence" ("diagnosticId", "buildId", "fileId", "line", "phase")
         SELECT ($1::int[])[1 + floor(power(random(), 5) * $2)::int], b.id, NULL, 1 + floor(random() * 8000)::int,
                (ARRAY['configure','compile','compile','compile','test','install'])[1 + floor(random() * 6)::int]
         FROM "Build" b CROSS JOIN LATERAL generate_series(1, floor(random() * 2 * $3 + 0.5 + 0 * b.id)::int) g
         WHERE b.id > $4 AND b.id <= $5`,
        [ids, ids.length, perBuild, lo, lo + CHUNK],
      );
      const seconds = (Date.now() - started) / 1000;
      log(`diagnostic occurrences for builds ${Math.min(lo + CHUNK, max)}/${max}: ${seconds.toFixed(1)} s`);
    }
    for (const index of SECONDARY_INDEXES) {
      await client.query(
        `CREATE INDEX IF NOT EXISTS "${index.name}" ON "DiagnosticOccurrence" ${index.columns}`,
      );
      log(`index ${index.name} built: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query(`ANALYZE "Diagnostic", "DiagnosticOccurrence"`);
    const [{ count }] = (await client.query<{ count: string }>(`SELECT count(*) FROM "DiagnosticOccurrence"`))
      .rows;
    return Number(count);
  } finally {
    client.release();
  }
}

async function upsertDiagnostics(
  client: import("pg").PoolClient,
  options: DiagnosticLoad,
): Promise<number[]> {
  const rng = new Rng(options.seed);
  const rows = new Map<string, { kind: string; flag: string; text: string }>();
  for (let i = 0; rows.size < options.distinct && i < options.distinct * 3; i++) {
    const wording = WORDINGS[Math.min(WORDINGS.length - 1, Math.floor(WORDINGS.length * rng.float() ** 2))];
    const text = wording.text(identifier(rng));
    rows.set(diagnosticHash(wording.kind, wording.flag, text), {
      kind: wording.kind,
      flag: wording.flag,
      text,
    });
  }
  const hashes = [...rows.keys()];
  const values = [...rows.values()];
  await client.query(
    `INSERT INTO "Diagnostic" ("kind", "flag", "text", "textHash", "example")
     SELECT u.kind::"DiagnosticKind", u.flag, u.text, u.hash, u.text
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(kind, flag, text, hash)
     ON CONFLICT ("textHash") DO NOTHING`,
    [values.map((v) => v.kind), values.map((v) => v.flag), values.map((v) => v.text), hashes],
  );
  const { rows: found } = await client.query<{ id: number; textHash: string }>(
    `SELECT id, "textHash" FROM "Diagnostic" WHERE "textHash" = ANY($1::text[])`,
    [hashes],
  );
  const idOf = new Map(found.map((row) => [row.textHash, row.id]));
  // In generation order: the first wordings and names drawn are the common ones.
  return hashes.map((hash) => idOf.get(hash) ?? 0).filter((id) => id > 0);
}
