import type { AppErrorCode } from "@/lib/errors";
import { isAppError } from "@/lib/errors";

/** What every server action returns to the browser: never a thrown error for expected failures. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "NETWORK" | "BUSY";
      fieldErrors?: Record<string, string>;
      details?: unknown;
      message?: string;
    };

/**
 * Prisma's codes for a write that lost a race: a unique key taken (P2002) or a
 * row gone (P2025) meanwhile; and for a database too busy to answer in time: no
 * connection from the pool (P2024), a transaction that could not start or ran
 * out of time (P2028), a write conflict or deadlock (P2034). The busy ones are
 * safe to try again, because the transaction was rolled back.
 */
const TRANSIENT: Record<string, "CONFLICT" | "NOT_FOUND" | "BUSY"> = {
  P2002: "CONFLICT",
  P2025: "NOT_FOUND",
  P2024: "BUSY",
  P2028: "BUSY",
  P2034: "BUSY",
};

function transientCode(e: unknown): "CONFLICT" | "NOT_FOUND" | "BUSY" | null {
  const code = e && typeof e === "object" && "code" in e ? (e as { code: unknown }).code : null;
  return typeof code === "string" ? (TRANSIENT[code] ?? null) : null;
}

/**
 * Maps expected errors (AppError) to a result; a write that lost a race with
 * another (unique key taken, row gone) becomes CONFLICT or NOT_FOUND, and the
 * user is asked to reload; a database too busy to answer in time becomes BUSY,
 * and the user is asked to try again. Anything else is a bug and is rethrown.
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
    const transient = transientCode(e);
    if (transient) return { ok: false, code: transient };
    throw e;
  }
}
