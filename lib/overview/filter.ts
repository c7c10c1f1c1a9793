import { z } from "zod";
import type { OverviewFilter } from "@/lib/overview/queries";

/** The overview's filter from the URL (?ar=2024&ordning=DESENTRALISERT&nettverk=<id>); anything invalid is ignored. */
export const overviewFilterSchema = z
  .object({
    ar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
    ordning: z.enum(["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"]).optional().catch(undefined),
    nettverk: z.string().min(1).max(64).optional().catch(undefined),
  })
  .transform((f): OverviewFilter => ({ year: f.ar, scheme: f.ordning, networkId: f.nettverk }));

export function filterQuery(f: OverviewFilter): string {
  const p = new URLSearchParams();
  if (f.year) p.set("ar", String(f.year));
  if (f.scheme) p.set("ordning", f.scheme);
  if (f.networkId) p.set("nettverk", f.networkId);
  return p.toString();
}
