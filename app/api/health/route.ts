import { NextResponse } from "next/server";
import { databaseReachable } from "@/lib/health";

/**
 * GET /api/health — 200 when this instance is up and reaches the database,
 * 503 otherwise; for nginx, the container HEALTHCHECK and any orchestrator.
 * Public on purpose: a load balancer has no session, and the answer holds no
 * user data, no version and no detail beyond "ok" or "the database does not
 * answer" (docs/deploy.md).
 */
export async function GET() {
  const ok = await databaseReachable();
  return NextResponse.json(ok ? { ok: true } : { ok: false, error: "Databasen svarer ikke" }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
