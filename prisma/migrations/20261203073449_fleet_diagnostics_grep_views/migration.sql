-- CreateEnum
CREATE TYPE "DiagnosticKind" AS ENUM ('warning', 'error', 'qa', 'test');

-- AlterEnum
ALTER TYPE "BlobStoreKind" ADD VALUE 's3';

-- AlterTable
ALTER TABLE "Blob" ADD COLUMN     "purgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "File" ADD COLUMN     "purgedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnostic" (
    "id" SERIAL NOT NULL,
    "kind" "DiagnosticKind" NOT NULL,
    "flag" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "example" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticOccurrence" (
    "id" BIGSERIAL NOT NULL,
    "diagnosticId" INTEGER NOT NULL,
    "buildId" INTEGER NOT NULL,
    "fileId" INTEGER,
    "line" INTEGER NOT NULL,
    "phase" TEXT,

    CONSTRAINT "DiagnosticOccurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrepJob" (
    "id" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'literal',
    "filters" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "createdById" INTEGER,
    "buildsTotal" INTEGER NOT NULL DEFAULT 0,
    "buildsDone" INTEGER NOT NULL DEFAULT 0,
    "bytesTotal" BIGINT NOT NULL DEFAULT 0,
    "bytesDone" BIGINT NOT NULL DEFAULT 0,
    "hitCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "workerId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrepJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrepHit" (
    "id" BIGSERIAL NOT NULL,
    "jobId" TEXT NOT NULL,
    "buildId" INTEGER NOT NULL,
    "fileId" INTEGER,
    "memberPath" TEXT,
    "line" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "context" JSONB,

    CONSTRAINT "GrepHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackerSnapshot" (
    "trackerId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "openFailures" INTEGER NOT NULL,
    "packages" INTEGER NOT NULL,
    "fixedPackages" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrackerSnapshot_pkey" PRIMARY KEY ("trackerId","day")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "id" SERIAL NOT NULL,
    "tinderboxId" INTEGER,
    "failureFileDays" INTEGER,
    "successFileDays" INTEGER,
    "archiveDays" INTEGER,
    "archiveMinBytes" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Diagnostic_textHash_key" ON "Diagnostic"("textHash");

-- CreateIndex
CREATE INDEX "Diagnostic_flag_idx" ON "Diagnostic"("flag");

-- CreateIndex
CREATE INDEX "Diagnostic_kind_idx" ON "Diagnostic"("kind");

-- CreateIndex
CREATE INDEX "Diagnostic_text_idx" ON "Diagnostic" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "DiagnosticOccurrence_diagnosticId_buildId_idx" ON "DiagnosticOccurrence"("diagnosticId", "buildId");

-- CreateIndex
CREATE INDEX "DiagnosticOccurrence_buildId_idx" ON "DiagnosticOccurrence"("buildId");

-- CreateIndex
CREATE INDEX "GrepJob_status_createdAt_idx" ON "GrepJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "GrepJob_expiresAt_idx" ON "GrepJob"("expiresAt");

-- CreateIndex
CREATE INDEX "GrepHit_jobId_id_idx" ON "GrepHit"("jobId", "id");

-- CreateIndex
CREATE INDEX "RateLimitHit_windowStart_idx" ON "RateLimitHit"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionPolicy_tinderboxId_key" ON "RetentionPolicy"("tinderboxId");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticOccurrence" ADD CONSTRAINT "DiagnosticOccurrence_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticOccurrence" ADD CONSTRAINT "DiagnosticOccurrence_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticOccurrence" ADD CONSTRAINT "DiagnosticOccurrence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrepJob" ADD CONSTRAINT "GrepJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrepHit" ADD CONSTRAINT "GrepHit_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "GrepJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrepHit" ADD CONSTRAINT "GrepHit_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackerSnapshot" ADD CONSTRAINT "TrackerSnapshot_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "Tracker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionPolicy" ADD CONSTRAINT "RetentionPolicy_tinderboxId_fkey" FOREIGN KEY ("tinderboxId") REFERENCES "Tinderbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
