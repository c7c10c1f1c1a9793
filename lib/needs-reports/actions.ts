"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/session";
import { AppError } from "@/lib/errors";
import { toResult, type ActionResult } from "@/lib/action-result";
import { createNeedsReport, saveNeedsReportDraft, submitNeedsReport } from "@/lib/needs-reports/mutations";

const idSchema = z.string().min(1).max(64);
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
