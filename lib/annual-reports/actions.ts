"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  annualReportSchema,
  approveSchema,
  deadlineSchema,
  remindSchema,
  returnSchema,
  startSchema,
  submitSchema,
} from "@/lib/annual-reports/schema";
import {
  approveAnnualReport,
  returnAnnualReport,
  saveAnnualReport,
  sendAnnualReportReminders,
  setAnnualDeadline,
  startAnnualReport,
  submitAnnualReport,
} from "@/lib/annual-reports/mutations";

const revalidate = ["/arsrapporter", "/oversikt"];

export async function startAnnualReportAction(
  _prev: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, startSchema, startAnnualReport, { revalidate });
  if (result.ok) redirect(`/arsrapporter/${result.data.id}/rediger`);
  return result;
}

export async function saveAnnualReportAction(
  _prev: ActionResult<{ version: number }> | null,
  form: FormData,
): Promise<ActionResult<{ version: number }>> {
  return runFormAction(form, annualReportSchema, saveAnnualReport, { revalidate });
}

export async function submitAnnualReportAction(
  _prev: ActionResult<{ number: number; late: boolean }> | null,
  form: FormData,
): Promise<ActionResult<{ number: number; late: boolean }>> {
  const result = await runFormAction(form, submitSchema, (a, input) => submitAnnualReport(a, input), {
    revalidate,
    mail: true,
  });
  if (result.ok) redirect(`/arsrapporter/${String(form.get("id"))}?sendt=${result.data.number}`);
  return result;
}

export async function returnAnnualReportAction(
  _prev: ActionResult<{ status: string }> | null,
  form: FormData,
): Promise<ActionResult<{ status: string }>> {
  return runFormAction(form, returnSchema, (a, input) => returnAnnualReport(a, input), { revalidate, mail: true });
}

export async function approveAnnualReportAction(
  _prev: ActionResult<{ status: string }> | null,
  form: FormData,
): Promise<ActionResult<{ status: string }>> {
  return runFormAction(form, approveSchema, (a, input) => approveAnnualReport(a, input), { revalidate });
}

export async function setAnnualDeadlineAction(
  _prev: ActionResult<{ deadline: Date }> | null,
  form: FormData,
): Promise<ActionResult<{ deadline: Date }>> {
  return runFormAction(form, deadlineSchema, setAnnualDeadline, { revalidate });
}

export async function sendRemindersAction(
  _prev: ActionResult<{ sent: number }> | null,
  form: FormData,
): Promise<ActionResult<{ sent: number }>> {
  return runFormAction(form, remindSchema, (a, input) => sendAnnualReportReminders(a, input), {
    revalidate,
    mail: true,
  });
}
