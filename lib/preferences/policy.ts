import type { Actor } from "@/lib/auth/actor";

/**
 * Personal preferences (the language) are each person's own: anyone signed in
 * changes their own, nobody changes someone else's. Without a session the
 * choice lives only in the browser's cookie.
 */
export function canSetOwnPreferences(actor: Actor, personId: string): boolean {
  return actor.personId === personId;
}
