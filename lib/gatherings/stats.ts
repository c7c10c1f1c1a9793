import { compareNb } from "@/lib/i18n/collate";
/**
 * Attendance figures from registrations, as pure functions: registered (who
 * signed up and did not cancel), present (including walk-ins), no-shows
 * (registered and marked absent), walk-ins (came without registering) and
 * those not marked yet.
 */
export type AttendanceRow = {
  walkIn: boolean;
  status: "REGISTERED" | "CANCELLED";
  attendance: "UNKNOWN" | "PRESENT" | "ABSENT";
};
export type Figures = { registered: number; present: number; noShows: number; walkIns: number; unmarked: number };

export function attendanceFigures(rows: readonly AttendanceRow[]): Figures {
  const active = rows.filter((r) => r.status === "REGISTERED");
  const registered = active.filter((r) => !r.walkIn);
  return {
    registered: registered.length,
    present: active.filter((r) => r.attendance === "PRESENT").length,
    noShows: registered.filter((r) => r.attendance === "ABSENT").length,
    walkIns: active.filter((r) => r.walkIn).length,
    unmarked: registered.filter((r) => r.attendance === "UNKNOWN").length,
  };
}

/** Figures per group (school, network …), groups in Norwegian order; rows without a group under `none`. */
export function figuresBy<T extends AttendanceRow>(
  rows: readonly T[],
  key: (r: T) => string | null,
  none: string,
): { group: string; figures: Figures }[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r) ?? none;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareNb(a, b))
    .map(([group, list]) => ({ group, figures: attendanceFigures(list) }));
}

export function sumFigures(list: readonly Figures[]): Figures {
  return list.reduce(
    (a, f) => ({
      registered: a.registered + f.registered,
      present: a.present + f.present,
      noShows: a.noShows + f.noShows,
      walkIns: a.walkIns + f.walkIns,
      unmarked: a.unmarked + f.unmarked,
    }),
    {
      registered: 0,
      present: 0,
      noShows: 0,
      walkIns: 0,
      unmarked: 0,
    },
  );
}

/** No-shows as a share of those registered, over the gatherings where attendance was taken; null when nothing is marked yet. */
export function noShowRate(perGathering: readonly Figures[]): number | null {
  const taken = perGathering.filter((f) => f.registered > f.unmarked);
  const registered = taken.reduce((a, f) => a + f.registered - f.unmarked, 0);
  if (registered === 0) return null;
  return taken.reduce((a, f) => a + f.noShows, 0) / registered;
}
