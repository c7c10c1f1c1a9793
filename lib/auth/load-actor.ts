import "server-only";
import { db } from "@/lib/db";
import { buildActor, type Actor } from "@/lib/auth/actor";

/** Loads the actor for a person id from the database (bindings are read fresh on every request). */
export async function loadActor(personId: string): Promise<Actor | null> {
  const person = await db.person.findFirst({
    where: { id: personId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      roleBindings: {
        select: {
          role: true,
          organisationId: true,
          networkId: true,
          countyId: true,
          organisation: { select: { countyId: true, children: { select: { id: true } } } },
          network: { select: { countyId: true } },
        },
      },
    },
  });
  if (!person) return null;
  const organisations: Record<string, string | null> = {};
  const networks: Record<string, string> = {};
  const uhChildren: Record<string, string[]> = {};
  for (const b of person.roleBindings) {
    if (b.organisationId && b.organisation) {
      organisations[b.organisationId] = b.organisation.countyId;
      uhChildren[b.organisationId] = b.organisation.children.map((c) => c.id);
    }
    if (b.networkId && b.network) networks[b.networkId] = b.network.countyId;
  }
  return buildActor({
    personId: person.id,
    name: person.name,
    email: person.email,
    bindings: person.roleBindings.map(({ role, organisationId, networkId, countyId }) => ({ role, organisationId, networkId, countyId })),
    countyOf: { organisations, networks },
    uhChildren,
  });
}
