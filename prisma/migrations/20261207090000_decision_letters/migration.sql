-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('DECISION', 'APPEAL_FORWARDED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('FILED', 'REVERSED', 'FORWARDED');

-- CreateEnum
CREATE TYPE "MinutesRule" AS ENUM ('LEADER', 'TWO_MEMBERS');

-- AlterTable
ALTER TABLE "County" ADD COLUMN     "senderAddress" TEXT;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachLetterId" TEXT;

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "minutesRule" "MinutesRule" NOT NULL DEFAULT 'LEADER';

-- AlterTable
ALTER TABLE "ForumMeeting" ADD COLUMN     "archiveCaseNumber" VARCHAR(20),
ADD COLUMN     "minutesApprovedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "NeedsReport" ADD COLUMN     "archiveCaseNumber" VARCHAR(20);

-- CreateTable
CREATE TABLE "MinutesApproval" (
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesApproval_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "AppealBody" (
    "scheme" "Scheme" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,

    CONSTRAINT "AppealBody_pkey" PRIMARY KEY ("scheme")
);

-- CreateTable
CREATE TABLE "DecisionLetter" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "needsReportId" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL DEFAULT 'DECISION',
    "locale" VARCHAR(2) NOT NULL,
    "reasons" TEXT,
    "appealId" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "sentById" TEXT,
    "officerName" TEXT,
    "officerTitle" TEXT,
    "pdf" BYTEA,
    "pdfSha256" CHAR(64),
    "filename" TEXT,
    "document" JSONB,
    "archiveDocumentNumber" INTEGER,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" TEXT,
    "reminderSentAt" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "needsReportId" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,
    "filedById" TEXT NOT NULL,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "late" BOOLEAN NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'FILED',
    "assessment" TEXT,
    "assessedAt" TIMESTAMPTZ(3),
    "assessedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealAttachment" (
    "id" TEXT NOT NULL,
    "appealId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppealAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionLetter_needsReportId_idx" ON "DecisionLetter"("needsReportId");

-- CreateIndex
CREATE INDEX "DecisionLetter_decisionId_idx" ON "DecisionLetter"("decisionId");

-- CreateIndex
CREATE INDEX "Appeal_needsReportId_idx" ON "Appeal"("needsReportId");

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesApproval" ADD CONSTRAINT "MinutesApproval_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetter" ADD CONSTRAINT "DecisionLetter_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AllocationDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetter" ADD CONSTRAINT "DecisionLetter_needsReportId_fkey" FOREIGN KEY ("needsReportId") REFERENCES "NeedsReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetter" ADD CONSTRAINT "DecisionLetter_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetter" ADD CONSTRAINT "DecisionLetter_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetter" ADD CONSTRAINT "DecisionLetter_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AllocationDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_needsReportId_fkey" FOREIGN KEY ("needsReportId") REFERENCES "NeedsReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "DecisionLetter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealAttachment" ADD CONSTRAINT "AppealAttachment_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A sent letter is the record: its text, its PDF and when and by whom it was sent never change.
-- Acceptance, the reminder and being superseded are recorded on it later, once each (the archive's number may be corrected).
-- The function bodies are E-strings with \073 for the semicolons: the migration runner splits statements at every semicolon.
CREATE FUNCTION decision_letter_locked() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    IF OLD."sentAt" IS NOT NULL THEN
      RAISE EXCEPTION ''a sent decision letter cannot be deleted'' USING ERRCODE = ''check_violation''\073
    END IF\073
    RETURN OLD\073
  END IF\073
  IF OLD."sentAt" IS NOT NULL AND (
    NEW."sentAt" IS DISTINCT FROM OLD."sentAt" OR NEW."reasons" IS DISTINCT FROM OLD."reasons" OR
    NEW."pdf" IS DISTINCT FROM OLD."pdf" OR NEW."pdfSha256" IS DISTINCT FROM OLD."pdfSha256" OR
    NEW."locale" IS DISTINCT FROM OLD."locale" OR NEW."kind" IS DISTINCT FROM OLD."kind" OR
    NEW."decisionId" IS DISTINCT FROM OLD."decisionId" OR NEW."officerName" IS DISTINCT FROM OLD."officerName" OR
    NEW."officerTitle" IS DISTINCT FROM OLD."officerTitle" OR NEW."sentById" IS DISTINCT FROM OLD."sentById" OR
    NEW."filename" IS DISTINCT FROM OLD."filename" OR NEW."document" IS DISTINCT FROM OLD."document" OR
    NEW."needsReportId" IS DISTINCT FROM OLD."needsReportId" OR NEW."appealId" IS DISTINCT FROM OLD."appealId" OR
    (OLD."acceptedAt" IS NOT NULL AND (NEW."acceptedAt" IS DISTINCT FROM OLD."acceptedAt" OR NEW."acceptedById" IS DISTINCT FROM OLD."acceptedById")) OR
    (OLD."supersededAt" IS NOT NULL AND NEW."supersededAt" IS DISTINCT FROM OLD."supersededAt") OR
    (OLD."reminderSentAt" IS NOT NULL AND NEW."reminderSentAt" IS DISTINCT FROM OLD."reminderSentAt")
  ) THEN
    RAISE EXCEPTION ''a sent decision letter cannot be changed'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END
';

CREATE TRIGGER decision_letter_locked BEFORE UPDATE OR DELETE ON "DecisionLetter" FOR EACH ROW EXECUTE FUNCTION decision_letter_locked();

-- The Statsforvalter offices' postal addresses, as their letters print them.
UPDATE "County" SET "senderAddress" = E'Postboks 1405\n8002 Bodø' WHERE code = '18';
UPDATE "County" SET "senderAddress" = E'Postboks 2600\n7734 Steinkjer' WHERE code = '50';
