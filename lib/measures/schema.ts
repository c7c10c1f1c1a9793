import { z } from "zod";
import { chosenId, idList, optionalText, recordId, requiredText, versionField } from "@/lib/validation";

export const SCHEMES = ["DESENTRALISERT", "REGIONAL", "KOMPETANSELOFTET"] as const;
const optionalId = z.preprocess((v) => (v === "" ? undefined : v), recordId.optional());
const year = z.coerce
  .number({ error: "validation.year" })
  .int({ error: "validation.year" })
  .min(2000, { error: "validation.year" })
  .max(2100, { error: "validation.year" });

const details = {
  name: requiredText(200),
  scheme: z.enum(SCHEMES, { error: "validation.choose" }),
  goal: optionalText(10_000),
  targetGroup: optionalText(2_000),
  content: optionalText(20_000),
  organisation: optionalText(20_000),
  obligations: optionalText(10_000),
  reportMeasureId: optionalId,
};

/** A new measure: a network's own (with its network) or a joint measure of the county (with the networks taking part). */
export const createMeasureSchema = z
  .object({
    ...details,
    kind: z.enum(["OWN", "JOINT"], { error: "validation.choose" }),
    ownerNetworkId: optionalId,
    countyId: optionalId,
    networkIds: idList,
  })
  .superRefine((m, ctx) => {
    if (m.kind === "OWN" && !m.ownerNetworkId)
      ctx.addIssue({ code: "custom", path: ["ownerNetworkId"], message: "validation.choose" });
    if (m.kind === "JOINT" && !m.countyId)
      ctx.addIssue({ code: "custom", path: ["countyId"], message: "validation.choose" });
    if (m.kind === "JOINT" && m.networkIds.length < 1)
      ctx.addIssue({ code: "custom", path: ["networkIds"], message: "validation.chooseNetworks" });
  });
export type CreateMeasureInput = z.infer<typeof createMeasureSchema>;

export const updateMeasureSchema = z.object({ ...details, id: recordId, version: versionField });
export type UpdateMeasureInput = z.infer<typeof updateMeasureSchema>;

/** Cohorts (puljer) and which networks take part, in which cohort. `cohort` per network: "" = not taking part, "0" = without a cohort, n = cohort n. */
export const participationSchema = z
  .object({
    id: recordId,
    version: versionField,
    cohorts: z
      .array(z.object({ cohortId: optionalId, name: requiredText(100), startYear: year, endYear: year }))
      .max(10, { error: "validation.tooMany" })
      .default([]),
    networks: z
      .array(z.object({ networkId: recordId, cohort: z.string().max(3) }))
      .max(100)
      .default([]),
  })
  .superRefine((p, ctx) => {
    p.cohorts.forEach((c, i) => {
      if (c.endYear < c.startYear)
        ctx.addIssue({ code: "custom", path: ["cohorts", i, "endYear"], message: "validation.endYear" });
    });
    p.networks.forEach((n, i) => {
      if (n.cohort !== "" && !/^\d+$/.test(n.cohort))
        ctx.addIssue({ code: "custom", path: ["networks", i, "cohort"], message: "validation.choose" });
      else if (Number(n.cohort) > p.cohorts.length)
        ctx.addIssue({ code: "custom", path: ["networks", i, "cohort"], message: "validation.choose" });
    });
    if (!p.networks.some((n) => n.cohort !== ""))
      ctx.addIssue({ code: "custom", path: ["networks", 0, "cohort"], message: "validation.chooseNetworks" });
  });
export type ParticipationInput = z.infer<typeof participationSchema>;

/** Contributors: UH units and, optionally, their contact person. */
export const contributorsSchema = z.object({
  id: recordId,
  version: versionField,
  contributors: z
    .array(z.object({ organisationId: chosenId, personId: optionalId, role: optionalText(200) }))
    .max(30, { error: "validation.tooMany" })
    .default([]),
});

/** The semester plan: each semester (Vår/Høst + year), per cohort where there are cohorts, with focus and work between gatherings; numbered 1..n in time order. */
export const semesterPlanSchema = z
  .object({
    id: recordId,
    version: versionField,
    semesters: z
      .array(
        z.object({
          semesterId: optionalId,
          cohort: z.string().max(3).default("0"),
          term: z.enum(["VAR", "HOST"], { error: "validation.choose" }),
          year,
          focus: optionalText(200),
          betweenWork: optionalText(5_000),
        }),
      )
      .max(40, { error: "validation.tooMany" })
      .default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.semesters.forEach((s, i) => {
      const key = `${s.cohort}|${s.year}|${s.term}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["semesters", i, "year"], message: "validation.semesterTwice" });
      seen.add(key);
    });
  });
export type SemesterPlanInput = z.infer<typeof semesterPlanSchema>;
