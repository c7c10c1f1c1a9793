"use client";
import { useTranslations } from "next-intl";
import { ActionForm, useActionField } from "@/components/form/action-form";
import { CheckboxInput, RadioGroup, SelectInput, TextArea, TextInput } from "@/components/form/inputs";
import { RowsEditor } from "@/components/form/rows-editor";
import { CheckboxList } from "../tiltak/measure-forms";
import {
  addWalkInAction,
  cancelRegistrationAction,
  copyGatheringAction,
  setGatheringCancelledAction,
  createGatheringAction,
  markAttendanceAction,
  registerAction,
  submitEvaluationAction,
  updateGatheringAction,
} from "@/lib/gatherings/actions";

type Option = { value: string; label: string };
type Track = {
  trackId: string;
  name: string;
  theme: string | null;
  capacity: number | null;
  facilitatorIds: string[];
  facilitatorNames: string | null;
};
export type GatheringValues = {
  number: number | null;
  title: string;
  semesterId: string | null;
  networkIds: string[];
  format: "FYSISK" | "DIGITAL";
  length: "HELDAG" | "HALVDAG";
  date: string;
  startTime: string;
  endTime: string;
  place: string | null;
  meetingUrl: string | null;
  theme: string | null;
  assignmentKind: "OPPDRAG" | "MELLOMARBEID" | "INTERN_SAMLING" | null;
  assignmentText: string | null;
  capacity: number | null;
  registrationDeadline: string | null;
  tracks: Track[];
};

/** A gathering: number, semester, networks, format and length, day and times (Oslo), place or link, theme, parallel tracks with facilitators, the assignment until the next one, capacity and deadline. */
export function GatheringForm(props: {
  measureId?: string;
  id?: string;
  version?: number;
  value: GatheringValues;
  semesters: Option[];
  networks: Option[];
  people: Option[];
}) {
  const t = useTranslations("gatheringForm");
  const labels = {
    title: t("title"),
    number: t("number"),
    semesterId: t("semester"),
    networkIds: t("networks"),
    format: t("format"),
    length: t("length"),
    date: t("date"),
    startTime: t("startTime"),
    endTime: t("endTime"),
    place: t("place"),
    meetingUrl: t("meetingUrl"),
    capacity: t("capacity"),
    registrationDeadline: t("deadline"),
    "tracks.0.facilitatorIds": t("facilitators"),
    confirmOutsideSemester: t("confirmOutsideSemester"),
  };
  const v = props.value;
  const fields = (
    <>
      {props.id ? (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={props.version} />
        </>
      ) : (
        <input type="hidden" name="measureId" value={props.measureId} />
      )}
      <div className="grid gap-4 md:grid-cols-[8rem_1fr]">
        <TextInput
          name="number"
          label={t("number")}
          inputMode="numeric"
          defaultValue={v.number === null ? "" : String(v.number)}
        />
        <TextInput name="title" label={t("title")} defaultValue={v.title} />
      </div>
      <SelectInput
        name="semesterId"
        label={t("semester")}
        defaultValue={v.semesterId}
        options={props.semesters}
        placeholder={t("noSemester")}
      />
      <CheckboxList name="networkIds" legend={t("networks")} options={props.networks} checked={v.networkIds} />
      <div className="grid gap-4 md:grid-cols-2">
        <RadioGroup
          name="format"
          legend={t("format")}
          inline
          defaultValue={v.format}
          options={[
            { value: "FYSISK", label: t("physical") },
            { value: "DIGITAL", label: t("digital") },
          ]}
        />
        <RadioGroup
          name="length"
          legend={t("length")}
          inline
          defaultValue={v.length}
          options={[
            { value: "HELDAG", label: t("fullDay") },
            { value: "HALVDAG", label: t("halfDay") },
          ]}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextInput name="date" type="date" label={t("date")} defaultValue={v.date} />
        <TextInput name="startTime" type="time" label={t("startTime")} defaultValue={v.startTime} />
        <TextInput name="endTime" type="time" label={t("endTime")} defaultValue={v.endTime} />
      </div>
      <OutsideSemesterConfirm label={t("confirmOutsideSemester")} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput name="place" label={t("place")} description={t("placeHint")} defaultValue={v.place} />
        <TextInput name="meetingUrl" type="url" label={t("meetingUrl")} defaultValue={v.meetingUrl} />
      </div>
      <TextArea name="theme" label={t("theme")} defaultValue={v.theme} rows={2} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("tracks")}</legend>
        <p className="text-sm">{t("tracksHint")}</p>
        <RowsEditor
          name="tracks"
          initial={v.tracks}
          empty={{ trackId: "", name: "", theme: null, capacity: null, facilitatorIds: [], facilitatorNames: null }}
          max={12}
          addLabel={t("addTrack")}
          removeLabel={(i) => t("removeTrack", { n: i + 1 })}
          rowClassName="grid gap-3 rounded border border-neutral-border-subtle p-3"
          renderRow={(i, tr) => (
            <>
              <input type="hidden" name={`tracks.${i}.trackId`} value={tr.trackId} />
              <div className="grid gap-3 md:grid-cols-[1fr_2fr_8rem]">
                <TextInput name={`tracks.${i}.name`} label={t("trackName", { n: i + 1 })} defaultValue={tr.name} />
                <TextInput name={`tracks.${i}.theme`} label={t("trackTheme", { n: i + 1 })} defaultValue={tr.theme} />
                <TextInput
                  name={`tracks.${i}.capacity`}
                  label={t("trackCapacity", { n: i + 1 })}
                  inputMode="numeric"
                  defaultValue={tr.capacity === null ? "" : String(tr.capacity)}
                />
              </div>
              {props.people.length ? (
                <CheckboxList
                  name={`tracks.${i}.facilitatorIds`}
                  legend={t("facilitatorsFor", { n: i + 1 })}
                  options={props.people}
                  checked={tr.facilitatorIds}
                />
              ) : null}
              <TextInput
                name={`tracks.${i}.facilitatorNames`}
                label={t("otherFacilitators", { n: i + 1 })}
                description={t("otherFacilitatorsHint")}
                defaultValue={tr.facilitatorNames}
              />
            </>
          )}
        />
      </fieldset>
      <RadioGroup
        name="assignmentKind"
        legend={t("assignment")}
        inline
        defaultValue={v.assignmentKind ?? ""}
        options={[
          { value: "", label: t("noAssignment") },
          { value: "OPPDRAG", label: t("assignments.OPPDRAG") },
          { value: "MELLOMARBEID", label: t("assignments.MELLOMARBEID") },
          { value: "INTERN_SAMLING", label: t("assignments.INTERN_SAMLING") },
        ]}
      />
      <TextArea name="assignmentText" label={t("assignmentText")} defaultValue={v.assignmentText} rows={3} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          name="capacity"
          label={t("capacity")}
          inputMode="numeric"
          description={t("capacityHint")}
          defaultValue={v.capacity === null ? "" : String(v.capacity)}
        />
        <TextInput
          name="registrationDeadline"
          type="date"
          label={t("deadline")}
          description={t("deadlineHint")}
          defaultValue={v.registrationDeadline}
        />
      </div>
    </>
  );
  return props.id ? (
    <ActionForm
      id="samling"
      action={updateGatheringAction}
      submitLabel={t("save")}
      successMessage={t("saved")}
      draftKey={`samling:${props.id}`}
      labels={labels}
      primary={false}
    >
      {fields}
    </ActionForm>
  ) : (
    <ActionForm
      id="ny-samling"
      action={createGatheringAction}
      submitLabel={t("create")}
      draftKey={`samling:ny:${props.measureId}`}
      labels={labels}
    >
      {fields}
    </ActionForm>
  );
}

export function CopyGatheringForm({ id, networks }: { id: string; networks: Option[] }) {
  const t = useTranslations("gatheringForm");
  return (
    <ActionForm
      id="kopier"
      action={copyGatheringAction}
      submitLabel={t("copy")}
      labels={{ networkIds: t("copyNetworks"), date: t("copyDate") }}
      primary={false}
    >
      <input type="hidden" name="id" value={id} />
      <CheckboxList name="networkIds" legend={t("copyNetworks")} options={networks} checked={[]} />
      <TextInput name="date" type="date" label={t("copyDate")} description={t("copyDateHint")} />
    </ActionForm>
  );
}

/** An owner registers a participant: organisation, name, e-mail, school/unit, role, track. */
export function RegistrationForm({
  gatheringId,
  organisations,
  tracks,
}: {
  gatheringId: string;
  organisations: Option[];
  tracks: Option[];
}) {
  const t = useTranslations("registration");
  return (
    <ActionForm
      id="pamelding"
      action={registerAction}
      submitLabel={t("register")}
      successMessage={t("registered")}
      resetOnSuccess
      draftKey={`pamelding:${gatheringId}`}
      labels={{
        organisationId: t("organisation"),
        name: t("name"),
        email: t("email"),
        unitName: t("unit"),
        trackId: t("track"),
      }}
    >
      <input type="hidden" name="gatheringId" value={gatheringId} />
      {organisations.length === 1 ? (
        <input type="hidden" name="organisationId" value={organisations[0]!.value} />
      ) : (
        <SelectInput
          name="organisationId"
          label={t("organisation")}
          options={organisations}
          placeholder={t("choose")}
        />
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput name="name" label={t("name")} autoComplete="off" />
        <TextInput name="email" type="email" label={t("email")} autoComplete="off" />
        <TextInput name="unitName" label={t("unit")} description={t("unitHint")} />
        <TextInput name="role" label={t("role")} description={t("roleHint")} />
      </div>
      {tracks.length ? (
        <SelectInput name="trackId" label={t("track")} options={tracks} placeholder={t("noTrack")} />
      ) : null}
    </ActionForm>
  );
}

export function CancelRegistrationButton({ registrationId, name }: { registrationId: string; name: string }) {
  const t = useTranslations("registration");
  return (
    <ActionForm
      id={`avmeld-${registrationId}`}
      action={cancelRegistrationAction}
      submitLabel={t("cancel", { name })}
      compact
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="registrationId" value={registrationId} />
    </ActionForm>
  );
}

/**
 * One participant on the attendance list: present / absent (toggle buttons
 * with aria-pressed; each sets its own state, so a stale page never undoes a
 * colleague's mark), and "angre" back to not marked. Large targets for a phone.
 */
export function AttendanceButtons({
  registrationId,
  name,
  attendance,
}: {
  registrationId: string;
  name: string;
  attendance: "PRESENT" | "ABSENT" | "UNKNOWN";
}) {
  const t = useTranslations("attendance");
  const button = (value: "PRESENT" | "ABSENT" | "UNKNOWN", label: string) => (
    <ActionForm
      id={`oppmote-${registrationId}-${value}`}
      action={markAttendanceAction}
      submitLabel={label}
      primary={attendance === value}
      pressed={value === "UNKNOWN" ? undefined : attendance === value}
      compact={value === "UNKNOWN"}
      className="flex flex-col"
    >
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="attendance" value={value} />
    </ActionForm>
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {button("PRESENT", t("markPresent", { name }))}
      {button("ABSENT", t("markAbsent", { name }))}
      {attendance !== "UNKNOWN" ? button("UNKNOWN", t("undo", { name })) : null}
    </div>
  );
}

export function CancelGatheringForm({ id, version, cancelled }: { id: string; version: number; cancelled: boolean }) {
  const t = useTranslations("gatheringForm");
  return (
    <ActionForm
      id="avlys"
      action={setGatheringCancelledAction}
      submitLabel={cancelled ? t("reinstate") : t("cancelGathering")}
      primary={false}
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {cancelled ? null : <input type="hidden" name="cancelled" value="on" />}
    </ActionForm>
  );
}

export function WalkInForm({
  gatheringId,
  organisations,
  tracks,
}: {
  gatheringId: string;
  organisations: Option[];
  tracks: Option[];
}) {
  const t = useTranslations("attendance");
  return (
    <ActionForm
      id="uten-pamelding"
      action={addWalkInAction}
      submitLabel={t("addWalkIn")}
      successMessage={t("walkInAdded")}
      resetOnSuccess
      labels={{ name: t("name"), email: t("email"), organisationId: t("organisation") }}
    >
      <input type="hidden" name="gatheringId" value={gatheringId} />
      <TextInput name="name" label={t("name")} />
      <TextInput name="unitName" label={t("unit")} />
      <SelectInput
        name="organisationId"
        label={t("organisation")}
        options={organisations}
        placeholder={t("unknownOrganisation")}
      />
      <TextInput name="email" type="email" label={t("email")} description={t("emailHint")} />
      {tracks.length ? (
        <SelectInput name="trackId" label={t("track")} options={tracks} placeholder={t("noTrack")} />
      ) : null}
    </ActionForm>
  );
}

/** The evaluation form (no account): the scaled questions, the track and free text. */
export function EvaluationForm({
  token,
  tracks,
  questions,
}: {
  token: string;
  tracks: Option[];
  questions: { key: string; label: string }[];
}) {
  const t = useTranslations("evaluation");
  const labels = Object.fromEntries(questions.map((q) => [`scores.${q.key}`, q.label]));
  return (
    <ActionForm
      id="evaluering"
      action={submitEvaluationAction}
      submitLabel={t("submit")}
      successMessage={t("thanks")}
      resetOnSuccess
      labels={labels}
    >
      <input type="hidden" name="token" value={token} />
      <div className="hidden" aria-hidden="true">
        <label>
          Nettsted
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {tracks.length ? (
        <SelectInput name="trackId" label={t("track")} options={tracks} placeholder={t("noTrack")} />
      ) : null}
      {questions.map((q) => (
        <RadioGroup
          key={q.key}
          name={`scores.${q.key}`}
          legend={q.label}
          inline
          options={[1, 2, 3, 4, 5].map((s) => ({ value: String(s), label: `${s}` }))}
          description={t("scale")}
        />
      ))}
      <TextArea name="comment" label={t("comment")} description={t("commentHint")} rows={4} />
    </ActionForm>
  );
}

/** Asked only when the server found the date outside the chosen semester: the coordinator keeps it by ticking. */
function OutsideSemesterConfirm({ label }: { label: string }) {
  const { error } = useActionField("confirmOutsideSemester");
  return error ? <CheckboxInput name="confirmOutsideSemester" label={label} /> : null;
}
