import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { parseRegisterFile } from "@/lib/registers/bulk";
import { countyNumberOf, suggestKind } from "@/lib/registers/org-forms";
import type { RegisterUnit } from "@/lib/registers/brreg";
import { canAddOrganisations } from "@/lib/organisations/policy";
import type { REGISTER_FORMS } from "@/lib/organisations/schema";

/** The register's county extract is a few megabytes; the whole country's file is not what this is for. */
export const MAX_REGISTER_FILE_BYTES = 50 * 1024 * 1024;

type Form = (typeof REGISTER_FORMS)[number];
export type RegisterImportRow = {
  line: number;
  orgNumber: string;
  name: string;
  orgForm: string | null;
  municipality: string | null;
  status: "new" | "nameChanged" | "unchanged" | "deleted" | "otherCounty";
  currentName: string | null;
};
export type RegisterImportPreview = {
  digest: string;
  filename: string;
  rows: RegisterImportRow[];
  errors: { line: number; message: string }[];
  counts: {
    new: number;
    nameChanged: number;
    unchanged: number;
    deleted: number;
    otherCounty: number;
    outside: number;
    errors: number;
  };
  imported: { created: number; nameChanges: number } | null;
};

const KIND = { KOMMUNE: "KOMMUNE", FYLKESKOMMUNE: "FYLKESKOMMUNE", PRIVAT: "PRIVAT" } as const;

/** Which units of the file are the county's owners of the chosen kinds. */
function wanted(u: RegisterUnit, countyCode: string, forms: Form[]): boolean {
  if (countyNumberOf(u.municipalityNumber) !== countyCode) return false;
  const kind = suggestKind(u.orgForm);
  return (
    (forms.includes("KOMM") && u.orgForm === "KOMM") ||
    (forms.includes("FYLK") && u.orgForm === "FYLK") ||
    (forms.includes("PRIVATE") && kind === "PRIVAT")
  );
}

async function preview(
  r: Tx | typeof db,
  input: { countyId: string; countyCode: string; filename: string; bytes: Uint8Array; forms: Form[] },
) {
  let parsed: ReturnType<typeof parseRegisterFile>;
  try {
    parsed = parseRegisterFile(input.bytes, input.filename);
  } catch {
    throw new AppError("INVALID", "Filen kan ikke leses", { file: "validation.import.unreadable" });
  }
  const chosen = parsed.units.map((u, i) => ({ u, i })).filter(({ u }) => wanted(u, input.countyCode, input.forms));
  const existing = await r.organisation.findMany({
    where: { orgNumber: { in: chosen.map(({ u }) => u.orgNumber) } },
    select: { orgNumber: true, name: true, countyId: true },
  });
  const byNumber = new Map(existing.map((o) => [o.orgNumber, o]));
  const rows: RegisterImportRow[] = chosen.map(({ u, i }) => {
    const have = byNumber.get(u.orgNumber);
    const status: RegisterImportRow["status"] = u.deletedOn
      ? "deleted"
      : !have
        ? "new"
        : have.countyId !== input.countyId
          ? "otherCounty"
          : have.name !== u.name
            ? "nameChanged"
            : "unchanged";
    return {
      line: i + 1,
      orgNumber: u.orgNumber,
      name: u.name,
      orgForm: u.orgForm,
      municipality: u.municipalityName,
      status,
      currentName: have?.name ?? null,
    };
  });
  const count = (s: RegisterImportRow["status"]) => rows.filter((x) => x.status === s).length;
  const digest = createHash("sha256")
    .update(input.bytes)
    .update(JSON.stringify([input.forms, existing.map((o) => [o.orgNumber, o.name, o.countyId])]))
    .digest("hex");
  return {
    units: new Map(chosen.map(({ u }) => [u.orgNumber, u])),
    preview: {
      digest,
      filename: input.filename,
      rows,
      errors: parsed.errors,
      counts: {
        new: count("new"),
        nameChanged: count("nameChanged"),
        unchanged: count("unchanged"),
        deleted: count("deleted"),
        otherCounty: count("otherCounty"),
        outside: parsed.units.length - chosen.length,
        errors: parsed.errors.length,
      },
      imported: null,
    } satisfies RegisterImportPreview,
  };
}

/**
 * A county's owners from the register's bulk download (JSON or CSV, gzipped
 * or not), in two steps with the same file like the key-data import: a
 * preview of every unit of the county and the chosen kinds (new, name
 * changed, unchanged, deleted), then — confirmed — the new ones are created
 * as verified and the changed names are set as differences to accept.
 */
export async function importFromRegister(
  actor: Actor,
  input: { countyId: string; file: File; forms: Form[]; confirm: boolean; digest?: string },
): Promise<RegisterImportPreview> {
  if (!canAddOrganisations(actor, input.countyId)) throw new AppError("NOT_FOUND");
  const county = await db.county.findUnique({ where: { id: input.countyId }, select: { id: true, code: true } });
  if (!county) throw new AppError("NOT_FOUND");
  if (input.file.size > MAX_REGISTER_FILE_BYTES)
    throw new AppError("INVALID", "For stor", { file: "validation.import.tooLarge" });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const args = { countyId: county.id, countyCode: county.code, filename: input.file.name, bytes, forms: input.forms };
  const first = await preview(db, args);
  if (!input.confirm) return first.preview;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('register-import'))`;
      const { preview: now, units } = await preview(tx, args);
      if (input.digest !== now.digest) throw new AppError("INVALID", "Endret", { file: "validation.import.changed" });
      const created = now.rows.filter((r) => r.status === "new");
      const renamed = now.rows.filter((r) => r.status === "nameChanged");
      if (created.length + renamed.length === 0)
        throw new AppError("INVALID", "Ingenting", { file: "validation.import.nothingNew" });
      const at = new Date();
      for (const row of created) {
        const u = units.get(row.orgNumber)!;
        await tx.organisation.create({
          data: {
            name: u.name,
            orgNumber: u.orgNumber,
            kind: KIND[suggestKind(u.orgForm) as keyof typeof KIND] ?? "PRIVAT",
            orgForm: u.orgForm,
            address: u.address,
            municipalityNumber: u.municipalityNumber,
            countyId: county.id,
            registerVerifiedAt: at,
            registerCheckedAt: at,
            createdById: actor.personId,
          },
        });
      }
      for (const row of renamed)
        await tx.organisation.update({
          where: { orgNumber: row.orgNumber },
          data: { registerName: row.name, registerCheckedAt: at, version: { increment: 1 } },
        });
      await audit(tx, {
        actorId: actor.personId,
        action: "organisation.import",
        entityType: "County",
        entityId: county.id,
        data: {
          filename: input.file.name,
          digest: now.digest,
          forms: input.forms,
          created: created.map((r) => r.orgNumber),
          nameChanges: renamed.map((r) => r.orgNumber),
        },
      });
      return { ...now, imported: { created: created.length, nameChanges: renamed.length } };
    },
    { timeout: 60_000 },
  );
}
