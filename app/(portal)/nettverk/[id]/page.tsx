import { DataTable } from "@/components/ui/data-table";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { AccessPanel } from "@/components/access/access-panel";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getNetwork } from "@/lib/networks/queries";
import { getAccessList } from "@/lib/access/queries";
import { holdsIn } from "@/lib/networks/membership";
import { AddMembershipForm, EndMembershipForm, NetworkForm } from "../network-forms";

const load = cache(async (id: string) => {
  const actor = await requireActor();
  return { actor, n: await orNotFound(getNetwork(actor, id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { n } = await load((await params).id);
  return { title: n.name };
}

type Period = {
  id: string;
  fromYear: number | null;
  toYear: number | null;
  organisation: { id: string; name: string };
};

export default async function NetworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, n } = await load((await params).id);
  const [t, ts, tm] = await Promise.all([
    getTranslations("networkAdmin"),
    getTranslations("sector"),
    getTranslations("membership"),
  ]);
  const access = n.canManage ? await getAccessList(actor, { kind: "network", id: n.id }) : null;
  const period = (p: { fromYear: number | null; toYear: number | null }) =>
    p.fromYear === null && p.toYear === null
      ? tm("always")
      : p.toYear === null
        ? tm("from", { from: p.fromYear! })
        : tm("fromTo", { from: p.fromYear ?? 0, to: p.toYear });
  const table = (rows: Period[], side: "MEMBER" | "UH", caption: string) =>
    rows.length === 0 ? (
      <Paragraph>{t("none")}</Paragraph>
    ) : (
      <DataTable caption={caption} zebra>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{side === "UH" ? t("partner") : t("owner")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("period")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("now")}</TableHeaderCell>
            {n.canManage ? <TableHeaderCell scope="col">{t("endTitle")}</TableHeaderCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((m) => (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">
                <AppLink href={`/organisasjoner/${m.organisation.id}`}>{m.organisation.name}</AppLink>
              </TableHeaderCell>
              <TableCell>{period(m)}</TableCell>
              <TableCell>
                {holdsIn(m, n.year) ? (
                  <Tag data-color="success">{t("active")}</Tag>
                ) : (
                  <Tag data-color="neutral">{t("inactive")}</Tag>
                )}
              </TableCell>
              {n.canManage ? (
                <TableCell>
                  {m.toYear === null ? (
                    <EndMembershipForm id={m.id} side={side} name={m.organisation.name} defaultYear={n.year} />
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    );
  return (
    <>
      <PageHeading title={n.name}>
        <div className="flex flex-wrap items-center gap-3">
          <Tag data-color="neutral">{ts(n.sector)}</Tag>
          <span>{n.county.name}</span>
          {n.endedYear !== null ? <Tag data-color="warning">{t("endedIn", { year: n.endedYear })}</Tag> : null}
          {n.canManage ? <AppLink href={`/historikk/Network/${n.id}`}>{t("history")}</AppLink> : null}
        </div>
      </PageHeading>
      <div className="flex flex-col gap-10">
        <PageSection title={t("membersTitle")}>
          <Paragraph data-size="sm">{t("membersIntro")}</Paragraph>
          {table(n.members, "MEMBER", t("membersTitle"))}
          {n.canManage ? (
            <AddMembershipForm networkId={n.id} side="MEMBER" options={n.options.owners} defaultYear={n.year + 1} />
          ) : null}
        </PageSection>
        <PageSection title={t("partnersTitle")}>
          {table(
            n.uhPartners.map((p) => ({
              ...p,
              organisation: {
                id: p.organisation.id,
                name: p.organisation.parent
                  ? `${p.organisation.parent.name} – ${p.organisation.name}`
                  : p.organisation.name,
              },
            })),
            "UH",
            t("partnersTitle"),
          )}
          {n.canManage ? (
            <AddMembershipForm networkId={n.id} side="UH" options={n.options.uh} defaultYear={n.year + 1} />
          ) : null}
        </PageSection>
        {n.canManage ? (
          <PageSection title={t("editTitle")}>
            <NetworkForm
              mode="update"
              network={{
                id: n.id,
                version: n.version,
                name: n.name,
                shortName: n.shortName,
                sector: n.sector,
                fromYear: n.fromYear,
                endedYear: n.endedYear,
              }}
            />
          </PageSection>
        ) : null}
        {access ? <AccessPanel access={access} title={t("coordinatorsTitle")} /> : null}
      </div>
    </>
  );
}
