import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { osloDateTime, datesFor } from "@/lib/dates";
import { canManageRounds, roundAdminScope, ROUND_STEPS, type RoundStep } from "@/lib/rounds/policy";
import type { RoundInput } from "@/lib/rounds/schema";
import { OWNER_KINDS } from "@/lib/access/policy";
import { queueMail } from "@/lib/mail/outbox";
import { localeOfWrittenStandard } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { publicUrl } from "@/lib/public-url";

const columns = (r: RoundInput) => ({
  year: r.year,
  schemes: r.schemes,
  deadline: osloDateTime(r.deadlineDate, r.deadlineTime),
  annualReportDeadline: r.annualDeadline ? osloDateTime(r.annualDeadline, "23:59") : null,
  announcement: r.announcement,
  announcementNn: r.announcementNn,
});

const snapshot = (r: {
  year: number;
  status: string;
  schemes: string[];
  deadline: Date;
  annualReportDeadline: Date | null;
  announcement: string | null;
}) => ({
  year: r.year,
  status: r.status,
  schemes: r.schemes,
  deadline: r.deadline.toISOString(),
  annualReportDeadline: r.annualReportDeadline?.toISOString() ?? null,
  announcement: r.announcement,
});

/** A new round for a county, planned until it is opened. One per county and year. */
export async function createRound(actor: Actor, input: RoundInput & { countyId: string }) {
  return db.$transaction(async (tx) => {
    const county = await tx.county.findUnique({ where: { id: input.countyId } });
    if (!county || !canManageRounds(actor, county.id))
      throw new AppError("INVALID", "Fylke", { countyId: "validation.choose" });
    if (await tx.round.findUnique({ where: { countyId_year: { countyId: county.id, year: input.year } } }))
      throw new AppError("INVALID", "Finnes", { year: "validation.roundExists" });
    const round = await tx.round.create({
      data: { countyId: county.id, status: "PLANNED", createdById: actor.personId, ...columns(input) },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "round.create",
      entityType: "Round",
      entityId: round.id,
      data: { after: snapshot(round) },
    });
    return { id: round.id };
  });
}

async function roundForChange(tx: Tx, actor: Actor, id: string) {
  const round = await tx.round.findFirst({
    where: { AND: [{ id }, roundAdminScope(actor)] },
    include: { _count: { select: { needsReports: true } } },
  });
  if (!round) throw new AppError("NOT_FOUND");
  return round;
}

/** Changes a round's settings. The year stays once reports have been started in it. */
export async function updateRound(actor: Actor, input: RoundInput & { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.id);
    if (input.year !== round.year) {
      if (round._count.needsReports > 0) throw new AppError("INVALID", "År", { year: "validation.roundYearInUse" });
      if (await tx.round.findUnique({ where: { countyId_year: { countyId: round.countyId, year: input.year } } }))
        throw new AppError("INVALID", "Finnes", { year: "validation.roundExists" });
    }
    const { count } = await tx.round.updateMany({
      where: { id: round.id, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.roundChanged");
    const after = await tx.round.findUniqueOrThrow({ where: { id: round.id } });
    await audit(tx, {
      actorId: actor.personId,
      action: "round.update",
      entityType: "Round",
      entityId: round.id,
      data: { before: snapshot(round), after: snapshot(after) },
    });
  });
}

/**
 * Opens, closes or reopens a round. The first opening e-mails the
 * announcement to every owner contact of the county, each organisation in
 * its written standard (nynorsk organisations get the nynorsk text when
 * there is one), through the outbox in the same transaction.
 */
export async function stepRound(
  actor: Actor,
  input: { id: string; version: number; step: RoundStep },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const round = await roundForChange(tx, actor, input.id);
    const step = ROUND_STEPS[input.step];
    if (!step.from.includes(round.status)) throw new AppError("FORBIDDEN", "errors.detail.stepNotPossible");
    const announce = step.to === "OPEN" && !round.announcedAt;
    const { count } = await tx.round.updateMany({
      where: { id: round.id, version: input.version },
      data: {
        status: step.to,
        ...(step.to === "OPEN" ? { opensAt: round.opensAt ?? now, closedAt: null } : { closedAt: now }),
        ...(announce ? { announcedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.detail.roundChanged");
    const recipients = announce ? await announceRound(tx, round) : 0;
    await audit(tx, {
      actorId: actor.personId,
      action: `round.${input.step}`,
      entityType: "Round",
      entityId: round.id,
      data: { before: round.status, after: step.to, ...(announce ? { announcedTo: recipients } : {}) },
    });
    return { recipients, step: input.step };
  });
}

/** Queues the announcement of a round to the owner contacts of its county; returns how many addresses it went to. */
async function announceRound(
  tx: Tx,
  round: {
    id: string;
    countyId: string;
    year: number;
    deadline: Date;
    schemes: string[];
    announcement: string | null;
    announcementNn: string | null;
  },
) {
  const orgs = await tx.organisation.findMany({
    where: { countyId: round.countyId, kind: { in: OWNER_KINDS } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      writtenStandard: true,
      roleBindings: {
        where: { role: { in: ["OWNER", "ORG_ADMIN"] }, person: { active: true } },
        select: { person: { select: { email: true } } },
      },
    },
  });
  const seen = new Set<string>();
  for (const org of orgs) {
    const to = org.roleBindings.map((b) => b.person.email.toLowerCase()).filter((e) => !seen.has(e));
    if (to.length === 0) continue;
    to.forEach((e) => seen.add(e));
    const locale = localeOfWrittenStandard(org.writtenStandard);
    const t = await translatorFor(locale);
    const text =
      (locale === "nn" ? (round.announcementNn ?? round.announcement) : round.announcement) ??
      t("mail.roundOpened.defaultText", { year: round.year });
    await queueMail(tx, {
      to,
      subject: t("mail.roundOpened.subject", { year: round.year }),
      text: [
        text,
        t("mail.roundOpened.deadline", { deadline: datesFor(locale).formatDateTime(round.deadline) }),
        t("mail.roundOpened.schemes", {
          schemes: round.schemes.map((s) => t(`schemes.${s as "DESENTRALISERT"}`)).join(", "),
        }),
        t("mail.roundOpened.link", { url: publicUrl("/behovsmeldinger/ny"), organisation: org.name }),
      ].join("\n\n"),
      entityType: "Round",
      entityId: round.id,
    });
  }
  return seen.size;
}
