-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('BEFORE_DEADLINE', 'AFTER_DEADLINE');

-- AlterTable
ALTER TABLE "AnnualReport" DROP COLUMN "unspent",
ADD COLUMN     "approvedAt" TIMESTAMPTZ(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "criterionCollective" TEXT,
ADD COLUMN     "criterionLocalNeeds" TEXT,
ADD COLUMN     "criterionPartnership" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "unspentPlan" TEXT;

-- CreateTable
CREATE TABLE "AnnualReportReminder" (
    "id" TEXT NOT NULL,
    "reportMeasureId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "recipients" TEXT[],
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualReportReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportReminder_reportMeasureId_year_kind_key" ON "AnnualReportReminder"("reportMeasureId", "year", "kind");

-- CreateIndex
CREATE INDEX "AnnualReport_year_status_idx" ON "AnnualReport"("year", "status");

-- AddForeignKey
ALTER TABLE "AnnualReportReminder" ADD CONSTRAINT "AnnualReportReminder_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

