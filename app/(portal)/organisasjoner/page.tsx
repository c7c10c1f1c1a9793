import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { canAddOrganisations } from "@/lib/organisations/policy";
import { requireActor } from "@/lib/session";
import { listOrganisations } from "@/lib/organisations/queries";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { formatAccountNumber, formatOrgNumber } from "@/lib/norwegian-ids";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("organisations");
  return { title: t("title") };
}

const filterSchema = z.object({ type: z.enum(OrganisationKind).optional().catch(undefined) });

export default async function OrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const { type } = filterSchema.parse(await searchParams);
  const [t, orgs] = await Promise.all([getTranslations(), listOrganisations(actor, { kind: type })]);
  const canAdd = actor.isAdmin || actor.statsforvalterCountyIds.some((c) => canAddOrganisations(actor, c));
  return (
    <>
      <PageHeading title={t("organisations.title")} intro={t("organisations.intro")}>
        {canAdd ? (
          <div className="flex flex-wrap gap-4">
            <AppLink href="/organisasjoner/ny">{t("registry.addTitle")}</AppLink>
            <AppLink href="/organisasjoner/import">{t("registry.importTitle")}</AppLink>
          </div>
        ) : null}
      </PageHeading>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <Field>
          <Label htmlFor="type">{t("organisations.filterKind")}</Label>
          <Select id="type" name="type" defaultValue={type ?? ""}>
            <SelectOption value="">{t("organisations.all")}</SelectOption>
            {Object.values(OrganisationKind).map((k) => (
              <SelectOption key={k} value={k}>
                {t(`orgKinds.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("organisations.filter")}
        </Button>
      </form>
      {orgs.length === 0 ? (
        <Paragraph>{t("organisations.empty")}</Paragraph>
      ) : (
        <DataTable caption={t("organisations.title")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("common.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.kind")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.orgNumber")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.county")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("common.accountNumber")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {orgs.map((o) => (
              <TableRow key={o.id}>
                <TableHeaderCell scope="row">
                  <AppLink href={`/organisasjoner/${o.id}`}>{o.name}</AppLink>
                  {o.parent ? (
                    <span className="block text-sm font-normal">{`${t("organisations.parent")} ${o.parent.name}`}</span>
                  ) : null}
                  {o.orgNumber && !o.registerVerifiedAt ? (
                    <Tag data-color="warning" data-size="sm" className="ml-2">
                      {t("registry.notVerified")}
                    </Tag>
                  ) : null}
                  {o.registerName ? (
                    <Tag data-color="warning" data-size="sm" className="ml-2">
                      {t("registry.nameChangedTag")}
                    </Tag>
                  ) : null}
                </TableHeaderCell>
                <TableCell>{t(`orgKinds.${o.kind}`)}</TableCell>
                <TableCell className="num">{o.orgNumber ? formatOrgNumber(o.orgNumber) : "–"}</TableCell>
                <TableCell>{o.county?.name ?? "–"}</TableCell>
                <TableCell className="num">{o.accountNumber ? formatAccountNumber(o.accountNumber) : "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
