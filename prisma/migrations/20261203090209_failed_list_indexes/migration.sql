-- Hand-edited: "finishedAt" DESC NULLS LAST like Build_status_finishedAt_id_idx, so the failure list's
-- "newest first, unfinished last" walks the index without a sort (schema.prisma cannot say NULLS LAST).
-- Partial: failed builds only; lib/queries/failure-filters.ts writes status = 'failed' as a literal so the
-- planner can prove the predicate.

-- CreateIndex
CREATE INDEX "Build_failed_list_idx" ON "Build"("finishedAt" DESC NULLS LAST, "id" DESC, "tinderboxId", "packageId", "kind", "phase", "triageState", "coarseSignatureId", "profile") WHERE (status = 'failed');

-- CreateIndex
CREATE INDEX "Build_succeeded_package_idx" ON "Build"("packageId", "tinderboxId", "finishedAt") WHERE (status = 'succeeded');
