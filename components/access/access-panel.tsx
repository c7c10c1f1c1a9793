import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { PageSection } from "@/components/ui/page-section";
import { getDates } from "@/lib/i18n/dates";
import type { AccessList } from "@/lib/access/queries";
import { InviteForm, RemoveBindingButton, RevokeInvitationButton } from "./access-forms";

/**
 * Who has which role in a scope (an organisation, a network, a county, the
 * nation): since when, invited by whom, last sign-in; the invitations still
 * waiting; and the invitation form with the roles the reader may give.
 */
export async function AccessPanel({ access, title }: { access: AccessList; title?: string }) {
  const [t, tr, { formatDate, formatDateTime }] = await Promise.all([
    getTranslations("access"),
    getTranslations("roles"),
    getDates(),
  ]);
  const scopeId = access.scope.kind === "national" ? "" : access.scope.id;
  return (
    <PageSection title={title ?? t("title")}>
      {access.bindings.length === 0 ? (
        <Paragraph>{t("nobody")}</Paragraph>
      ) : (
        <DataTable caption={t("listLabel")} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("person")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("role")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("since")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("grantedBy")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("lastSignIn")}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="sr-only">{t("actions")}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {access.bindings.map((b) => (
              <TableRow key={b.id}>
                <TableHeaderCell scope="row">
                  {b.person.name}
                  <span className="block text-sm font-normal break-all">{b.person.email}</span>
                </TableHeaderCell>
                <TableCell>
                  {tr(b.role)}
                  {b.validUntil ? (
                    <span className="block text-sm">
                      {b.ended
                        ? t("ended", { date: formatDate(b.validUntil) })
                        : t("until", { date: formatDate(b.validUntil) })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>{formatDate(b.validFrom ?? b.createdAt)}</TableCell>
                <TableCell>{b.grantedBy?.name ?? "–"}</TableCell>
                <TableCell>{b.person.lastLoginAt ? formatDateTime(b.person.lastLoginAt) : t("never")}</TableCell>
                <TableCell>
                  {b.canRemove ? (
                    <RemoveBindingButton id={b.id} label={t("remove", { name: b.person.name, role: tr(b.role) })} />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {access.invitations.length > 0 ? (
        <div className="flex flex-col gap-2">
          <Paragraph className="font-semibold">{t("waiting")}</Paragraph>
          <ul className="flex flex-col gap-2">
            {access.invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {t("invitationLine", {
                    name: i.name,
                    email: i.email,
                    roles: i.roles.map((r) => tr(r)).join(", "),
                    by: i.invitedBy?.name ?? "–",
                    sent: formatDate(i.createdAt),
                  })}
                </span>
                <Tag data-color={i.state === "open" ? "info" : "warning"}>
                  {i.state === "open" ? t("validUntil", { date: formatDate(i.expiresAt) }) : t(`states.${i.state}`)}
                </Tag>
                {i.state === "open" ? (
                  <RevokeInvitationButton id={i.id} label={t("revoke", { email: i.email })} />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {access.grantable.length > 0 ? (
        <InviteForm
          scopeKind={access.scope.kind}
          scopeId={scopeId}
          roles={access.grantable.map((r) => ({ value: r, label: tr(r) }))}
        />
      ) : null}
    </PageSection>
  );
}
