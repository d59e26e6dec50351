-- CreateIndex
CREATE INDEX "Build_status_packageId_idx" ON "Build"("status", "packageId");
