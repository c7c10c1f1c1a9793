-- A report that applies in two schemes is decided once in each scheme's budget.
-- DropIndex
DROP INDEX "AllocationDecision_needsReportId_key";

-- CreateIndex
CREATE UNIQUE INDEX "AllocationDecision_needsReportId_budgetId_key" ON "AllocationDecision"("needsReportId", "budgetId");

