import { NextResponse } from "next/server";

/**
 * A file download: the name as ASCII and as UTF-8 (RFC 6266), never cached.
 * `sandbox` for files people uploaded, so a crafted PDF opened in the
 * browser runs nothing on the portal's origin (proxy.ts adds the same).
 */
export function fileResponse(bytes: Uint8Array, filename: string, opts: { type?: string; sandbox?: boolean } = {}) {
  const ascii = filename
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return new NextResponse(new Uint8Array(bytes), {
    headers: {
      "Content-Type": opts.type ?? "application/pdf",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      ...(opts.sandbox ? { "Content-Security-Policy": "sandbox" } : {}),
    },
  });
}
