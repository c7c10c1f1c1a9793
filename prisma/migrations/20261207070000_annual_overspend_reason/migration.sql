-- Why more was used than granted.
ALTER TABLE "AnnualReport" ADD COLUMN "overspendReason" TEXT;
