import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph, Tag } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AccessPanel } from "@/components/access/access-panel";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getOrganisation } from "@/lib/organisations/queries";
import { getAccessList } from "@/lib/access/queries";
import { canManageAccess } from "@/lib/access/policy";
import { loadScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { getDates } from "@/lib/i18n/dates";
import { AcceptNameForm, CheckRegisterForm, OrganisationForm, SubUnitForms } from "./organisation-forms";

const load = cache(async (id: string) => {
  const actor = await requireActor();
  return { actor, org: await orNotFound(getOrganisation(actor, id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { org } = await load((await params).id);
  return { title: org.name };
}

const years = (
  from: number | null,
  to: number | null,
  t: (k: "always" | "fromTo" | "from", v?: Record<string, number>) => string,
) =>
  from === null && to === null
    ? t("always")
    : to === null
      ? t("from", { from: from! })
      : t("fromTo", { from: from ?? 0, to });

export default async function OrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, org } = await load((await params).id);
  const added = (await searchParams)["lagt-til"] === "1";
  const [t, tk, tm, { formatDateTime }] = await Promise.all([
    getTranslations("registry"),
    getTranslations("orgKinds"),
    getTranslations("membership"),
    getDates(),
  ]);
  const scope = await loadScope(db, { kind: "organisation", id: org.id });
  const access =
    scope && canManageAccess(actor, scope.scope)
      ? await getAccessList(actor, { kind: "organisation", id: org.id })
      : null;
  const period = (p: { fromYear: number | null; toYear: number | null }) =>
    years(p.fromYear, p.toYear, (k, v) => tm(k, v));
  return (
    <>
      <PageHeading title={org.name}>
        <div className="flex flex-wrap items-center gap-3">
          <Tag data-color="neutral">{tk(org.kind)}</Tag>
          {org.registerVerifiedAt ? (
            <Tag data-color="success">{t("verified")}</Tag>
          ) : (
            <Tag data-color="warning">{t("notVerified")}</Tag>
          )}
          {org.registerDeletedOn ? <Tag data-color="danger">{t("deletedTag")}</Tag> : null}
          {org.county ? <span>{org.county.name}</span> : null}
          {org.parent ? (
            <AppLink href={`/organisasjoner/${org.parent.id}`}>{t("unitOf", { name: org.parent.name })}</AppLink>
          ) : null}
          {org.can.manage ? <AppLink href={`/historikk/Organisation/${org.id}`}>{t("history")}</AppLink> : null}
        </div>
      </PageHeading>
      <div className="flex flex-col gap-10">
        {added ? (
          <Alert data-color="success" role="status">
            <Paragraph>{org.registerVerifiedAt ? t("addedVerified") : t("addedUnverified")}</Paragraph>
          </Alert>
        ) : null}
        <PageSection title={t("factsTitle")}>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("orgNumber")}</dt>
            <dd>{org.orgNumber ? formatOrgNumber(org.orgNumber) : "–"}</dd>
            <dt className="font-semibold">{t("orgForm")}</dt>
            <dd>{org.orgForm ?? "–"}</dd>
            <dt className="font-semibold">{t("address")}</dt>
            <dd>{org.address ?? "–"}</dd>
            <dt className="font-semibold">{t("writtenStandard")}</dt>
            <dd>{org.writtenStandard === "NYNORSK" ? t("nynorsk") : t("bokmal")}</dd>
            <dt className="font-semibold">{t("accountNumber")}</dt>
            <dd>{org.accountNumber ? formatAccountNumber(org.accountNumber) : "–"}</dd>
            <dt className="font-semibold">{t("registerChecked")}</dt>
            <dd>{org.registerCheckedAt ? formatDateTime(org.registerCheckedAt) : t("neverChecked")}</dd>
          </dl>
        </PageSection>

        {org.can.manage && org.orgNumber ? (
          <PageSection title={t("registerTitle")}>
            {org.registerName ? (
              <Alert data-color="warning">
                <Paragraph>{t("nameDiffers", { ours: org.name, theirs: org.registerName })}</Paragraph>
                <AcceptNameForm id={org.id} version={org.version} name={org.registerName} />
              </Alert>
            ) : null}
            {org.registerDeletedOn ? (
              <Alert data-color="danger">
                <Paragraph>{t("deletedInRegister", { date: org.registerDeletedOn })}</Paragraph>
              </Alert>
            ) : null}
            <CheckRegisterForm id={org.id} />
          </PageSection>
        ) : null}

        {org.can.manage ? (
          <PageSection title={t("editTitle")}>
            <OrganisationForm
              org={{
                id: org.id,
                version: org.version,
                verified: org.registerVerifiedAt !== null,
                name: org.name,
                writtenStandard: org.writtenStandard,
                accountNumber: org.accountNumber,
                email: org.email,
                phone: org.phone,
                inFollowUpScheme: org.inFollowUpScheme,
              }}
            />
          </PageSection>
        ) : null}

        {org.kind === "UH" && org.parentId === null ? (
          <PageSection title={t("unitsTitle")}>
            {org.children.length === 0 ? <Paragraph>{t("noUnits")}</Paragraph> : null}
            <SubUnitForms
              parentId={org.id}
              units={org.children.map((c) => ({ id: c.id, name: c.name, orgNumber: c.orgNumber }))}
              canEdit={org.can.addUnits}
            />
          </PageSection>
        ) : null}

        <PageSection title={t("networksTitle")}>
          {org.networkMemberships.length + org.uhPartnerships.length === 0 ? (
            <Paragraph>{t("noNetworks")}</Paragraph>
          ) : (
            <ul className="flex flex-col gap-1">
              {org.networkMemberships.map((m) => (
                <li key={m.id}>
                  <AppLink href={`/nettverk/${m.network.id}`}>{m.network.name}</AppLink> –{" "}
                  {t("memberLine", { period: period(m) })}
                </li>
              ))}
              {org.uhPartnerships.map((m) => (
                <li key={m.id}>
                  <AppLink href={`/nettverk/${m.network.id}`}>{m.network.name}</AppLink> –{" "}
                  {t("partnerLine", { period: period(m) })}
                </li>
              ))}
            </ul>
          )}
        </PageSection>

        {access ? <AccessPanel access={access} /> : null}
      </div>
    </>
  );
}
