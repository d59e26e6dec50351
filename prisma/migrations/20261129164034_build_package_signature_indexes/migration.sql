-- DropIndex
DROP INDEX "Build_coarseSignatureId_idx";

-- CreateIndex
CREATE INDEX "Build_packageId_fineSignatureId_idx" ON "Build"("packageId", "fineSignatureId");

-- CreateIndex
CREATE INDEX "Build_packageId_coarseSignatureId_idx" ON "Build"("packageId", "coarseSignatureId");
