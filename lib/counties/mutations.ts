import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canManageCounties } from "@/lib/admin/policy";

/** A new county with its Samarbeidsforum; its first Statsforvalter user is invited from the county's page. */
export async function createCounty(actor: Actor, input: { name: string; code: string; senderAddress?: string | null }) {
  if (!canManageCounties(actor)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    if (
      await tx.county.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } }, select: { id: true } })
    )
      throw new AppError("INVALID", "Finnes", { name: "validation.countyExists" });
    if (await tx.county.findUnique({ where: { code: input.code }, select: { id: true } }))
      throw new AppError("INVALID", "Finnes", { code: "validation.countyCodeExists" });
    const county = await tx.county.create({
      data: {
        name: input.name,
        code: input.code,
        senderAddress: input.senderAddress ?? null,
        forum: { create: { name: `Samarbeidsforum ${input.name}` } },
      },
    });
    await audit(tx, {
      actorId: actor.personId,
      action: "county.create",
      entityType: "County",
      entityId: county.id,
      data: { after: input },
    });
    return { id: county.id };
  });
}
