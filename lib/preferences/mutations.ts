import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import { canSetOwnPreferences } from "@/lib/preferences/policy";

/** Keeps the signed-in person's language, so pages, PDFs and e-mails to them use it on every device. */
export async function setOwnLanguage(actor: Actor, input: { language: Locale }) {
  if (!canSetOwnPreferences(actor, actor.personId)) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: actor.personId }, select: { language: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.person.update({ where: { id: actor.personId }, data: { language: input.language } });
    await audit(tx, {
      actorId: actor.personId,
      action: "person.language",
      entityType: "Person",
      entityId: actor.personId,
      data: { before: before.language, after: input.language },
    });
    return { language: input.language };
  });
}
