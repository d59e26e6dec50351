-- The diagnostics window: one package's or one triage state's builds newest first, index-only
-- (docs/benchmarks.md, "Diagnostics search", 2026-12-03 19:00).

-- CreateIndex
CREATE INDEX "Build_packageId_id_idx" ON "Build"("packageId", "id" DESC);

-- CreateIndex
CREATE INDEX "Build_triageState_id_idx" ON "Build"("triageState", "id" DESC);
