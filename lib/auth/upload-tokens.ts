// Per-tinderbox bearer tokens for the upload API. Only the sha256 of a token is
// stored, so a database leak does not hand out upload rights; the token itself
// is shown once, when it is made.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { ensureTinderbox } from "../ingest/tinderboxes";
import { pgSql } from "../sql/executor";
import { sqlPool } from "../sql/pool";

const TOKEN_PREFIX = "kdl_";

export function hashUploadToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface NewUploadToken {
  token: string;
  tokenId: number;
  tinderboxId: number;
}

/** Creates the tinderbox when it does not exist yet, then a token for it. */
export async function createUploadToken(tinderboxName: string, label = ""): Promise<NewUploadToken> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const tinderbox = await ensureTinderbox(tinderboxName);
  const row = await db.uploadToken.create({
    data: {
      tinderboxId: tinderbox.id,
      tokenHash: hashUploadToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      label,
    },
  });
  return { token, tokenId: row.id, tinderboxId: tinderbox.id };
}

export type TokenCheck = { ok: true; tokenId: number; tinderboxId: number } | { ok: false; message: string };

// lastUsedAt moves at most once a minute. Written on every upload, it was a
// synchronous commit (a WAL flush) per upload, and the uploads of one tinderbox
// queued on its token's row lock one after the other (bench:ingest, 8 uploads
// in flight on one token). A statement that changes no row commits nothing.
const LAST_USED_STEP = "1 minute";
const AUTHENTICATE = `
  WITH token AS (
    SELECT "id", "tinderboxId", "lastUsedAt" FROM "UploadToken"
    WHERE "tokenHash" = $1 AND "revokedAt" IS NULL),
  touched AS (
    UPDATE "UploadToken" u SET "lastUsedAt" = $2::timestamptz AT TIME ZONE 'UTC'
    FROM token t
    WHERE u."id" = t."id" AND u."revokedAt" IS NULL
      AND (t."lastUsedAt" IS NULL
        OR t."lastUsedAt" < ($2::timestamptz AT TIME ZONE 'UTC') - interval '${LAST_USED_STEP}'))
  SELECT "id", "tinderboxId" FROM token`;

/** Checks an `Authorization: Bearer ...` header against the stored, unrevoked tokens. */
export async function authenticateUploadToken(authorization: string | null): Promise<TokenCheck> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return { ok: false, message: "missing 'Authorization: Bearer <token>' header" };
  // One statement on the raw pool: this runs for every upload, and Prisma's per-query
  // cost was measurable there. A revoked and an unknown token both find no row.
  const rows = await pgSql(sqlPool()).query<{ id: number; tinderboxId: number }>(AUTHENTICATE, [
    hashUploadToken(match[1]),
    new Date().toISOString(),
  ]);
  if (rows.length === 0) return { ok: false, message: "unknown or revoked upload token" };
  return { ok: true, tokenId: rows[0].id, tinderboxId: rows[0].tinderboxId };
}
