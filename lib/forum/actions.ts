"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  addForumMemberSchema,
  approveMinutesSchema,
  minutesRuleSchema,
  updateForumMemberSchema,
} from "@/lib/forum/schema";
import { addForumMember, updateForumMember } from "@/lib/forum/members";
import {
  agendaItemSchema,
  attachmentSchema,
  attendanceSchema,
  conflictSchema,
  createCaseSchema,
  createMeetingSchema,
  decisionSchema,
  refSchema,
  updateCaseSchema,
  updateMeetingSchema,
} from "@/lib/forum/schema";
import {
  addAgendaItem,
  addAttachment,
  approveMinutes,
  createCase,
  setMinutesRule,
  createMeeting,
  recordCaseDecision,
  removeAgendaItem,
  removeAttachment,
  setAttendance,
  setOwnConflict,
  updateCase,
  updateMeeting,
} from "@/lib/forum/mutations";

const revalidate = ["/samarbeidsforum", "/budsjett"];
type Result<T = null> = Promise<ActionResult<T>>;
type Prev<T = null> = ActionResult<T> | null;

export async function createMeetingAction(_prev: Prev<{ id: string }>, form: FormData): Result<{ id: string }> {
  const result = await runFormAction(form, createMeetingSchema, createMeeting, { revalidate });
  if (result.ok) redirect(`/samarbeidsforum/moter/${result.data.id}`);
  return result;
}

export async function updateMeetingAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, updateMeetingSchema, async (a, input) => (await updateMeeting(a, input), null), {
    revalidate,
  });
}

export async function addAgendaItemAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, agendaItemSchema, async (a, input) => (await addAgendaItem(a, input), null), {
    revalidate,
  });
}

export async function removeAgendaItemAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, refSchema, async (a, input) => (await removeAgendaItem(a, input), null), { revalidate });
}

export async function createCaseAction(
  _prev: Prev<{ id: string; number: number; year: number }>,
  form: FormData,
): Result<{ id: string; number: number; year: number }> {
  return runFormAction(form, createCaseSchema, createCase, { revalidate });
}

export async function updateCaseAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, updateCaseSchema, async (a, input) => (await updateCase(a, input), null), { revalidate });
}

export async function recordCaseDecisionAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, decisionSchema, async (a, input) => (await recordCaseDecision(a, input), null), {
    revalidate,
  });
}

export async function setAttendanceAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, attendanceSchema, async (a, input) => (await setAttendance(a, input), null), {
    revalidate,
  });
}

export async function setOwnConflictAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, conflictSchema, async (a, input) => (await setOwnConflict(a, input), null), {
    revalidate,
  });
}

export async function addAttachmentAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, attachmentSchema, async (a, input) => (await addAttachment(a, input), null), {
    revalidate,
  });
}

export async function removeAttachmentAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, refSchema, async (a, input) => (await removeAttachment(a, input), null), { revalidate });
}

export async function addForumMemberAction(
  _prev: Prev<{ id: string; invited: boolean }>,
  form: FormData,
): Result<{ id: string; invited: boolean }> {
  return runFormAction(form, addForumMemberSchema, (a, input) => addForumMember(a, input), {
    revalidate: [...revalidate, "/admin"],
    mail: true,
  });
}

export async function updateForumMemberAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, updateForumMemberSchema, async (a, input) => (await updateForumMember(a, input), null), {
    revalidate: [...revalidate, "/admin"],
  });
}

export async function approveMinutesAction(
  _prev: Prev<{ approved: boolean }>,
  form: FormData,
): Result<{ approved: boolean }> {
  return runFormAction(form, approveMinutesSchema, (a, input) => approveMinutes(a, input), { revalidate });
}

export async function setMinutesRuleAction(_prev: Prev, form: FormData): Result {
  return runFormAction(form, minutesRuleSchema, async (a, input) => (await setMinutesRule(a, input), null), {
    revalidate,
  });
}
