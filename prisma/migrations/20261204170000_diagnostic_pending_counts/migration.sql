-- Diagnostic's counters are rolled up in batches instead of per build (docs/diagnostics.md,
-- "Counting"). A trigger that updated every printed Diagnostic row in each upload's transaction
-- wrote one non-HOT version of each row per build (the counters are indexed), serialised the
-- uploads printing the same warnings on those rows' locks until their commits, and cost ~6 ms of
-- PostgreSQL per result. Now ingest and reanalysis add each new DiagnosticBuild row to
-- DiagnosticPending too (same statement), a periodic job (lib/diagnostics/counts.ts) moves the
-- pending rows into the counters, and the search adds what is still pending: exact at every moment.
--
-- Existing data: every DiagnosticBuild row written so far is already counted by the old trigger,
-- so the counters stay as they are and the pending table starts empty.

-- CreateTable
CREATE TABLE "DiagnosticPending" (
    "diagnosticId" INTEGER NOT NULL,
    "buildId" INTEGER NOT NULL,
    "packageId" INTEGER NOT NULL,
    "occurrences" INTEGER NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DiagnosticPending_pkey" PRIMARY KEY ("diagnosticId","buildId")
);

DROP TRIGGER "DiagnosticBuild_counted_insert" ON "DiagnosticBuild";

-- The counters count the DiagnosticBuild rows that are not pending. A deleted row that was still
-- pending only leaves DiagnosticPending; a counted one is subtracted. Both under the lock of the
-- touched Diagnostic rows in id order, which the rollup job takes too (so they never interleave
-- on one diagnostic), each statement below seeing what a writer that held a lock committed.
CREATE OR REPLACE FUNCTION "diagnostic_build_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Diagnostic" WHERE id IN (SELECT "diagnosticId" FROM changed) ORDER BY id FOR NO KEY UPDATE;
  UPDATE "Diagnostic" d SET "buildCount" = d."buildCount" - n.builds,
         "packageCount" = d."packageCount" - n.packages,
         "occurrenceCount" = d."occurrenceCount" - n.occurrences
  FROM (SELECT c."diagnosticId" AS did, count(*)::int AS builds, sum(c.occurrences)::int AS occurrences,
               -- A package is gone when no counted build of it is left with the diagnostic.
               count(DISTINCT c."packageId") FILTER (WHERE NOT EXISTS (
                 SELECT 1 FROM "DiagnosticBuild" x
                 WHERE x."diagnosticId" = c."diagnosticId" AND x."packageId" = c."packageId"
                   AND NOT EXISTS (SELECT 1 FROM "DiagnosticPending" y
                                   WHERE y."diagnosticId" = x."diagnosticId" AND y."buildId" = x."buildId")))::int AS packages
        FROM changed c
        WHERE NOT EXISTS (SELECT 1 FROM "DiagnosticPending" p
                          WHERE p."diagnosticId" = c."diagnosticId" AND p."buildId" = c."buildId")
        GROUP BY 1) n
  WHERE d.id = n.did;
  DELETE FROM "DiagnosticPending" p USING changed c
  WHERE p."diagnosticId" = c."diagnosticId" AND p."buildId" = c."buildId";
  RETURN NULL;
END
$$;
