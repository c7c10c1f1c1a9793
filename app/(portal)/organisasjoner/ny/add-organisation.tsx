"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Card, Heading, Paragraph } from "@/components/ds";
import { ActionForm } from "@/components/form/action-form";
import { RadioGroup, SelectInput, TextInput } from "@/components/form/inputs";
import { AppLink } from "@/components/ui/app-link";
import { createOrganisationAction, lookupOrganisationAction } from "@/lib/organisations/actions";
import type { LookupAnswer } from "@/lib/organisations/mutations";

type County = { value: string; label: string; code: string };
const KINDS = ["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT", "UH"] as const;

/**
 * Adding an organisation: the number is looked up in Enhetsregisteret and
 * what the register says is shown before anything is stored. When the
 * register cannot be reached, the name can be typed and the organisation is
 * stored as not verified. The number typed stays in the field throughout.
 */
export function AddOrganisation({ counties }: { counties: County[] }) {
  const t = useTranslations("registry");
  const tk = useTranslations("orgKinds");
  const [answer, setAnswer] = useState<(LookupAnswer & { orgNumber: string }) | null>(null);
  const [orgNumber, setOrgNumber] = useState("");
  const result = answer?.result;
  const found = result?.status === "found" ? result.unit : null;
  const unreachable = result?.status === "unreachable";
  const county = counties.length === 1 ? counties[0]! : null;
  const kindOptions = KINDS.map((k) => ({ value: k, label: tk(k) }));
  const fromOtherCounty = found && answer?.countyNumber && county && answer.countyNumber !== county.code;

  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <ActionForm
        id="oppslag"
        action={lookupOrganisationAction}
        submitLabel={t("lookUp")}
        primary={!answer}
        onSuccess={(data) => setAnswer({ ...data, orgNumber })}
      >
        <div
          onInput={(e) => {
            setOrgNumber((e.target as HTMLInputElement).value);
            setAnswer(null);
          }}
        >
          <TextInput
            name="orgNumber"
            label={t("orgNumber")}
            description={t("orgNumberHint")}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </ActionForm>

      {answer ? (
        <section aria-live="polite" className="flex flex-col gap-4">
          {answer.existing ? (
            <Alert data-color="info">
              <Paragraph>{t("alreadyHere", { name: answer.existing.name })}</Paragraph>
              <AppLink href={`/organisasjoner/${answer.existing.id}`}>
                {t("open", { name: answer.existing.name })}
              </AppLink>
            </Alert>
          ) : result?.status === "not-found" ? (
            <Alert data-color="warning">
              <Paragraph>{t("notFound")}</Paragraph>
            </Alert>
          ) : result?.status === "deleted" ? (
            <Alert data-color="warning">
              <Paragraph>{t("deleted", { date: result.deletedOn ?? "–" })}</Paragraph>
            </Alert>
          ) : unreachable ? (
            <Alert data-color="warning">
              <Paragraph>{t("unreachable")}</Paragraph>
            </Alert>
          ) : null}

          {found && !answer.existing ? (
            <Card data-color="neutral" className="flex flex-col gap-2">
              <Heading level={2} data-size="xs">
                {t("foundTitle")}
              </Heading>
              <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
                <dt>{t("name")}</dt>
                <dd className="font-semibold">{found.name}</dd>
                <dt>{t("orgForm")}</dt>
                <dd>{[found.orgForm, found.orgFormName].filter(Boolean).join(" – ") || "–"}</dd>
                <dt>{t("address")}</dt>
                <dd>{found.address ?? "–"}</dd>
                <dt>{t("municipality")}</dt>
                <dd>{[found.municipalityNumber, found.municipalityName].filter(Boolean).join(" ") || "–"}</dd>
                {found.parentOrgNumber ? (
                  <>
                    <dt>{t("parent")}</dt>
                    <dd>{found.parentOrgNumber}</dd>
                  </>
                ) : null}
              </dl>
              {fromOtherCounty ? <Paragraph data-size="sm">{t("otherCounty")}</Paragraph> : null}
            </Card>
          ) : null}

          {(found || unreachable) && !answer.existing ? (
            <ActionForm
              id="ny-organisasjon"
              action={createOrganisationAction}
              submitLabel={found ? t("add") : t("addUnverified")}
              draftKey={unreachable ? "ny-organisasjon" : undefined}
            >
              <input type="hidden" name="orgNumber" value={answer.orgNumber} />
              {unreachable ? <input type="hidden" name="manual" value="on" /> : null}
              {county ? (
                <input type="hidden" name="countyId" value={county.value} />
              ) : (
                <SelectInput name="countyId" label={t("county")} options={counties} placeholder={t("chooseCounty")} />
              )}
              {unreachable ? <TextInput name="name" label={t("nameByHand")} description={t("nameByHandHint")} /> : null}
              <RadioGroup
                name="kind"
                legend={t("kind")}
                options={kindOptions}
                defaultValue={answer.suggestedKind}
                inline
              />
              <RadioGroup
                name="writtenStandard"
                legend={t("writtenStandard")}
                description={t("writtenStandardHint")}
                options={[
                  { value: "BOKMAL", label: t("bokmal") },
                  { value: "NYNORSK", label: t("nynorsk") },
                ]}
                defaultValue="BOKMAL"
                inline
              />
            </ActionForm>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
