-- CreateEnum
CREATE TYPE "ForumRole" AS ENUM ('LEADER', 'MEMBER', 'DEPUTY', 'OBSERVER', 'SECRETARIAT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'ORG_ADMIN';
ALTER TYPE "Role" ADD VALUE 'DIRECTORATE';

-- AlterEnum
ALTER TYPE "Sector" ADD VALUE 'UPPER_SECONDARY';

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "redactAfterSend" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ForumMember" ADD COLUMN     "bindingId" TEXT,
ADD COLUMN     "organisationId" TEXT,
ADD COLUMN     "role" "ForumRole" NOT NULL DEFAULT 'MEMBER',
ADD COLUMN     "termFrom" DATE,
ADD COLUMN     "termTo" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
-- Terms in years become terms in days (1 January to 31 December), and the secretariat has no vote.
UPDATE "ForumMember" SET "termFrom" = make_date("fromYear", 1, 1) WHERE "fromYear" IS NOT NULL;
UPDATE "ForumMember" SET "termTo" = make_date("toYear", 12, 31) WHERE "toYear" IS NOT NULL;
UPDATE "ForumMember" SET "role" = 'SECRETARIAT' WHERE NOT "voting";
ALTER TABLE "ForumMember" DROP COLUMN "fromYear", DROP COLUMN "toYear";

-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "endedYear" INTEGER,
ADD COLUMN     "fromYear" INTEGER;

-- AlterTable
-- A membership becomes a period (from year, to year) with an id of its own, and "since" is its first year.
ALTER TABLE "NetworkMember" DROP CONSTRAINT "NetworkMember_pkey",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "fromYear" INTEGER,
ADD COLUMN     "id" TEXT NOT NULL DEFAULT ('nm_' || md5(random()::text || clock_timestamp()::text)),
ADD COLUMN     "toYear" INTEGER,
ADD CONSTRAINT "NetworkMember_pkey" PRIMARY KEY ("id");
UPDATE "NetworkMember" SET "fromYear" = "since";
ALTER TABLE "NetworkMember" DROP COLUMN "since", ALTER COLUMN "id" DROP DEFAULT;

-- AlterTable
ALTER TABLE "NetworkUhPartner" DROP CONSTRAINT "NetworkUhPartner_pkey",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "fromYear" INTEGER,
ADD COLUMN     "id" TEXT NOT NULL DEFAULT ('np_' || md5(random()::text || clock_timestamp()::text)),
ADD COLUMN     "toYear" INTEGER,
ADD CONSTRAINT "NetworkUhPartner_pkey" PRIMARY KEY ("id");
ALTER TABLE "NetworkUhPartner" ALTER COLUMN "id" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "address" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "orgForm" VARCHAR(8),
ADD COLUMN     "registerCheckedAt" TIMESTAMPTZ(3),
ADD COLUMN     "registerDeletedOn" VARCHAR(10),
ADD COLUMN     "registerName" TEXT,
ADD COLUMN     "registerVerifiedAt" TIMESTAMPTZ(3);
-- Organisations already in the portal came with their numbers from the register's public data.
UPDATE "Organisation" SET "registerVerifiedAt" = "createdAt" WHERE "orgNumber" IS NOT NULL;

-- AlterTable
ALTER TABLE "RoleBinding" ADD COLUMN     "grantedById" TEXT,
ADD COLUMN     "invitationId" TEXT,
ADD COLUMN     "validFrom" TIMESTAMPTZ(3),
ADD COLUMN     "validUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "announcedAt" TIMESTAMPTZ(3),
ADD COLUMN     "announcement" TEXT,
ADD COLUMN     "announcementNn" TEXT,
ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "schemes" "Scheme"[] DEFAULT ARRAY['DESENTRALISERT']::"Scheme"[];
-- Rounds that existed before a round named its schemes offered all of them.
UPDATE "Round" SET "schemes" = ARRAY['DESENTRALISERT', 'REGIONAL', 'KOMPETANSELOFTET']::"Scheme"[];

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "grants" JSONB NOT NULL,
    "countyId" TEXT,
    "organisationId" TEXT,
    "networkId" TEXT,
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedById" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "replacedById" TEXT,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountyAllocation" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "amount" INTEGER NOT NULL,
    "note" TEXT,
    "enteredById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CountyAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_replacedById_key" ON "Invitation"("replacedById");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "Invitation_countyId_idx" ON "Invitation"("countyId");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_idx" ON "Invitation"("organisationId");

-- CreateIndex
CREATE INDEX "Invitation_networkId_idx" ON "Invitation"("networkId");

-- CreateIndex
CREATE INDEX "CountyAllocation_year_idx" ON "CountyAllocation"("year");

-- CreateIndex
CREATE UNIQUE INDEX "CountyAllocation_countyId_year_scheme_key" ON "CountyAllocation"("countyId", "year", "scheme");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMember_bindingId_key" ON "ForumMember"("bindingId");

-- CreateIndex
CREATE INDEX "NetworkMember_networkId_idx" ON "NetworkMember"("networkId");

-- CreateIndex
CREATE INDEX "NetworkUhPartner_networkId_idx" ON "NetworkUhPartner"("networkId");

-- CreateIndex
CREATE INDEX "RoleBinding_organisationId_idx" ON "RoleBinding"("organisationId");

-- CreateIndex
CREATE INDEX "RoleBinding_networkId_idx" ON "RoleBinding"("networkId");

-- CreateIndex
CREATE INDEX "RoleBinding_countyId_idx" ON "RoleBinding"("countyId");

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountyAllocation" ADD CONSTRAINT "CountyAllocation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountyAllocation" ADD CONSTRAINT "CountyAllocation_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_bindingId_fkey" FOREIGN KEY ("bindingId") REFERENCES "RoleBinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

