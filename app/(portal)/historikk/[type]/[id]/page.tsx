import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { z } from "zod";
import { requireActor } from "@/lib/session";
import { orNotFound } from "@/lib/not-found";
import { getHistory } from "@/lib/history/queries";
import { HISTORY_TYPES } from "@/lib/history/policy";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata() {
  const t = await getTranslations("history");
  return { title: t("title") };
}

/** What changed in one event, as readable lines (field: before → after), or the event's data as it was recorded. */
function describe(data: unknown): string[] {
  if (!data || typeof data !== "object") return [];
  const d = data as Record<string, unknown>;
  if (d.before && d.after && typeof d.before === "object" && typeof d.after === "object") {
    const before = d.before as Record<string, unknown>;
    const after = d.after as Record<string, unknown>;
    return Object.keys(after).map(
      (k) => `${k}: ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k] ?? null)}`,
    );
  }
  return Object.entries(d).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
}

/** The history of a record for the Statsforvalter: every write, who made it and when, with before/after where recorded. Read only. */
export default async function HistoryPage({ params }: { params: Promise<{ type: string; id: string }> }) {
  const { formatDateTime } = await getDates();
  const p = await params;
  const type = z.enum(HISTORY_TYPES).safeParse(p.type);
  if (!type.success) notFound();
  const actor = await requireActor();
  const [t, h] = await Promise.all([getTranslations("history"), orNotFound(getHistory(actor, type.data, p.id))]);
  const title = t(`titles.${h.title.key}`, h.title.values);
  return (
    <>
      <PageHeading title={t("heading", { title })} intro={t("intro")} />
      {h.events.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <DataTable caption={t("heading", { title })} zebra>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("when")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("who")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("what")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("details")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {h.events.map((e) => (
              <TableRow key={e.id}>
                <TableCell className="whitespace-nowrap">{formatDateTime(e.at)}</TableCell>
                <TableCell>{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</TableCell>
                <TableCell>
                  <code>{e.action}</code>
                </TableCell>
                <TableCell>
                  <ul className="text-sm [overflow-wrap:anywhere]">
                    {describe(e.data).map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}
