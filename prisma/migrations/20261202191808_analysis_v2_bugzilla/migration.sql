-- AlterTable
ALTER TABLE "Build" ADD COLUMN     "causeId" INTEGER,
ADD COLUMN     "infraReason" TEXT,
ADD COLUMN     "triageVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bugzillaApiKeyEnc" TEXT,
ADD COLUMN     "bugzillaApiKeySetAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Cause" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrimaryCorrection" (
    "id" SERIAL NOT NULL,
    "buildId" INTEGER NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "previousLine" INTEGER,
    "previousText" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrimaryCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BugzillaBug" (
    "bugNumber" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "resolution" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "product" TEXT NOT NULL DEFAULT '',
    "component" TEXT NOT NULL DEFAULT '',
    "assignee" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3),
    "lastChangeAt" TIMESTAMP(3),
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BugzillaBug_pkey" PRIMARY KEY ("bugNumber")
);

-- CreateTable
CREATE TABLE "BundleMember" (
    "blobSha256" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BundleMember_pkey" PRIMARY KEY ("blobSha256","variant")
);

-- CreateTable
CREATE TABLE "JobState" (
    "name" TEXT NOT NULL,
    "cursor" TEXT NOT NULL DEFAULT '',
    "details" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobState_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Cause_name_idx" ON "Cause" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Cause_type_name_key" ON "Cause"("type", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PrimaryCorrection_buildId_key" ON "PrimaryCorrection"("buildId");

-- CreateIndex
CREATE INDEX "BugzillaBug_status_resolution_idx" ON "BugzillaBug"("status", "resolution");

-- CreateIndex
CREATE INDEX "Build_causeId_finishedAt_idx" ON "Build"("causeId", "finishedAt" DESC);

-- CreateIndex
CREATE INDEX "Build_infraReason_finishedAt_idx" ON "Build"("infraReason", "finishedAt" DESC);

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimaryCorrection" ADD CONSTRAINT "PrimaryCorrection_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimaryCorrection" ADD CONSTRAINT "PrimaryCorrection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- xz output does not compress again (as BlobChunk.data).
ALTER TABLE "BundleMember" ALTER COLUMN "data" SET STORAGE EXTERNAL;
