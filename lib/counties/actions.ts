"use server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { createCountySchema } from "@/lib/counties/schema";
import { createCounty } from "@/lib/counties/mutations";

type Prev<T = null> = ActionResult<T> | null;

export async function createCountyAction(
  _prev: Prev<{ id: string }>,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, createCountySchema, createCounty, { revalidate: ["/admin"] });
  if (result.ok) redirect(`/admin/fylker/${result.data.id}`);
  return result;
}
