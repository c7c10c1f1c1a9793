import { z } from "zod";
import {
  accountNumber,
  checkbox,
  orgNumber,
  email,
  optionalText,
  phone,
  recordId,
  requiredText,
  versionField,
} from "@/lib/validation";

export const ORGANISATION_KINDS = ["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT", "UH"] as const;
export const WRITTEN_STANDARDS = ["BOKMAL", "NYNORSK"] as const;

/** A required organisation number: nine digits (spaces allowed) that pass MOD11. */
export const requiredOrgNumber = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .pipe(orgNumber);

export const lookupSchema = z.object({ orgNumber: requiredOrgNumber });

/**
 * An organisation to add. From the register (the server looks the number up
 * again and stores what the register says), or — only when the register
 * cannot be reached — by hand with the name typed, marked as not verified.
 */
export const createOrganisationSchema = z
  .object({
    countyId: recordId,
    orgNumber: requiredOrgNumber,
    kind: z.enum(ORGANISATION_KINDS, { error: "validation.choose" }),
    writtenStandard: z.enum(WRITTEN_STANDARDS, { error: "validation.choose" }),
    manual: checkbox,
    name: optionalText(300),
  })
  .refine((o) => !o.manual || (o.name?.length ?? 0) >= 2, { path: ["name"], error: "validation.required" });

export const updateOrganisationSchema = z.object({
  id: recordId,
  version: versionField,
  writtenStandard: z.enum(WRITTEN_STANDARDS, { error: "validation.choose" }),
  accountNumber,
  email,
  phone,
  inFollowUpScheme: checkbox,
  /** only for an organisation entered by hand: the register's name replaces it once verified */
  name: optionalText(300),
});

export const organisationRefSchema = z.object({ id: recordId });
export const acceptNameSchema = z.object({ id: recordId, version: versionField });

/** A centre, institute or other unit of a UH institution. */
export const subUnitSchema = z.object({
  parentId: recordId,
  name: requiredText(300, 2),
  orgNumber: orgNumber.transform((v) => (v === "" ? null : v)),
});

export const REGISTER_FORMS = ["KOMM", "FYLK", "PRIVATE"] as const;

/** The register's bulk file for a county: previewed first, then confirmed with the same file. */
export const registerImportSchema = z.object({
  countyId: recordId,
  file: z
    .instanceof(File, { error: "validation.import.noFile" })
    .refine((f) => f.size > 0, { error: "validation.import.noFile" }),
  forms: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(REGISTER_FORMS, { error: "validation.badRequest" }))
      .min(1, { error: "validation.chooseForms" })
      .max(3),
  ),
  confirm: checkbox,
  digest: z.string().max(64).optional(),
});

export const renameUnitSchema = z.object({ id: recordId, name: requiredText(300, 2) });
