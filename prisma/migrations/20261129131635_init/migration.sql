-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'maintainer', 'admin');

-- CreateEnum
CREATE TYPE "BuildStatus" AS ENUM ('succeeded', 'failed');

-- CreateEnum
CREATE TYPE "FailureKind" AS ENUM ('configure', 'compile', 'link', 'test', 'install', 'qa', 'sandbox', 'collision', 'fetch', 'dependency', 'oom', 'ice', 'disk_full', 'none', 'unknown');

-- CreateEnum
CREATE TYPE "TriageState" AS ENUM ('new', 'confirmed', 'reported', 'fixed', 'invalid', 'infra');

-- CreateEnum
CREATE TYPE "SignatureLevel" AS ENUM ('fine', 'coarse');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('error', 'qa', 'test');

-- CreateEnum
CREATE TYPE "BlobStoreKind" AS ENUM ('db', 'fs');

-- CreateTable
CREATE TABLE "Tinderbox" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "profile" TEXT NOT NULL DEFAULT '',
    "arch" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT NOT NULL DEFAULT '',
    "toolchainTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tinderbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadToken" (
    "id" SERIAL NOT NULL,
    "tinderboxId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UploadToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Package" (
    "id" SERIAL NOT NULL,
    "category" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Package_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PackageMaintainer" (
    "id" SERIAL NOT NULL,
    "packageId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "type" TEXT NOT NULL DEFAULT 'person',
    "position" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL DEFAULT 'log',

    CONSTRAINT "PackageMaintainer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Build" (
    "id" SERIAL NOT NULL,
    "tinderboxId" INTEGER NOT NULL,
    "packageId" INTEGER NOT NULL,
    "uploadTokenId" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "atom" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "repository" TEXT NOT NULL DEFAULT 'gentoo',
    "status" "BuildStatus" NOT NULL,
    "phase" TEXT,
    "kind" "FailureKind" NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationSec" INTEGER,
    "useFlags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "profile" TEXT NOT NULL DEFAULT '',
    "analysisVersion" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "primaryLine" INTEGER,
    "primaryText" TEXT,
    "primaryRule" TEXT,
    "fineSignatureId" INTEGER,
    "coarseSignatureId" INTEGER,
    "analysis" JSONB,
    "triageState" "TriageState" NOT NULL DEFAULT 'new',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Build_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" SERIAL NOT NULL,
    "level" "SignatureLevel" NOT NULL,
    "algoVersion" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" BIGSERIAL NOT NULL,
    "buildId" INTEGER NOT NULL,
    "fileId" INTEGER,
    "kind" "FindingKind" NOT NULL,
    "lineNumber" INTEGER,
    "text" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL DEFAULT '',
    "severity" TEXT NOT NULL DEFAULT 'error',
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "testName" TEXT,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" SERIAL NOT NULL,
    "buildId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL DEFAULT 'text/plain',
    "blobSha256" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "lineCount" BIGINT,
    "uploadEncoding" TEXT NOT NULL DEFAULT 'none',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchiveMember" (
    "id" BIGSERIAL NOT NULL,
    "fileId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "mode" INTEGER,
    "mtime" TIMESTAMP(3),
    "linkName" TEXT,

    CONSTRAINT "ArchiveMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Blob" (
    "sha256" TEXT NOT NULL,
    "store" "BlobStoreKind" NOT NULL,
    "chunkSetId" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "gzSize" BIGINT NOT NULL,
    "lineCount" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Blob_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "BlobChunk" (
    "chunkSetId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "firstLine" BIGINT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "rawOffset" BIGINT NOT NULL,
    "rawSize" INTEGER NOT NULL,
    "gzSize" INTEGER NOT NULL,
    "data" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlobChunk_pkey" PRIMARY KEY ("chunkSetId","index")
);

-- CreateTable
CREATE TABLE "BugLink" (
    "id" SERIAL NOT NULL,
    "buildId" INTEGER NOT NULL,
    "bugNumber" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BugLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TriageEvent" (
    "id" SERIAL NOT NULL,
    "buildId" INTEGER NOT NULL,
    "userId" INTEGER,
    "fromState" "TriageState",
    "toState" "TriageState" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TriageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "userId" INTEGER,
    "tokenId" INTEGER,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL DEFAULT '',
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tinderbox_name_key" ON "Tinderbox"("name");

-- CreateIndex
CREATE UNIQUE INDEX "UploadToken_tokenHash_key" ON "UploadToken"("tokenHash");

-- CreateIndex
CREATE INDEX "Package_name_idx" ON "Package"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Package_category_name_key" ON "Package"("category", "name");

-- CreateIndex
CREATE INDEX "PackageMaintainer_email_idx" ON "PackageMaintainer"("email");

-- CreateIndex
CREATE UNIQUE INDEX "PackageMaintainer_packageId_email_key" ON "PackageMaintainer"("packageId", "email");

-- CreateIndex
CREATE INDEX "Build_packageId_finishedAt_idx" ON "Build"("packageId", "finishedAt");

-- CreateIndex
CREATE INDEX "Build_status_finishedAt_idx" ON "Build"("status", "finishedAt");

-- CreateIndex
CREATE INDEX "Build_fineSignatureId_idx" ON "Build"("fineSignatureId");

-- CreateIndex
CREATE INDEX "Build_coarseSignatureId_idx" ON "Build"("coarseSignatureId");

-- CreateIndex
CREATE INDEX "Build_createdAt_idx" ON "Build"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Build_tinderboxId_idempotencyKey_key" ON "Build"("tinderboxId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_level_algoVersion_hash_key" ON "Signature"("level", "algoVersion", "hash");

-- CreateIndex
CREATE INDEX "Finding_buildId_kind_idx" ON "Finding"("buildId", "kind");

-- CreateIndex
CREATE INDEX "File_blobSha256_idx" ON "File"("blobSha256");

-- CreateIndex
CREATE UNIQUE INDEX "File_buildId_name_key" ON "File"("buildId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ArchiveMember_fileId_position_key" ON "ArchiveMember"("fileId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Blob_chunkSetId_key" ON "Blob"("chunkSetId");

-- CreateIndex
CREATE INDEX "BugLink_bugNumber_idx" ON "BugLink"("bugNumber");

-- CreateIndex
CREATE UNIQUE INDEX "BugLink_buildId_bugNumber_key" ON "BugLink"("buildId", "bugNumber");

-- CreateIndex
CREATE INDEX "TriageEvent_buildId_createdAt_idx" ON "TriageEvent"("buildId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "UploadToken" ADD CONSTRAINT "UploadToken_tinderboxId_fkey" FOREIGN KEY ("tinderboxId") REFERENCES "Tinderbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PackageMaintainer" ADD CONSTRAINT "PackageMaintainer_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "Package"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_tinderboxId_fkey" FOREIGN KEY ("tinderboxId") REFERENCES "Tinderbox"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "Package"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_uploadTokenId_fkey" FOREIGN KEY ("uploadTokenId") REFERENCES "UploadToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_fineSignatureId_fkey" FOREIGN KEY ("fineSignatureId") REFERENCES "Signature"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_coarseSignatureId_fkey" FOREIGN KEY ("coarseSignatureId") REFERENCES "Signature"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_blobSha256_fkey" FOREIGN KEY ("blobSha256") REFERENCES "Blob"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveMember" ADD CONSTRAINT "ArchiveMember_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BugLink" ADD CONSTRAINT "BugLink_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BugLink" ADD CONSTRAINT "BugLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageEvent" ADD CONSTRAINT "TriageEvent_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TriageEvent" ADD CONSTRAINT "TriageEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
