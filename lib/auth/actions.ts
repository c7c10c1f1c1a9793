"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/config";
import { demoLoginEnabled, oidcConfigured } from "@/lib/env";
import { getActor } from "@/lib/session";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { safeReturnPath } from "@/lib/auth/return-path";
import { limitCaller } from "@/lib/rate-limit";
import { invitationToken } from "@/lib/access/schema";
import { holdInvitation } from "@/lib/auth/invitation-cookie";

/** Sign-in attempts are limited per address (shared across instances through Redis when configured). */
async function limitSignIn() {
  if (!(await limitCaller("signIn")).ok) redirect("/logg-inn?error=RateLimited");
}

const demoSchema = z.object({ personId: z.string().min(1).max(64) });

function failed(e: unknown): never {
  if (e instanceof AuthError) redirect(`/logg-inn?error=${encodeURIComponent(e.type)}`);
  throw e;
}

/** Starts the Feide / ID-porten (OIDC) sign-in. */
export async function signInWithOidcAction(form: FormData): Promise<void> {
  if (!oidcConfigured()) redirect("/logg-inn?error=Configuration");
  await limitSignIn();
  try {
    await signIn("oidc", { redirectTo: safeReturnPath(form.get("tilbake")) });
  } catch (e) {
    failed(e);
  }
}

/**
 * Takes up an invitation: the link's token waits in a cookie while the person
 * signs in through OpenID Connect; the sign-in callback binds the provider's
 * subject to the invited person and gives the roles (lib/access/mutations.ts).
 */
export async function signInWithInvitationAction(form: FormData): Promise<void> {
  const parsed = invitationToken.safeParse(form.get("token"));
  if (!parsed.success) redirect("/logg-inn?error=Verification");
  if (!oidcConfigured()) redirect(`/invitasjon/${parsed.data}?feil=Configuration`);
  if (!(await limitCaller("invitation")).ok) redirect(`/invitasjon/${parsed.data}?feil=RateLimited`);
  await holdInvitation(parsed.data);
  try {
    await signIn("oidc", { redirectTo: "/" });
  } catch (e) {
    failed(e);
  }
}

/** Demo sign-in as a listed person; exists only when DEMO_LOGIN is on. */
export async function signInAsDemoAction(form: FormData): Promise<void> {
  if (!demoLoginEnabled()) redirect("/logg-inn?error=Configuration");
  const parsed = demoSchema.safeParse({ personId: form.get("personId") });
  if (!parsed.success) redirect("/logg-inn?error=CredentialsSignin");
  await limitSignIn();
  try {
    await signIn("demo", { personId: parsed.data.personId, redirectTo: safeReturnPath(form.get("tilbake")) });
  } catch (e) {
    failed(e);
  }
}

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) {
    await db.$transaction((tx) =>
      audit(tx, { actorId: actor.personId, action: "auth.sign-out", entityType: "Person", entityId: actor.personId }),
    );
  }
  await signOut({ redirectTo: "/logg-inn" });
}
