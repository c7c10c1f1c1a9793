import { z } from "zod";
import { recordId, requiredText, versionField } from "@/lib/validation";

export const SECTORS = ["SCHOOL", "KINDERGARTEN", "UPPER_SECONDARY", "BOTH"] as const;

const year = z.coerce
  .number({ error: "validation.year" })
  .int({ error: "validation.year" })
  .min(2000, { error: "validation.year" })
  .max(2100, { error: "validation.year" });
const optionalYear = z.preprocess((v) => (v === "" || v === undefined ? null : v), year.nullable());

const networkFields = {
  name: requiredText(200, 2),
  shortName: requiredText(60),
  sector: z.enum(SECTORS, { error: "validation.choose" }),
  fromYear: optionalYear,
};

export const createNetworkSchema = z.object({ countyId: recordId, ...networkFields });
export const updateNetworkSchema = z
  .object({ id: recordId, version: versionField, ...networkFields, endedYear: optionalYear })
  .refine((n) => n.endedYear === null || n.fromYear === null || n.endedYear >= n.fromYear, {
    path: ["endedYear"],
    error: "validation.endBeforeStart",
  });

export const SIDES = ["MEMBER", "UH"] as const;

/** An owner (MEMBER) or a UH partner joining a network from a year. */
export const addMembershipSchema = z.object({
  networkId: recordId,
  side: z.enum(SIDES, { error: "validation.badRequest" }),
  organisationId: z.string({ error: "validation.choose" }).min(1, { error: "validation.choose" }).max(64),
  fromYear: year,
});
/** The last year of a membership. */
export const endMembershipSchema = z.object({
  id: recordId,
  side: z.enum(SIDES, { error: "validation.badRequest" }),
  toYear: year,
});
