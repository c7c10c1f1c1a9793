import { getTranslations } from "next-intl/server";
import { Alert, Button, Heading, Paragraph } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { env, oidcConfigured } from "@/lib/env";
import { signInWithInvitationAction } from "@/lib/auth/actions";
import { getInvitation } from "@/lib/access/queries";
import { invitationToken } from "@/lib/access/schema";
import { limitCaller } from "@/lib/rate-limit";
import { getDates } from "@/lib/i18n/dates";
import { NewLinkForm } from "./new-link-form";

export async function generateMetadata() {
  const t = await getTranslations("invitation");
  return { title: t("title"), referrer: "no-referrer" as const };
}

const REASONS = [
  "used",
  "expired",
  "revoked",
  "replaced",
  "unknown",
  "inviterLost",
  "otherAccount",
  "inactive",
  "Configuration",
  "RateLimited",
] as const;

/**
 * An invitation link: whom it is for, from whom, which roles; "Ta imot"
 * signs in through OpenID Connect and binds that identity to the person. A
 * used, expired or withdrawn link says so, and an expired one can be
 * renewed (the new link goes to the invited address).
 */
export default async function InvitationPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ feil?: string }>;
}) {
  const [{ token }, { feil }, t, tr, { formatDate }] = await Promise.all([
    params,
    searchParams,
    getTranslations("invitation"),
    getTranslations("roles"),
    getDates(),
  ]);
  const limited = !(await limitCaller("invitation")).ok;
  const parsed = invitationToken.safeParse(token);
  const inv = !limited && parsed.success ? await getInvitation(parsed.data) : null;
  const reason = (REASONS as readonly string[]).includes(feil ?? "") ? (feil as (typeof REASONS)[number]) : null;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      {limited ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t("rateLimited")}</Paragraph>
        </Alert>
      ) : !inv ? (
        <>
          <Alert data-color="warning" role="alert">
            <Paragraph>{t("unknown")}</Paragraph>
          </Alert>
          <AppLink href="/logg-inn">{t("toSignIn")}</AppLink>
        </>
      ) : (
        <>
          {reason && reason !== inv.state ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t(`reasons.${reason}`)}</Paragraph>
            </Alert>
          ) : null}
          <Paragraph>{t("greeting", { name: inv.name })}</Paragraph>
          <Paragraph>{inv.invitedBy ? t("from", { by: inv.invitedBy }) : t("fromOperator")}</Paragraph>
          {inv.roles.length > 0 ? (
            <ul className="list-disc pl-6">
              {inv.roles.map((r) => (
                <li key={r}>{inv.scopeName ? `${tr(r)} – ${inv.scopeName}` : tr(r)}</li>
              ))}
            </ul>
          ) : (
            <Paragraph>{t("signInOnly", { scope: inv.scopeName })}</Paragraph>
          )}
          {inv.state === "open" ? (
            oidcConfigured() ? (
              <form action={signInWithInvitationAction} className="flex flex-col gap-3">
                <input type="hidden" name="token" value={parsed.data} />
                <Paragraph data-size="sm">
                  {t("howTo", { provider: env().AUTH_OIDC_NAME, email: inv.email, until: formatDate(inv.expiresAt) })}
                </Paragraph>
                <div>
                  <Button type="submit">{t("accept", { provider: env().AUTH_OIDC_NAME })}</Button>
                </div>
              </form>
            ) : (
              <Alert data-color="warning">
                <Paragraph>{t("noOidc")}</Paragraph>
              </Alert>
            )
          ) : inv.state === "used" ? (
            <>
              <Alert data-color="info">
                <Paragraph>{t("states.used")}</Paragraph>
              </Alert>
              <AppLink href="/logg-inn">{t("toSignIn")}</AppLink>
            </>
          ) : inv.state === "expired" ? (
            <>
              <Alert data-color="warning">
                <Paragraph>{t("states.expired", { date: formatDate(inv.expiresAt) })}</Paragraph>
              </Alert>
              <NewLinkForm token={parsed.data!} />
            </>
          ) : (
            <Alert data-color="warning">
              <Paragraph>{t(`states.${inv.state}`)}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </div>
  );
}
