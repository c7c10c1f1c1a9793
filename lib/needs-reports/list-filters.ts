import { z } from "zod";

export const STATUS_VALUES = [
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "RETURNED",
  "RECOMMENDED",
  "GRANTED",
  "REJECTED",
] as const;
export const SORT_VALUES = ["year", "network", "owner", "status", "total"] as const;
export const PAGE_SIZE = 25;

/** The list's filters, from the URL (bad values are ignored, not errors). */
export const listFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  scheme: z.enum(["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"]).optional().catch(undefined),
  network: z.string().max(64).optional().catch(undefined),
  status: z.enum(STATUS_VALUES).optional().catch(undefined),
  year: z.coerce.number().int().min(2015).max(2100).optional().catch(undefined),
  frame: z.enum(["over", "under"]).optional().catch(undefined),
  sort: z.enum(SORT_VALUES).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type ListFilters = z.infer<typeof listFilterSchema>;

/** Filters as URL search params (without empty values), for links and the export. */
export function filterParams(f: ListFilters, overrides: Partial<ListFilters> = {}): string {
  const merged = { ...f, ...overrides };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}
