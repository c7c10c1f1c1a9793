import type { AppErrorCode } from "@/lib/errors";
import { isAppError } from "@/lib/errors";

/** What every server action returns to the browser: never a thrown error for expected failures. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "NETWORK"; fieldErrors?: Record<string, string>; details?: unknown; message?: string };

/** Prisma's code for a write that lost a race: a unique key taken (P2002) or a row gone (P2025) meanwhile. */
function raceCode(e: unknown): "CONFLICT" | "NOT_FOUND" | null {
  const code = e && typeof e === "object" && "code" in e ? (e as { code: unknown }).code : null;
  return code === "P2002" ? "CONFLICT" : code === "P2025" ? "NOT_FOUND" : null;
}

/**
 * Maps expected errors (AppError) to a result; a write that lost a race with
 * another (unique key taken, row gone) becomes CONFLICT or NOT_FOUND, and the
 * user is asked to reload. Anything else is a bug and is rethrown.
 */
export async function toResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (e) {
    if (isAppError(e)) {
      return e.code === "INVALID"
        ? { ok: false, code: e.code, fieldErrors: e.details as Record<string, string>, message: e.message }
        : { ok: false, code: e.code, details: e.details, message: e.message };
    }
    const race = raceCode(e);
    if (race) return { ok: false, code: race };
    throw e;
  }
}
