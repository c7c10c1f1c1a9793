-- AlterTable
ALTER TABLE "ReportMeasure" ADD COLUMN     "coordinatorAcknowledged" BOOLEAN NOT NULL DEFAULT false;
