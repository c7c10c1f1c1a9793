import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { requireActor } from "@/lib/session";
import { canImportKeyData } from "@/lib/budget/policy";
import { keyDataSummary } from "@/lib/budget/queries";
import { getDates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { PageSection } from "@/components/ui/page-section";
import { KeyDataImport } from "./import-form";

export async function generateMetadata() {
  const t = await getTranslations("keyData");
  return { title: t("title") };
}

export default async function KeyDataPage() {
  const { formatDateTime } = await getDates();
  const actor = await requireActor();
  if (!canImportKeyData(actor)) notFound();
  const [t, summary] = await Promise.all([getTranslations("keyData"), keyDataSummary(actor)]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <div className="flex flex-col gap-10">
        <PageSection title={t("formatTitle")} className="flex flex-col gap-2">
          <Paragraph>{t("format")}</Paragraph>
          <pre
            role="region"
            aria-label={t("formatTitle")}
            tabIndex={0}
            className="overflow-x-auto rounded bg-neutral-background-tinted p-3 text-sm"
          >
            {
              "Organisasjonsnummer;Navn;Skoleår;Lærerårsverk\n942110464;Trondheim kommune;2022-23;2053,1\n;Malvik;2022-23;184,2"
            }
          </pre>
        </PageSection>
        <KeyDataImport />
        <PageSection title={t("onFileTitle")} className="flex flex-col gap-2">
          {summary.length === 0 ? (
            <Paragraph>{t("onFileNone")}</Paragraph>
          ) : (
            <DataTable caption={t("onFileTitle")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("year")}</TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("owners")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("sum")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="num">
                    {t("staffSum")}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t("lastImport")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {summary.map((s) => (
                  <TableRow key={s.year}>
                    <TableHeaderCell scope="row">{s.year}</TableHeaderCell>
                    <TableCell className="num">{s.owners}</TableCell>
                    <TableCell className="num">
                      {s.teacherFte.toLocaleString("nb-NO", { maximumFractionDigits: 4 })}
                    </TableCell>
                    <TableCell className="num">
                      {s.staffFte.toLocaleString("nb-NO", { maximumFractionDigits: 4 })}
                    </TableCell>
                    <TableCell>{s.importedAt ? formatDateTime(s.importedAt) : "–"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          )}
        </PageSection>
      </div>
    </>
  );
}
