-- Hand-edited: the DESC indexes are NULLS LAST so "newest first, unfinished last" (lib/queries/failures.ts)
-- walks them without a sort. schema.prisma cannot say NULLS LAST and the drift check ignores it.
-- CreateIndex
CREATE INDEX "Build_status_finishedAt_id_idx" ON "Build"("status", "finishedAt" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Build_kind_finishedAt_idx" ON "Build"("kind", "finishedAt" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Build_tinderboxId_finishedAt_idx" ON "Build"("tinderboxId", "finishedAt" DESC NULLS LAST);

-- CreateIndex
CREATE INDEX "Build_packageId_tinderboxId_finishedAt_idx" ON "Build"("packageId", "tinderboxId", "finishedAt");

-- CreateIndex
CREATE INDEX "Build_title_idx" ON "Build" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Build_primaryText_idx" ON "Build" USING GIN ("primaryText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Finding_text_idx" ON "Finding" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Signature_level_lastSeenAt_idx" ON "Signature"("level", "lastSeenAt" DESC);

-- CreateIndex
CREATE INDEX "Signature_level_buildCount_idx" ON "Signature"("level", "buildCount" DESC);

-- CreateIndex
CREATE INDEX "Signature_text_idx" ON "Signature" USING GIN ("text" gin_trgm_ops);
