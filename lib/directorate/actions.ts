"use server";
import type { ActionResult } from "@/lib/action-result";
import { runFormAction } from "@/lib/form-action";
import { countyAllocationSchema } from "@/lib/directorate/schema";
import { setCountyAllocation } from "@/lib/directorate/mutations";

type Prev<T = null> = ActionResult<T> | null;

export async function setCountyAllocationAction(
  _prev: Prev<{ id: string; version: number }>,
  form: FormData,
): Promise<ActionResult<{ id: string; version: number }>> {
  return runFormAction(form, countyAllocationSchema, setCountyAllocation, {
    revalidate: ["/direktoratet", "/budsjett"],
  });
}
