import "server-only";
import { env } from "@/lib/env";
import { isValidOrgNumber, normaliseDigits } from "@/lib/norwegian-ids";
import { registerDate, unitFromJson, unitJson, type RegisterUnit } from "@/lib/registers/bulk";

/**
 * Looking an organisation number up in Enhetsregisteret's open API
 * (data.brreg.no, no key needed). See docs/decisions/016-enhetsregisteret-lookup.md.
 */

export type { RegisterUnit };

export type LookupResult =
  | { status: "found"; unit: RegisterUnit }
  | { status: "not-found" }
  | { status: "deleted"; unit: RegisterUnit | null; deletedOn: string | null }
  /** fails MOD11; nothing was asked */
  | { status: "invalid-number" }
  | { status: "unreachable"; reason: "timeout" | "network" | "http" | "malformed" };

/** BRREG_API_URL is read on each call (like SMTP_URL), so a test can point the portal at its own server after start-up. */
function configuredBaseUrl(): string {
  return env().BRREG_API_URL;
}

const isTimeout = (e: unknown) => e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");

type Answer = { status: number; body: unknown } | { failed: "timeout" | "network" };

/** One GET; the body is JSON or `undefined`. The timeout covers the body too: a register that starts answering and stalls is slow, not broken. */
async function get(url: string, timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  } catch (e) {
    return { failed: isTimeout(e) ? "timeout" : "network" };
  }
}

/**
 * A unit (`/enheter/{orgnr}`) first, else a sub-unit (`/underenheter/{orgnr}`).
 * A deleted unit is answered 200 with `slettedato`, one removed from the
 * open data 410 Gone (a body with `slettedato` and often no name). Never
 * throws for what the network or the register does: a register that is
 * slow, refuses, errs or answers something that is not the unit asked for is
 * "unreachable", and the caller may let the person enter the name by hand.
 */
export async function lookupUnit(
  orgNumber: string,
  options: { baseUrl?: string; timeoutMs?: number } = {},
): Promise<LookupResult> {
  const number = normaliseDigits(orgNumber);
  if (!isValidOrgNumber(number)) return { status: "invalid-number" };
  const base = (options.baseUrl ?? configuredBaseUrl()).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? env().BRREG_TIMEOUT_MS;
  for (const [path, subUnit] of [
    ["enheter", false],
    ["underenheter", true],
  ] as const) {
    const answer = await get(`${base}/${path}/${number}`, timeoutMs);
    if ("failed" in answer) return { status: "unreachable", reason: answer.failed };
    if (answer.status === 404) continue;
    const parsed = unitJson.safeParse(answer.body);
    const unit =
      parsed.success && normaliseDigits(parsed.data.organisasjonsnummer) === number
        ? unitFromJson(parsed.data, subUnit)
        : null;
    if (answer.status === 410) {
      return {
        status: "deleted",
        unit,
        deletedOn: unit?.deletedOn ?? registerDate((answer.body as { slettedato?: unknown } | null)?.slettedato),
      };
    }
    if (answer.status < 200 || answer.status > 299) return { status: "unreachable", reason: "http" };
    if (!unit) return { status: "unreachable", reason: "malformed" };
    return unit.deletedOn ? { status: "deleted", unit, deletedOn: unit.deletedOn } : { status: "found", unit };
  }
  return { status: "not-found" };
}
