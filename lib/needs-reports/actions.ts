"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { deliverPendingMail } from "@/lib/mail/outbox";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { toResult, type ActionResult } from "@/lib/action-result";
import { handleForm } from "@/lib/form-handler";
import { runFormAction } from "@/lib/form-action";
import {
  createNeedsReport,
  requestReopen,
  saveNeedsReportDraft,
  submitNeedsReport,
  withdrawNeedsReport,
} from "@/lib/needs-reports/mutations";
import { reviewNeedsReport } from "@/lib/needs-reports/review";
import {
  createNeedsReportSchema,
  requestReopenSchema,
  reviewSchema,
  withdrawSchema,
} from "@/lib/needs-reports/review-schema";

/** Actions answer UNAUTHENTICATED instead of redirecting, so the form can keep unsaved input and ask the user to sign in. */
async function actor() {
  const a = await getActor();
  if (!a) throw new AppError("UNAUTHENTICATED");
  return a;
}

/** The form's autosave and "Lagre": the mutation checks the id and version it is given as well as the draft. */
export async function saveNeedsReportDraftAction(
  id: string,
  expectedVersion: number,
  draft: unknown,
): Promise<ActionResult<{ version: number; savedAt: string }>> {
  return toResult(async () => {
    const saved = await saveNeedsReportDraft(await actor(), id, expectedVersion, draft);
    revalidatePath(`/behovsmeldinger/${saved.id}`);
    return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
  });
}

export async function submitNeedsReportAction(
  id: string,
  expectedVersion: number,
): Promise<ActionResult<{ number: number }>> {
  const result = await toResult(async () => {
    const { number } = await submitNeedsReport(await actor(), id, expectedVersion);
    after(() => deliverPendingMail().catch((e) => console.error("[mail]", e)));
    revalidatePath("/behovsmeldinger", "layout");
    return { number };
  });
  if (result.ok) redirect(`/behovsmeldinger/${encodeURIComponent(id)}?sendt=${result.data.number}`);
  return result;
}

/** Starts a new draft from the "Ny behovsmelding" page (a plain form post). */
export async function createNeedsReportAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const a = await getActor();
  if (!a) redirect("/logg-inn");
  const result = await handleForm(a, form, createNeedsReportSchema, createNeedsReport);
  // A choice that does not parse or is not the actor's to make is the same answer: choose one of the offered.
  if (!result.ok) {
    if (result.fieldErrors?.from) return { ok: false, code: result.code, fieldErrors: { from: "validation.choose" } };
    return {
      ok: false,
      code: result.code,
      fieldErrors:
        result.code === "NOT_FOUND" || result.code === "INVALID" ? { choice: "validation.choose" } : result.fieldErrors,
    };
  }
  redirect(`/behovsmeldinger/${result.data.id}/rediger`);
}

const reportPaths = ["/behovsmeldinger"];

/** One action for the review panel's buttons and forms; `step` says which. */
export async function reviewNeedsReportAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  return runFormAction(form, reviewSchema, async (a, input) => (await reviewNeedsReport(a, input), null), {
    revalidate: reportPaths,
    mail: true,
  });
}

/** The owners ask to submit after the deadline (a plain form post with a reason). */
export async function requestReopenAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  return runFormAction(
    form,
    requestReopenSchema,
    async (a, input) => (await requestReopen(a, input.id, input.reason), null),
    { revalidate: reportPaths, mail: true },
  );
}

/** "Trekk tilbake for å rette": a submitted report back to draft, then to the form (a plain form post). */
export async function withdrawNeedsReportAction(
  _prev: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const result = await runFormAction(
    form,
    withdrawSchema,
    async (a, input) => (await withdrawNeedsReport(a, input.id, input.expectedVersion), null),
    { revalidate: reportPaths },
  );
  if (result.ok) redirect(`/behovsmeldinger/${encodeURIComponent(String(form.get("id")))}/rediger?trukket=1`);
  return result;
}
