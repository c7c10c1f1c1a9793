-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'COORDINATOR', 'UH', 'STATSFORVALTER', 'FORUM_MEMBER', 'ADMIN');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('KOMMUNE', 'FYLKESKOMMUNE', 'PRIVAT', 'UH', 'STATSFORVALTER', 'OTHER');

-- CreateEnum
CREATE TYPE "WrittenStandard" AS ENUM ('BOKMAL', 'NYNORSK');

-- CreateEnum
CREATE TYPE "Scheme" AS ENUM ('REGIONAL', 'DESENTRALISERT', 'KOMPETANSELOFTET');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('KINDERGARTEN', 'SCHOOL', 'BOTH');

-- CreateEnum
CREATE TYPE "Term" AS ENUM ('VAR', 'HOST');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('KOMMUNAL_BARNEHAGE', 'PRIVAT_BARNEHAGE', 'OFFENTLIG_SKOLE', 'PRIVAT_SKOLE', 'PPT');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "NeedsReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'RECOMMENDED', 'GRANTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "GrantPurpose" AS ENUM ('ASSESS_NEEDS', 'PLAN', 'CARRY_OUT');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('OWNER', 'UH');

-- CreateEnum
CREATE TYPE "GatheringFormat" AS ENUM ('FYSISK', 'DIGITAL');

-- CreateEnum
CREATE TYPE "GatheringLength" AS ENUM ('HELDAG', 'HALVDAG');

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('OPPDRAG', 'MELLOMARBEID', 'INTERN_SAMLING');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('UNKNOWN', 'PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "BudgetLineKind" AS ENUM ('UH_DIRECT', 'BASE_GRANT', 'FORUM_MEETINGS', 'JOINT_MEASURES', 'OTHER');

-- CreateEnum
CREATE TYPE "FrameKey" AS ENUM ('TEACHER_FTE', 'STAFF_FTE', 'CUSTOM');

-- CreateEnum
CREATE TYPE "Criterion" AS ENUM ('LOCAL_NEEDS', 'COLLECTIVE_PROCESSES', 'PARTNERSHIP');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('DECISION', 'INPUT', 'INFORMATION', 'DECISION_AND_INPUT');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'MINUTES_APPROVED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('GRANTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AnnualReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "CoFinancingKind" AS ENUM ('MONEY', 'SALARY', 'RELEASE_TIME');

-- CreateTable
CREATE TABLE "County" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "orgNumber" CHAR(9),
    "accountNumber" CHAR(11),
    "municipalityNumber" VARCHAR(4),
    "countyId" TEXT,
    "parentId" TEXT,
    "writtenStandard" "WrittenStandard" NOT NULL DEFAULT 'BOKMAL',
    "inFollowUpScheme" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "phone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitCount" (
    "organisationId" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "UnitCount_pkey" PRIMARY KEY ("organisationId","kind")
);

-- CreateTable
CREATE TABLE "TeacherFte" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "teacherFte" DECIMAL(10,2) NOT NULL,
    "staffFte" DECIMAL(10,2),
    "source" TEXT NOT NULL DEFAULT 'GSI',
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeacherFte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "title" TEXT,
    "oidcSubject" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleBinding" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "networkId" TEXT,
    "countyId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleBinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "sector" "Sector" NOT NULL DEFAULT 'SCHOOL',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMember" (
    "networkId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "since" INTEGER,

    CONSTRAINT "NetworkMember_pkey" PRIMARY KEY ("networkId","organisationId")
);

-- CreateTable
CREATE TABLE "NetworkUhPartner" (
    "networkId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "NetworkUhPartner_pkey" PRIMARY KEY ("networkId","organisationId")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "opensAt" TIMESTAMPTZ(3),
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "annualReportDeadline" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsReport" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "leadOwnerId" TEXT NOT NULL,
    "schemes" "Scheme"[],
    "status" "NeedsReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "reopenedUntil" TIMESTAMPTZ(3),
    "returnReason" TEXT,
    "multipleOwners" BOOLEAN,
    "multipleUh" BOOLEAN,
    "multipleSchemes" BOOLEAN,
    "uhInstitutionId" TEXT,
    "codeterminationDiscussed" BOOLEAN,
    "codeterminationRemark" TEXT,
    "unitsKommunaleBarnehager" INTEGER,
    "unitsPrivateBarnehager" INTEGER,
    "unitsOffentligeSkoler" INTEGER,
    "unitsPrivateSkoler" INTEGER,
    "unitsPpt" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),

    CONSTRAINT "NeedsReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsReportOwner" (
    "reportId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "NeedsReportOwner_pkey" PRIMARY KEY ("reportId","organisationId")
);

-- CreateTable
CREATE TABLE "NeedsReportUhUnit" (
    "reportId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "NeedsReportUhUnit_pkey" PRIMARY KEY ("reportId","organisationId")
);

-- CreateTable
CREATE TABLE "NeedsReportContact" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "accountNumber" CHAR(11),
    "orgNumber" CHAR(9),
    "paymentMarking" TEXT,

    CONSTRAINT "NeedsReportContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportMeasure" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "ownerAmount" INTEGER NOT NULL DEFAULT 0,
    "uhAmount" INTEGER NOT NULL DEFAULT 0,
    "purposes" "GrantPurpose"[],
    "anchoringText" TEXT,
    "collectiveText" TEXT,
    "teacherEducationText" TEXT,
    "longTermPlanText" TEXT,
    "longTermPlanPoints" TEXT,
    "ownerUsageText" TEXT,
    "uhUsageText" TEXT,
    "coordinatorNeeded" BOOLEAN,
    "coordinatorText" TEXT,
    "coordinatorAmount" INTEGER,
    "targetGroup" TEXT,

    CONSTRAINT "ReportMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "reportMeasureId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportMeasureSemester" (
    "reportMeasureId" TEXT NOT NULL,
    "term" "Term" NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "ReportMeasureSemester_pkey" PRIMARY KEY ("reportMeasureId","year","term")
);

-- CreateTable
CREATE TABLE "LaterNeed" (
    "id" TEXT NOT NULL,
    "reportMeasureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "term" "Term",
    "year" INTEGER NOT NULL,
    "ownerAmount" INTEGER,
    "ownerReason" TEXT,
    "uhAmount" INTEGER,
    "uhReason" TEXT,

    CONSTRAINT "LaterNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPartner" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "contactPerson" TEXT,
    "kind" "Side" NOT NULL,
    "organisationId" TEXT,

    CONSTRAINT "ReportPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeterminationParticipant" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "CodeterminationParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,

    CONSTRAINT "NeedsReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "isJoint" BOOLEAN NOT NULL DEFAULT false,
    "ownerNetworkId" TEXT,
    "reportMeasureId" TEXT,
    "goal" TEXT,
    "targetGroup" TEXT,
    "content" TEXT,
    "organisation" TEXT,
    "obligations" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureParticipation" (
    "measureId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "cohortId" TEXT,

    CONSTRAINT "MeasureParticipation_pkey" PRIMARY KEY ("measureId","networkId")
);

-- CreateTable
CREATE TABLE "MeasureSemester" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "cohortId" TEXT,
    "number" INTEGER NOT NULL,
    "term" "Term" NOT NULL,
    "year" INTEGER NOT NULL,
    "focus" TEXT,
    "betweenWork" TEXT,

    CONSTRAINT "MeasureSemester_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureContributor" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "organisationId" TEXT,
    "personId" TEXT,
    "role" TEXT,

    CONSTRAINT "MeasureContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gathering" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "semesterId" TEXT,
    "cohortId" TEXT,
    "number" INTEGER,
    "title" TEXT NOT NULL,
    "format" "GatheringFormat" NOT NULL,
    "length" "GatheringLength" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "meetingUrl" TEXT,
    "theme" TEXT,
    "assignmentKind" "AssignmentKind",
    "assignmentText" TEXT,
    "capacity" INTEGER,
    "registrationDeadline" TIMESTAMPTZ(3),
    "evaluationToken" TEXT,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Gathering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatheringNetwork" (
    "gatheringId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,

    CONSTRAINT "GatheringNetwork_pkey" PRIMARY KEY ("gatheringId","networkId")
);

-- CreateTable
CREATE TABLE "GatheringTrack" (
    "id" TEXT NOT NULL,
    "gatheringId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT,
    "capacity" INTEGER,

    CONSTRAINT "GatheringTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackFacilitator" (
    "id" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "name" TEXT,

    CONSTRAINT "TrackFacilitator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "gatheringId" TEXT NOT NULL,
    "trackId" TEXT,
    "organisationId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "unitName" TEXT,
    "role" TEXT,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "attendance" "Attendance" NOT NULL DEFAULT 'UNKNOWN',
    "attendanceMarkedAt" TIMESTAMPTZ(3),
    "registeredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL,
    "gatheringId" TEXT NOT NULL,
    "trackId" TEXT,
    "scores" JSONB NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearBudget" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "roundId" TEXT,
    "year" INTEGER NOT NULL,
    "allocatedAmount" INTEGER NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "YearBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearBudgetLine" (
    "id" TEXT NOT NULL,
    "budgetId" TEXT NOT NULL,
    "kind" "BudgetLineKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "YearBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UhAllocation" (
    "id" TEXT NOT NULL,
    "budgetId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "networkCount" INTEGER NOT NULL,
    "proposedAmount" INTEGER NOT NULL,
    "decidedAmount" INTEGER,
    "reason" TEXT,

    CONSTRAINT "UhAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameScenario" (
    "id" TEXT NOT NULL,
    "budgetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" "FrameKey" NOT NULL DEFAULT 'TEACHER_FTE',
    "keyYear" INTEGER NOT NULL,
    "baseAmount" INTEGER NOT NULL,
    "proRataAmount" INTEGER NOT NULL,
    "decided" BOOLEAN NOT NULL DEFAULT false,
    "decidedAt" TIMESTAMPTZ(3),
    "frozenInputs" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkFrame" (
    "scenarioId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "keyValue" DECIMAL(12,2) NOT NULL,
    "baseShare" INTEGER NOT NULL,
    "proRataShare" INTEGER NOT NULL,
    "frame" INTEGER NOT NULL,

    CONSTRAINT "NetworkFrame_pkey" PRIMARY KEY ("scenarioId","networkId")
);

-- CreateTable
CREATE TABLE "CriteriaAssessment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "criterion" "Criterion" NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CriteriaAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMember" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "represents" TEXT NOT NULL,
    "voting" BOOLEAN NOT NULL DEFAULT true,
    "fromYear" INTEGER,
    "toYear" INTEGER,

    CONSTRAINT "ForumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMeeting" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "place" TEXT,
    "digital" BOOLEAN NOT NULL DEFAULT false,
    "meetingUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startTime" VARCHAR(5) NOT NULL,
    "endTime" VARCHAR(5),
    "title" TEXT NOT NULL,
    "caseId" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumCase" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "meetingId" TEXT,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "text" TEXT,
    "proposal" TEXT,
    "decision" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAttachment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "ConflictOfInterest" (
    "caseId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ConflictOfInterest_pkey" PRIMARY KEY ("caseId","personId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "needsReportId" TEXT,
    "meetingId" TEXT,
    "caseId" TEXT,
    "amount" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllocationDecision" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "needsReportId" TEXT,
    "organisationId" TEXT,
    "caseId" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "amount" INTEGER NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllocationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "reportMeasureId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "AnnualReportStatus" NOT NULL DEFAULT 'DRAFT',
    "usedOwner" INTEGER,
    "usedUh" INTEGER,
    "unspent" INTEGER,
    "activities" TEXT,
    "uhContribution" TEXT,
    "evaluation" TEXT,
    "planOnward" TEXT,
    "returnReason" TEXT,
    "submittedVersion" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoFinancingEntry" (
    "id" TEXT NOT NULL,
    "annualReportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "CoFinancingKind" NOT NULL,
    "description" TEXT NOT NULL,
    "promised" INTEGER NOT NULL DEFAULT 0,
    "delivered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CoFinancingEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReportVersion" (
    "id" TEXT NOT NULL,
    "annualReportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,

    CONSTRAINT "AnnualReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_name_key" ON "County"("name");

-- CreateIndex
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_orgNumber_key" ON "Organisation"("orgNumber");

-- CreateIndex
CREATE INDEX "Organisation_countyId_idx" ON "Organisation"("countyId");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "TeacherFte_year_idx" ON "TeacherFte"("year");

-- CreateIndex
CREATE UNIQUE INDEX "TeacherFte_organisationId_year_key" ON "TeacherFte"("organisationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Person_oidcSubject_key" ON "Person"("oidcSubject");

-- CreateIndex
CREATE INDEX "RoleBinding_personId_idx" ON "RoleBinding"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleBinding_personId_role_organisationId_networkId_countyId_key" ON "RoleBinding"("personId", "role", "organisationId", "networkId", "countyId");

-- CreateIndex
CREATE UNIQUE INDEX "Network_countyId_name_key" ON "Network"("countyId", "name");

-- CreateIndex
CREATE INDEX "NetworkMember_organisationId_idx" ON "NetworkMember"("organisationId");

-- CreateIndex
CREATE INDEX "NetworkUhPartner_organisationId_idx" ON "NetworkUhPartner"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Round_countyId_year_key" ON "Round"("countyId", "year");

-- CreateIndex
CREATE INDEX "NeedsReport_roundId_status_idx" ON "NeedsReport"("roundId", "status");

-- CreateIndex
CREATE INDEX "NeedsReport_networkId_idx" ON "NeedsReport"("networkId");

-- CreateIndex
CREATE INDEX "NeedsReport_leadOwnerId_idx" ON "NeedsReport"("leadOwnerId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReportContact_reportId_side_key" ON "NeedsReportContact"("reportId", "side");

-- CreateIndex
CREATE UNIQUE INDEX "ReportMeasure_reportId_position_key" ON "ReportMeasure"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_reportMeasureId_side_position_key" ON "BudgetLine"("reportMeasureId", "side", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LaterNeed_reportMeasureId_position_key" ON "LaterNeed"("reportMeasureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPartner_reportId_position_key" ON "ReportPartner"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CodeterminationParticipant_reportId_position_key" ON "CodeterminationParticipant"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReportVersion_reportId_number_key" ON "NeedsReportVersion"("reportId", "number");

-- CreateIndex
CREATE INDEX "Measure_countyId_idx" ON "Measure"("countyId");

-- CreateIndex
CREATE INDEX "Measure_ownerNetworkId_idx" ON "Measure"("ownerNetworkId");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_measureId_number_key" ON "Cohort"("measureId", "number");

-- CreateIndex
CREATE INDEX "MeasureParticipation_networkId_idx" ON "MeasureParticipation"("networkId");

-- CreateIndex
CREATE INDEX "MeasureSemester_measureId_idx" ON "MeasureSemester"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureSemester_measureId_cohortId_number_key" ON "MeasureSemester"("measureId", "cohortId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Gathering_evaluationToken_key" ON "Gathering"("evaluationToken");

-- CreateIndex
CREATE INDEX "Gathering_measureId_idx" ON "Gathering"("measureId");

-- CreateIndex
CREATE INDEX "Gathering_startsAt_idx" ON "Gathering"("startsAt");

-- CreateIndex
CREATE INDEX "GatheringNetwork_networkId_idx" ON "GatheringNetwork"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "GatheringTrack_gatheringId_position_key" ON "GatheringTrack"("gatheringId", "position");

-- CreateIndex
CREATE INDEX "Registration_organisationId_idx" ON "Registration"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_gatheringId_email_key" ON "Registration"("gatheringId", "email");

-- CreateIndex
CREATE INDEX "EvaluationResponse_gatheringId_idx" ON "EvaluationResponse"("gatheringId");

-- CreateIndex
CREATE UNIQUE INDEX "YearBudget_roundId_key" ON "YearBudget"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "YearBudget_countyId_year_key" ON "YearBudget"("countyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "YearBudgetLine_budgetId_position_key" ON "YearBudgetLine"("budgetId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "UhAllocation_budgetId_organisationId_key" ON "UhAllocation"("budgetId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaAssessment_roundId_networkId_assessorId_criterion_key" ON "CriteriaAssessment"("roundId", "networkId", "assessorId", "criterion");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_countyId_key" ON "Forum"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMember_forumId_personId_key" ON "ForumMember"("forumId", "personId");

-- CreateIndex
CREATE INDEX "ForumMeeting_forumId_startsAt_idx" ON "ForumMeeting"("forumId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ForumCase_forumId_year_number_key" ON "ForumCase"("forumId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_roundId_networkId_needsReportId_key" ON "Recommendation"("roundId", "networkId", "needsReportId");

-- CreateIndex
CREATE INDEX "AllocationDecision_roundId_idx" ON "AllocationDecision"("roundId");

-- CreateIndex
CREATE INDEX "AnnualReport_organisationId_idx" ON "AnnualReport"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_reportMeasureId_year_key" ON "AnnualReport"("reportMeasureId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CoFinancingEntry_annualReportId_position_key" ON "CoFinancingEntry"("annualReportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReportVersion_annualReportId_number_key" ON "AnnualReportVersion"("annualReportId", "number");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitCount" ADD CONSTRAINT "UnitCount_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeacherFte" ADD CONSTRAINT "TeacherFte_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleBinding" ADD CONSTRAINT "RoleBinding_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkUhPartner" ADD CONSTRAINT "NetworkUhPartner_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkUhPartner" ADD CONSTRAINT "NetworkUhPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_leadOwnerId_fkey" FOREIGN KEY ("leadOwnerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportOwner" ADD CONSTRAINT "NeedsReportOwner_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportOwner" ADD CONSTRAINT "NeedsReportOwner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportUhUnit" ADD CONSTRAINT "NeedsReportUhUnit_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportUhUnit" ADD CONSTRAINT "NeedsReportUhUnit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportContact" ADD CONSTRAINT "NeedsReportContact_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMeasure" ADD CONSTRAINT "ReportMeasure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMeasureSemester" ADD CONSTRAINT "ReportMeasureSemester_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LaterNeed" ADD CONSTRAINT "LaterNeed_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPartner" ADD CONSTRAINT "ReportPartner_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPartner" ADD CONSTRAINT "ReportPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeterminationParticipant" ADD CONSTRAINT "CodeterminationParticipant_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportVersion" ADD CONSTRAINT "NeedsReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportVersion" ADD CONSTRAINT "NeedsReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_ownerNetworkId_fkey" FOREIGN KEY ("ownerNetworkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureParticipation" ADD CONSTRAINT "MeasureParticipation_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureParticipation" ADD CONSTRAINT "MeasureParticipation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureParticipation" ADD CONSTRAINT "MeasureParticipation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureSemester" ADD CONSTRAINT "MeasureSemester_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureSemester" ADD CONSTRAINT "MeasureSemester_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureContributor" ADD CONSTRAINT "MeasureContributor_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureContributor" ADD CONSTRAINT "MeasureContributor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureContributor" ADD CONSTRAINT "MeasureContributor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_semesterId_fkey" FOREIGN KEY ("semesterId") REFERENCES "MeasureSemester"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringNetwork" ADD CONSTRAINT "GatheringNetwork_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringNetwork" ADD CONSTRAINT "GatheringNetwork_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringTrack" ADD CONSTRAINT "GatheringTrack_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackFacilitator" ADD CONSTRAINT "TrackFacilitator_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "GatheringTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackFacilitator" ADD CONSTRAINT "TrackFacilitator_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackFacilitator" ADD CONSTRAINT "TrackFacilitator_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "GatheringTrack"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "GatheringTrack"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearBudget" ADD CONSTRAINT "YearBudget_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearBudget" ADD CONSTRAINT "YearBudget_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearBudgetLine" ADD CONSTRAINT "YearBudgetLine_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "YearBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhAllocation" ADD CONSTRAINT "UhAllocation_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "YearBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhAllocation" ADD CONSTRAINT "UhAllocation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameScenario" ADD CONSTRAINT "FrameScenario_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "YearBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkFrame" ADD CONSTRAINT "NetworkFrame_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "FrameScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkFrame" ADD CONSTRAINT "NetworkFrame_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaAssessment" ADD CONSTRAINT "CriteriaAssessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaAssessment" ADD CONSTRAINT "CriteriaAssessment_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaAssessment" ADD CONSTRAINT "CriteriaAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMeeting" ADD CONSTRAINT "ForumMeeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCase" ADD CONSTRAINT "ForumCase_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCase" ADD CONSTRAINT "ForumCase_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAttachment" ADD CONSTRAINT "CaseAttachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_needsReportId_fkey" FOREIGN KEY ("needsReportId") REFERENCES "NeedsReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ForumMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_needsReportId_fkey" FOREIGN KEY ("needsReportId") REFERENCES "NeedsReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationDecision" ADD CONSTRAINT "AllocationDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_reportMeasureId_fkey" FOREIGN KEY ("reportMeasureId") REFERENCES "ReportMeasure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoFinancingEntry" ADD CONSTRAINT "CoFinancingEntry_annualReportId_fkey" FOREIGN KEY ("annualReportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReportVersion" ADD CONSTRAINT "AnnualReportVersion_annualReportId_fkey" FOREIGN KEY ("annualReportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
