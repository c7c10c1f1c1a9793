import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Awaits a read; a NOT_FOUND from the data layer becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (isAppError(e, "NOT_FOUND")) notFound();
    throw e;
  }
}
