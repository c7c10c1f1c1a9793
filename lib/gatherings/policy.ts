import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { measureScope } from "@/lib/measures/policy";
import { osloDateString, osloDateTime } from "@/lib/dates";

/** Gatherings a person sees: those of the measures they see, and those where they are a facilitator. */
export function gatheringScope(actor: Actor): Prisma.GatheringWhereInput {
  // The administrator sees every measure (measureScope is `{}`), so every gathering. Not as `{ measure: {} }` inside the OR:
  // Prisma turns an empty filter there into "matches nothing" (found by tests/e2e/route-authorization.spec.ts).
  if (actor.isAdmin) return {};
  return {
    OR: [
      { measure: measureScope(actor) },
      { tracks: { some: { facilitators: { some: { personId: actor.personId } } } } },
    ],
  };
}

type GatheringFacts = { countyId: string; networkIds: string[] };

/** The county's Statsforvalter and the coordinators of the gathering's networks run it: attendance, walk-ins, every registration with contact data. */
export function canRunGathering(actor: Actor, g: GatheringFacts): boolean {
  return (
    actor.statsforvalterCountyIds.includes(g.countyId) ||
    g.networkIds.some((id) => actor.coordinatorNetworkIds.includes(id))
  );
}

/**
 * Registrations an actor sees, as a Prisma `where`: all of a gathering they
 * run, and otherwise only those from the organisations they act for as owner.
 * (UH facilitators see the figures, not the people.)
 */
export function registrationScope(actor: Actor): Prisma.RegistrationWhereInput {
  const or: Prisma.RegistrationWhereInput[] = [];
  if (actor.statsforvalterCountyIds.length)
    or.push({ gathering: { measure: { countyId: { in: actor.statsforvalterCountyIds } } } });
  if (actor.coordinatorNetworkIds.length)
    or.push({ gathering: { networks: { some: { networkId: { in: actor.coordinatorNetworkIds } } } } });
  if (actor.ownerOrgIds.length) or.push({ organisationId: { in: actor.ownerOrgIds } });
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** Who may register participants from an organisation: its owners, and whoever runs the gathering; the organisation must belong to one of the gathering's networks. */
export function canRegisterFor(
  actor: Actor,
  g: GatheringFacts & { memberOrgIds: string[] },
  organisationId: string,
): boolean {
  if (!g.memberOrgIds.includes(organisationId)) return false;
  return actor.ownerOrgIds.includes(organisationId) || canRunGathering(actor, g);
}

/** Registration is open until the deadline — and never after the start — unless the gathering is cancelled. */
export function registrationOpen(
  g: { cancelled: boolean; startsAt: Date; registrationDeadline: Date | null },
  now: Date,
): boolean {
  const closes = g.registrationDeadline && g.registrationDeadline < g.startsAt ? g.registrationDeadline : g.startsAt;
  return !g.cancelled && now <= closes;
}

/**
 * Who changes a gathering: whoever plans its measure (the Statsforvalter;
 * the coordinators of an own measure's network), and the coordinators of one
 * of the gathering's own networks. (Coordinators of a joint measure plan new
 * gatherings and copies, but change only those in their networks.)
 */
export function canChangeGathering(actor: Actor, g: GatheringFacts & { plansMeasure: boolean }): boolean {
  return g.plansMeasure || canRunGathering(actor, g);
}

/**
 * One rule for the day itself: attendance and the evaluation both open at
 * the start of the gathering's day (00:00 Oslo time) — the coordinator takes
 * attendance at the door, participants answer when it ends — and stay open.
 * A cancelled gathering has neither.
 */
export function gatheringDayOpen(g: { cancelled: boolean; startsAt: Date }, now: Date): boolean {
  return !g.cancelled && now >= osloDateTime(osloDateString(g.startsAt), "00:00");
}
export const attendanceOpen = gatheringDayOpen;
export const evaluationOpen = gatheringDayOpen;

export { dateInSemester } from "@/lib/semesters";
