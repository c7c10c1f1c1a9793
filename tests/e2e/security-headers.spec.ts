import { expect, test } from "./fixtures";

/** Every response of the production build carries the security headers (issue 7, hardening — in part). */
test("pages and files are served with security headers", async ({ request }) => {
  for (const path of ["/logg-inn", "/", "/evaluering/ukjent"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toMatch(/max-age=\d{8}/);
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});
