import fc from "fast-check";
import { expect, signInAsDemo, test } from "./fixtures";

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | undefined) {
  expect(header, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    header!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources] as const),
  );
}

/** The nonce in script-src (and that there is exactly one). */
function nonceOf(header: string | undefined) {
  const nonces = (directives(header).get("script-src") ?? []).filter((s) => s.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  return nonces[0]!.slice("'nonce-".length, -1);
}

/** Every response of the production build carries the security headers (hardening). */
test("pages and files are served with security headers", async ({ request }) => {
  for (const path of ["/logg-inn", "/", "/evaluering/ukjent", "/api/auth/session"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toMatch(/max-age=\d{8}/);
    expect(h["x-powered-by"], path).toBeUndefined();

    // Scripts: only this response's nonce and what those scripts load; nothing inline, no eval.
    const csp = directives(h["content-security-policy"]);
    const scripts = csp.get("script-src") ?? [];
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).toContain("'strict-dynamic'");
    expect(nonceOf(h["content-security-policy"]), path).toMatch(/^[A-Za-z0-9+/=]{22,}$/);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(csp.get("default-src"), path).toEqual(["'self'"]);
    expect(csp.get("connect-src"), path).toEqual(["'self'"]);
    expect(csp.get("object-src"), path).toEqual(["'none'"]);
    expect(csp.get("base-uri"), path).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
    // Forms post to the portal; the identity provider is the only other place a (sign-in) form may lead.
    expect(csp.get("form-action")?.[0], path).toBe("'self'");
    expect(csp.get("form-action")?.slice(1), path).toEqual([`http://localhost:${process.env.E2E_OIDC_PORT ?? 9400}`]);
  }
});

test("every page gets a new nonce, and Next.js puts it on each of its scripts", async ({ request }) => {
  const first = await request.get("/logg-inn");
  const second = await request.get("/logg-inn");
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);

  // The page is rendered per request (a static page could not carry the nonce).
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("with the policy, pages run their scripts: a form validates through a server action and keeps a draft, with no violation", async ({
  page,
  cspViolations,
}) => {
  await signInAsDemo(page, "Marte Lien");
  await page.goto("/tiltak/ny");
  await expect(page.getByRole("heading", { level: 1, name: "Nytt tiltak" })).toBeVisible();

  // React state: choosing a joint measure shows the county and network fields.
  await page.getByLabel("Fellestiltak (flere nettverk)").check();
  await expect(page.getByRole("group", { name: "Nettverk som deltar" })).toBeVisible();
  await page.getByLabel("Navn på tiltaket").pressSequentially("Prøve på CSP");

  // A server action (fetch to the portal) answers with field errors; nothing is saved.
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByRole("link", { name: "Nettverk som deltar: Velg minst ett nettverk." })).toBeVisible();

  // The form copied the input to localStorage and puts it back after a reload.
  await page.reload();
  await expect(page.getByText("Vi har lagt inn igjen det du skrev")).toBeVisible();
  await expect(page.getByLabel("Navn på tiltaket")).toHaveValue("Prøve på CSP");
  expect(cspViolations).toEqual([]);

  // An injected inline handler (the usual XSS payload) does not run.
  await page.evaluate(() => {
    document
      .querySelector("main")!
      .insertAdjacentHTML("beforeend", '<img alt="" src="/finnes-ikke.png" onerror="document.title = \'XSS\'">');
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join("\n")).toMatch(/inline event handler/);
  expect(await page.title()).not.toBe("XSS");
  cspViolations.length = 0;
});

test("a sign-in form posted before the page's scripts run still reaches the identity provider (form-action)", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const violations: string[] = [];
  context.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const page = await context.newPage();
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Feide" }).click();
  await expect(page).toHaveURL(new RegExp(`^http://localhost:${process.env.E2E_OIDC_PORT ?? 9400}/`));
  expect(violations).toEqual([]);
  await context.close();
});

/**
 * Server-action posts Next would answer with an error: from another site's page (a foreign Origin) or naming no action of
 * this build. The proxy refuses them cleanly (lib/action-guard.ts); the portal's own posts are what every other spec makes.
 */
test("a server action posted from another site is refused with 403, an unknown action with 404, never 500", async ({
  page,
  baseURL,
}) => {
  await signInAsDemo(page, "Jonas Berg");
  // The id of a real action of this build, as the language switch's form carries it.
  let actionId = "";
  page.on("request", (r) => {
    const id = r.headers()["next-action"];
    if (id && r.method() === "POST") actionId = id;
  });
  await page.goto("/");
  await page.getByRole("form", { name: "Språk" }).getByRole("button", { name: "Nynorsk" }).click();
  await expect.poll(() => actionId).not.toBe("");
  await page.getByRole("form", { name: "Språk" }).getByRole("button", { name: "Bokmål" }).click();
  const post = (headers: Record<string, string>) =>
    page.request.post("/", {
      headers: { "Content-Type": "text/plain;charset=UTF-8", ...headers },
      data: "[]",
      maxRedirects: 0,
    });

  const foreign = await post({ "Next-Action": actionId, Origin: "https://evil.example" });
  expect(foreign.status()).toBe(403);
  expect(foreign.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await foreign.text()).toBe("Forespørselen kom fra en annen nettside og er avvist.");
  const unknown = await post({ "Next-Action": "00".repeat(21), Origin: new URL(baseURL!).origin });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toBe("Ukjent handling. Last siden på nytt.");

  // The hostile corpus of such posts: generated origins (other sites, look-alikes of this host, "null", malformed),
  // action ids (this build's, unknown, empty, huge) and bodies, to pages across the portal, signed in and not.
  // Each is refused 403 (foreign origin) or 404 (unknown action); none is a 500.
  const own = new URL(baseURL!);
  const origins = fc.oneof(
    fc.constantFrom(
      "null",
      "https://evil.example",
      `https://${own.hostname}.evil.example`,
      `http://evil-${own.hostname}`,
      `${own.protocol}//${own.hostname}:1`,
      "file://",
      "https://",
      "not a url",
      "HTTPS://EVIL.EXAMPLE",
    ),
    fc.webUrl().filter((u) => new URL(u).host !== own.host),
  );
  const actions = fc.oneof(
    fc.constant(actionId),
    fc.stringMatching(/^[0-9a-f]{0,200}$/),
    fc.stringMatching(/^[!-~]{1,300}$/),
  );
  const bodies = fc.oneof(fc.constant("[]"), fc.json(), fc.stringMatching(/^[ -~]{0,2000}$/));
  const paths = fc.constantFrom(
    "/",
    "/behovsmeldinger",
    "/budsjett/rammer",
    "/samarbeidsforum",
    "/logg-inn",
    "/finnes-ikke",
  );
  const posts = fc.sample(
    fc.oneof(
      fc.record({ origin: origins, action: actions, body: bodies, path: paths, expected: fc.constant(403) }),
      fc.record({
        origin: fc.constant(own.origin),
        action: fc.stringMatching(/^[0-9a-f]{42}$/),
        body: bodies,
        path: paths,
        expected: fc.constant(404),
      }),
    ),
    { numRuns: 300, seed: 21 },
  );
  const statuses = new Map<number, number>();
  const anonymous = await page.context().browser()!.newContext({ baseURL });
  for (const [i, p] of posts.entries()) {
    const request = i % 2 ? page.request : anonymous.request;
    const res = await request.post(p.path, {
      headers: { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": p.action || "x", Origin: p.origin },
      data: p.body,
      maxRedirects: 0,
    });
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    expect(res.status(), `${p.path} Origin ${p.origin} Next-Action ${p.action.slice(0, 60)}`).toBe(p.expected);
  }
  await anonymous.close();
  console.log(
    `Hostile action posts: ${posts.length}; ${[...statuses].map(([s, n]) => `${s} × ${n}`).join(", ")}; HTTP 500: 0`,
  );
});
