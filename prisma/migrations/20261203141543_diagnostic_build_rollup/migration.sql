-- The diagnostics search's rollup (docs/diagnostics.md): one row per (diagnostic, build) with the
-- build's filter columns copied in, and per-diagnostic counters kept by triggers. Existing
-- occurrences are rolled up here: the table is filled before its indexes are built (faster).

-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "buildCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastSeenAt" TIMESTAMP(3),
ADD COLUMN     "occurrenceCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "packageCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DiagnosticBuild" (
    "diagnosticId" INTEGER NOT NULL,
    "buildId" INTEGER NOT NULL,
    "packageId" INTEGER NOT NULL,
    "tinderboxId" INTEGER NOT NULL,
    "status" "BuildStatus" NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "occurrences" INTEGER NOT NULL
);

-- Backfill from the occurrences.
INSERT INTO "DiagnosticBuild" ("diagnosticId", "buildId", "packageId", "tinderboxId", "status", "finishedAt", "occurrences")
SELECT o.did, o.bid, b."packageId", b."tinderboxId", b.status, b."finishedAt", o.n
FROM (SELECT "diagnosticId" AS did, "buildId" AS bid, count(*)::int AS n
      FROM "DiagnosticOccurrence" GROUP BY 1, 2) o
JOIN "Build" b ON b.id = o.bid;

ALTER TABLE "DiagnosticBuild" ADD CONSTRAINT "DiagnosticBuild_pkey" PRIMARY KEY ("diagnosticId","buildId");

-- CreateIndex
CREATE INDEX "DiagnosticBuild_buildId_idx" ON "DiagnosticBuild"("buildId");

-- CreateIndex
CREATE INDEX "DiagnosticBuild_diagnosticId_packageId_idx" ON "DiagnosticBuild"("diagnosticId", "packageId");

UPDATE "Diagnostic" d SET "buildCount" = n.builds, "packageCount" = n.packages,
       "occurrenceCount" = n.occurrences, "lastSeenAt" = n.last
FROM (SELECT "diagnosticId" AS did, count(*)::int AS builds, count(DISTINCT "packageId")::int AS packages,
             sum(occurrences)::int AS occurrences, max("finishedAt") AS last
      FROM "DiagnosticBuild" GROUP BY 1) n
WHERE d.id = n.did;

-- CreateIndex
CREATE INDEX "Diagnostic_buildCount_packageCount_id_idx" ON "Diagnostic"("buildCount" DESC, "packageCount" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "DiagnosticBuild" ADD CONSTRAINT "DiagnosticBuild_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticBuild" ADD CONSTRAINT "DiagnosticBuild_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counters follow every insert and delete of rollup rows (ingest, reanalyze, a build deleted
-- through the cascade, retention): one UPDATE per statement through its transition table. Writers
-- replace rows (delete, insert) and never update them.
CREATE FUNCTION "diagnostic_build_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the diagnostics first, in id order (no deadlock between two writers). The UPDATE below is
  -- a new statement, so under READ COMMITTED it sees what a writer that held a lock committed: two
  -- builds of one package written at once cannot both count the package as new (or as gone).
  PERFORM 1 FROM "Diagnostic" WHERE id IN (SELECT "diagnosticId" FROM changed) ORDER BY id FOR UPDATE;
  IF TG_OP = 'INSERT' THEN
    UPDATE "Diagnostic" d SET "buildCount" = d."buildCount" + n.builds,
           "packageCount" = d."packageCount" + n.packages,
           "occurrenceCount" = d."occurrenceCount" + n.occurrences,
           "lastSeenAt" = GREATEST(d."lastSeenAt", n.last)
    FROM (SELECT c."diagnosticId" AS did, count(*)::int AS builds, sum(c.occurrences)::int AS occurrences,
                 max(c."finishedAt") AS last,
                 -- A package is new when no build outside this statement has the pair.
                 count(DISTINCT c."packageId") FILTER (WHERE NOT EXISTS (
                   SELECT 1 FROM "DiagnosticBuild" x
                   WHERE x."diagnosticId" = c."diagnosticId" AND x."packageId" = c."packageId"
                     AND NOT EXISTS (SELECT 1 FROM changed y
                                     WHERE y."diagnosticId" = x."diagnosticId" AND y."buildId" = x."buildId")))::int AS packages
          FROM changed c GROUP BY 1) n
    WHERE d.id = n.did;
  ELSE
    UPDATE "Diagnostic" d SET "buildCount" = d."buildCount" - n.builds,
           "packageCount" = d."packageCount" - n.packages,
           "occurrenceCount" = d."occurrenceCount" - n.occurrences
    FROM (SELECT c."diagnosticId" AS did, count(*)::int AS builds, sum(c.occurrences)::int AS occurrences,
                 -- A package is gone when no build of it is left with the diagnostic.
                 count(DISTINCT c."packageId") FILTER (WHERE NOT EXISTS (
                   SELECT 1 FROM "DiagnosticBuild" x
                   WHERE x."diagnosticId" = c."diagnosticId" AND x."packageId" = c."packageId"))::int AS packages
          FROM changed c GROUP BY 1) n
    WHERE d.id = n.did;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "DiagnosticBuild_counted_insert" AFTER INSERT ON "DiagnosticBuild"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "diagnostic_build_count"();
CREATE TRIGGER "DiagnosticBuild_counted_delete" AFTER DELETE ON "DiagnosticBuild"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "diagnostic_build_count"();
