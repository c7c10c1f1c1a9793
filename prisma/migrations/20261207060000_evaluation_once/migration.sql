-- One evaluation per browser and gathering.
ALTER TABLE "EvaluationResponse" ADD COLUMN "evaluatorHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationResponse_gatheringId_evaluatorHash_key" ON "EvaluationResponse"("gatheringId", "evaluatorHash");
