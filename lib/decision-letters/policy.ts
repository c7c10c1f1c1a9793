import type { Actor } from "@/lib/auth/actor";

/**
 * Decision letters, acceptance and appeals. The Statsforvalter of the
 * report's county prepares, edits and sends the letters and handles appeals;
 * the lead owner accepts the terms and appeals; everyone who may see the
 * report (its owners, coordinator, UH, the forum) reads the letters once they
 * are sent. A draft letter is the Statsforvalter's alone.
 */
export function canPrepareLetters(actor: Actor, countyId: string): boolean {
  return actor.statsforvalterCountyIds.includes(countyId);
}

/** Sent letters are read by those who see the report; drafts only by the Statsforvalter. */
export function canReadLetter(actor: Actor, letter: { countyId: string; sent: boolean }): boolean {
  return letter.sent || canPrepareLetters(actor, letter.countyId);
}

/** The lead owner is the party (part) of the decision: it accepts the terms and appeals. */
export function actsForParty(actor: Actor, report: { leadOwnerId: string }): boolean {
  return actor.ownerOrgIds.includes(report.leadOwnerId);
}

/** A sent, current grant letter not yet accepted can be accepted by the party. */
export function canAccept(
  actor: Actor,
  letter: {
    leadOwnerId: string;
    kind: string;
    sent: boolean;
    superseded: boolean;
    accepted: boolean;
    granted: boolean;
  },
): boolean {
  return (
    actsForParty(actor, letter) &&
    letter.kind === "DECISION" &&
    letter.sent &&
    !letter.superseded &&
    !letter.accepted &&
    letter.granted
  );
}

/** The party appeals against a sent, current decision letter, once while an appeal on it is open; after the deadline too, marked as late. */
export function canAppeal(
  actor: Actor,
  letter: { leadOwnerId: string; kind: string; sent: boolean; superseded: boolean; openAppeal: boolean },
): boolean {
  return (
    actsForParty(actor, letter) && letter.kind === "DECISION" && letter.sent && !letter.superseded && !letter.openAppeal
  );
}

/** An appeal is open while the Statsforvalter handles it and while the appeal body has it; only a reversal ends it here. */
export const OPEN_APPEAL = ["FILED", "FORWARDED"] as const;
export const isOpenAppeal = (status: string) => (OPEN_APPEAL as readonly string[]).includes(status);

/** An allocation is ready for payment once its grant letter is sent and its terms accepted. */
export function readyForPayment(
  letter: { sent: boolean; accepted: boolean; superseded: boolean } | null | undefined,
): boolean {
  return Boolean(letter && letter.sent && letter.accepted && !letter.superseded);
}

/** Days after sending without acceptance before the owner's contacts are reminded. */
export const ACCEPTANCE_REMINDER_DAYS = 14;

/** Whether a sent, unaccepted grant letter is due its one reminder. */
export function acceptanceReminderDue(
  letter: { sentAt: Date | null; acceptedAt: Date | null; reminderSentAt: Date | null; supersededAt: Date | null },
  now: Date,
): boolean {
  if (!letter.sentAt || letter.acceptedAt || letter.reminderSentAt || letter.supersededAt) return false;
  return now.getTime() - letter.sentAt.getTime() >= ACCEPTANCE_REMINDER_DAYS * 24 * 3600 * 1000;
}

/** Where each scheme's appeals go is set nationally, by the national administrator. */
export function canSetAppealBodies(actor: Actor): boolean {
  return actor.isAdmin;
}
