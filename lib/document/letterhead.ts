import "server-only";
import type { Tx } from "@/lib/db";
import type { AddressBlock, Letterhead } from "@/lib/document/model";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The county's Statsforvalter as a letter's sender: its organisation's name when the portal has it, with the county's postal address. */
export async function senderOf(tx: Tx, countyId: string): Promise<AddressBlock> {
  const [county, office] = await Promise.all([
    tx.county.findUniqueOrThrow({ where: { id: countyId }, select: { name: true, senderAddress: true } }),
    tx.organisation.findFirst({
      where: { countyId, kind: "STATSFORVALTER" },
      select: { name: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { name: office?.name ?? `Statsforvalteren i ${county.name}`, lines: splitLines(county.senderAddress) };
}

/** An organisation as a letter's recipient: its name and its address from Enhetsregisteret. */
export async function recipientOf(tx: Tx, organisationId: string): Promise<AddressBlock> {
  const o = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { name: true, address: true },
  });
  return { name: o.name, lines: splitLines(o.address) };
}

const splitLines = (s: string | null | undefined) =>
  (s ?? "")
    .split(/\r?\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The letterhead of letters, agendas and minutes: sender, recipient, date and
 * references. "Vår ref." is the archive's case number (with the document's
 * number when recorded), otherwise it says that the case is not registered yet.
 */
export function letterhead(
  t: Translate,
  input: {
    sender: AddressBlock;
    recipient?: AddressBlock;
    date: string;
    archiveCase: string | null;
    documentNumber?: number | null;
    yours?: string | null;
  },
): Letterhead {
  const ours = input.archiveCase
    ? input.documentNumber
      ? `${input.archiveCase}-${input.documentNumber}`
      : input.archiveCase
    : t("letter.ref.none");
  return {
    sender: input.sender,
    recipient: input.recipient,
    refs: [
      { label: t("letter.ref.date"), value: input.date },
      { label: t("letter.ref.ours"), value: ours },
      ...(input.yours ? [{ label: t("letter.ref.yours"), value: input.yours }] : []),
    ],
  };
}
