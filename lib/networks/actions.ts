"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import {
  addMembershipSchema,
  createNetworkSchema,
  endMembershipSchema,
  updateNetworkSchema,
} from "@/lib/networks/schema";
import { addMembership, createNetwork, endMembership, updateNetwork } from "@/lib/networks/mutations";

const revalidate = ["/nettverk", "/organisasjoner", "/budsjett", "/behovsmeldinger"];
type Prev<T = null> = ActionResult<T> | null;

export async function createNetworkAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, createNetworkSchema, createNetwork, { revalidate });
  if (result.ok) redirect(`/nettverk/${result.data.id}`);
  return result;
}

export async function updateNetworkAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, updateNetworkSchema, async (a, input) => (await updateNetwork(a, input), null), {
    revalidate,
  });
}

export async function addMembershipAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runFormAction(form, addMembershipSchema, addMembership, { revalidate });
}

export async function endMembershipAction(_prev: Prev, form: FormData): Promise<ActionResult<null>> {
  return runFormAction(form, endMembershipSchema, async (a, input) => (await endMembership(a, input), null), {
    revalidate,
  });
}
