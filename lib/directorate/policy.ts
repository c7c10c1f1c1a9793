import type { Actor } from "@/lib/auth/actor";

/**
 * Utdanningsdirektoratet enters each county's allocated amount per scheme and
 * year (the county's year budget takes it, the county no longer types it) and
 * sees the national overview. The national administrator may read it too.
 */
export function canUseDirectorate(actor: Actor): boolean {
  return actor.isDirectorate || actor.isAdmin;
}

export function canSetCountyAllocations(actor: Actor): boolean {
  return actor.isDirectorate;
}
