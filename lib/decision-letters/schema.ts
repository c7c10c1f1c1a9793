import { z } from "zod";
import { checkbox, kronerText, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { MAX_ATTACHMENT_BYTES } from "@/lib/forum/schema";

const optionalAmount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  kronerText.optional(),
);

/** The Statsforvalter's edit of a draft letter: the reasons and the officer's title as printed. */
export const letterSchema = z.object({
  letterId: recordId,
  version: versionField,
  reasons: optionalText(10_000),
  officerTitle: optionalText(120),
});

export const sendSchema = z.object({ letterId: recordId, version: versionField });

/** Accepting the terms is a stated act: the box on whose behalf must be ticked. */
export const acceptSchema = z.object({
  letterId: recordId,
  confirm: checkbox.refine((v) => v, { error: "validation.acceptConfirm" }),
});

/** One to three PDFs with an appeal; an empty file input is no attachment. */
const appealFiles = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(
      z
        .instanceof(File, { error: "validation.attachment.noFile" })
        .refine((f) => f.size <= MAX_ATTACHMENT_BYTES, { error: "validation.attachment.tooLarge" }),
    )
    .max(3, { error: "validation.attachment.tooMany" }),
);

/** Klage: what the owner appeals against and why, with attachments. */
export const appealSchema = z.object({
  letterId: recordId,
  text: requiredText(20_000, 20, "validation.appealText"),
  files: appealFiles,
});

/** The Statsforvalter's handling of an appeal: forward it to the appeal body, or reverse the decision with a new outcome. */
export const appealDecisionSchema = z
  .object({
    appealId: recordId,
    version: versionField,
    action: z.enum(["FORWARD", "REVERSE"], { error: "validation.choose" }),
    assessment: requiredText(20_000, 20, "validation.appealAssessment"),
    outcome: z.enum(["GRANTED", "REJECTED"], { error: "validation.choose" }).optional(),
    ownerAmount: optionalAmount,
    uhAmount: optionalAmount,
    reason: optionalText(10_000),
  })
  .superRefine((a, ctx) => {
    if (a.action !== "REVERSE") return;
    if (!a.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: "validation.choose" });
    if (a.outcome === "GRANTED" && (a.ownerAmount ?? 0) + (a.uhAmount ?? 0) <= 0)
      ctx.addIssue({ code: "custom", path: ["ownerAmount"], message: "validation.grantAmount" });
  })
  .transform((a) =>
    a.action === "FORWARD"
      ? { appealId: a.appealId, version: a.version, action: "FORWARD" as const, assessment: a.assessment }
      : {
          appealId: a.appealId,
          version: a.version,
          action: "REVERSE" as const,
          assessment: a.assessment,
          outcome: a.outcome!,
          ownerAmount: a.ownerAmount,
          uhAmount: a.uhAmount,
          reason: a.reason,
        },
  );

/** The archive's case number ("2027/1234", as the archive writes it) and each letter's document number. */
export const archiveNumbersSchema = z.object({
  reportId: recordId,
  caseNumber: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v),
    z
      .string()
      .regex(/^\d{2,4}\/\d{1,7}$/, { error: "validation.archiveCaseNumber" })
      .nullable(),
  ),
  letters: z
    .array(
      z.object({
        letterId: recordId,
        documentNumber: z.preprocess(
          (v) => (v === "" ? undefined : v),
          z.coerce
            .number({ error: "validation.archiveDocumentNumber" })
            .int({ error: "validation.archiveDocumentNumber" })
            .min(1, { error: "validation.archiveDocumentNumber" })
            .max(99_999, { error: "validation.archiveDocumentNumber" })
            .optional(),
        ),
      }),
    )
    .max(50)
    .default([]),
});

/** The appeal body (klageinstans) of a scheme, as its letters name it. */
export const appealBodySchema = z.object({
  scheme: z.enum(["REGIONAL", "DESENTRALISERT", "KOMPETANSELOFTET"], { error: "validation.choose" }),
  name: requiredText(200, 2),
});
