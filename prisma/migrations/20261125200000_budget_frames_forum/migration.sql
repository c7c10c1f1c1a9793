-- Issue 4: budgets per county, year and scheme, the recommendation of the forum per
-- network and budget as the decision of a case, one allocation decision per
-- report with its payments per recipient.
-- Recommendations and decisions of the earlier per-report shape cannot be
-- carried over (they lack the budget and the case), only demo data had them.
DELETE FROM "AllocationDecision";
DELETE FROM "Recommendation";
UPDATE "NeedsReport" SET "status" = 'IN_REVIEW' WHERE "status" IN ('RECOMMENDED', 'GRANTED', 'REJECTED');
DELETE FROM "UhAllocation" WHERE "decidedAmount" IS NULL;

-- DropForeignKey
ALTER TABLE "AllocationDecision" DROP CONSTRAINT "AllocationDecision_needsReportId_fkey";

-- DropForeignKey
ALTER TABLE "AllocationDecision" DROP CONSTRAINT "AllocationDecision_organisationId_fkey";

-- DropForeignKey
ALTER TABLE "AllocationDecision" DROP CONSTRAINT "AllocationDecision_roundId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_caseId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_needsReportId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_roundId_fkey";

-- DropForeignKey
ALTER TABLE "YearBudget" DROP CONSTRAINT "YearBudget_roundId_fkey";

-- DropIndex
DROP INDEX "AllocationDecision_roundId_idx";

-- DropIndex
DROP INDEX "Recommendation_roundId_networkId_needsReportId_key";

-- DropIndex
DROP INDEX "YearBudget_countyId_year_key";

-- DropIndex
DROP INDEX "YearBudget_roundId_key";

-- AlterTable
ALTER TABLE "AllocationDecision" DROP COLUMN "organisationId",
DROP COLUMN "roundId",
ADD COLUMN     "budgetId" TEXT NOT NULL,
ADD COLUMN     "decidedById" TEXT,
ALTER COLUMN "needsReportId" SET NOT NULL;

-- AlterTable
ALTER TABLE "CaseAttachment" ADD COLUMN     "uploadedById" TEXT;

-- AlterTable
ALTER TABLE "ConflictOfInterest" ADD COLUMN     "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "FrameScenario" ADD COLUMN     "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "decidedById" TEXT;

-- AlterTable
ALTER TABLE "NetworkFrame" ALTER COLUMN "keyValue" SET DATA TYPE DECIMAL(14,4);

-- AlterTable
ALTER TABLE "Recommendation" DROP COLUMN "comment",
DROP COLUMN "meetingId",
DROP COLUMN "needsReportId",
DROP COLUMN "roundId",
ADD COLUMN     "budgetId" TEXT NOT NULL,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "caseId" SET NOT NULL;

-- AlterTable
ALTER TABLE "TeacherFte" ADD COLUMN     "importedById" TEXT,
ALTER COLUMN "teacherFte" SET DATA TYPE DECIMAL(12,4),
ALTER COLUMN "staffFte" SET DATA TYPE DECIMAL(12,4);

-- AlterTable
ALTER TABLE "UhAllocation" DROP COLUMN "reason",
ALTER COLUMN "decidedAmount" SET NOT NULL;

-- AlterTable
ALTER TABLE "YearBudget" ADD COLUMN     "carryAmount" INTEGER,
ADD COLUMN     "carryCaseId" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "scheme" "Scheme" NOT NULL DEFAULT 'DESENTRALISERT',
ADD COLUMN     "uhSplitReason" TEXT,
ALTER COLUMN "roundId" SET NOT NULL;

-- CreateTable
CREATE TABLE "AllocationPayment" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "amount" INTEGER NOT NULL,
    "accountNumber" CHAR(11),
    "paymentMarking" TEXT,

    CONSTRAINT "AllocationPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AllocationPayment_organisationId_idx" ON "AllocationPayment"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationPayment_decisionId_side_key" ON "AllocationPayment"("decisionId", "side");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationDecision_needsReportId_key" ON "AllocationDecision"("needsReportId");

-- CreateIndex
CREATE INDEX "AllocationDecision_budgetId_idx" ON "AllocationDecision"("budgetId");

-- CreateIndex
CREATE INDEX "FrameScenario_budgetId_idx" ON "FrameScenario"("budgetId");

-- CreateIndex
CREATE INDEX "Recommendation_caseId_idx" ON "Recommendation"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_budgetId_networkId_key" ON "Recommendation"("budgetId", "networkId");

-- CreateIndex
CREATE INDEX "YearBudget_roundId_idx" ON "YearBudget"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "YearBudget_countyId_year_scheme_key" ON "YearBudget"("countyId", "year", "scheme");

-- AddForeignKey
ALTER TABLE "YearBudget" ADD CONSTRAINT "YearBudget_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearBudget" ADD CONSTRAINT "YearBudget_carryCaseId_fkey" FOREIGN KEY ("carryCaseId") REFERENCES "ForumCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "YearBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "YearBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_needsReportId_fkey" FOREIGN KEY ("needsReportId") REFERENCES "NeedsReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationPayment" ADD CONSTRAINT "AllocationPayment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AllocationDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationPayment" ADD CONSTRAINT "AllocationPayment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

