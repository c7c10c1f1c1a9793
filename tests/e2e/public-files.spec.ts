import { expect, test } from "./fixtures";

/** What the portal serves outside its pages: the icons, robots.txt and security.txt (public/ and app/api/security-txt). */

test("the icons are served and every page links them: the SVG, favicon.ico and the touch icon", async ({ request }) => {
  const html = await (await request.get("/logg-inn")).text();
  expect(html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*" type="image\/svg\+xml"/);
  expect(html).toMatch(/<link rel="icon" href="\/favicon\.ico" sizes="48x48"/);
  expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/);

  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  const icoBytes = await ico.body();
  // An .ico directory (reserved 0, type 1) with three images, each a PNG.
  expect([icoBytes.readUInt16LE(0), icoBytes.readUInt16LE(2), icoBytes.readUInt16LE(4)]).toEqual([0, 1, 3]);
  expect(icoBytes.subarray(icoBytes.readUInt32LE(6 + 12), icoBytes.readUInt32LE(6 + 12) + 4).toString("latin1")).toBe(
    "\u0089PNG",
  );

  const touch = await request.get("/apple-touch-icon.png");
  expect(touch.headers()["content-type"]).toBe("image/png");
  const png = await touch.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
});

test("robots.txt keeps search engines out, and pages say noindex", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toBe("User-agent: *\nDisallow: /\n");
  expect(await (await request.get("/logg-inn")).text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test("/.well-known/security.txt names the contact from the configuration and expires within a year (RFC 9116)", async ({
  request,
  baseURL,
}) => {
  const res = await request.get("/.well-known/security.txt");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const fields = new Map(
    (await res.text())
      .trim()
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)] as const),
  );
  expect(fields.get("Contact")).toBe("mailto:sikkerhet@e2e.test");
  expect(fields.get("Canonical")).toBe(`${baseURL}/.well-known/security.txt`);
  const expires = Date.parse(fields.get("Expires") ?? "");
  expect(expires - Date.now()).toBeGreaterThan(30 * 24 * 3600 * 1000);
  expect(expires - Date.now()).toBeLessThan(365 * 24 * 3600 * 1000);
});
