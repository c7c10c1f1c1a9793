import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { osloClock, osloDateString } from "@/lib/dates";
import { nextYearOf, roundAdminScope } from "@/lib/rounds/policy";

/** The rounds of the actor's Statsforvalter counties, newest first, with how many reports each has. */
export async function listRounds(actor: Actor) {
  const rounds = await db.round.findMany({
    where: roundAdminScope(actor),
    orderBy: [{ county: { name: "asc" } }, { year: "desc" }],
    select: {
      id: true,
      year: true,
      status: true,
      deadline: true,
      schemes: true,
      announcedAt: true,
      county: { select: { id: true, name: true } },
      _count: { select: { needsReports: true } },
    },
  });
  return rounds;
}

/** The counties the actor opens rounds for. */
export async function listRoundCounties(actor: Actor) {
  return db.county.findMany({
    where: { id: { in: actor.statsforvalterCountyIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The form's values for a round, as the date and time inputs take them. */
function formValues(r: {
  year: number;
  schemes: string[];
  deadline: Date;
  annualReportDeadline: Date | null;
  announcement: string | null;
  announcementNn: string | null;
}) {
  return {
    year: r.year,
    schemes: r.schemes,
    deadline: osloDateString(r.deadline),
    deadlineTime: osloClock(r.deadline),
    annualDeadline: r.annualReportDeadline ? osloDateString(r.annualReportDeadline) : null,
    announcement: r.announcement,
    announcementNn: r.announcementNn,
  };
}

export type RoundFormValues = ReturnType<typeof formValues> & { countyId?: string };

/** A round to edit, with its report counts; "not found" outside the actor's counties. */
export async function getRound(actor: Actor, id: string) {
  const r = await db.round.findFirst({
    where: { AND: [{ id }, roundAdminScope(actor)] },
    include: { county: { select: { id: true, name: true } }, _count: { select: { needsReports: true } } },
  });
  if (!r) throw new AppError("NOT_FOUND");
  return { ...r, values: formValues(r) };
}

/** "Start from last year's round": the latest round of a county the actor manages, one year on; null when there is none. */
export async function prefillFromRound(actor: Actor, fromId: string | undefined): Promise<RoundFormValues | null> {
  const r = fromId
    ? await db.round.findFirst({ where: { AND: [{ id: fromId }, roundAdminScope(actor)] } })
    : await db.round.findFirst({ where: roundAdminScope(actor), orderBy: { year: "desc" } });
  if (!r) return null;
  const v = formValues(r);
  const next = nextYearOf({
    year: v.year,
    deadline: v.deadline,
    annualDeadline: v.annualDeadline,
    announcement: v.announcement,
    announcementNn: v.announcementNn,
  });
  return { ...v, ...next, countyId: r.countyId };
}
