/**
 * Demo data from the source documents (shared/seeds): Trøndelag with its 11
 * networks, the 2023 budget and the Samarbeidsforum meeting of 9 March 2023,
 * the joint measures of seeds 000 and 002; Nordland with Kompetansenettverk
 * Lofoten and its 2024 needs report (seed 004); Meløy kommune (seed 001).
 * Real organisations and organisation numbers, invented people and accounts.
 *
 * Idempotent and non-destructive: every record has a stable id and is created
 * only if missing (upsert with an empty update), so running it on every start
 * never overwrites what users changed.
 *
 *   node scripts/with-db.mjs          # migrates and seeds
 *   npx prisma db seed                # with DATABASE_URL set
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { draftInclude, toDraft } from "../lib/needs-reports/mapping";
import type { GrantPurpose, Scheme } from "../lib/generated/prisma/enums";
import { osloDateTime } from "../lib/dates";
import { computeFrames, frameAmounts } from "../lib/budget/frames";
import { splitByWeights } from "../lib/money";
import { normaliseDigits } from "../lib/norwegian-ids";
import { demoData, type DemoData } from "./seed-data";
import type * as D from "./seed-data/types";

/** The demo data is written in a few large transactions: on a busy machine (CI, a benchmark running beside) they take longer than Prisma's 5 s default. */
const SEED_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

type Db = PrismaClient;

/** The demo's rounds offer every scheme. */
const ALL_SCHEMES: Scheme[] = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"];

const SUBJECT_LABEL: Record<D.Subject, string> = {
  FELLES: "Felles",
  ENGELSK: "Engelsk",
  NORSK: "Norsk",
  MATEMATIKK: "Matematikk",
  SKRIVING: "Skriving",
};

const digits = (v: string | null | undefined) => (v ? normaliseDigits(v) : null);
const joinText = (...parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => Boolean(p && p.trim())).join("\n\n") || null;

/** The Statsforvalter offices' public postal addresses, as their letters print them (county number → lines). */
const STATSFORVALTER_ADDRESS: Record<string, string> = {
  "18": "Postboks 1405\n8002 Bodø",
  "50": "Postboks 2600\n7734 Steinkjer",
  "42": "Postboks 788 Stoa\n4809 Arendal",
};

async function seedOrganisations(db: Db, data: DemoData) {
  for (const c of data.counties) {
    await db.county.upsert({
      where: { id: c.id },
      update: {},
      create: {
        id: c.id,
        name: c.name,
        code: c.countyNumber,
        senderAddress: STATSFORVALTER_ADDRESS[c.countyNumber] ?? null,
      },
    });
  }
  // Institutions before their units.
  const orgs = [...data.organisations].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  for (const o of orgs) {
    await db.organisation.upsert({
      where: { id: o.id },
      update: {},
      create: {
        id: o.id,
        name: o.name,
        kind: o.kind,
        orgNumber: digits(o.orgNumber),
        accountNumber: digits(o.bankAccount),
        municipalityNumber: o.municipalityNumber,
        countyId: o.countyId,
        parentId: o.parentId,
        // Real organisation numbers from the register's public data.
        registerVerifiedAt: o.orgNumber ? new Date() : null,
      },
    });
  }
  for (const f of data.forums) {
    await db.forum.upsert({
      where: { id: f.id },
      update: {},
      create: { id: f.id, countyId: f.countyId, name: f.name },
    });
  }
  for (const n of data.networks) {
    await db.network.upsert({
      where: { id: n.id },
      update: {},
      create: { id: n.id, name: n.name, shortName: n.shortName, countyId: n.countyId, sector: "SCHOOL" },
    });
    // Members and partners for all years (no period), added only where missing: later starts keep what users changed.
    const [members, partners] = await Promise.all([
      db.networkMember.findMany({ where: { networkId: n.id }, select: { organisationId: true } }),
      db.networkUhPartner.findMany({ where: { networkId: n.id }, select: { organisationId: true } }),
    ]);
    const has = (rows: { organisationId: string }[], id: string) => rows.some((r) => r.organisationId === id);
    await db.networkMember.createMany({
      data: n.memberOrgIds
        .filter((id) => !has(members, id))
        .map((organisationId) => ({ id: `nm-${n.id}-${organisationId}`, networkId: n.id, organisationId })),
    });
    await db.networkUhPartner.createMany({
      data: n.uhPartnerOrgIds
        .filter((id) => !has(partners, id))
        .map((organisationId) => ({ id: `np-${n.id}-${organisationId}`, networkId: n.id, organisationId })),
    });
  }
  for (const f of data.teacherFtes) {
    await db.teacherFte.upsert({
      where: { organisationId_year: { organisationId: f.orgId, year: f.year } },
      update: {},
      create: {
        organisationId: f.orgId,
        year: f.year,
        teacherFte: f.fte,
        source: f.source === "SEED" ? "Kildedokument" : "Demodata (oppdiktet)",
      },
    });
  }
}

async function seedPeople(db: Db, data: DemoData) {
  for (const p of data.people) {
    await db.person.upsert({
      where: { id: p.id },
      update: {},
      create: { id: p.id, name: p.name, email: p.email.toLowerCase(), phone: p.phone, title: p.title },
    });
    for (const r of p.roles) {
      const scope = {
        organisationId: r.scope.kind === "ORGANISATION" ? r.scope.ref : null,
        networkId: r.scope.kind === "NETWORK" ? r.scope.ref : null,
        countyId: r.scope.kind === "COUNTY" ? r.scope.ref : null,
      };
      const binding =
        (await db.roleBinding.findFirst({ where: { personId: p.id, role: r.role, ...scope } })) ??
        (await db.roleBinding.create({ data: { personId: p.id, role: r.role, ...scope } }));

      if (r.role === "FORUM_MEMBER" || r.role === "STATSFORVALTER") {
        const forum = r.scope.kind === "COUNTY" ? data.forums.find((f) => f.countyId === r.scope.ref) : undefined;
        if (forum) {
          await db.forumMember.upsert({
            where: { forumId_personId: { forumId: forum.id, personId: p.id } },
            update: {},
            create: {
              forumId: forum.id,
              personId: p.id,
              represents: r.role === "STATSFORVALTER" ? "Statsforvalteren (sekretariat)" : (r.note ?? "Medlem"),
              role: r.role === "STATSFORVALTER" ? "SECRETARIAT" : "MEMBER",
              voting: r.role !== "STATSFORVALTER",
              // The seat carries the forum role (none for the secretariat, which is the Statsforvalter).
              bindingId: r.role === "FORUM_MEMBER" ? binding.id : null,
            },
          });
        }
      }
    }
  }
}

async function ensureRound(db: Db, countyId: string, year: number, fallback?: Partial<D.NeedsReportRound>) {
  const existing = await db.round.findUnique({ where: { countyId_year: { countyId, year } } });
  if (existing) return existing;
  return db.round.create({
    data: {
      id: fallback?.id ?? `round-${countyId}-${year}`,
      countyId,
      year,
      status: osloDateTime(fallback?.deadline ?? `${year - 1}-11-15`, "23:59") < new Date() ? "CLOSED" : "OPEN",
      opensAt: fallback?.opensAt ? osloDateTime(fallback.opensAt, "08:00") : null,
      // Deadline at the end of the stated day, Oslo time.
      deadline: osloDateTime(fallback?.deadline ?? `${year - 1}-11-15`, "23:59"),
      schemes: ALL_SCHEMES,
    },
  });
}

async function seedRoundsAndBudgets(db: Db, data: DemoData) {
  for (const r of data.rounds) await ensureRound(db, r.countyId, r.year, r);
  for (const b of data.budgets) {
    const round = await ensureRound(db, b.countyId, b.year);
    const existing = await db.yearBudget.findUnique({
      where: { countyId_year_scheme: { countyId: b.countyId, year: b.year, scheme: b.scheme } },
    });
    if (existing) continue;
    const lines = b.lines.filter((l) => l.kind !== "ALLOCATED" && l.kind !== "PRO_RATA");
    await db.yearBudget.create({
      data: {
        id: b.id,
        countyId: b.countyId,
        roundId: round.id,
        year: b.year,
        scheme: b.scheme,
        allocatedAmount: b.allocated,
        note: b.note,
        uhSplitReason: b.uhDirectSplit.reason,
        lines: {
          create: lines.map((l, i) => ({
            id: l.id,
            kind: l.kind as Exclude<D.BudgetLineKind, "ALLOCATED" | "PRO_RATA">,
            position: i + 1,
            label: l.label,
            amount: l.amount,
          })),
        },
        uhAllocations: {
          create: b.uhDirectSplit.shares.map((s) => ({
            organisationId: s.uhOrgId,
            networkCount: s.networkCount,
            proposedAmount: s.exactProRata,
            decidedAmount: s.decided,
          })),
        },
      },
    });
    await seedDecidedFrames(db, b);
  }
}

/**
 * The frames of a seeded budget, as decided: computed by the portal's own
 * rule (lib/budget/frames.ts) from the seeded teacher FTEs of the budget's
 * year, frozen with those key values — as if the Statsforvalter had decided
 * them in the portal before the meeting that used them.
 */
async function seedDecidedFrames(db: Db, b: D.YearBudget) {
  const networks = await db.network.findMany({
    where: { countyId: b.countyId, id: { in: b.frames.map((f) => f.networkId) } },
    select: {
      id: true,
      name: true,
      members: {
        select: {
          organisation: {
            select: {
              id: true,
              name: true,
              orgNumber: true,
              teacherFtes: { where: { year: b.year }, select: { teacherFte: true } },
            },
          },
        },
      },
    },
  });
  const keys = networks.map((n) => {
    const owners = n.members.map((m) => ({
      organisationId: m.organisation.id,
      name: m.organisation.name,
      orgNumber: m.organisation.orgNumber,
      value: m.organisation.teacherFtes[0]?.teacherFte ? Number(m.organisation.teacherFtes[0].teacherFte) : null,
    }));
    return {
      networkId: n.id,
      name: n.name,
      key: owners.reduce((a, o) => a + Math.round((o.value ?? 0) * 10_000), 0) / 10_000,
      owners,
    };
  });
  const lines = b.lines.filter((l) => l.kind !== "ALLOCATED" && l.kind !== "PRO_RATA");
  const amounts = frameAmounts({ allocated: b.allocated, lines });
  const frames = computeFrames(amounts, keys);
  const decidedAt = osloDateTime(b.framesDecidedOn, "08:00");
  await db.frameScenario.create({
    data: {
      id: `${b.id}-frames`,
      budgetId: b.id,
      name: `Lærerårsverk ${b.year}`,
      key: "TEACHER_FTE",
      keyYear: b.year,
      baseAmount: amounts.base,
      proRataAmount: amounts.proRata,
      decided: true,
      decidedAt,
      computedAt: decidedAt,
      frozenInputs: {
        computedAt: decidedAt.toISOString(),
        decidedAt: decidedAt.toISOString(),
        decidedBy: "Demodata",
        key: "TEACHER_FTE",
        keyYear: b.year,
        amounts,
        budget: {
          allocated: b.allocated,
          lines: lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })),
        },
        networks: keys,
        missing: [],
      },
      frames: {
        create: frames.map((f) => ({
          networkId: f.networkId,
          keyValue: f.key.toFixed(4),
          baseShare: f.baseShare,
          proRataShare: f.proRataShare,
          frame: f.frame,
        })),
      },
    },
  });
}

async function seedMeetings(db: Db, data: DemoData) {
  for (const m of data.meetings) {
    await db.forumMeeting.upsert({
      where: { id: m.id },
      update: {},
      create: {
        id: m.id,
        forumId: m.forumId,
        title: m.title,
        startsAt: osloDateTime(m.date, m.startTime),
        endsAt: osloDateTime(m.date, m.endTime),
        place: m.place,
        digital: m.digital ?? false,
        status: new Date(m.date) < new Date() ? "HELD" : "PLANNED",
      },
    });
    for (const c of m.cases) {
      const questions = c.inputQuestions.length
        ? `Spørsmål til innspill:\n${c.inputQuestions.map((q) => `• ${q.question}${q.answers ? `\n${q.answers}` : ""}`).join("\n")}`
        : null;
      await db.forumCase.upsert({
        where: { id: c.id },
        update: {},
        create: {
          id: c.id,
          forumId: m.forumId,
          meetingId: m.id,
          year: c.year,
          number: c.number,
          title: c.title,
          kind: c.kind,
          text: joinText(
            ...c.sections.map((s) => (s.heading ? `${s.heading}\n${s.text}` : s.text)),
            questions,
            c.minutes,
          ),
          proposal: c.proposal,
          decision: c.decision,
          decidedAt: c.decision ? osloDateTime(m.date, m.endTime) : null,
        },
      });
    }
    for (const a of m.agenda) {
      await db.agendaItem.upsert({
        where: { id: a.id },
        update: {},
        create: {
          id: a.id,
          meetingId: m.id,
          position: a.order,
          startTime: a.startTime,
          endTime: a.endTime,
          title: a.title,
          caseId: a.caseId,
        },
      });
    }
  }
}

function purposes(p: D.GrantPurpose): GrantPurpose[] {
  const list: GrantPurpose[] = [];
  if (p.assessNeeds) list.push("ASSESS_NEEDS");
  if (p.plan) list.push("PLAN");
  if (p.carryOutAndEvaluate) list.push("CARRY_OUT");
  return list;
}

function laterNeedRow(n: D.LaterNeed, i: number) {
  return {
    position: i + 1,
    term: n.period.kind === "SEMESTER" ? n.period.semester.term : null,
    year: n.period.kind === "SEMESTER" ? n.period.semester.year : n.period.year,
    ownerAmount: n.ownerAmount,
    ownerReason: n.ownerReason,
    uhAmount: n.uhAmount,
    uhReason: n.uhReason,
  };
}

async function seedNeedsReports(db: Db, data: DemoData) {
  for (const r of data.needsReports) {
    if (await db.needsReport.findUnique({ where: { id: r.id } })) continue;
    const round = data.rounds.find((x) => x.id === r.roundId);
    const dbRound = round
      ? await ensureRound(db, round.countyId, round.year, round)
      : await db.round.findUniqueOrThrow({ where: { id: r.roundId } });
    const schemes = (Object.keys(r.schemes) as Scheme[]).filter((s) => r.schemes[s]);
    const submitter = data.people.find((p) =>
      p.roles.some((b) => b.role === "OWNER" && b.scope.ref === r.leadOwnerOrgId),
    );
    const contact = (side: "OWNER" | "UH", c: D.ReportContact) => ({
      side,
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
      accountNumber: digits(c.bankAccount),
      orgNumber: digits(c.orgNumber),
      paymentMarking: c.paymentMarking,
    });
    await db.$transaction(async (tx) => {
      await tx.needsReport.create({
        data: {
          id: r.id,
          roundId: dbRound.id,
          networkId: r.networkId,
          leadOwnerId: r.leadOwnerOrgId,
          schemes,
          status: r.status,
          submittedVersion: r.submittedAt ? 1 : 0,
          submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
          multipleOwners: r.partnership.severalOwners,
          multipleUh: r.partnership.severalUh,
          multipleSchemes: r.partnership.severalSchemes,
          uhInstitutionId: r.uhOrgId,
          codeterminationDiscussed: r.coDetermination.discussed,
          codeterminationRemark: r.coDetermination.remark,
          unitsKommunaleBarnehager: r.units.kommunaleBarnehager,
          unitsPrivateBarnehager: r.units.privateBarnehager,
          unitsOffentligeSkoler: r.units.offentligeSkoler,
          unitsPrivateSkoler: r.units.privateSkoler,
          unitsPpt: r.units.ppTjenester,
          createdById: submitter?.id ?? null,
          owners: { create: r.otherOwnerOrgIds.map((organisationId) => ({ organisationId })) },
          uhUnits: { create: r.uhUnitOrgIds.map((organisationId) => ({ organisationId })) },
          contacts: { create: [contact("OWNER", r.contacts.owner), contact("UH", r.contacts.uh)] },
          partners: {
            create: r.partners.map((p) => ({
              position: p.order,
              name: p.name,
              contactPerson: p.contactName,
              kind: p.kind,
              organisationId: p.orgId,
            })),
          },
          codetermination: {
            create: r.coDetermination.participants.map((p, i) => ({ position: i + 1, role: p.role, name: p.name })),
          },
          measures: {
            create: r.measures.map((m) => ({
              id: m.id,
              position: m.number,
              name: m.name,
              scheme: schemes[0] ?? "DESENTRALISERT",
              ownerAmount: m.ownerAmount,
              uhAmount: m.uhAmount,
              purposes: purposes(m.purpose),
              anchoringText: m.anchoringText,
              collectiveText: m.collectiveProcessesText,
              teacherEducationText: m.teacherEducationText,
              longTermPlanText: joinText(m.longTermPlanText, m.longTermPlanUrl),
              longTermPlanPoints: m.longTermPlanPoints.join(", ") || null,
              ownerUsageText: joinText(m.ownerBudgetIntro, m.ownerBudgetCoordinatorNote),
              coordinatorNeeded: m.coordinator.needed,
              coordinatorText: m.coordinator.text,
              targetGroup: m.targetGroup,
              budgetLines: {
                create: [
                  ...m.ownerBudgetLines.map((l) => ({
                    side: "OWNER" as const,
                    position: l.order,
                    title: l.title,
                    description: joinText(l.description, l.text),
                    amount: l.amount,
                  })),
                  ...m.uhBudgetLines.map((l) => ({
                    side: "UH" as const,
                    position: l.order,
                    title: l.title,
                    description: joinText(l.description, l.text),
                    amount: l.amount,
                  })),
                ],
              },
              semesters: { create: m.semesters.map((s) => ({ term: s.term, year: s.year })) },
              laterNeeds: { create: m.laterNeeds.map(laterNeedRow) },
            })),
          },
        },
      });
      if (r.submittedAt) {
        // The same snapshot shape as a submission in the portal (lib/needs-reports/mutations.ts).
        const full = await tx.needsReport.findUniqueOrThrow({ where: { id: r.id }, include: draftInclude });
        await tx.needsReportVersion.create({
          data: {
            reportId: r.id,
            number: 1,
            snapshot: JSON.parse(JSON.stringify({ ...full, roundYear: dbRound.year, draft: toDraft(full) })),
            submittedAt: new Date(r.submittedAt),
            submittedById: submitter?.id ?? null,
          },
        });
      }
    }, SEED_TRANSACTION);
  }
}

/** Submitted reports known only by their total (Trøndelag 2023): one DEKOM measure each, split 40/60 between owner and UH. */
async function seedAppliedReports(db: Db, data: DemoData) {
  for (const group of data.appliedReports) {
    const round = await ensureRound(db, group.countyId, group.year);
    for (const r of group.reports) {
      if (await db.needsReport.findUnique({ where: { id: r.id } })) continue;
      const [owner, uh] = splitByWeights(r.applied, [40, 60]);
      const network = await db.network.findUniqueOrThrow({
        where: { id: r.networkId },
        select: { name: true, uhPartners: { select: { organisationId: true } } },
      });
      const submittedAt = new Date(round.deadline.getTime() - 2 * 24 * 3600 * 1000);
      await db.$transaction(async (tx) => {
        await tx.needsReport.create({
          data: {
            id: r.id,
            roundId: round.id,
            networkId: r.networkId,
            leadOwnerId: r.leadOwnerOrgId,
            schemes: ["DESENTRALISERT"],
            status: "SUBMITTED",
            submittedVersion: 1,
            submittedAt,
            uhInstitutionId: network.uhPartners[0]?.organisationId ?? null,
            contacts: { create: [{ side: "OWNER", name: "Kontaktperson Dekom", email: r.contactEmail }] },
            measures: {
              create: [
                {
                  position: 1,
                  name: `Dekom ${group.year} – ${network.name}`,
                  scheme: "DESENTRALISERT",
                  ownerAmount: owner!,
                  uhAmount: uh!,
                  purposes: ["CARRY_OUT"],
                },
              ],
            },
          },
        });
        const full = await tx.needsReport.findUniqueOrThrow({ where: { id: r.id }, include: draftInclude });
        await tx.needsReportVersion.create({
          data: {
            reportId: r.id,
            number: 1,
            snapshot: JSON.parse(JSON.stringify({ ...full, roundYear: group.year, draft: toDraft(full) })),
            submittedAt,
          },
        });
      }, SEED_TRANSACTION);
    }
  }
}

/** Meløy's project plan (seed 001) becomes the owner's draft needs report, one measure per scheme of its resource table. */
async function seedProjectPlans(db: Db, data: DemoData) {
  for (const plan of data.projectPlans) {
    const id = `nr-${plan.ownerOrgId}-${plan.year}`;
    if (await db.needsReport.findUnique({ where: { id } })) continue;
    const round = await ensureRound(db, plan.countyId, plan.year);
    const rows = plan.resources.rows.filter((row): row is D.ResourceRow & { scheme: Scheme } => row.scheme !== null);
    await db.needsReport.create({
      data: {
        id,
        roundId: round.id,
        networkId: plan.networkId,
        leadOwnerId: plan.ownerOrgId,
        schemes: [...new Set(rows.map((row) => row.scheme))],
        status: "DRAFT",
        uhInstitutionId: plan.uhPartnerOrgIds[0] ?? null,
        multipleSchemes: rows.length > 1,
        measures: {
          create: rows.map((row, i) => ({
            id: `${id}-tiltak-${i + 1}`,
            position: i + 1,
            name: `${plan.title} – ${row.label}`,
            scheme: row.scheme,
            ownerAmount: row.owner ?? 0,
            uhAmount: row.uh ?? 0,
            purposes: ["ASSESS_NEEDS", "PLAN", "CARRY_OUT"],
            anchoringText: plan.background,
            collectiveText: joinText(plan.mainGoal, plan.mainGoalBullets.map((b) => `• ${b}`).join("\n")),
            targetGroup: plan.targetGroups.join(", ") || null,
            laterNeeds: i === 0 ? { create: plan.resources.laterNeeds.map(laterNeedRow) } : undefined,
          })),
        },
      },
    });
  }
}

async function seedMeasures(db: Db, data: DemoData) {
  const peopleIds = new Set(data.people.map((p) => p.id));
  for (const m of data.measures) {
    if (await db.measure.findUnique({ where: { id: m.id } })) continue;
    const reportMeasureId = m.relatedNeedsReportId
      ? ((
          await db.reportMeasure.findFirst({
            where: { reportId: m.relatedNeedsReportId },
            orderBy: { position: "asc" },
            select: { id: true },
          })
        )?.id ?? null)
      : null;
    const themes = m.themes
      .map((t) => `${SUBJECT_LABEL[t.subject]}:\n${t.items.map((i) => `• ${i}`).join("\n")}`)
      .join("\n\n");

    await db.$transaction(async (tx) => {
      await tx.measure.create({
        data: {
          id: m.id,
          countyId: m.countyId,
          name: m.name,
          scheme: m.scheme,
          isJoint: m.isJoint,
          ownerNetworkId: m.ownerNetworkId,
          reportMeasureId,
          goal: m.goal,
          targetGroup: m.targetGroup,
          content: joinText(m.background, m.content, themes, m.durationText),
          organisation: joinText(m.organisation, m.betweenWork, m.evaluation),
          obligations: m.obligations,
        },
      });
      for (const [i, c] of m.cohorts.entries()) {
        const years = c.schoolYears.flatMap((sy) => sy.split("/").map((y) => 2000 + Number(y)));
        await tx.cohort.create({
          data: {
            id: c.id,
            measureId: m.id,
            number: i + 1,
            name: c.name,
            startYear: Math.min(...years),
            endYear: Math.max(...years),
          },
        });
      }
      const cohortOf = (networkId: string) => m.cohorts.find((c) => c.networkIds.includes(networkId))?.id ?? null;
      await tx.measureParticipation.createMany({
        data: m.participatingNetworkIds.map((networkId) => ({
          measureId: m.id,
          networkId,
          cohortId: cohortOf(networkId),
        })),
        skipDuplicates: true,
      });
      const semesterIds = new Map<string, string>();
      for (const s of m.semesters) {
        const created = await tx.measureSemester.create({
          data: {
            measureId: m.id,
            cohortId: s.cohortId,
            number: s.number,
            term: s.semester.term,
            year: s.semester.year,
            focus: s.focus ? SUBJECT_LABEL[s.focus] : null,
            betweenWork: s.betweenWork,
          },
        });
        semesterIds.set(`${s.cohortId ?? ""}|${s.semester.term}|${s.semester.year}`, created.id);
      }
      // UH contact people are people in the portal (without roles until someone gives them one).
      for (const c of m.uhContacts) {
        const personId = c.personId ?? c.id;
        if (!c.personId && !peopleIds.has(c.id)) {
          await tx.person.upsert({
            where: { email: c.email.toLowerCase() },
            update: {},
            create: { id: c.id, name: c.name, email: c.email.toLowerCase(), phone: c.phone },
          });
        }
        const group = m.networkGroups.find((g) => g.id === c.networkGroupId);
        const person = await tx.person.findFirst({
          where: { OR: [{ id: personId }, { email: c.email.toLowerCase() }] },
          select: { id: true },
        });
        await tx.measureContributor.create({
          data: {
            measureId: m.id,
            organisationId: c.uhOrgId,
            personId: person?.id ?? null,
            role: group ? `Kontaktperson for ${group.name}` : "Kontaktperson",
          },
        });
      }
      for (const c of m.contributors) {
        if (m.uhContacts.some((u) => u.uhOrgId === c.orgId)) continue;
        await tx.measureContributor.create({ data: { measureId: m.id, organisationId: c.orgId, role: c.role } });
      }
      for (const g of m.gatherings) {
        const assignmentKind = g.assignment
          ? /^oppdrag/i.test(g.assignment)
            ? "OPPDRAG"
            : /^intern/i.test(g.assignment)
              ? "INTERN_SAMLING"
              : "MELLOMARBEID"
          : null;
        await tx.gathering.create({
          data: {
            id: g.id,
            measureId: m.id,
            cohortId: g.cohortId,
            semesterId: semesterIds.get(`${g.cohortId ?? ""}|${g.semester.term}|${g.semester.year}`) ?? null,
            number: g.number,
            title: g.title,
            format: g.format,
            length: g.length,
            startsAt: osloDateTime(g.date, g.startTime),
            endsAt: osloDateTime(g.date, g.endTime),
            place: g.place,
            theme: joinText(g.theme, g.commonPart),
            assignmentKind,
            assignmentText: g.assignment,
            networks: { create: g.networkIds.map((networkId) => ({ networkId })) },
          },
        });
        const facilitatorPeople = [...g.facilitatorPersonIds, ...g.facilitatorContactIds];
        const tracks = g.tracks.length
          ? g.tracks
          : facilitatorPeople.length
            ? [{ subject: "FELLES" as const, theme: null, uhOrgId: null }]
            : [];
        for (const [i, t] of tracks.entries()) {
          const track = await tx.gatheringTrack.create({
            data: {
              id: `${g.id}-spor-${i + 1}`,
              gatheringId: g.id,
              position: i + 1,
              name: SUBJECT_LABEL[t.subject],
              theme: t.theme,
            },
          });
          if (t.uhOrgId) await tx.trackFacilitator.create({ data: { trackId: track.id, organisationId: t.uhOrgId } });
          // A facilitator goes on the track of their own UH unit; without such a track, on the first.
          for (const pid of facilitatorPeople) {
            const unit =
              m.uhContacts.find((c) => c.id === pid || c.personId === pid)?.uhOrgId ??
              data.people.find((p) => p.id === pid)?.organisationId ??
              null;
            const home = tracks.findIndex((x) => x.uhOrgId !== null && x.uhOrgId === unit);
            if ((home === -1 ? 0 : home) !== i) continue;
            const person = await tx.person.findFirst({
              where: {
                OR: [{ id: pid }, { email: m.uhContacts.find((c) => c.id === pid)?.email.toLowerCase() ?? "-" }],
              },
              select: { id: true },
            });
            if (person) await tx.trackFacilitator.create({ data: { trackId: track.id, personId: person.id } });
          }
        }
      }
    }, SEED_TRANSACTION);
  }
}

/**
 * A budget decided outside the seeds' slides (INVENTED): one network's frame,
 * the forum's recommendation in a case of an approved meeting, and the
 * Statsforvalter's grant to one report, split owner/UH as applied.
 */
async function seedGrants(db: Db, data: DemoData) {
  for (const g of data.grants) {
    if (await db.yearBudget.findUnique({ where: { id: g.budgetId } })) continue;
    const report = await db.needsReport.findUnique({
      where: { id: g.reportId },
      include: { round: true, contacts: true, leadOwner: true, network: { select: { name: true } } },
    });
    if (!report) continue;
    const forum = await db.forum.findUniqueOrThrow({ where: { countyId: report.round.countyId } });
    const decidedAt = osloDateTime(g.decidedOn, "12:00");
    await db.$transaction(async (tx) => {
      await tx.yearBudget.create({
        data: {
          id: g.budgetId,
          countyId: report.round.countyId,
          roundId: report.roundId,
          year: g.year,
          scheme: "DESENTRALISERT",
          allocatedAmount: g.allocated,
          note: "Demodata: bare nettverkene portalen kjenner.",
        },
      });
      await tx.frameScenario.create({
        data: {
          id: `${g.budgetId}-frames`,
          budgetId: g.budgetId,
          name: `Avtalt ramme ${g.year}`,
          key: "CUSTOM",
          keyYear: g.year,
          baseAmount: 0,
          proRataAmount: g.allocated,
          decided: true,
          decidedAt: osloDateTime(g.meeting.date, "08:00"),
          computedAt: osloDateTime(g.meeting.date, "08:00"),
          frozenInputs: {
            decidedBy: "Demodata",
            key: "CUSTOM",
            keyYear: g.year,
            networks: [{ networkId: report.networkId, name: report.network.name, key: 1, owners: [] }],
          },
          frames: {
            create: [
              { networkId: report.networkId, keyValue: "1.0000", baseShare: 0, proRataShare: g.frame, frame: g.frame },
            ],
          },
        },
      });
      const meeting = await tx.forumMeeting.create({
        data: {
          id: g.meeting.id,
          forumId: forum.id,
          title: g.meeting.title,
          startsAt: osloDateTime(g.meeting.date, g.meeting.start),
          endsAt: osloDateTime(g.meeting.date, g.meeting.end),
          digital: true,
          status: "MINUTES_APPROVED",
          minutesApprovedAt: osloDateTime(g.meeting.date, g.meeting.end),
        },
      });
      const forumCase = await tx.forumCase.create({
        data: {
          forumId: forum.id,
          meetingId: meeting.id,
          year: g.year,
          number: 1,
          title: g.caseTitle,
          kind: "DECISION",
          proposal: "Samarbeidsforum gir innstilling om tildeling per kompetansenettverk.",
          decision: "Innstillingen vedtas.",
          decidedAt: osloDateTime(g.meeting.date, g.meeting.end),
        },
      });
      await tx.recommendation.create({
        data: {
          budgetId: g.budgetId,
          networkId: report.networkId,
          caseId: forumCase.id,
          amount: g.recommendation,
          reason: g.recommendationReason,
        },
      });
      const owner = report.contacts.find((c) => c.side === "OWNER");
      const uh = report.contacts.find((c) => c.side === "UH");
      const decision = await tx.allocationDecision.create({
        data: {
          budgetId: g.budgetId,
          networkId: report.networkId,
          needsReportId: report.id,
          caseId: forumCase.id,
          outcome: "GRANTED",
          amount: g.ownerAmount + g.uhAmount,
          decidedAt,
          payments: {
            create: [
              {
                organisationId: report.leadOwnerId,
                side: "OWNER",
                amount: g.ownerAmount,
                accountNumber: owner?.accountNumber ?? report.leadOwner.accountNumber,
                paymentMarking: owner?.paymentMarking ?? null,
              },
              ...(report.uhInstitutionId
                ? [
                    {
                      organisationId: report.uhInstitutionId,
                      side: "UH" as const,
                      amount: g.uhAmount,
                      accountNumber: uh?.accountNumber ?? null,
                      paymentMarking: uh?.paymentMarking ?? null,
                    },
                  ]
                : []),
            ],
          },
        },
      });
      // The decision letter waits as a draft for the Statsforvalter to preview, give its reasons and send (INVENTED: the seeds have no letters).
      await tx.decisionLetter.create({
        data: {
          id: `letter-${report.id}`,
          decisionId: decision.id,
          needsReportId: report.id,
          locale: report.leadOwner.writtenStandard === "NYNORSK" ? "nn" : "nb",
          reasons: null,
        },
      });
      await tx.needsReport.update({ where: { id: report.id }, data: { status: "GRANTED", reviewedAt: decidedAt } });
    }, SEED_TRANSACTION);
  }
}

/** Registrations and attendance at held gatherings (INVENTED): registered people, those who did not come, and walk-ins. */
async function seedAttendance(db: Db, data: DemoData) {
  for (const a of data.attendance) {
    const gathering = await db.gathering.findUnique({
      where: { id: a.gatheringId },
      select: {
        id: true,
        startsAt: true,
        tracks: { orderBy: { position: "asc" }, select: { id: true } },
        _count: { select: { registrations: true } },
      },
    });
    if (!gathering || gathering._count.registrations > 0) continue;
    const pool = data.participants;
    const pick = (i: number) => pool[(a.offset + i) % pool.length]!;
    const markedAt = gathering.startsAt;
    const rows = Array.from({ length: a.registered + a.walkIns }, (_, i) => {
      const p = pick(i);
      const walkIn = i >= a.registered;
      // Exactly `absent` of the registered, spread evenly.
      const step = a.absent > 0 ? Math.floor(a.registered / a.absent) : 0;
      const absent = !walkIn && step > 0 && i % step === step - 1 && Math.floor(i / step) < a.absent;
      return {
        gatheringId: gathering.id,
        trackId: gathering.tracks.length ? gathering.tracks[i % gathering.tracks.length]!.id : null,
        organisationId: p.orgId,
        name: p.name,
        email: walkIn && i % 2 === 0 ? null : p.email,
        unitName: p.unitName,
        role: p.role,
        walkIn,
        attendance: absent ? ("ABSENT" as const) : ("PRESENT" as const),
        attendanceMarkedAt: markedAt,
        createdAt: new Date(markedAt.getTime() - (walkIn ? -3600_000 : 14 * 24 * 3600_000)),
      };
    });
    await db.registration.createMany({ data: rows });
  }
}

/**
 * The demo needs a round open for new reports whenever it is started: the
 * next year's round in each county, with a deadline two months after the
 * first seeding (invented, like the people).
 */
async function seedOpenRounds(db: Db, data: DemoData, now = new Date()) {
  // Reports for next year are due in December this year; late in the year, three weeks from now.
  const december = osloDateTime(`${now.getUTCFullYear()}-12-15`, "23:59");
  const deadline =
    december.getTime() - now.getTime() > 7 * 24 * 3600 * 1000
      ? december
      : new Date(now.getTime() + 21 * 24 * 3600 * 1000);
  const year = now.getUTCFullYear() + 1;
  for (const c of data.counties) {
    const exists = await db.round.findUnique({ where: { countyId_year: { countyId: c.id, year } } });
    if (exists) continue;
    await db.round.create({
      data: {
        id: `round-${c.id}-${year}`,
        countyId: c.id,
        year,
        status: "OPEN",
        opensAt: now,
        announcedAt: now,
        deadline,
        schemes: ALL_SCHEMES,
      },
    });
  }
}

/** Every demo budget's allocated amount is the directorate's for its county, year and scheme (INVENTED where the seeds give none). */
async function seedCountyAllocations(db: Db) {
  const budgets = await db.yearBudget.findMany({
    select: { countyId: true, year: true, scheme: true, allocatedAmount: true },
  });
  await db.countyAllocation.createMany({
    data: budgets.map((b) => ({
      countyId: b.countyId,
      year: b.year,
      scheme: b.scheme,
      amount: b.allocatedAmount,
      note: "Demodata",
    })),
    skipDuplicates: true,
  });
}

export async function seedDemoData(db: Db, data: DemoData = demoData): Promise<void> {
  await seedOrganisations(db, data);
  await seedOpenRounds(db, data);
  await seedPeople(db, data);
  await seedRoundsAndBudgets(db, data);
  await seedMeetings(db, data);
  await seedNeedsReports(db, data);
  await seedProjectPlans(db, data);
  await seedMeasures(db, data);
  await seedAppliedReports(db, data);
  await seedGrants(db, data);
  await seedAttendance(db, data);
  await seedCountyAllocations(db);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL mangler");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const started = Date.now();
  // SEED_SKIP_MEETINGS / SEED_SKIP_MEASURES=<id>,… leave records out: the e2e suite rebuilds
  // the meeting of 9 March 2023 and the joint measure «Vurdering og LK20» through the browser.
  const skip = new Set(
    [...(process.env.SEED_SKIP_MEETINGS ?? "").split(","), ...(process.env.SEED_SKIP_MEASURES ?? "").split(",")].filter(
      Boolean,
    ),
  );
  try {
    await seedDemoData(db, {
      ...demoData,
      meetings: demoData.meetings.filter((m) => !skip.has(m.id)),
      measures: demoData.measures.filter((m) => !skip.has(m.id)),
    });
    const [orgs, people, reports, gatherings] = await Promise.all([
      db.organisation.count(),
      db.person.count(),
      db.needsReport.count(),
      db.gathering.count(),
    ]);
    console.log(
      `Demodata klar på ${Date.now() - started} ms: ${orgs} organisasjoner, ${people} personer, ${reports} behovsmeldinger, ${gatherings} samlinger.`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && /seed\.(ts|js|mjs)$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
