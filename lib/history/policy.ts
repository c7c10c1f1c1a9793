/**
 * The history (audit trail) of a record is for the Statsforvalter of the
 * record's county. Which county a record belongs to is found per kind of
 * record (queries.ts); a record outside the actor's counties is "not found".
 */
import type { Actor } from "@/lib/auth/actor";

export const HISTORY_TYPES = [
  "NeedsReport",
  "AnnualReport",
  "YearBudget",
  "FrameScenario",
  "ForumMeeting",
  "ForumCase",
  "Measure",
  "Gathering",
  "Round",
  "Organisation",
  "Network",
  "County",
] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];

export function canReadHistory(actor: Actor, countyId: string | null): boolean {
  return countyId !== null && actor.statsforvalterCountyIds.includes(countyId);
}
