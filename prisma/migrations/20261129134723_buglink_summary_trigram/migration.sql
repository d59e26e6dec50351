-- CreateIndex
CREATE INDEX "BugLink_summary_idx" ON "BugLink" USING GIN ("summary" gin_trgm_ops);
