import { buildActor, type Actor, type Binding } from "@/lib/auth/actor";

/** Builds an actor from bindings, for policy tests. Counties: organisations/networks named "<county>:<id>". */
export function actorWith(bindings: Partial<Binding>[], opts: { uhChildren?: Record<string, string[]> } = {}): Actor {
  const full: Binding[] = bindings.map((b) => ({
    role: b.role ?? "OWNER",
    organisationId: b.organisationId ?? null,
    networkId: b.networkId ?? null,
    countyId: b.countyId ?? null,
  }));
  const countyOfId = (id: string) => (id.includes(":") ? id.slice(0, id.indexOf(":")) : null);
  const organisations: Record<string, string | null> = {};
  const networks: Record<string, string> = {};
  for (const b of full) {
    if (b.organisationId) organisations[b.organisationId] = countyOfId(b.organisationId);
    if (b.networkId) networks[b.networkId] = countyOfId(b.networkId) ?? "none";
  }
  return buildActor({
    personId: "p1",
    name: "Test Person",
    email: "t@example.test",
    bindings: full,
    countyOf: { organisations, networks },
    uhChildren: opts.uhChildren ?? {},
  });
}
