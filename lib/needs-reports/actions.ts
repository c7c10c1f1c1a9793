"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { toResult, type ActionResult } from "@/lib/action-result";
import { createNeedsReport, requestReopen, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";
import { addReviewNote, markReviewed, reopenForSubmission, returnForCorrection, startReview } from "@/lib/needs-reports/review";
import { noteSchema, reopenSchema, returnSchema } from "@/lib/needs-reports/review-schema";
import { fieldErrors } from "@/lib/validation";

/** An id as posted: never trusted, and never with a NUL character (PostgreSQL would refuse the query). */
const idSchema = z.string().min(1).max(64).regex(/^[^\u0000]+$/);
const versionSchema = z.number().int().min(1);

/** Actions answer UNAUTHENTICATED instead of redirecting, so the form can keep unsaved input and ask the user to sign in. */
async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("UNAUTHENTICATED");
  return a;
}

export async function saveNeedsReportDraftAction(id: string, expectedVersion: number, draft: unknown): Promise<ActionResult<{ version: number; savedAt: string }>> {
  return toResult(async () => {
    const a = await actor();
    const args = z.object({ id: idSchema, expectedVersion: versionSchema }).safeParse({ id, expectedVersion });
    if (!args.success) throw new AppError("INVALID", "Ugyldig forespørsel", { _form: "validation.badRequest" });
    const saved = await saveNeedsReportDraft(a, args.data.id, args.data.expectedVersion, draft);
    revalidatePath(`/behovsmeldinger/${args.data.id}`);
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}

export async function submitNeedsReportAction(id: string, expectedVersion: number): Promise<ActionResult<{ number: number }>> {
  const result = await toResult(async () => {
    const a = await actor();
    const args = z.object({ id: idSchema, expectedVersion: versionSchema }).safeParse({ id, expectedVersion });
    if (!args.success) throw new AppError("INVALID", "Ugyldig forespørsel", { _form: "validation.badRequest" });
    const { number } = await submitNeedsReport(a, args.data.id, args.data.expectedVersion);
    after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
    revalidatePath("/behovsmeldinger");
    revalidatePath(`/behovsmeldinger/${args.data.id}`);
    return { number };
  });
  if (result.ok) redirect(`/behovsmeldinger/${id}?sendt=${result.data.number}`);
  return result;
}

const startSchema = z.object({ roundId: idSchema, networkId: idSchema, leadOwnerId: idSchema });

/** Starts a new draft from the "Ny behovsmelding" page (a plain form post). */
export async function createNeedsReportAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const a = await getActor();
  if (!a) redirect("/logg-inn");
  const [roundId, networkId, leadOwnerId] = String(form.get("choice") ?? "").split("|");
  const parsed = startSchema.safeParse({ roundId, networkId, leadOwnerId });
  if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: { choice: "validation.choose" } };
  const result = await toResult(() => createNeedsReport(a, parsed.data));
  if (!result.ok) return { ok: false, code: result.code, fieldErrors: result.code === "NOT_FOUND" ? { choice: "validation.choose" } : result.fieldErrors };
  redirect(`/behovsmeldinger/${result.data.id}/rediger`);
}


async function reviewStep(id: string, work: (a: NonNullable<Awaited<ReturnType<typeof getActor>>>) => Promise<unknown>): Promise<ActionResult<null>> {
  const result = await toResult(async () => {
    const a = await actor();
    await work(a);
    after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
    revalidatePath(`/behovsmeldinger/${id}`);
    revalidatePath("/behovsmeldinger");
    return null;
  });
  return result;
}

/** One action for the review panel's buttons and forms; `step` says which. */
export async function reviewNeedsReportAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { ok: false, code: "INVALID", fieldErrors: { _form: "validation.badRequest" } };
  switch (form.get("step")) {
    case "startReview":
      return reviewStep(id.data, (a) => startReview(a, id.data));
    case "markReviewed":
      return reviewStep(id.data, (a) => markReviewed(a, id.data));
    case "return": {
      const parsed = returnSchema.safeParse({ reason: form.get("reason") });
      if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: fieldErrors(parsed.error) };
      return reviewStep(id.data, (a) => returnForCorrection(a, id.data, parsed.data.reason));
    }
    case "reopen": {
      const parsed = reopenSchema.safeParse({ until: form.get("until") });
      if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: fieldErrors(parsed.error) };
      return reviewStep(id.data, (a) => reopenForSubmission(a, id.data, parsed.data.until));
    }
    case "note": {
      const parsed = noteSchema.safeParse({ text: form.get("text") });
      if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: fieldErrors(parsed.error) };
      return reviewStep(id.data, (a) => addReviewNote(a, id.data, parsed.data.text));
    }
    default:
      return { ok: false, code: "INVALID", fieldErrors: { _form: "validation.badRequest" } };
  }
}

/** The owners ask to submit after the deadline (a plain form post with a reason). */
export async function requestReopenAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const id = idSchema.safeParse(form.get("id"));
  const parsed = returnSchema.safeParse({ reason: form.get("reason") });
  if (!id.success) return { ok: false, code: "INVALID", fieldErrors: { _form: "validation.badRequest" } };
  if (!parsed.success) return { ok: false, code: "INVALID", fieldErrors: fieldErrors(parsed.error) };
  return reviewStep(id.data, (a) => requestReopen(a, id.data, parsed.data.reason));
}
