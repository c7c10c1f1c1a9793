import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { z } from "zod";
import { env } from "@/lib/env";
import { findPersonForLogin, recordLogin } from "@/lib/auth/people";
import { useLanguage } from "@/lib/i18n/cookie";
import { takeInvitation } from "@/lib/auth/invitation-cookie";
import { acceptInvitation } from "@/lib/access/mutations";

declare module "next-auth" {
  interface Session {
    personId?: string;
  }
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [];
  if (e.AUTH_OIDC_ISSUER) {
    list.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
      // Feide and ID-porten both send `sub`; Feide sends email, ID-porten needs a lookup by subject.
      profile(profile) {
        return {
          id: String(profile.sub),
          email: typeof profile.email === "string" ? profile.email : null,
          name: typeof profile.name === "string" ? profile.name : null,
        };
      },
    });
  }
  if (e.DEMO_LOGIN) {
    list.push(
      Credentials({
        id: "demo",
        name: "Demo",
        credentials: { personId: { label: "Person", type: "text" } },
        async authorize(raw) {
          // The flag is checked again here: the provider must never work when the flag is off.
          if (!env().DEMO_LOGIN) return null;
          const parsed = z.object({ personId: z.string().min(1).max(64) }).safeParse(raw);
          if (!parsed.success) return null;
          const person = await findPersonForLogin({ personId: parsed.data.personId });
          return person ? { id: person.id, email: person.email, name: person.name } : null;
        },
      }),
    );
  }
  return list;
}

const config: NextAuthConfig = {
  providers: providers(),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/logg-inn", error: "/logg-inn" },
  trustHost: true,
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "demo") return Boolean(user?.id);
      if (account?.provider === "oidc") {
        // Coming back from an invitation link: take it up (binds this subject to the invited person), or say why not.
        const invitation = await takeInvitation();
        if (invitation && typeof profile?.sub === "string") {
          const outcome = await acceptInvitation(invitation, { subject: profile.sub });
          return outcome.ok ? true : `/invitasjon/${invitation}?feil=${outcome.reason}`;
        }
        const person = await findPersonForLogin({
          subject: typeof profile?.sub === "string" ? profile.sub : undefined,
          email: typeof profile?.email === "string" ? profile.email : undefined,
        });
        // Only people the portal knows may sign in; everyone else gets AccessDenied.
        return Boolean(person);
      }
      return false;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "demo" && user?.id) {
        token.personId = user.id;
        await useLanguage(await recordLogin(user.id, "demo"));
      } else if (account?.provider === "oidc") {
        const subject = typeof profile?.sub === "string" ? profile.sub : undefined;
        const person = await findPersonForLogin({
          subject,
          email: typeof profile?.email === "string" ? profile.email : undefined,
        });
        if (person) {
          token.personId = person.id;
          await useLanguage(await recordLogin(person.id, "oidc", subject));
        }
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.personId === "string") session.personId = token.personId;
      return session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
