import type { AppErrorCode } from "@/lib/errors";
import { isAppError } from "@/lib/errors";

/** What every server action returns to the browser: never a thrown error for expected failures. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "NETWORK"; fieldErrors?: Record<string, string>; details?: unknown; message?: string };

/** Maps expected errors (AppError) to a result; anything else is a bug and is rethrown. */
export async function toResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (e) {
    if (isAppError(e)) {
      return e.code === "INVALID"
        ? { ok: false, code: e.code, fieldErrors: e.details as Record<string, string>, message: e.message }
        : { ok: false, code: e.code, details: e.details, message: e.message };
    }
    throw e;
  }
}
