import { DataTable } from "@/components/ui/data-table";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from "@/components/ds";
import { getActor } from "@/lib/session";
import { demoLoginEnabled, env, oidcConfigured } from "@/lib/env";
import { listDemoPeople, matchesDemoSearch } from "@/lib/auth/demo";
import { signInAsDemoAction, signInWithOidcAction } from "@/lib/auth/actions";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

const KNOWN_ERRORS = ["AccessDenied", "CredentialsSignin", "Configuration", "RateLimited"] as const;

/** How many people the demo table shows at a time; with more, a search narrows them. */
const DEMO_SHOWN = 40;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; tilbake?: string; q?: string }>;
}) {
  if (await getActor()) redirect("/");
  const { error, tilbake, q } = await searchParams;
  const query = typeof q === "string" ? q.trim().slice(0, 100) : "";
  const back = tilbake ? <input type="hidden" name="tilbake" value={tilbake} /> : null;
  const t = await getTranslations();
  const everyone = await listDemoPeople();
  const matching = query ? everyone.filter((p) => matchesDemoSearch(p, query)) : everyone;
  const people = matching.slice(0, DEMO_SHOWN);
  const errorKey = error ? ((KNOWN_ERRORS as readonly string[]).includes(error) ? error : "Default") : null;

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t("signIn.title")}
        </Heading>
        <Paragraph className="mt-2">{t("signIn.intro")}</Paragraph>
      </div>

      {errorKey ? (
        <Alert data-color="danger" role="alert">
          {t(`signIn.errors.${errorKey as "Default"}`)}
        </Alert>
      ) : null}

      <section aria-labelledby="oidc-heading" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="oidc-heading">
          {t("signIn.oidcTitle")}
        </Heading>
        {oidcConfigured() ? (
          <form action={signInWithOidcAction}>
            {back}
            <Button type="submit">{t("signIn.oidcButton", { provider: env().AUTH_OIDC_NAME })}</Button>
          </form>
        ) : (
          <Paragraph>{t("signIn.oidcMissing")}</Paragraph>
        )}
      </section>

      {demoLoginEnabled() ? (
        <section aria-labelledby="demo-heading" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="demo-heading">
            {t("signIn.demoTitle")}
          </Heading>
          <Paragraph>{t("signIn.demoIntro")}</Paragraph>
          {everyone.length > DEMO_SHOWN ? (
            <form
              method="get"
              role="search"
              aria-label={t("signIn.demoSearchLabel")}
              className="flex flex-wrap items-end gap-3"
            >
              {tilbake ? <input type="hidden" name="tilbake" value={tilbake} /> : null}
              <Textfield id="q" name="q" label={t("signIn.demoSearch")} defaultValue={query} />
              <Button type="submit" variant="secondary">
                {t("signIn.demoSearchButton")}
              </Button>
            </form>
          ) : null}
          {matching.length > people.length ? (
            <Paragraph>{t("signIn.demoShowing", { shown: people.length, total: matching.length })}</Paragraph>
          ) : null}
          {matching.length === 0 ? <Paragraph>{t("signIn.demoNone")}</Paragraph> : null}
          {/* One form for every person: the button pressed sends its person (a form per row was 664 forms and action fields with national data). */}
          <form action={signInAsDemoAction} id="demo-sign-in">
            {back}
            <DataTable caption={t("signIn.demoTitle")} zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("signIn.demoPerson")}</TableHeaderCell>
                  <TableHeaderCell>{t("signIn.demoRoles")}</TableHeaderCell>
                  <TableHeaderCell>{t("signIn.demoAction")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {people.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <span className="font-semibold">{p.name}</span>
                      {p.title ? <span className="block text-sm text-neutral-text-subtle">{p.title}</span> : null}
                    </TableCell>
                    <TableCell>
                      <ul className="list-none p-0">
                        {p.roles.map((r, i) => (
                          <li key={i}>
                            {t(`roles.${r.role}`)}
                            {r.scope ? ` – ${r.scope}` : ""}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell>
                      <Button type="submit" name="personId" value={p.id} variant="secondary" data-size="sm">
                        {t("signIn.demoButton", { name: p.name })}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          </form>
        </section>
      ) : null}
    </div>
  );
}
