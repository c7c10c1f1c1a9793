import { describe, expect, it } from "vitest";
import { appealDeadline, isLateAppeal, letterOutcome, reasonsProblem } from "@/lib/decision-letters/content";
import { acceptanceReminderDue, canAccept, canAppeal, readyForPayment } from "@/lib/decision-letters/policy";
import { buildActor } from "@/lib/auth/actor";

describe("what a decision letter must say", () => {
  it("is a grant, a partial grant or a refusal by what was granted against what was applied for", () => {
    expect(letterOutcome("GRANTED", 500_000, 500_000)).toBe("GRANT");
    expect(letterOutcome("GRANTED", 500_001, 500_000)).toBe("GRANT");
    expect(letterOutcome("GRANTED", 499_999, 500_000)).toBe("PARTIAL");
    expect(letterOutcome("REJECTED", 0, 500_000)).toBe("REFUSAL");
    expect(letterOutcome("GRANTED", 0, 500_000)).toBe("REFUSAL");
  });

  it("requires reasons in the officer's words unless fully granted", () => {
    expect(reasonsProblem("GRANT", null)).toBeNull();
    expect(reasonsProblem("PARTIAL", null)).toBe("validation.letterReasonsRequired");
    expect(reasonsProblem("REFUSAL", "   Kort.   ")).toBe("validation.letterReasonsRequired");
    expect(reasonsProblem("REFUSAL", "Tiltaket oppfyller ikke kriteriene.")).toBeNull();
  });
});

describe("the appeal deadline: three weeks from the day received, as stated", () => {
  it("ends at the end of the day in Oslo, three weeks on, whatever weekday or holiday that is", () => {
    // Sent Monday 22 March 2027 (received that day): the deadline is Monday 12 April, 23:59:59 in Oslo (summer time).
    const d = appealDeadline(new Date("2027-03-22T09:00:00Z"));
    expect(d.toISOString()).toBe("2027-04-12T21:59:59.999Z");
    // Across the change to summer time, and ending on a Saturday: not moved.
    expect(appealDeadline(new Date("2027-03-13T12:00:00Z")).toISOString()).toBe("2027-04-03T21:59:59.999Z");
    // Sent late in the evening in Oslo (already the next day in Oslo after 23:00 UTC in winter).
    expect(appealDeadline(new Date("2027-01-04T23:30:00Z")).toISOString()).toBe("2027-01-26T22:59:59.999Z");
    // Ending on 17 May (a public holiday): not moved either.
    expect(appealDeadline(new Date("2027-04-26T08:00:00Z")).toISOString()).toBe("2027-05-17T21:59:59.999Z");
  });

  it("counts an appeal as late from the first moment after the deadline", () => {
    const deadline = appealDeadline(new Date("2027-03-22T09:00:00Z"));
    expect(isLateAppeal(new Date("2027-04-12T21:59:59.999Z"), deadline)).toBe(false);
    expect(isLateAppeal(new Date("2027-04-12T22:00:00Z"), deadline)).toBe(true);
  });
});

describe("acceptance and payment", () => {
  const ownerOf = (organisationId: string) =>
    buildActor({
      personId: organisationId,
      name: "Eier",
      email: `${organisationId}@x`,
      bindings: [{ role: "OWNER", organisationId } as Parameters<typeof buildActor>[0]["bindings"][number]],
      countyOf: { organisations: { [organisationId]: "c" }, networks: {} },
      uhChildren: {},
    });
  const owner = ownerOf("org");
  const other = ownerOf("other");
  const letter = {
    leadOwnerId: "org",
    kind: "DECISION",
    sent: true,
    superseded: false,
    accepted: false,
    granted: true,
    openAppeal: false,
  };

  it("lets the party accept a sent, current grant letter once, and appeal while no appeal on it is open", () => {
    expect(canAccept(owner, letter)).toBe(true);
    expect(canAccept(other, letter)).toBe(false);
    expect(canAccept(owner, { ...letter, sent: false })).toBe(false);
    expect(canAccept(owner, { ...letter, accepted: true })).toBe(false);
    expect(canAccept(owner, { ...letter, granted: false })).toBe(false);
    expect(canAccept(owner, { ...letter, kind: "APPEAL_FORWARDED" })).toBe(false);
    expect(canAppeal(owner, letter)).toBe(true);
    expect(canAppeal(owner, { ...letter, kind: "DECISION" })).toBe(true);
    expect(canAppeal(owner, { ...letter, openAppeal: true })).toBe(false);
    expect(canAppeal(owner, { ...letter, superseded: true })).toBe(false);
  });

  it("is ready for payment only when the letter is sent and accepted; reminds once after 14 days", () => {
    expect(readyForPayment(null)).toBe(false);
    expect(readyForPayment({ sent: true, accepted: false, superseded: false })).toBe(false);
    expect(readyForPayment({ sent: true, accepted: true, superseded: false })).toBe(true);
    const sentAt = new Date("2027-03-22T09:00:00Z");
    const l = { sentAt, acceptedAt: null, reminderSentAt: null, supersededAt: null };
    expect(acceptanceReminderDue(l, new Date("2027-04-05T08:59:59Z"))).toBe(false);
    expect(acceptanceReminderDue(l, new Date("2027-04-05T09:00:00Z"))).toBe(true);
    expect(acceptanceReminderDue({ ...l, reminderSentAt: new Date() }, new Date("2027-05-01T00:00:00Z"))).toBe(false);
    expect(acceptanceReminderDue({ ...l, acceptedAt: new Date() }, new Date("2027-05-01T00:00:00Z"))).toBe(false);
  });
});
