-- A draft started from an earlier report remembers which one
ALTER TABLE "NeedsReport" ADD COLUMN "copiedFromId" TEXT;

ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "NeedsReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
