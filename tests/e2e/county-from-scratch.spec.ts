import { spawnSync } from "node:child_process";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import type { FreshPortal } from "../../scripts/fresh-portal.mjs";
import type { BrregServer } from "../support/brreg-server.mjs";
import { readFile } from "node:fs/promises";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { attachmentOf, bodyOf, startSmtp } from "../support/smtp";
import { extractedText, pdfInfo } from "../support/pdf-text";
import { FRESH_PORT } from "../../playwright.config";
import { expect, expectAccessible, test } from "./fixtures";
import { mouse } from "./ui-driver";
import { measure } from "./report-driver";

/**
 * A county from nothing, as its users run it. A portal on a database with the
 * migrations only — no demo data — with a local OpenID Connect server, a local
 * SMTP server and a local Enhetsregisteret. The operator makes the first
 * administrator with `npm run admin -- invite`; every other person comes in by
 * an invitation link taken from the e-mail they were sent, and signs in
 * through OpenID Connect. The administrator creates Agder and invites its
 * Statsforvalter and the directorate; the Statsforvalter adds three owners
 * from the register, one private owner by hand while the register is down
 * and a UH institution, creates two networks with a UH partner, invites an
 * owner administrator and a coordinator and opens the 2027 round; the owner
 * administrator invites a colleague, who submits a needs report; the
 * directorate sets Agder's amount and the Statsforvalter's new budget shows
 * it. Every page on the way passes axe.
 */
test.describe.configure({ mode: "serial" });

const YEAR = 2027;
let fresh: FreshPortal;
let register: BrregServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtp();
  const { startBrregServer } = await import("../support/brreg-server.mjs");
  register = await startBrregServer();
  const { startFreshPortal } = await import("../../scripts/fresh-portal.mjs");
  fresh = await startFreshPortal({
    port: FRESH_PORT,
    env: {
      AUTH_OIDC_ISSUER: `http://localhost:${process.env.E2E_OIDC_PORT ?? 9400}`,
      AUTH_OIDC_CLIENT_ID: "kompetanseportalen",
      AUTH_OIDC_CLIENT_SECRET: "e2e-client-secret",
      AUTH_OIDC_NAME: "Feide",
      SMTP_URL: smtp.url,
      BRREG_API_URL: register.url,
      RATE_LIMIT_MULTIPLIER: "100",
    },
  });
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await fresh?.stop();
  await register?.stop();
  await smtp?.stop();
});

/** A person's own browser (cookies of their own), on the fresh portal. */
async function browserOf(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: fresh.url, locale: "nb-NO", timezoneId: "Europe/Oslo" });
  contexts.push(context);
  return context.newPage();
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectAccessible(page);
}

/** The invitation link in the latest e-mail to an address, from the local SMTP server. */
async function invitationLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = [...smtp.received].reverse().find((m) => m.to.includes(email));
        link = mail ? bodyOf(mail.raw).match(/https?:\/\/\S+\/invitasjon\/[A-Za-z0-9_-]{43}/)?.[0] : undefined;
        return link;
      },
      { timeout: 20_000, message: `an invitation to ${email}` },
    )
    .toBeTruthy();
  return link!;
}

/** Follows an invitation link and signs in through the local OpenID Connect server as that e-mail. */
async function acceptInvitation(page: Page, link: string, email: string, name: string) {
  await page.goto(new URL(link).pathname);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1, name: "Invitasjon til Kompetanseportalen" })).toBeVisible();
  await page.getByRole("button", { name: "Ta imot invitasjonen og logg inn med Feide" }).click();
  await page.locator('input[name="login"]').fill(email);
  const password = page.locator('input[name="password"]');
  if (await password.count()) await password.fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}` })).toBeVisible();
  await expectAccessible(page);
}

/** The form on the page whose submit button has this name. */
const formWith = (page: Page, button: string): Locator =>
  page.locator("form").filter({ has: page.getByRole("button", { name: button, exact: true }) });

async function invite(
  page: Page,
  who: { name: string; email: string },
  roles: { check?: string[]; uncheck?: string[] } = {},
) {
  const form = formWith(page, "Send invitasjon");
  await form.getByLabel("Navn", { exact: true }).fill(who.name);
  await form.getByLabel("E-post", { exact: true }).fill(who.email);
  for (const r of roles.uncheck ?? []) await form.getByLabel(r, { exact: true }).uncheck();
  for (const r of roles.check ?? []) await form.getByLabel(r, { exact: true }).check();
  await form.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitasjonen er sendt til ${who.email}.`);
  await expectAccessible(page);
}

const admin = { name: "Astrid Administrator", email: "astrid.admin@drift.example.no" };
const sf = { name: "Siri Statsforvalter", email: "siri.sf@statsforvalteren-agder.example.no" };
const directorate = { name: "Dag Direktorat", email: "dag.direktorat@udir.example.no" };
const ownerAdmin = { name: "Ola Eieradmin", email: "ola.eieradmin@grimstad.example.no" };
const coordinator = { name: "Kine Koordinator", email: "kine.koordinator@ostreagder.example.no" };
const colleague = { name: "Kari Kollega", email: "kari.kollega@grimstad.example.no" };
let sfPage: Page;

test("the operator makes the first administrator, who creates Agder and invites its Statsforvalter and the directorate", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = spawnSync(process.execPath, ["scripts/admin.mjs", "invite", admin.email, "--name", admin.name], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: fresh.databaseUrl, AUTH_URL: fresh.url, SMTP_URL: "" },
  });
  expect(run.status, run.stderr).toBe(0);
  const link = run.stdout.match(/http:\/\/localhost:\d+\/invitasjon\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, run.stdout).toBeTruthy();

  const page = await browserOf(browser);
  await acceptInvitation(page, link!, admin.email, admin.name);
  // The link works once.
  await visit(page, new URL(link!).pathname);
  await expect(page.getByText("Denne invitasjonen er allerede brukt. Logg inn som vanlig.")).toBeVisible();
  await visit(page, "/");

  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Administrasjon" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fylker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fylker" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Navn", { exact: true }).fill("Agder");
  await page.getByLabel("Fylkesnummer").fill("4");
  await page.getByRole("button", { name: "Opprett fylket" }).click();
  await expect(
    page.getByRole("link", { name: "Fylkesnummer: Skriv fylkesnummeret med to siffer, for eksempel 42." }),
  ).toBeVisible();
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Agder");
  await page.getByLabel("Fylkesnummer").fill("42");
  await page.getByLabel("Statsforvalterens postadresse").fill("Postboks 788 Stoa\n4809 Arendal");
  await page.getByRole("button", { name: "Opprett fylket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilgang: Agder" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByText("Fylket har ingen bruker hos Statsforvalteren ennå.")).toBeVisible();
  await invite(page, sf);

  await visit(page, "/admin/tilgang");
  await invite(page, directorate, { uncheck: ["Administrator"], check: ["Utdanningsdirektoratet"] });
  await expect(
    page.getByText(new RegExp(`${directorate.name} \\(${directorate.email}\\): Utdanningsdirektoratet`)),
  ).toBeVisible();
});

test("the Statsforvalter adds owners from Enhetsregisteret, one by hand while it is down, a UH institution and two networks", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  sfPage = await browserOf(browser);
  const page = sfPage;
  await acceptInvitation(page, await invitationLinkFor(sf.email), sf.email, sf.name);
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Administrasjon" }),
  ).toBeVisible();

  const add = async (orgNumber: string, registerName: string, kind: string) => {
    await visit(page, "/organisasjoner/ny");
    await page.getByLabel("Organisasjonsnummer").fill(orgNumber);
    await page.getByRole("button", { name: "Slå opp i Enhetsregisteret" }).click();
    await expect(page.getByRole("heading", { name: "Funnet i Enhetsregisteret" })).toBeVisible();
    await expect(page.getByText(registerName, { exact: true })).toBeVisible();
    await expect(page.getByRole("radio", { name: kind, exact: true })).toBeChecked();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Legg til organisasjonen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: registerName })).toBeVisible();
    await expect(page.getByText("Organisasjonen er lagt til med opplysningene fra Enhetsregisteret.")).toBeVisible();
    await expect(page.getByText("Verifisert i Enhetsregisteret")).toBeVisible();
    await expectAccessible(page);
  };
  // A number that fails MOD11 is refused at the field, and nothing is asked.
  await visit(page, "/organisasjoner/ny");
  const asked = register.requests.length;
  await page.getByLabel("Organisasjonsnummer").fill("864 964 703");
  await page.getByRole("button", { name: "Slå opp i Enhetsregisteret" }).click();
  await expect(page.getByRole("link", { name: /^Organisasjonsnummer: / })).toBeVisible();
  expect(register.requests.length).toBe(asked);
  await expectAccessible(page);

  await add("864 964 702", "GRIMSTAD KOMMUNE", "Kommune");
  await add("940493021", "ARENDAL KOMMUNE", "Kommune");
  await add("964965404", "LILLESAND KOMMUNE", "Kommune");
  await add("970546200", "UNIVERSITETET I AGDER", "Universitet/høgskole");

  // The register cannot be reached: the name is typed, the number kept, and the organisation is marked as not verified.
  await register.setDown(true);
  try {
    await visit(page, "/organisasjoner/ny");
    await page.getByLabel("Organisasjonsnummer").fill("910 000 004");
    await page.getByRole("button", { name: "Slå opp i Enhetsregisteret" }).click();
    await expect(page.getByText(/Fikk ikke svar fra Enhetsregisteret nå/)).toBeVisible();
    await expect(page.getByLabel("Organisasjonsnummer")).toHaveValue("910 000 004");
    await expectAccessible(page);
    const form = formWith(page, "Legg til uten verifisering");
    await form.getByLabel("Navn", { exact: true }).fill("Sørlandet Friskole AS");
    await form.getByRole("radio", { name: "Privat eier", exact: true }).check();
    await form.getByRole("radio", { name: "Nynorsk" }).check();
    await form.getByRole("button", { name: "Legg til uten verifisering" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sørlandet Friskole AS" })).toBeVisible();
    await expect(page.getByText("Ikke verifisert", { exact: true })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await register.setDown(false);
  }
  await visit(page, "/organisasjoner");
  for (const name of [
    "GRIMSTAD KOMMUNE",
    "ARENDAL KOMMUNE",
    "LILLESAND KOMMUNE",
    "Sørlandet Friskole AS",
    "UNIVERSITETET I AGDER",
  ])
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();

  const network = async (name: string, shortName: string, members: string[]) => {
    await visit(page, "/nettverk");
    await page.getByRole("link", { name: "Nytt kompetansenettverk" }).click();
    await expectAccessible(page);
    await page.getByLabel("Navn", { exact: true }).fill(name);
    await page.getByLabel("Kortnavn").fill(shortName);
    await page.getByRole("button", { name: "Opprett nettverket" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
    for (const m of members) {
      const form = formWith(page, "Legg til medlem");
      await form.getByLabel("Eier").selectOption({ label: m });
      await expect(form.getByLabel("Fra og med år")).toHaveValue(String(YEAR));
      await form.getByRole("button", { name: "Legg til medlem" }).click();
      await expect(page.getByRole("table", { name: "Medlemmer (eiere)" }).getByRole("link", { name: m })).toBeVisible();
    }
    const partner = formWith(page, "Legg til UH-partner");
    await partner.getByLabel("UH-partner").selectOption({ label: "UNIVERSITETET I AGDER" });
    await partner.getByRole("button", { name: "Legg til UH-partner" }).click();
    await expect(
      page.getByRole("table", { name: "UH-partnere" }).getByRole("link", { name: "UNIVERSITETET I AGDER" }),
    ).toBeVisible();
    await expect(page.getByRole("table", { name: "Medlemmer (eiere)" })).toContainText(`fra og med ${YEAR}`);
    await expectAccessible(page);
  };
  await network("Kompetansenettverk Østre Agder", "Østre Agder", ["GRIMSTAD KOMMUNE", "ARENDAL KOMMUNE"]);
  await invite(page, coordinator);
  await network("Kompetansenettverk Vestre Agder", "Vestre Agder", ["LILLESAND KOMMUNE", "Sørlandet Friskole AS"]);
});

test("the Statsforvalter invites Grimstad's own administrator, who invites a colleague", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = sfPage;
  await visit(page, "/organisasjoner");
  await page.getByRole("link", { name: "GRIMSTAD KOMMUNE", exact: true }).click();
  await expectAccessible(page);
  await invite(page, ownerAdmin, { uncheck: ["Eier"], check: ["Administrator for organisasjonen"] });

  const adminPage = await browserOf(browser);
  await acceptInvitation(adminPage, await invitationLinkFor(ownerAdmin.email), ownerAdmin.email, ownerAdmin.name);
  await expect(adminPage.getByRole("heading", { level: 2, name: "Administrator: GRIMSTAD KOMMUNE" })).toBeVisible();
  await adminPage.getByRole("link", { name: "Tilgang for GRIMSTAD KOMMUNE" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "GRIMSTAD KOMMUNE" })).toBeVisible();
  await expectAccessible(adminPage);
  // An organisation's administrator gives the organisation's roles only.
  const roles = formWith(adminPage, "Send invitasjon").getByRole("group", { name: "Roller" }).getByRole("checkbox");
  await expect(roles).toHaveCount(2);
  await invite(adminPage, colleague);
  await expect(
    adminPage.getByText(
      new RegExp(`${colleague.name} \\(${colleague.email}\\): Eier\\. Sendt .* av ${ownerAdmin.name}\\.`),
    ),
  ).toBeVisible();
  // Nothing else is theirs to run.
  await visit(adminPage, "/admin/runder");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
});

test("the Statsforvalter opens the 2027 round; the colleague signs in from the link and submits a needs report", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = sfPage;
  const colleaguePage = await browserOf(browser);
  await acceptInvitation(colleaguePage, await invitationLinkFor(colleague.email), colleague.email, colleague.name);
  await expect(colleaguePage.getByRole("heading", { level: 2, name: "Eier: GRIMSTAD KOMMUNE" })).toBeVisible();

  await visit(page, "/admin/runder");
  await page.getByRole("link", { name: "Ny runde" }).click();
  await expectAccessible(page);
  await page.getByLabel("År", { exact: true }).fill(String(YEAR));
  await page.getByLabel("Frist, dato").fill(`${YEAR + 5}-01-31`);
  await page.getByRole("button", { name: "Opprett runden" }).click();
  await expect(
    page.getByRole("link", { name: "Frist, dato: Fristen for behovsmeldinger må være i rundens år eller året før." }),
  ).toBeVisible();
  await expect(page.getByLabel("År", { exact: true })).toHaveValue(String(YEAR));
  await page.getByLabel("Frist, dato").fill(`${YEAR}-01-31`);
  await page.getByLabel("Frist, klokkeslett").fill("12:00");
  await page.getByLabel("Kunngjøring (bokmål)").fill(`Runden for ${YEAR} er åpen. Send behovsmeldingen innen fristen.`);
  await page.getByRole("button", { name: "Opprett runden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Runde ${YEAR}, Agder` })).toBeVisible();
  await expect(page.getByText("Planlagt", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Åpne runden og send kunngjøringen" }).click();
  await expect(page.getByText("Runden er åpnet og kunngjøringen lagt i utboksen.")).toBeVisible();
  await expect(page.getByText(/^Kunngjøringen ble sendt /)).toBeVisible();
  await expect(page.getByText("Åpen", { exact: true })).toBeVisible();
  await expect
    .poll(
      () =>
        smtp.received.filter(
          (m) => m.to.includes(colleague.email) && bodyOf(m.raw).includes(`Runden for ${YEAR} er åpen.`),
        ).length,
      { timeout: 20_000 },
    )
    .toBe(1);
  expect(
    smtp.received.some(
      (m) =>
        m.to.includes(ownerAdmin.email) &&
        /Frist for å sende inn behovsmeldinger: 31\. januar 2027 kl\. 12\.00/.test(bodyOf(m.raw)),
    ),
  ).toBe(true);

  // The colleague writes and submits the report for Grimstad in Østre Agder.
  await writeAndSubmit(colleaguePage, {
    orgNumber: "864 964 702",
    contact: colleague,
    phone: "400 00 101",
    measure: "Lesing i alle fag i Østre Agder",
    owner: "300 000",
    uh: "200 000",
  });
});

/** An owner's person writes the partnership's report in the open round (their one network and owner) and submits it. */
async function writeAndSubmit(
  p: Page,
  r: {
    orgNumber: string;
    contact: { name: string; email: string };
    phone: string;
    measure: string;
    owner: string;
    uh: string;
  },
) {
  const ui = mouse();
  await visit(p, "/");
  await expect(p.getByText(new RegExp(`Behovsmeldinger for ${YEAR}: frist`))).toBeVisible();
  await visit(p, "/behovsmeldinger");
  await p.getByRole("link", { name: "Ny behovsmelding" }).click();
  await expectAccessible(p);
  await expect(p.getByRole("radio")).toHaveCount(1);
  await expect(p.getByRole("radio").first()).toBeChecked(); // the one network and owner they act for
  await p.getByRole("button", { name: "Opprett behovsmelding" }).click();
  await expect(p).toHaveURL(/\/rediger$/);
  await expectAccessible(p);
  await p.getByRole("group", { name: "Ordning" }).getByLabel("Desentralisert ordning (DEKOM)").check();
  await expect(p.getByRole("group", { name: "Ordning" }).getByRole("checkbox")).toHaveCount(1); // the round offers DEKOM only
  await p.getByLabel("Universitet eller høgskole").selectOption({ label: "UNIVERSITETET I AGDER" });
  const owner = p.getByRole("group", { name: "Kontaktperson hos eier" });
  await owner.getByLabel("Organisasjonsnummer").fill(r.orgNumber);
  await owner.getByLabel("Navn").fill(r.contact.name);
  await owner.getByLabel("Telefon").fill(r.phone);
  await owner.getByLabel("E-post").fill(r.contact.email);
  await owner.getByLabel("Kontonummer").fill("1234.56.78903");
  const uh = p.getByRole("group", { name: "Kontaktperson hos UH" });
  await uh.getByLabel("Navn").fill("Ulf Universitet");
  await uh.getByLabel("Telefon").fill("400 00 102");
  await uh.getByLabel("E-post").fill("ulf.universitet@uia.example.no");
  await uh.getByLabel("Kontonummer").fill("1234 56 78903");
  await uh.getByLabel("Organisasjonsnummer").fill("970 546 200");
  await measure(
    p,
    ui,
    1,
    {
      name: r.measure,
      scheme: "Desentralisert ordning (DEKOM)",
      owner: r.owner,
      uh: r.uh,
      ownerLines: [["Samlinger", r.owner]],
      uhLines: [["Faglige bidrag", r.uh]],
    },
    YEAR,
  );
  await p.getByRole("group", { name: "Har behovsmeldingen vært drøftet i medbestemmelse?" }).getByLabel("Nei").check();
  await expect(p.getByRole("status").filter({ hasText: /Lagret kl\./ })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(p);
  await p.getByRole("link", { name: "Kontroller og send inn" }).click();
  await expect(p.getByRole("heading", { level: 1, name: "Kontroller svarene" })).toBeVisible();
  await expect(p.getByText("Rett opp dette før du sender inn:")).toHaveCount(0);
  await expectAccessible(p);
  await p.getByRole("button", { name: "Send inn behovsmeldingen" }).first().click();
  await expect(p.getByText("Behovsmeldingen er sendt inn som versjon 1.")).toBeVisible();
  await expectAccessible(p);
}

const friskole = { name: "Frida Friskule", email: "frida.friskule@sorlandet-friskole.example.no" };
let friskolePage: Page;

test("the Statsforvalter invites the owner of Sørlandet Friskole (nynorsk), who submits its report in Vestre Agder", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = sfPage;
  await visit(page, "/organisasjoner");
  await page.getByRole("link", { name: "Sørlandet Friskole AS", exact: true }).click();
  await expectAccessible(page);
  await invite(page, friskole);
  friskolePage = await browserOf(browser);
  await acceptInvitation(friskolePage, await invitationLinkFor(friskole.email), friskole.email, friskole.name);
  await writeAndSubmit(friskolePage, {
    orgNumber: "910 000 004",
    contact: friskole,
    phone: "400 00 201",
    measure: "Vurdering for læring i Vestre Agder",
    owner: "400 000",
    uh: "100 000",
  });
});

test("the directorate sets Agder's amount and the Statsforvalter's new budget shows it", async ({ browser }) => {
  test.setTimeout(120_000);
  const d = await browserOf(browser);
  await acceptInvitation(d, await invitationLinkFor(directorate.email), directorate.email, directorate.name);
  await d.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Direktoratet" }).click();
  await expect(d.getByRole("heading", { level: 1, name: "Utdanningsdirektoratet: nasjonal oversikt" })).toBeVisible();
  await expectAccessible(d);
  await expect(d.getByRole("row", { name: /^Agder/ })).toContainText("Ikke satt");
  await d.getByRole("link", { name: "Sett beløp for Agder" }).click();
  await expectAccessible(d);
  const field = d.getByLabel(`Desentralisert ordning (DEKOM) – Agder ${YEAR}`);
  const form = d.locator("form").filter({ has: field });
  await field.fill("5 000 000,50");
  await form.getByRole("button", { name: "Lagre beløpet" }).click();
  await expect(
    d.getByRole("link", {
      name: `Desentralisert ordning (DEKOM) – Agder ${YEAR}: Skriv et beløp i hele kroner, for eksempel 150 000.`,
    }),
  ).toBeVisible();
  await expect(field).toHaveValue("5 000 000,50");
  await expectAccessible(d);
  await field.fill("5 000 000");
  await form.getByRole("button", { name: "Lagre beløpet" }).click();
  await expect(form.getByRole("status")).toHaveText("Beløpet er lagret.");
  await visit(d, `/direktoratet?ar=${YEAR}`);
  await expect(d.getByRole("row", { name: /^Agder/ })).toContainText(/5\s000\s000\skr/);
  await expect(d.getByRole("row", { name: /^Agder/ })).toContainText(/1\s000\s000\skr/); // applied: the two reports (500 000 kr each)

  const page = sfPage;
  await visit(page, "/budsjett/ny");
  await page.getByLabel("Runde (år og fylke)").selectOption({ label: `${YEAR} – Agder` });
  await expect(page.getByText(/5\s000\s000\skr/).first()).toBeVisible();
  for (const [i, amount] of ["1 000 000", "500 000", "100 000", "100 000"].entries())
    await page.getByLabel(`Beløp, post ${i + 1}`).fill(amount);
  await expect(page.getByText("Til fordeling pro rata").locator("xpath=following-sibling::dd[1]")).toHaveText(
    /3\s300\s000\skr/,
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opprett årsbudsjett" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Årsbudsjett ${YEAR} – Agder – Desentralisert ordning (DEKOM)` }),
  ).toBeVisible();
  await expect(page.getByText("Satt av Utdanningsdirektoratet for fylket, året og ordningen.")).toBeVisible();
  await expect(page.getByText(/^5\s000\s000\skr$/)).toBeVisible();
  await expectAccessible(page);
  budgetUrl = new URL(page.url()).pathname;
});

let budgetUrl: string;
/** A received message's subject, its folded header lines joined (nodemailer folds long headers). */
const subjectOf = (raw: string) =>
  raw
    .slice(0, raw.search(/\r?\n\r?\n/))
    .replace(/\r?\n[ \t]+/g, " ")
    .match(/^Subject: (.*)$/m)?.[1] ?? "";
const leader = { name: "Lene Leiar", email: "lene.leiar@ks-agder.example.no" };
const kr = (n: number) => new RegExp(n.toLocaleString("nb-NO").replace(/\s/g, "\\s") + "\\skr");
const download = async (page: Page, link: string | Locator) => {
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    (typeof link === "string" ? page.getByRole("link", { name: link }) : link).click(),
  ]);
  return readFile((await d.path())!);
};

test("the Statsforvalter decides the nynorsk school's report; the letter, acceptance, appeal, approved minutes and the archive package", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const page = sfPage;
  // Key data and frames: Vestre Agder (Lillesand, the friskole) gets a fifth of the pro-rata money, 660 000 kr.
  await visit(page, "/budsjett/nokkeldata");
  const csv = [
    "Organisasjonsnummer;Navn;Skoleår;Lærerårsverk",
    "864964702;GRIMSTAD KOMMUNE;2025-26;300",
    "940493021;ARENDAL KOMMUNE;2025-26;500",
    "964965404;LILLESAND KOMMUNE;2025-26;150",
    "910000004;Sørlandet Friskole AS;2025-26;50",
  ].join("\r\n");
  await page
    .getByLabel("CSV-fil")
    .setInputFiles({ name: "lararaarsverk-2026.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  await page.getByRole("button", { name: "Importer 4 gyldige rader" }).click();
  await expect(page.getByText("4 verdier er lagret.")).toBeVisible();
  await visit(page, `${budgetUrl}/rammer`);
  await page.getByRole("button", { name: "Beregn rammer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Lærerårsverk ${YEAR - 1}` })).toBeVisible();
  await page.getByLabel(new RegExp(`Jeg bekrefter at rammene i «Lærerårsverk ${YEAR - 1}»`)).check();
  await page.getByRole("button", { name: `Merk «Lærerårsverk ${YEAR - 1}» som vedtatt` }).click();
  await expect(page.getByText(`Rammer vedtatt: Lærerårsverk ${YEAR - 1}`)).toBeVisible();

  // The forum's meeting and its recommendation case, whose proposal gets the computed total.
  await visit(page, "/samarbeidsforum");
  await page.getByRole("link", { name: "Nytt møte" }).click();
  await expectAccessible(page);
  await page.getByLabel("Dato").fill(`${YEAR}-03-09`);
  await page.getByLabel("Sted", { exact: true }).fill("Statsforvalteren i Agder, Arendal");
  await page.getByRole("button", { name: "Opprett møtet" }).click();
  await expect(page).toHaveURL(/\/samarbeidsforum\/moter\//);
  const meetingUrl = new URL(page.url()).pathname;
  await expectAccessible(page);
  await page.getByText(`Ny sak (får neste nummer for ${YEAR})`).click();
  await page.getByLabel("Tittel", { exact: true }).fill("Felles årlig innstilling");
  await page.getByRole("radio", { name: "beslutningssak", exact: true }).check();
  await page.getByLabel("Forslag til vedtak").fill("Samlet utgjør innstillingen XXXXXXX kroner.");
  await page.getByRole("button", { name: "Opprett saken" }).click();
  await expect(
    page
      .getByText(
        "Teksten har en plassholder (XXX). Skriv {sum} der innstillingens sum skal stå, så fyller portalen inn beløpet.",
      )
      .first(),
  ).toBeVisible();
  await page.getByLabel("Forslag til vedtak").fill("Samlet utgjør innstillingen {sum}.");
  await page.getByRole("button", { name: "Opprett saken" }).click();
  await expect(page.getByRole("link", { name: `Sak 1/${YEAR} Felles årlig innstilling` })).toBeVisible();

  await visit(page, `${budgetUrl}/innstilling`);
  await page
    .getByLabel("Sak", { exact: true })
    .selectOption({ label: `Sak 1/${YEAR} Felles årlig innstilling (9. mars ${YEAR})` });
  await page.getByLabel("Innstilling for Vestre Agder").fill("250 000");
  await page
    .getByLabel("Begrunnelse for Vestre Agder")
    .fill("Tiltaket er godt forankra, men berre delvis i samsvar med kriteria.");
  await page.getByRole("button", { name: "Lagre innstillingen" }).click();
  await expect(page.getByText(/Ett nettverk har innstilling, samlet 250\s000\skr/)).toBeVisible();

  // The decision: 250 000 of the 500 000 applied for, split like the application (owner 200 000, UH 50 000).
  await visit(page, `${budgetUrl}/tildeling`);
  const region = page.getByRole("region", { name: "Sørlandet Friskole AS" });
  await expect(region.getByLabel("Til Sørlandet Friskole AS")).toHaveValue("200 000");
  await expect(region.getByLabel("Til UNIVERSITETET I AGDER")).toHaveValue("50 000");
  await region.getByRole("button", { name: "Fatt vedtak for Sørlandet Friskole AS" }).click();
  await expect(region.getByText(/^Innvilget 250\s000\skr/)).toBeVisible();
  await page.getByRole("link", { name: "Vedtaksbrev og klage for Sørlandet Friskole AS" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Vedtak – Kompetansenettverk Vestre Agder ${YEAR}` }),
  ).toBeVisible();
  const reportPath = new URL(page.url()).pathname.replace(/\/vedtak$/, "");
  await expectAccessible(page);

  // The preview is the letter in nynorsk, as the owner gets it; a partial grant cannot be sent without reasons.
  const letterTitle = `Vedtak om tilskot – Kompetansenettverk Vestre Agder ${YEAR}`;
  const letter = page.getByRole("region", { name: letterTitle });
  await expect(letter.getByRole("heading", { level: 4, name: letterTitle })).toBeVisible();
  await expect(letter).toContainText("Delvis innvilga");
  await expect(letter).toContainText(/minst 75\s000\skr/);
  await expect(letter).toContainText("Ikkje journalført enno");
  await page.getByRole("button", { name: "Send vedtaksbrevet" }).click();
  await expect(
    page.getByText("Skriv en begrunnelse på minst 20 tegn: vedtaket gir ikke det som ble søkt om.").first(),
  ).toBeVisible();
  await page
    .getByLabel("Begrunnelse", { exact: true })
    .fill("Ramma til Vestre Agder gir ikkje rom for meir enn innstillinga frå Samarbeidsforum.");
  await page.getByLabel("Saksbehandlerens tittel").fill("seniorrådgivar");
  await page.getByRole("button", { name: "Lagre og oppdater forhåndsvisningen" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await expect(letter).toContainText("Ramma til Vestre Agder gir ikkje rom for meir");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send vedtaksbrevet" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Vedtaksbrev sendt / })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send vedtaksbrevet" })).toHaveCount(0);
  await expect(page.getByText(/^Sendt av Siri Statsforvalter .*Klagefristen går ut /)).toBeVisible();
  await expect(page.getByText("Venter på at eieren aksepterer vilkårene")).toBeVisible();

  // It arrives on the SMTP server with its PDF, in nynorsk: amounts, co-financing, conditions, reasons, the appeal paragraph.
  let mail: (typeof smtp.received)[number] | undefined;
  await expect
    .poll(
      () =>
        (mail = smtp.received.find(
          (m) => m.to.includes(friskole.email) && /^Vedtak om tilskot: /.test(subjectOf(m.raw)),
        )),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  const attached = attachmentOf(mail!.raw);
  expect(attached, "the letter as a PDF attachment").not.toBeNull();
  const text = extractedText(attached!);
  for (const s of [
    `Vedtak om tilskot – Kompetansenettverk Vestre Agder ${YEAR}`,
    "Statsforvaltaren",
    "Postboks 788 Stoa",
    "Sørlandet Friskole AS",
    "Delvis innvilga",
    "Vilkår",
    "Eigendel",
    "Rapportering",
    "årsrapporten",
    "Tilbakebetaling",
    "betalast tilbake",
    "Grunngiving",
    "Ramma til Vestre Agder gir ikkje rom for meir",
    `sak 1/${YEAR}`,
    "Klagerett",
    "Klagefristen er tre veker",
    "Utdanningsdirektoratet",
    "forvaltningslova §§ 18 og 19",
    "Klagefristen går ut",
    "seniorrådgivar",
    "godkjent elektronisk",
    "Side 1 av",
  ]) {
    expect(text, s).toContain(s);
  }
  for (const n of [250_000, 200_000, 50_000, 500_000, 75_000]) expect(text).toMatch(kr(n));
  expect(text).not.toMatch(/XXX|\{sum\}/);
  expect(pdfInfo(attached!).Title).toBe(`Vedtak om tilskot – Kompetansenettverk Vestre Agder ${YEAR}`);

  // The owner reads it in the portal, accepts the terms, and appeals.
  const owner = friskolePage;
  await visit(owner, `${reportPath}/vedtak`);
  await expect(owner.getByRole("region", { name: letterTitle })).toContainText("Delvis innvilga");
  await owner.getByRole("button", { name: "Aksepter vilkårene" }).click();
  await expect(owner.getByText("Kryss av for at du aksepterer vilkårene.").first()).toBeVisible();
  await owner.getByLabel("Jeg har lest vilkårene og aksepterer dem på vegne av Sørlandet Friskole AS").check();
  await owner.getByRole("button", { name: "Aksepter vilkårene" }).click();
  await expect(owner.getByText("Klar til utbetaling")).toBeVisible();
  await expect(owner.getByText(new RegExp(`Vilkårene ble akseptert av ${friskole.name}`))).toBeVisible();
  await expectAccessible(owner);
  await owner
    .getByLabel("Klage", { exact: true })
    .fill("Vi klagar på vedtaket: tiltaket er forankra i alle einingane, og vi ber om heile beløpet.");
  await owner.getByLabel("Vedlegg (PDF, valgfritt)").setInputFiles({
    name: "grunnlag.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  });
  await owner.getByRole("button", { name: "Send klagen" }).click();
  await expect(owner.getByText("Til behandling")).toBeVisible();
  await expect(owner.getByRole("button", { name: "Send klagen" })).toHaveCount(0);
  await expect(owner.getByText(/Innen fristen/)).toBeVisible();
  await expectAccessible(owner);

  // The Statsforvalter keeps the decision and forwards the appeal; the owner gets the forwarding letter.
  await visit(page, `${reportPath}/vedtak`);
  await expect(page.getByRole("link", { name: "grunnlag.pdf" })).toBeVisible();
  await page
    .getByLabel("Statsforvalterens vurdering")
    .fill("Statsforvaltaren held fast ved at ramma ikkje gir rom for meir enn innstillinga.");
  await page.getByRole("button", { name: "Registrer behandlingen av klagen" }).click();
  await expect(page.getByText("Sendt til klageinstansen", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Oversendelse av klage sendt / })).toBeVisible();
  await expectAccessible(page);
  await expect
    .poll(
      () =>
        smtp.received.some(
          (m) => m.to.includes(friskole.email) && /^Klaga er send til klageinstansen: /.test(subjectOf(m.raw)),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);

  // The archive records its numbers; the package validates against Noark 5 v5.1.
  await page.getByLabel("Saksnummer i arkivet").fill(`${YEAR}/1234`);
  await page.getByRole("button", { name: "Lagre arkivreferansene" }).click();
  await expect(page.getByText("Arkivreferansene er lagret.")).toBeVisible();
  const zip = unzipSync(new Uint8Array(await download(page, "Last ned arkivpakken (zip)")));
  const dir = mkdtempSync(path.join(tmpdir(), "arkiv-"));
  writeFileSync(path.join(dir, "arkivstruktur.xml"), zip["arkivstruktur.xml"]!);
  const lint = spawnSync(
    "xmllint",
    ["--noout", "--schema", "tests/fixtures/noark5/v5.1/arkivstruktur.xsd", path.join(dir, "arkivstruktur.xml")],
    { encoding: "utf8" },
  );
  expect(lint.status, lint.stderr).toBe(0);
  expect(Object.keys(zip).filter((n) => n.startsWith("dokumenter/")).length).toBeGreaterThanOrEqual(5); // report, letter, acceptance, appeal with its attachment, forwarding letter

  // The minutes: the forum's leader approves them once the meeting is held; then nothing in it can change.
  await visit(page, "/samarbeidsforum/medlemmer");
  await page.getByLabel("Navn", { exact: true }).fill(leader.name);
  await page.getByLabel("E-post", { exact: true }).fill(leader.email);
  await page.getByLabel("Rolle").selectOption({ label: "Leder" });
  await page.getByLabel("Representerer").fill("KS Agder");
  await page.getByLabel("Første dag").fill(`${YEAR - 1}-12-01`); // the seat (and its forum role) from before today, open-ended
  await page.getByRole("button", { name: "Legg til medlemmet" }).click();
  await expect(
    page.getByText("Medlemmet er lagt til og har fått en invitasjon på e-post for å logge inn."),
  ).toBeVisible();
  await visit(page, meetingUrl);
  await page.getByRole("radio", { name: "Avholdt" }).check();
  await page.getByRole("button", { name: "Lagre møtet" }).click();
  await expect(page.getByText("Avholdt", { exact: true }).first()).toBeVisible();
  const lenePage = await browserOf(browser);
  await acceptInvitation(lenePage, await invitationLinkFor(leader.email), leader.email, leader.name);
  await visit(lenePage, meetingUrl);
  await expect(lenePage.getByText("Protokollen godkjennes av lederen i Samarbeidsforum.")).toBeVisible();
  await lenePage.getByRole("button", { name: "Godkjenn protokollen" }).click();
  await expect(lenePage.getByText(/^Protokollen ble godkjent .*en rettelse krever en ny sak\.$/)).toBeVisible();
  await expectAccessible(lenePage);
  await visit(page, meetingUrl);
  await expect(page.getByText("Protokoll godkjent").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre møtet" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Opprett saken" })).toHaveCount(0);
  const minutes = extractedText(await download(page, "Last ned protokoll (PDF)"));
  for (const s of [
    "Protokoll",
    "Postboks 788 Stoa",
    "Samlet utgjør innstillingen 250 000 kr.",
    "Protokollen ble godkjent",
    leader.name,
  ])
    expect(minutes, s).toContain(s);
  expect(minutes).not.toMatch(/XXX|\{sum\}/);
  await page
    .getByRole("link", { name: `Sak 1/${YEAR} Felles årlig innstilling` })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Lagre vedtaket" })).toHaveCount(0);
});
