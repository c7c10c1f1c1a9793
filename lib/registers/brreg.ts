import "server-only";
import { isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";
import { env } from "@/lib/env";
import { unitFromJson, unitJson, type RegisterUnit } from "@/lib/registers/bulk";

export type { RegisterUnit };

export type LookupResult =
  | { status: "found"; unit: RegisterUnit }
  | { status: "not-found" }
  | { status: "deleted"; unit: RegisterUnit | null; deletedOn: string | null }
  | { status: "invalid-number" }
  | { status: "unreachable"; reason: "timeout" | "network" | "http" | "malformed" };

/**
 * Enhetsregisteret's open API (data.brreg.no), at BRREG_API_URL — read on each
 * call, like SMTP_URL, so a test can point it at its own server. Never throws
 * for what the network or the register does: a slow or silent register, a
 * body that is not a unit, is "unreachable", and the person may type the name.
 */
function baseUrl(): string {
  return (process.env.BRREG_API_URL || env().BRREG_API_URL).replace(/\/+$/, "");
}

type Answer = { kind: "unit"; unit: RegisterUnit } | { kind: "missing" } | { kind: "gone"; unit: RegisterUnit | null; deletedOn: string | null } | { kind: "failed"; reason: "timeout" | "network" | "http" | "malformed" };

async function ask(url: string, subUnit: boolean, timeoutMs: number): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    return { kind: "failed", reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network" };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (e) {
    if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return { kind: "failed", reason: "timeout" };
    body = undefined;
  }
  if (response.status === 404) return { kind: "missing" };
  if (response.status === 410) {
    const parsed = unitJson.safeParse(body);
    const deletedOn = typeof (body as { slettedato?: unknown })?.slettedato === "string" ? (body as { slettedato: string }).slettedato : null;
    return { kind: "gone", unit: parsed.success ? unitFromJson(parsed.data, subUnit) : null, deletedOn };
  }
  if (!response.ok) return { kind: "failed", reason: "http" };
  const parsed = unitJson.safeParse(body);
  if (!parsed.success) return { kind: "failed", reason: "malformed" };
  return { kind: "unit", unit: unitFromJson(parsed.data, subUnit) };
}

/** Looks an organisation number up: a main unit (enheter) first, else a sub-unit (underenheter). */
export async function lookupUnit(orgNumber: string, options: { baseUrl?: string; timeoutMs?: number } = {}): Promise<LookupResult> {
  const number = normaliseDigits(orgNumber);
  if (!isValidOrgNumber(number)) return { status: "invalid-number" };
  const base = (options.baseUrl ?? baseUrl()).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? env().BRREG_TIMEOUT_MS;
  for (const [path, subUnit] of [["enheter", false], ["underenheter", true]] as const) {
    const answer = await ask(`${base}/${path}/${number}`, subUnit, timeoutMs);
    if (answer.kind === "missing") continue;
    if (answer.kind === "failed") return { status: "unreachable", reason: answer.reason };
    if (answer.kind === "gone") return { status: "deleted", unit: answer.unit, deletedOn: answer.deletedOn ?? answer.unit?.deletedOn ?? null };
    if (answer.unit.orgNumber !== number) return { status: "unreachable", reason: "malformed" };
    return answer.unit.deletedOn ? { status: "deleted", unit: answer.unit, deletedOn: answer.unit.deletedOn } : { status: "found", unit: answer.unit };
  }
  return { status: "not-found" };
}
