"use client";
import { DataTable } from "@/components/ui/data-table";
import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  Alert,
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxList, FileInput, SelectInput } from "@/components/form/inputs";
import { PageSection } from "@/components/ui/page-section";
import { importFromRegisterAction } from "@/lib/organisations/actions";
import type { RegisterImportPreview } from "@/lib/organisations/register-import";

const COLOR = {
  new: "info",
  nameChanged: "warning",
  unchanged: "neutral",
  deleted: "danger",
  otherCounty: "neutral",
} as const;

/** The register's bulk file: choose it, see every unit of the county checked (nothing written), then confirm the same file. */
export function RegisterImport({ counties }: { counties: { value: string; label: string }[] }) {
  const t = useTranslations("registry");
  const [preview, setPreview] = useState<RegisterImportPreview | null>(null);
  const done = preview?.imported != null;
  const toWrite = preview ? preview.counts.new + preview.counts.nameChanged : 0;
  return (
    <div
      className="flex flex-col gap-6"
      onChange={(e) => (e.target as HTMLInputElement).type === "file" && setPreview(null)}
    >
      <ActionForm
        id="register-import"
        action={importFromRegisterAction}
        submitLabel={t("preview")}
        primary={!preview || done}
        encType="multipart/form-data"
        onSuccess={setPreview}
        extraButtons={
          preview && !done && toWrite > 0 ? (
            <Button type="submit" name="confirm" value="on">
              {t("confirmImport", { count: toWrite })}
            </Button>
          ) : null
        }
      >
        {counties.length === 1 ? (
          <input type="hidden" name="countyId" value={counties[0]!.value} />
        ) : (
          <SelectInput name="countyId" label={t("county")} options={counties} placeholder={t("chooseCounty")} />
        )}
        <CheckboxList
          name="forms"
          legend={t("formsLegend")}
          options={[
            { value: "KOMM", label: t("formsKomm") },
            { value: "FYLK", label: t("formsFylk") },
            { value: "PRIVATE", label: t("formsPrivate") },
          ]}
          defaultValues={["KOMM", "FYLK"]}
        />
        <FileInput
          name="file"
          label={t("file")}
          description={t("fileHint")}
          accept=".json,.csv,.gz,application/json,text/csv,application/gzip"
        />
        {preview ? <input type="hidden" name="digest" value={preview.digest} /> : null}
      </ActionForm>
      {preview ? (
        <PageSection title={done ? t("importedTitle") : t("previewTitle", { file: preview.filename })}>
          {done ? (
            <Alert data-color="success" role="status">
              <Paragraph>{t("imported", preview.imported!)}</Paragraph>
            </Alert>
          ) : (
            <Paragraph role="status">{t("importCounts", preview.counts)}</Paragraph>
          )}
          {preview.errors.length > 0 ? (
            <Alert data-color="warning">
              <Paragraph>{t("importErrors", { count: preview.errors.length })}</Paragraph>
              <ul className="list-disc pl-6">
                {preview.errors.slice(0, 50).map((e) => (
                  <li key={e.line}>
                    {t("importErrorLine", {
                      line: e.line,
                      message: t(`bulkErrors.${e.message as "invalidOrgNumber"}`),
                    })}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {preview.rows.length > 0 ? (
            <DataTable caption={t("previewTitle", { file: preview.filename })} zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell scope="col">{t("orgNumber")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("registerNameCol")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("portalNameCol")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("orgForm")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("municipality")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.rows.map((r) => (
                  <TableRow key={r.orgNumber}>
                    <TableCell className="num">{r.orgNumber}</TableCell>
                    <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                    <TableCell>{r.currentName ?? "–"}</TableCell>
                    <TableCell>{r.orgForm ?? "–"}</TableCell>
                    <TableCell>{r.municipality ?? "–"}</TableCell>
                    <TableCell>
                      <Tag data-color={COLOR[r.status]}>{t(`importStatus.${r.status}`)}</Tag>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          ) : null}
        </PageSection>
      ) : null}
    </div>
  );
}
