"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { AmountInput, CheckboxInput, FileInput, RadioGroup, TextArea, TextInput } from "@/components/form/inputs";
import {
  acceptLetterAction,
  archiveNumbersAction,
  decideAppealAction,
  fileAppealAction,
  saveLetterAction,
  sendLetterAction,
} from "@/lib/decision-letters/actions";

/** The Statsforvalter's reasons and title on a draft letter; saving updates the preview. */
export function LetterDraftForm({
  letterId,
  version,
  reasons,
  officerTitle,
  reasonsRequired,
}: {
  letterId: string;
  version: number;
  reasons: string | null;
  officerTitle: string | null;
  reasonsRequired: boolean;
}) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm
      id={`brev-${letterId}`}
      action={saveLetterAction}
      submitLabel={t("saveDraft")}
      successMessage={t("draftSaved")}
      draftKey={`brev:${letterId}`}
      primary={false}
      labels={{ reasons: t("reasons"), officerTitle: t("officerTitle") }}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        name="reasons"
        label={t("reasons")}
        description={reasonsRequired ? t("reasonsRequiredHint") : t("reasonsOptionalHint")}
        defaultValue={reasons}
        rows={6}
      />
      <TextInput
        name="officerTitle"
        label={t("officerTitle")}
        description={t("officerTitleHint")}
        defaultValue={officerTitle}
      />
    </ActionForm>
  );
}

export function SendLetterForm({ letterId, version }: { letterId: string; version: number }) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm id={`send-${letterId}`} action={sendLetterAction} submitLabel={t("send")} successMessage={t("sent")}>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
    </ActionForm>
  );
}

/** The owner accepts the terms; the checkbox says on whose behalf. */
export function AcceptForm({ letterId, owner }: { letterId: string; owner: string }) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm
      id={`aksept-${letterId}`}
      action={acceptLetterAction}
      submitLabel={t("accept")}
      successMessage={t("accepted")}
      labels={{ confirm: t("acceptConfirm", { owner }) }}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <CheckboxInput name="confirm" label={t("acceptConfirm", { owner })} />
    </ActionForm>
  );
}

export function AppealForm({ letterId, deadline }: { letterId: string; deadline: string }) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm
      id={`klage-${letterId}`}
      action={fileAppealAction}
      submitLabel={t("fileAppeal")}
      successMessage={t("appealFiled")}
      draftKey={`klage:${letterId}`}
      encType="multipart/form-data"
      primary={false}
      labels={{ text: t("appealText"), files: t("appealFiles") }}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <TextArea name="text" label={t("appealText")} description={t("appealTextHint", { deadline })} rows={6} />
      <FileInput name="files" label={t("appealFiles")} description={t("appealFilesHint")} accept="application/pdf" />
    </ActionForm>
  );
}

/** The Statsforvalter forwards the appeal or reverses the decision (new amounts, within the recommendation). */
export function AppealDecisionForm({
  appealId,
  version,
  owner,
  uh,
}: {
  appealId: string;
  version: number;
  owner: string;
  uh: string | null;
}) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm
      id={`klagevedtak-${appealId}`}
      action={decideAppealAction}
      submitLabel={t("decideAppeal")}
      successMessage={t("appealDecided")}
      draftKey={`klagevedtak:${appealId}`}
      labels={{
        action: t("appealAction"),
        assessment: t("assessment"),
        outcome: t("newOutcome"),
        ownerAmount: t("toRecipient", { name: owner }),
        uhAmount: t("toRecipient", { name: uh ?? "UH" }),
        reason: t("newReasons"),
      }}
    >
      <input type="hidden" name="appealId" value={appealId} />
      <input type="hidden" name="version" value={version} />
      <TextArea name="assessment" label={t("assessment")} description={t("assessmentHint")} rows={5} />
      <RadioGroup
        name="action"
        legend={t("appealAction")}
        defaultValue="FORWARD"
        options={[
          { value: "FORWARD", label: t("forward"), description: t("forwardHint") },
          { value: "REVERSE", label: t("reverse"), description: t("reverseHint") },
        ]}
      />
      <RadioGroup
        name="outcome"
        legend={t("newOutcome")}
        description={t("newOutcomeHint")}
        inline
        options={[
          { value: "GRANTED", label: t("granted") },
          { value: "REJECTED", label: t("rejected") },
        ]}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <AmountInput name="ownerAmount" label={t("toRecipient", { name: owner })} />
        {uh ? <AmountInput name="uhAmount" label={t("toRecipient", { name: uh })} /> : null}
      </div>
      <TextArea name="reason" label={t("newReasons")} rows={3} />
    </ActionForm>
  );
}

/** The archive's case number and each sent letter's document number, as the archive gave them. */
export function ArchiveNumbersForm({
  reportId,
  caseNumber,
  letters,
}: {
  reportId: string;
  caseNumber: string | null;
  letters: { id: string; label: string; documentNumber: number | null }[];
}) {
  const t = useTranslations("decisionPage");
  return (
    <ActionForm
      id="arkiv"
      action={archiveNumbersAction}
      submitLabel={t("saveArchive")}
      successMessage={t("archiveSaved")}
      primary={false}
      labels={{
        caseNumber: t("archiveCase"),
        ...Object.fromEntries(
          letters.map((l, i) => [`letters.${i}.documentNumber`, t("documentNumber", { letter: l.label })]),
        ),
      }}
    >
      <input type="hidden" name="reportId" value={reportId} />
      <TextInput
        name="caseNumber"
        label={t("archiveCase")}
        description={t("archiveCaseHint")}
        defaultValue={caseNumber}
        className="max-w-xs"
      />
      {letters.map((l, i) => (
        <div key={l.id}>
          <input type="hidden" name={`letters.${i}.letterId`} value={l.id} />
          <TextInput
            name={`letters.${i}.documentNumber`}
            label={t("documentNumber", { letter: l.label })}
            inputMode="numeric"
            defaultValue={l.documentNumber ? String(l.documentNumber) : null}
            className="max-w-xs"
          />
        </div>
      ))}
    </ActionForm>
  );
}
