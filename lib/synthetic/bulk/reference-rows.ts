// The small tables the builds point at (Tinderbox, Package, PackageMaintainer, Signature),
// inserted with unnest() arrays and ON CONFLICT DO NOTHING so a second run reuses them.
import type { PoolClient } from "pg";
import { SIGNATURE_VERSION, signatureHash } from "../../analysis";
import type { SyntheticPackage } from "../catalogue";
import type { SyntheticTinderbox } from "../tinderboxes";
import type { CoarseSignature, FineSignature } from "./signatures";

/** Ids in the order of `boxes`. */
export async function upsertTinderboxes(
  client: PoolClient,
  boxes: readonly SyntheticTinderbox[],
): Promise<number[]> {
  for (const box of boxes) {
    await client.query(
      `INSERT INTO "Tinderbox" ("name", "description", "profile", "arch", "keywords", "toolchainTags")
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ("name") DO NOTHING`,
      [box.name, box.description, box.profile, box.arch, box.keywords, box.toolchainTags],
    );
  }
  const names = boxes.map((box) => box.name);
  const { rows } = await client.query<{ id: number; name: string }>(
    `SELECT "id", "name" FROM "Tinderbox" WHERE "name" = ANY($1::text[])`,
    [names],
  );
  const idByName = new Map(rows.map((row) => [row.name, row.id]));
  return names.map((name) => requireId(idByName, name));
}

/** Ids in the order of `packages`; maintainers are written with source "metadata". */
export async function upsertPackages(
  client: PoolClient,
  packages: readonly SyntheticPackage[],
): Promise<number[]> {
  const categories = packages.map((pkg) => pkg.category);
  const names = packages.map((pkg) => pkg.name);
  await client.query(
    `INSERT INTO "Package" ("category", "name")
     SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT ("category", "name") DO NOTHING`,
    [categories, names],
  );
  const { rows } = await client.query<{ id: number; key: string }>(
    `SELECT p."id", p."category" || '/' || p."name" AS "key"
     FROM "Package" p JOIN unnest($1::text[], $2::text[]) AS k("category", "name") USING ("category", "name")`,
    [categories, names],
  );
  const idByKey = new Map(rows.map((row) => [row.key, row.id]));
  const ids = packages.map((pkg) => requireId(idByKey, `${pkg.category}/${pkg.name}`));
  await insertMaintainers(client, packages, ids);
  return ids;
}

async function insertMaintainers(
  client: PoolClient,
  packages: readonly SyntheticPackage[],
  ids: readonly number[],
) {
  const columns: [number[], string[], string[], string[], number[]] = [[], [], [], [], []];
  packages.forEach((pkg, index) => {
    pkg.maintainers.forEach((maintainer, position) => {
      columns[0].push(ids[index]);
      columns[1].push(maintainer.email);
      columns[2].push(maintainer.name ?? "");
      columns[3].push(maintainer.type);
      columns[4].push(position);
    });
  });
  await client.query(
    `INSERT INTO "PackageMaintainer" ("packageId", "email", "name", "type", "position", "source")
     SELECT *, 'metadata' FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[])
     ON CONFLICT ("packageId", "email") DO NOTHING`,
    columns,
  );
}

export interface SignatureIds {
  coarse: number[];
  fine: number[];
}

export async function upsertSignatures(
  client: PoolClient,
  coarse: readonly CoarseSignature[],
  fine: readonly FineSignature[],
): Promise<SignatureIds> {
  return {
    coarse: await upsertLevel(
      client,
      "coarse",
      coarse.map((signature) => signature.text),
    ),
    fine: await upsertLevel(
      client,
      "fine",
      fine.map((signature) => signature.text),
    ),
  };
}

async function upsertLevel(
  client: PoolClient,
  level: "fine" | "coarse",
  texts: readonly string[],
): Promise<number[]> {
  const hashes = texts.map(signatureHash);
  await client.query(
    `INSERT INTO "Signature" ("level", "algoVersion", "hash", "text")
     SELECT $1::"SignatureLevel", $2, h, t FROM unnest($3::text[], $4::text[]) AS u(h, t)
     ON CONFLICT ("level", "algoVersion", "hash") DO NOTHING`,
    [level, SIGNATURE_VERSION, hashes, texts],
  );
  const { rows } = await client.query<{ id: number; hash: string }>(
    `SELECT "id", "hash" FROM "Signature" WHERE "level" = $1::"SignatureLevel" AND "algoVersion" = $2 AND "hash" = ANY($3::text[])`,
    [level, SIGNATURE_VERSION, hashes],
  );
  const idByHash = new Map(rows.map((row) => [row.hash, row.id]));
  return hashes.map((hash) => requireId(idByHash, hash));
}

function requireId(ids: ReadonlyMap<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`row ${key} was not inserted`);
  return id;
}
