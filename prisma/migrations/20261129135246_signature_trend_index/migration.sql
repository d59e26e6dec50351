-- CreateIndex
CREATE INDEX "Build_coarseSignatureId_finishedAt_idx" ON "Build"("coarseSignatureId", "finishedAt");
