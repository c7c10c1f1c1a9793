/** All demo data, assembled for prisma/seed.ts. */
import type * as D from "./types";
import { trondelagData, type AppliedReport } from "./trondelag";
import { nordlandData, nordlandGrant2024, lofotenParticipants, lofotenAttendance2024 } from "./nordland";
import { meloyData } from "./meloy";
import { people } from "./people";

export type DemoData = {
  counties: D.County[];
  forums: D.SamarbeidsForum[];
  organisations: D.Organisation[];
  networks: D.CompetenceNetwork[];
  teacherFtes: D.TeacherFte[];
  people: D.Person[];
  rounds: D.NeedsReportRound[];
  budgets: D.YearBudget[];
  meetings: D.ForumMeeting[];
  needsReports: D.NeedsReport[];
  /** Submitted reports with only a total (Trøndelag 2023, the «Omsøkt» column of seed 002). */
  appliedReports: { countyId: string; year: number; reports: AppliedReport[] }[];
  projectPlans: D.ProjectPlan[];
  measures: D.Measure[];
  /** INVENTED: budgets decided outside the seeds' slides, with one granted report each. */
  grants: (typeof nordlandGrant2024)[];
  /** INVENTED: registrations and attendance at held gatherings. */
  participants: typeof lofotenParticipants;
  attendance: typeof lofotenAttendance2024;
};

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

export const demoData: DemoData = {
  counties: [trondelagData.county, nordlandData.county],
  forums: [trondelagData.forum, nordlandData.forum],
  organisations: uniqueById([
    ...trondelagData.uhOrganisations,
    ...trondelagData.organisations,
    ...nordlandData.uhOrganisations,
    ...nordlandData.organisations,
    meloyData.organisation,
  ]),
  networks: uniqueById([...trondelagData.networks, ...nordlandData.networks, meloyData.network]),
  teacherFtes: [...trondelagData.teacherFtes],
  people,
  rounds: [...nordlandData.rounds],
  budgets: [trondelagData.budget2023],
  meetings: [...trondelagData.meetings],
  needsReports: [...nordlandData.needsReports],
  appliedReports: [{ countyId: trondelagData.county.id, year: 2023, reports: trondelagData.appliedReports2023 }],
  projectPlans: [meloyData.projectPlan],
  measures: [...trondelagData.measures, ...nordlandData.measures],
  grants: [nordlandGrant2024],
  participants: lofotenParticipants,
  attendance: lofotenAttendance2024,
};
