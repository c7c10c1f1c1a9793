import "server-only";
import { db } from "@/lib/db";

/**
 * Can this instance reach its database? For the load balancer's and the
 * container's health check (docs/deploy.md). Runs `SELECT 1`, reads no data,
 * and gives up after `timeoutMs` so a hung connection reads as unhealthy.
 */
export async function databaseReachable(timeoutMs = 2000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
