import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";

/** Finds an active person by id (demo), or by OIDC subject, falling back to e-mail (case-insensitive). */
export async function findPersonForLogin(q: { personId?: string; subject?: string; email?: string }) {
  if (q.personId) return db.person.findFirst({ where: { id: q.personId, active: true } });
  if (q.subject) {
    const bySubject = await db.person.findFirst({ where: { oidcSubject: q.subject, active: true } });
    if (bySubject) return bySubject;
  }
  if (q.email) {
    return db.person.findFirst({ where: { email: { equals: q.email.trim(), mode: "insensitive" }, active: true } });
  }
  return null;
}

/** Stamps the login, links the OIDC subject on first login by e-mail, and audits it. */
/** Records the sign-in (audited); returns the person's chosen language, if any, for the session's pages. */
export async function recordLogin(personId: string, method: "demo" | "oidc", subject?: string) {
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId } });
    await tx.person.update({
      where: { id: personId },
      data: { lastLoginAt: new Date(), ...(subject && !person.oidcSubject ? { oidcSubject: subject } : {}) },
    });
    await audit(tx, {
      actorId: personId,
      action: "auth.sign-in",
      entityType: "Person",
      entityId: personId,
      data: { method },
    });
    return person.language;
  });
}
