-- AlterTable
ALTER TABLE "NeedsReport" ADD COLUMN     "reopenRequestReason" TEXT,
ADD COLUMN     "reopenRequestedAt" TIMESTAMPTZ(3);
