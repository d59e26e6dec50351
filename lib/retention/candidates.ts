// Which files the policies remove, as SQL over File, Build and the effective
// policy of each tinderbox (its own, else the default). A file older than its
// rule's days (counted from upload, File.createdAt) and not yet purged is a
// candidate; a file several rules match is counted under the first.

/** The rules, in the order they claim a file. */
export const RETENTION_RULES = {
  "failed-build-files": "files of failed builds",
  "successful-build-files": "files of successful builds",
  "large-archives": "archives over the size limit",
} as const;

export type RetentionRule = keyof typeof RETENTION_RULES;

// $1: now (UTC text). The effective policy per tinderbox; tinderboxes without one keep everything.
const EFFECTIVE_POLICY = `
  effective AS (
    SELECT t."id" AS "tinderboxId", t."name" AS "tinderbox", p."failureFileDays", p."successFileDays",
           p."archiveDays", coalesce(p."archiveMinBytes", 0) AS "archiveMinBytes"
    FROM "Tinderbox" t
    CROSS JOIN LATERAL (
      SELECT * FROM "RetentionPolicy" r WHERE r."tinderboxId" = t."id" OR r."tinderboxId" IS NULL
      ORDER BY r."tinderboxId" NULLS LAST, r."id" LIMIT 1
    ) p
  )`;

const RULE_OF_FILE = `
  CASE
    WHEN b."status" = 'failed' AND e."failureFileDays" IS NOT NULL
         AND f."createdAt" < $1::timestamp - make_interval(days => e."failureFileDays") THEN 'failed-build-files'
    WHEN b."status" = 'succeeded' AND e."successFileDays" IS NOT NULL
         AND f."createdAt" < $1::timestamp - make_interval(days => e."successFileDays") THEN 'successful-build-files'
    WHEN f."role" = 'archive' AND e."archiveDays" IS NOT NULL AND f."size" > e."archiveMinBytes"
         AND f."createdAt" < $1::timestamp - make_interval(days => e."archiveDays") THEN 'large-archives'
  END`;

const CANDIDATES = `
  candidates AS (
    SELECT f."id", f."buildId", f."blobSha256", f."size", e."tinderbox", r."rule"
    FROM effective e
    JOIN "Build" b ON b."tinderboxId" = e."tinderboxId"
    JOIN "File" f ON f."buildId" = b."id" AND f."purgedAt" IS NULL
    CROSS JOIN LATERAL (SELECT ${RULE_OF_FILE} AS "rule") r
    WHERE r."rule" IS NOT NULL
  )`;

/** The next batch of candidate file ids above $2, at most $3: `{ id }` rows. */
export const CANDIDATE_BATCH = `
  WITH ${EFFECTIVE_POLICY}, ${CANDIDATES}
  SELECT "id" FROM candidates WHERE "id" > $2 ORDER BY "id" LIMIT $3`;

/** Per tinderbox and rule: builds, files and their bytes (uncompressed, as uploaded). */
export const CANDIDATE_SUMMARY = `
  WITH ${EFFECTIVE_POLICY}, ${CANDIDATES}
  SELECT "tinderbox", "rule", count(DISTINCT "buildId")::int AS "builds", count(*)::int AS "files",
         coalesce(sum("size"), 0)::float8 AS "bytes"
  FROM candidates GROUP BY "tinderbox", "rule" ORDER BY "tinderbox", "rule"`;

/**
 * The stored space that returns: blobs no unpurged file will use once the
 * candidates are gone (blobs an interrupted run left behind included).
 */
export const SPACE_RETURNED = `
  WITH ${EFFECTIVE_POLICY}, ${CANDIDATES},
  touched AS (
    SELECT DISTINCT "blobSha256" AS "sha256" FROM candidates
    UNION
    SELECT b."sha256" FROM "Blob" b
    WHERE b."purgedAt" IS NULL AND EXISTS (SELECT 1 FROM "File" f WHERE f."blobSha256" = b."sha256" AND f."purgedAt" IS NOT NULL)
  )
  SELECT count(*)::int AS "blobs", coalesce(sum(b."gzSize"), 0)::float8 AS "storedBytes"
  FROM touched t JOIN "Blob" b ON b."sha256" = t."sha256" AND b."purgedAt" IS NULL
  WHERE NOT EXISTS (
    SELECT 1 FROM "File" f WHERE f."blobSha256" = b."sha256" AND f."purgedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c."id" = f."id")
  )`;

/** Blobs whose every file is purged but whose chunks are still there (an interrupted run). */
export const PENDING_BLOBS = `
  SELECT b."sha256" FROM "Blob" b
  WHERE b."purgedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "File" f WHERE f."blobSha256" = b."sha256" AND f."purgedAt" IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM "File" f WHERE f."blobSha256" = b."sha256" AND f."purgedAt" IS NULL)
  LIMIT $1`;
