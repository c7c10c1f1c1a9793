"use client";
import { DataTable } from "@/components/ui/data-table";
import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  Alert,
  Button,
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { FileInput } from "@/components/form/inputs";
import { PageSection } from "@/components/ui/page-section";
import { importKeyDataAction } from "@/lib/budget/actions";
import type { KeyImportPreview } from "@/lib/budget/mutations";

const fte = (v: number | null) => (v === null ? "–" : v.toLocaleString("nb-NO", { maximumFractionDigits: 4 }));

/**
 * Key data import: choose a CSV, see every row checked (nothing is written),
 * then confirm the same file. The preview is dropped when another file is chosen.
 */
export function KeyDataImport() {
  const t = useTranslations("keyData");
  const [preview, setPreview] = useState<KeyImportPreview | null>(null);
  const done = preview?.imported !== null && preview?.imported !== undefined;
  const errorRows = preview?.rows.filter((r) => r.error) ?? [];
  const staff = preview?.rows.some((r) => r.staff !== "") ?? false;
  return (
    <div
      className="flex flex-col gap-6"
      onChange={(e) => (e.target as HTMLInputElement).type === "file" && setPreview(null)}
    >
      <ActionForm
        id="import"
        action={importKeyDataAction}
        submitLabel={t("preview")}
        primary={!preview || done}
        encType="multipart/form-data"
        labels={{ file: t("file") }}
        onSuccess={(data) => setPreview(data)}
        extraButtons={
          preview && !done && preview.counts.valid > 0 ? (
            <Button type="submit" name="confirm" value="on">
              {t("confirm", { count: preview.counts.valid })}
            </Button>
          ) : null
        }
      >
        <FileInput name="file" label={t("file")} description={t("fileHint")} accept=".csv,text/csv,text/plain" />
        {preview ? <input type="hidden" name="digest" value={preview.digest} /> : null}
      </ActionForm>

      {preview ? (
        <PageSection title={done ? t("importedTitle") : t("previewTitle", { file: preview.filename })}>
          {done ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t("imported", { count: preview.imported ?? 0 })}</Paragraph>
            </Alert>
          ) : (
            <Paragraph role="status">{t("counts", preview.counts)}</Paragraph>
          )}
          {!done && errorRows.length ? (
            <Alert data-color="warning">
              <Paragraph>{t("errorsIntro", { count: errorRows.length })}</Paragraph>
              <ul className="list-disc pl-6">
                {errorRows.map((r) => (
                  <li key={r.line}>
                    <Link href={`#linje-${r.line}`}>
                      {t("errorLine", { line: r.line, message: t(`errors.${r.error!}`, { line: r.duplicateOf ?? 0 }) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <DataTable caption={t("previewTitle", { file: preview.filename })} zebra>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col" className="num">
                  {t("line")}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t("inFile")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("owner")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("year")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("value")}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="num">
                  {t("previous")}
                </TableHeaderCell>
                {staff ? (
                  <>
                    <TableHeaderCell scope="col" className="num">
                      {t("staffValue")}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col" className="num">
                      {t("previous")}
                    </TableHeaderCell>
                  </>
                ) : null}
                <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.rows.map((r) => (
                <TableRow key={r.line} id={`linje-${r.line}`}>
                  <TableCell className="num">{r.line}</TableCell>
                  <TableCell>{[r.org, r.name].filter(Boolean).join(" ")}</TableCell>
                  <TableCell>{r.ownerName ?? "–"}</TableCell>
                  <TableCell className="num">{r.yearValue ?? r.year}</TableCell>
                  <TableCell className="num">{r.fte === null ? r.value || "–" : fte(r.fte)}</TableCell>
                  <TableCell className="num">{fte(r.previous)}</TableCell>
                  {staff ? (
                    <>
                      <TableCell className="num">{r.staffFte === null ? r.staff || "–" : fte(r.staffFte)}</TableCell>
                      <TableCell className="num">{fte(r.previousStaff)}</TableCell>
                    </>
                  ) : null}
                  <TableCell>
                    {r.error ? (
                      <Tag data-color="danger">{t(`errors.${r.error}`, { line: r.duplicateOf ?? 0 })}</Tag>
                    ) : (
                      <Tag data-color={r.status === "new" ? "info" : r.status === "unchanged" ? "neutral" : "warning"}>
                        {t(r.status === "new" ? "new" : r.status === "unchanged" ? "unchanged" : "changed")}
                      </Tag>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        </PageSection>
      ) : null}
    </div>
  );
}
