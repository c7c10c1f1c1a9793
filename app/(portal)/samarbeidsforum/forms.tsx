"use client";
import { useTranslations } from "next-intl";
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend } from "@/components/ds";
import { ActionForm, useActionField } from "@/components/form/action-form";
import { CheckboxInput, FileInput, RadioGroup, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import {
  addAgendaItemAction,
  addAttachmentAction,
  approveMinutesAction,
  createCaseAction,
  createMeetingAction,
  recordCaseDecisionAction,
  removeAgendaItemAction,
  removeAttachmentAction,
  setAttendanceAction,
  setMinutesRuleAction,
  setOwnConflictAction,
  updateCaseAction,
  updateMeetingAction,
} from "@/lib/forum/actions";

const KINDS = ["DECISION", "INPUT", "INFORMATION", "DECISION_AND_INPUT"] as const;

type MeetingValues = {
  id: string;
  version: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  digital: boolean;
  place: string | null;
  meetingUrl: string | null;
  status: "PLANNED" | "HELD" | "MINUTES_APPROVED";
};

/** A meeting: title, date, start and end (Oslo time), physical with a place or digital with a link; when editing also its status. */
export function MeetingForm({ forums, meeting }: { forums?: { id: string; name: string }[]; meeting?: MeetingValues }) {
  const t = useTranslations("forum");
  const fields = (
    <>
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : forums && forums.length === 1 ? (
        <input type="hidden" name="forumId" value={forums[0]!.id} />
      ) : (
        <SelectInput
          name="forumId"
          label={t("forum")}
          options={(forums ?? []).map((f) => ({ value: f.id, label: f.name }))}
          placeholder={t("choose")}
        />
      )}
      <TextInput name="title" label={t("meetingTitle")} defaultValue={meeting?.title ?? t("defaultMeetingTitle")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextInput name="date" type="date" label={t("date")} defaultValue={meeting?.date} />
        <TextInput name="startTime" type="time" label={t("startTime")} defaultValue={meeting?.startTime ?? "09:00"} />
        <TextInput name="endTime" type="time" label={t("endTime")} defaultValue={meeting?.endTime} />
      </div>
      <RadioGroup
        name="format"
        legend={t("format")}
        inline
        defaultValue={meeting ? (meeting.digital ? "DIGITAL" : "FYSISK") : "FYSISK"}
        options={[
          { value: "FYSISK", label: t("physical") },
          { value: "DIGITAL", label: t("digital") },
        ]}
      />
      <TextInput name="place" label={t("place")} description={t("placeHint")} defaultValue={meeting?.place} />
      <TextInput
        name="meetingUrl"
        type="url"
        label={t("meetingUrl")}
        description={t("meetingUrlHint")}
        defaultValue={meeting?.meetingUrl}
      />
      {meeting ? (
        <RadioGroup
          name="status"
          legend={t("status")}
          description={t("statusHint")}
          defaultValue={meeting.status}
          options={(["PLANNED", "HELD"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
      ) : null}
    </>
  );
  const labels = {
    forumId: t("forum"),
    title: t("meetingTitle"),
    date: t("date"),
    startTime: t("startTime"),
    endTime: t("endTime"),
    format: t("format"),
    place: t("place"),
    meetingUrl: t("meetingUrl"),
    status: t("status"),
  };
  return meeting ? (
    <ActionForm
      id="mote"
      action={updateMeetingAction}
      submitLabel={t("saveMeeting")}
      successMessage={t("saved")}
      draftKey={`mote:${meeting.id}`}
      labels={labels}
      primary={false}
    >
      {fields}
    </ActionForm>
  ) : (
    <ActionForm
      id="mote"
      action={createMeetingAction}
      submitLabel={t("createMeeting")}
      draftKey="mote:ny"
      labels={labels}
    >
      {fields}
    </ActionForm>
  );
}

/** A line in the agenda: a time slot and a case of the meeting or a text such as «Lunsj». */
export function AgendaItemForm({ meetingId, cases }: { meetingId: string; cases: { id: string; label: string }[] }) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id="dagsorden"
      action={addAgendaItemAction}
      submitLabel={t("addAgendaItem")}
      successMessage={t("saved")}
      resetOnSuccess
      primary={false}
      labels={{ startTime: t("from"), endTime: t("to"), title: t("agendaText"), caseId: t("agendaCase") }}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-4 md:grid-cols-[9rem_9rem_1fr_1fr]">
        <TextInput name="startTime" type="time" label={t("from")} />
        <TextInput name="endTime" type="time" label={t("to")} description={t("optional")} />
        <SelectInput
          name="caseId"
          label={t("agendaCase")}
          options={cases.map((c) => ({ value: c.id, label: c.label }))}
          placeholder={t("noCase")}
        />
        <TextInput name="title" label={t("agendaText")} description={t("agendaTextHint")} />
      </div>
    </ActionForm>
  );
}

/** A button that removes one thing (an agenda line, an attachment). */
export function RemoveButton({ kind, id, label }: { kind: "agenda" | "attachment"; id: string; label: string }) {
  return (
    <ActionForm
      id={`fjern-${id}`}
      action={kind === "agenda" ? removeAgendaItemAction : removeAttachmentAction}
      submitLabel={label}
      compact
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="id" value={id} />
    </ActionForm>
  );
}

type CaseValues = {
  id: string;
  version: number;
  title: string;
  kind: (typeof KINDS)[number];
  text: string | null;
  proposal: string | null;
};

/** A case: title, kind, the case text and the proposal for decision. New cases are numbered n/year automatically. */
export function CaseForm({ meetingId, value }: { meetingId?: string; value?: CaseValues }) {
  const t = useTranslations("forum");
  const labels = { title: t("caseTitle"), kind: t("caseKind"), text: t("caseText"), proposal: t("proposal") };
  const fields = (
    <>
      {value ? (
        <>
          <input type="hidden" name="id" value={value.id} />
          <input type="hidden" name="version" value={value.version} />
        </>
      ) : (
        <input type="hidden" name="meetingId" value={meetingId} />
      )}
      <TextInput name="title" label={t("caseTitle")} defaultValue={value?.title} />
      <RadioGroup
        name="kind"
        legend={t("caseKind")}
        defaultValue={value?.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextArea name="text" label={t("caseText")} description={t("caseTextHint")} defaultValue={value?.text} rows={6} />
      <TextArea name="proposal" label={t("proposal")} defaultValue={value?.proposal} rows={4} />
    </>
  );
  return value ? (
    <ActionForm
      id="sak"
      action={updateCaseAction}
      submitLabel={t("saveCase")}
      successMessage={t("saved")}
      draftKey={`sak:${value.id}`}
      labels={labels}
      primary={false}
    >
      {fields}
    </ActionForm>
  ) : (
    <ActionForm
      id="ny-sak"
      action={createCaseAction}
      submitLabel={t("createCase")}
      successMessage={t("caseCreated")}
      draftKey={`sak:ny:${meetingId}`}
      resetOnSuccess
      labels={labels}
    >
      {fields}
    </ActionForm>
  );
}

/** The decision as made, recorded by the secretariat. */
export function DecisionForm({
  id,
  version,
  decision,
  proposal,
}: {
  id: string;
  version: number;
  decision: string | null;
  proposal: string | null;
}) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id="vedtak"
      action={recordCaseDecisionAction}
      submitLabel={t("recordDecision")}
      successMessage={t("saved")}
      draftKey={`vedtak:${id}`}
      labels={{ decision: t("decision") }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextArea
        name="decision"
        label={t("decision")}
        description={t("decisionHint")}
        defaultValue={decision ?? proposal}
        rows={5}
      />
    </ActionForm>
  );
}

function MembersFieldset({ members }: { members: { personId: string; label: string; present: boolean | null }[] }) {
  const t = useTranslations("forum");
  const { id, error } = useActionField("present");
  return (
    <Fieldset id={id} tabIndex={-1}>
      <FieldsetLegend>{t("presentLegend")}</FieldsetLegend>
      <FieldsetDescription>{t("presentHint")}</FieldsetDescription>
      {members.map((m) => (
        <Checkbox
          key={m.personId}
          name="present"
          value={m.personId}
          label={m.label}
          defaultChecked={m.present !== false}
          aria-invalid={Boolean(error)}
        />
      ))}
    </Fieldset>
  );
}

export function AttendanceForm({
  meetingId,
  members,
}: {
  meetingId: string;
  members: { personId: string; label: string; present: boolean | null }[];
}) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id="oppmote"
      action={setAttendanceAction}
      submitLabel={t("saveAttendance")}
      successMessage={t("saved")}
      primary={false}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <MembersFieldset members={members} />
    </ActionForm>
  );
}

/** A member's own conflict of interest (habilitet) on a case. */
export function ConflictForm({ caseId, current }: { caseId: string; current: { reason: string | null } | null }) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id="habilitet"
      action={setOwnConflictAction}
      submitLabel={t("saveConflict")}
      successMessage={t("saved")}
      labels={{ reason: t("conflictReason"), conflicted: t("conflicted") }}
      primary={false}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <CheckboxInput name="conflicted" label={t("conflicted")} defaultChecked={current !== null} />
      <TextInput
        name="reason"
        label={t("conflictReason")}
        description={t("conflictReasonHint")}
        defaultValue={current?.reason}
      />
    </ActionForm>
  );
}

export function AttachmentForm({ caseId }: { caseId: string }) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id="vedlegg"
      action={addAttachmentAction}
      submitLabel={t("upload")}
      successMessage={t("uploaded")}
      encType="multipart/form-data"
      resetOnSuccess
      labels={{ file: t("attachment") }}
      primary={false}
    >
      <input type="hidden" name="caseId" value={caseId} />
      <FileInput name="file" label={t("attachment")} description={t("attachmentHint")} accept="application/pdf,.pdf" />
    </ActionForm>
  );
}

/** A member's approval of the minutes; by the forum's rule it may lock the meeting. */
export function ApproveMinutesForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id={`godkjenn-${meetingId}`}
      action={approveMinutesAction}
      submitLabel={t("approveMinutes")}
      successMessage={t("minutesApprovalRecorded")}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <p>{t("approveMinutesHint")}</p>
    </ActionForm>
  );
}

/** The secretariat records the forum's rule for approving minutes. */
export function MinutesRuleForm({ forumId, rule }: { forumId: string; rule: "LEADER" | "TWO_MEMBERS" }) {
  const t = useTranslations("forum");
  return (
    <ActionForm
      id={`protokollregel-${forumId}`}
      action={setMinutesRuleAction}
      submitLabel={t("saveMinutesRule")}
      successMessage={t("minutesRuleSaved")}
      primary={false}
      labels={{ rule: t("minutesRule") }}
    >
      <input type="hidden" name="forumId" value={forumId} />
      <RadioGroup
        name="rule"
        legend={t("minutesRule")}
        defaultValue={rule}
        options={(["LEADER", "TWO_MEMBERS"] as const).map((r) => ({ value: r, label: t(`minutesRules.${r}`) }))}
      />
    </ActionForm>
  );
}
