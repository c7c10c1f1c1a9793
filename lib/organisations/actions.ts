"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  acceptNameSchema,
  createOrganisationSchema,
  lookupSchema,
  organisationRefSchema,
  registerImportSchema,
  renameUnitSchema,
  subUnitSchema,
  updateOrganisationSchema,
} from "@/lib/organisations/schema";
import {
  acceptRegisterName,
  addSubUnit,
  checkRegister,
  createOrganisation,
  lookupOrganisation,
  renameSubUnit,
  updateOrganisation,
  type LookupAnswer,
  type RegisterCheck,
} from "@/lib/organisations/mutations";
import { importFromRegister, type RegisterImportPreview } from "@/lib/organisations/register-import";

const revalidate = ["/organisasjoner", "/nettverk", "/admin"];
type Prev<T = null> = ActionResult<T> | null;

/** Looks the number up in Enhetsregisteret; writes nothing. */
export async function lookupOrganisationAction(
  _prev: Prev<LookupAnswer>,
  form: FormData,
): Promise<ActionResult<LookupAnswer>> {
  return runFormAction(form, lookupSchema, lookupOrganisation);
}

export async function createOrganisationAction(
  _prev: Prev<{ id: string; verified: boolean }>,
  form: FormData,
): Promise<ActionResult<{ id: string; verified: boolean }>> {
  const result = await runFormAction(form, createOrganisationSchema, (a, input) => createOrganisation(a, input), {
    revalidate,
  });
  if (result.ok) redirect(`/organisasjoner/${result.data.id}?lagt-til=1`);
  return result;
}

export async function updateOrganisationAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, updateOrganisationSchema, async (a, input) => (await updateOrganisation(a, input), null), {
    revalidate,
  });
}

export async function checkRegisterAction(
  _prev: Prev<RegisterCheck>,
  form: FormData,
): Promise<ActionResult<RegisterCheck>> {
  return runFormAction(form, organisationRefSchema, (a, input) => checkRegister(a, input), { revalidate });
}

export async function acceptRegisterNameAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, acceptNameSchema, async (a, input) => (await acceptRegisterName(a, input), null), {
    revalidate,
  });
}

export async function addSubUnitAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runFormAction(form, subUnitSchema, addSubUnit, { revalidate });
}

export async function renameSubUnitAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, renameUnitSchema, async (a, input) => (await renameSubUnit(a, input), null), {
    revalidate,
  });
}

export async function importFromRegisterAction(
  _prev: Prev<RegisterImportPreview>,
  form: FormData,
): Promise<ActionResult<RegisterImportPreview>> {
  return runFormAction(form, registerImportSchema, importFromRegister, { revalidate });
}
