-- The counters' trigger function (migration diagnostic_build_rollup) locked the touched Diagnostic
-- rows FOR UPDATE, which conflicts with the KEY SHARE locks foreign-key checks take on them: two
-- uploads printing the same warnings deadlocked. Same function, the weaker lock.
CREATE OR REPLACE FUNCTION "diagnostic_build_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the diagnostics first, in id order. The UPDATE below is a new statement, so under READ
  -- COMMITTED it sees what a writer that held a lock committed: two builds of one package written
  -- at once cannot both count the package as new (or as gone). NO KEY UPDATE, the lock the UPDATE
  -- takes anyway: FOR UPDATE also waits for the KEY SHARE locks that the rollup's and the
  -- occurrences' foreign keys take, so two writers deadlocked (bench:ingest: 1.1 results/s, hundreds of deadlock errors).
  PERFORM 1 FROM "Diagnostic" WHERE id IN (SELECT "diagnosticId" FROM changed) ORDER BY id FOR NO KEY UPDATE;
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

