import type { Role } from "@/lib/generated/prisma/enums";

export type DemoPerson = { id: string; name: string; title: string | null; roles: { role: Role; scope: string }[] };

/** Whether a demo person matches the sign-in page's search: every word in the name, a role's scope or the title. */
export function matchesDemoSearch(person: DemoPerson, query: string): boolean {
  const text = [person.name, person.title ?? "", ...person.roles.map((r) => r.scope)].join(" ").toLocaleLowerCase("nb");
  return query
    .toLocaleLowerCase("nb")
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
