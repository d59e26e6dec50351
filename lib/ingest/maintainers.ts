// A package's maintainers: metadata.xml (sent in meta.maintainers) is the
// authority and keeps its order; the log's ` * Maintainer:` line fills in when
// nothing better is known.
import type { Sql } from "../sql/executor";
import type { PreparedResult } from "./prepared-result";

// The log's Maintainer line gives bare addresses; only metadata.xml says whether
// one is a person or a project, so log rows default to person.
function typeOf(email: string): "person" | "project" {
  return /^maintainer-needed@/i.test(email) ? "project" : "person";
}

interface MaintainerRow {
  email: string;
  name: string;
  type: string;
}

// ON CONFLICT DO NOTHING: an address listed twice keeps its first position.
// Log rows ($6 = 'log') are only added where the package has no metadata rows;
// the check sits in the same statement, so it costs no extra round trip.
const INSERT_MAINTAINERS = `
  INSERT INTO "PackageMaintainer" ("packageId", "email", "name", "type", "position", "source")
  SELECT $1::int, m.email, m.name, m.type, (m.ord - 1)::int, $5::text
  FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS m(email, name, type, ord)
  WHERE $5::text = 'metadata'
     OR NOT EXISTS (SELECT 1 FROM "PackageMaintainer" WHERE "packageId" = $1 AND "source" = 'metadata')
  ON CONFLICT ("packageId", "email") DO NOTHING`;

export async function upsertMaintainers(sql: Sql, packageId: number, result: PreparedResult): Promise<void> {
  const fromMeta = result.meta.maintainers;
  if (fromMeta && fromMeta.length > 0) {
    await sql.query(`DELETE FROM "PackageMaintainer" WHERE "packageId" = $1`, [packageId]);
    const rows = fromMeta.map((m) => ({
      email: m.email.toLowerCase(),
      name: m.name ?? "",
      type: m.type ?? typeOf(m.email),
    }));
    await insertMaintainers(sql, packageId, rows, "metadata");
    return;
  }
  const fromLog = result.analysis.header.maintainers ?? [];
  if (fromLog.length === 0) return;
  const rows = fromLog.map((m) => ({
    email: m.email.toLowerCase(),
    name: m.name ?? "",
    type: typeOf(m.email),
  }));
  await insertMaintainers(sql, packageId, rows, "log");
}

async function insertMaintainers(
  sql: Sql,
  packageId: number,
  rows: MaintainerRow[],
  source: "metadata" | "log",
): Promise<void> {
  await sql.query(INSERT_MAINTAINERS, [
    packageId,
    rows.map((row) => row.email),
    rows.map((row) => row.name),
    rows.map((row) => row.type),
    source,
  ]);
}
