import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { sessionPersonId } from "@/lib/auth/session-token";

/** The signed-in actor, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const fromCookie = await sessionPersonId();
  const personId = fromCookie === undefined ? (await auth())?.personId : fromCookie;
  if (!personId) return null;
  return loadActor(personId);
});

/** The signed-in actor; sends anyone else to the sign-in page. Every page and action behind login starts here. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/logg-inn");
  return actor;
}
