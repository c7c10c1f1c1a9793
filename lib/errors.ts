export type AppErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID" | "DEADLINE_PASSED" | "RATE_LIMITED";

/** An error the UI knows how to present. A record the actor may not see is NOT_FOUND, never FORBIDDEN. */
export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message?: string,
    /** Field errors (INVALID) or the current state of the record (CONFLICT). */
    public readonly details?: unknown,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown, code?: AppErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
