import type { Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectAccessible, signInAsDemo, signOut, test } from "./fixtures";

/**
 * The joint measure «Vurdering og LK20» of seed 002 entered through the
 * browser (the e2e database is seeded without it), its pulje 1, semesters and
 * five gatherings with the English / Norwegian / Mathematics tracks; then a
 * gathering with 30 registrations, 4 no-shows and 3 walk-ins; the evaluation
 * through its link without an account; the calendar feed.
 */
test.describe.configure({ mode: "serial" });

const PULJE_1 = [
  "Ytre Namdal",
  "Midtre Namdal",
  "Trondheim/Malvik",
  "Trøndelag sørvest",
  "Levanger/Verdal",
  "Gauldal",
].map((n) => `Kompetansenettverk ${n}`);
const SEMESTERS = [
  { term: "Høst", year: 2021, between: null },
  { term: "Vår", year: 2022, between: "Oppdrag og intern samling" },
  { term: "Høst", year: 2022, between: "Oppdrag og intern samling" },
  { term: "Vår", year: 2023, between: "Oppdrag og intern samling" },
];
const GATHERINGS = [
  {
    n: 1,
    semester: 1,
    format: "Fysisk",
    length: "Heldag",
    date: "2021-10-28",
    theme: "Del 1 – Felles: En innføring i og utprøving av noen viktige begreper",
    tracks: ["Vurdering i engelsk", "Vurdering i norskfaget etter LK20", "Vurdering av kompetanse i matematikk"],
  },
  {
    n: 2,
    semester: 1,
    format: "Digital",
    length: "Halvdag",
    date: "2021-11-30",
    theme: null,
    tracks: ["Muntlig vurdering", "Vurdering av skriving", "Resonnering og argumentasjon"],
  },
  {
    n: 3,
    semester: 2,
    format: "Fysisk",
    length: "Heldag",
    date: "2022-03-22",
    theme: null,
    tracks: [
      "Skriftlig vurdering i engelskfaget",
      "Tolkningsfellesskap i praksis, vurdering av sidemål, og veien mot standpunktvurdering.",
      "Vurdering og opplæring – to sider av samme sak?",
    ],
  },
  {
    n: 4,
    semester: 3,
    format: "Digital",
    length: "Halvdag",
    date: "2022-10-25",
    theme: null,
    tracks: ["Mappevurdering", "Sluttvurdering", "Sluttvurdering"],
  },
  {
    n: 5,
    semester: 4,
    format: "Fysisk",
    length: "Heldag",
    date: "2023-04-18",
    theme: null,
    tracks: ["Potensiale i oppgaver", "Kompetansemål, arbeidsmåter og vurdering", ""],
  },
];
const SUBJECTS = ["Engelsk", "Norsk", "Matematikk"];
let measureUrl = "";
/** Today's date in Oslo, as the date field takes it. */
const osloToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
let annualUrl = "";

const open = async (page: Page, summary: string) => {
  const details = page.locator("details").filter({ has: page.getByText(summary, { exact: true }) });
  if (!(await details.getAttribute("open"))) await page.getByText(summary, { exact: true }).click();
  return details;
};

async function addGathering(page: Page, g: (typeof GATHERINGS)[number]) {
  await page.getByRole("link", { name: "Ny samling" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny samling" })).toBeVisible();
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue(`Samling ${g.n}`);
  await page.getByLabel("Semester", { exact: true }).selectOption({
    label: `Pulje 1, semester ${g.semester} – ${SEMESTERS[g.semester - 1]!.term} ${SEMESTERS[g.semester - 1]!.year}`,
  });
  const networks = page.getByRole("group", { name: "Nettverk", exact: true });
  for (const n of PULJE_1) await networks.getByLabel(n).check();
  await page.getByRole("group", { name: "Form" }).getByLabel(g.format).check();
  await page.getByRole("group", { name: "Lengde" }).getByLabel(g.length).check();
  await page.getByLabel("Dato", { exact: true }).fill(g.date);
  await page.getByLabel("Starter kl.").fill("09:00");
  await page.getByLabel("Slutter kl.").fill(g.length === "Heldag" ? "15:00" : "12:00");
  if (g.format === "Fysisk") await page.getByLabel("Sted").fill("Trondheim");
  if (g.theme) await page.getByLabel("Overordnet tema").fill(g.theme);
  for (const [i, subject] of SUBJECTS.entries()) {
    await page.getByRole("button", { name: "Legg til spor" }).click();
    await page.getByLabel(`Spor ${i + 1}`, { exact: true }).fill(subject);
    if (g.tracks[i]) await page.getByLabel(`Tema, spor ${i + 1}`).fill(g.tracks[i]!);
  }
  if (g.n > 2)
    await page.getByRole("group", { name: "Oppdrag til neste samling" }).getByLabel("Oppdrag", { exact: true }).check();
  if (g.n === 1) {
    // A slip of the year: the date is outside the semester chosen, and the form says so before anything is saved.
    await page.getByLabel("Dato", { exact: true }).fill("2022-10-28");
    await page.getByRole("button", { name: "Opprett samlingen" }).click();
    const keep = page.getByLabel("Behold datoen selv om den er utenfor semesteret");
    await expect(keep).toBeVisible();
    await expect(
      page.getByRole("link", {
        name: /^Behold datoen selv om den er utenfor semesteret: Datoen ligger utenfor semesteret som er valgt/,
      }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Dato", { exact: true }).fill(g.date);
  }
  await page.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Samling ${g.n}: Samling ${g.n}` })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Engelsk/ })).toContainText(g.tracks[0]!);
  await page.goto(measureUrl);
}

test("the Statsforvalter enters the joint measure «Vurdering og LK20» with pulje 1, four semesters and five gatherings; the timeline shows it", async ({
  page,
  visit,
}) => {
  test.setTimeout(300_000);
  await signInAsDemo(page, "Marte Lien");
  await visit("/tiltak");
  await page.getByRole("link", { name: "Nytt tiltak" }).click();
  await expectAccessible(page);
  await page.getByLabel("Fellestiltak (flere nettverk)").check();
  // A joint measure needs its networks: said next to the field and in the summary.
  await page.getByLabel("Navn på tiltaket").fill("Vurdering og LK20");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByRole("link", { name: "Nettverk som deltar: Velg minst ett nettverk." })).toBeVisible();
  for (const n of PULJE_1) await page.getByRole("group", { name: "Nettverk som deltar" }).getByLabel(n).check();
  await page
    .getByLabel("Mål", { exact: true })
    .fill(
      "Lærere skal utvikle en god forståelse av vurdering i det nye læreplanverket LK20, og de skal kunne gjennomføre en vurdering som er i tråd med intensjonene i forskrift og læreplan.",
    );
  await page.getByLabel("Målgruppe").fill("Lærere i engelsk, norsk og matematikk, skoleledere og skoleeiere");
  await page.getByRole("button", { name: "Opprett tiltaket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vurdering og LK20" })).toBeVisible();
  measureUrl = new URL(page.url()).pathname;
  await expectAccessible(page);

  // Pulje 1 with its six networks.
  const participation = await open(page, "Puljer og nettverk");
  await participation.getByRole("button", { name: "Legg til pulje" }).click();
  await participation.getByLabel("Fra år, pulje 1").fill("2021");
  await participation.getByLabel("Til år, pulje 1").fill("2023");
  for (const n of PULJE_1) await participation.getByLabel(n, { exact: true }).selectOption({ label: "Pulje 1" });
  await participation.getByRole("button", { name: "Lagre puljer og nettverk" }).click();
  await expect(page.getByText(/Pulje 1 \(2021–2023\): .*Kompetansenettverk Gauldal/)).toBeVisible();

  // Four semesters; saved in any order, numbered in time order.
  const plan = await open(page, "Semesterplan");
  for (const [i, s] of [...SEMESTERS].reverse().entries()) {
    await plan.getByRole("button", { name: "Legg til semester" }).click();
    await plan.getByLabel(`Vår/høst, rad ${i + 1}`).selectOption({ label: s.term });
    await plan.getByLabel(`År, rad ${i + 1}`).fill(String(s.year));
    if (s.between) await plan.getByLabel(`Arbeid mellom samlingene, rad ${i + 1}`).fill(s.between);
  }
  await plan.getByRole("button", { name: "Lagre semesterplanen" }).click();
  const semesterTable = page.getByRole("table", { name: "Semesterplan" });
  await expect(semesterTable.getByRole("row")).toHaveCount(5);
  await expect(semesterTable.getByRole("row").nth(1)).toContainText(/Pulje 1\s*1\s*Høst 2021/);
  await expect(semesterTable.getByRole("row").nth(4)).toContainText(
    /Pulje 1\s*4\s*Vår 2023\s*–\s*Oppdrag og intern samling/,
  );

  for (const g of GATHERINGS) await addGathering(page, g);
  await expectAccessible(page);
  const gatheringRows = page.getByRole("table", { name: "Samlinger" }).getByRole("row");
  await expect(gatheringRows).toHaveCount(6);
  await expect(gatheringRows.nth(1)).toContainText(/Samling 1.*Fysisk, heldag.*28\. oktober 2021/);
  await expect(gatheringRows.nth(2)).toContainText(/Samling 2.*Digital, halvdag/);

  await page.getByRole("link", { name: "Tidslinje" }).click();
  await expectAccessible(page);
  // The progress plan on a month axis, whole at 1 366 px: July 2021 to June 2023, every gathering a link in its month.
  await page.setViewportSize({ width: 1366, height: 900 });
  const chart = page.getByRole("region", { name: "Framdriftsplan per måned" });
  await expect(chart).toContainText("2021");
  await expect(chart).toContainText("2023");
  expect(await chart.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), "the chart fits at 1 366 px").toBe(true);
  await expect(chart.getByRole("link", { name: "Samling 5, 18.04.2023, fysisk" }).first()).toBeInViewport();
  await expect(chart.getByRole("link", { name: "Samling 2, 30.11.2021, digital" }).first()).toBeVisible();
  await expect(chart.getByText("Oppdrag").first()).toBeVisible();
  // Reached by keyboard: the gatherings are links in reading order.
  await chart.getByRole("link").first().focus();
  await expect(chart.getByRole("link").first()).toBeFocused();
  // On a phone the same plan is a list.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart).toBeHidden();
  await expect(page.getByText("Deretter: Oppdrag fram til Samling 4").first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const header = page.getByRole("row").first();
  await expect(header).toContainText(/Høst 2021\s*Vår 2022\s*Høst 2022\s*Vår 2023/);
  const gauldal = page.getByRole("row", { name: /^Kompetansenettverk Gauldal/ });
  const cells = gauldal.getByRole("cell");
  await expect(cells.nth(0)).toContainText(/Samling 1 28\.10\.2021\s*fysisk\s*Samling 2 30\.11\.2021\s*digital/);
  await expect(cells.nth(1)).toContainText("Samling 3");
  await expect(cells.nth(2)).toContainText("Samling 4");
  await expect(cells.nth(3)).toContainText("Samling 5");
  await expect(page.getByRole("row", { name: /^Pulje 1/ })).toContainText(
    /Semester 1\s*Semester 2\s*Semester 3\s*Semester 4/,
  );
});

async function attendance(page: Page, row: Locator, label: "Til stede" | "Kom ikke", name: string) {
  await row.getByRole("button", { name: `${label}: ${name}` }).click();
  await expect(row.locator(`[data-attendance="${label === "Til stede" ? "PRESENT" : "ABSENT"}"]`)).toBeVisible();
}

test("a gathering with 30 registrations, 4 who do not come and 3 who walk in shows exactly those figures; the no-show rate follows", async ({
  page,
  visit,
}) => {
  test.setTimeout(420_000);
  const year = new Date().getUTCFullYear() + 1;
  await signInAsDemo(page, "Ola Brattås"); // coordinator, Trondheim/Malvik (pulje 1)
  await visit(measureUrl);
  await page.getByRole("link", { name: "Ny samling" }).click();
  await page.getByLabel("Nr. i rekken").fill("");
  await page.getByLabel("Tittel", { exact: true }).fill("Årlig samling");
  await page
    .getByRole("group", { name: "Nettverk", exact: true })
    .getByLabel("Kompetansenettverk Trondheim/Malvik")
    .check();
  await page.getByLabel("Dato", { exact: true }).fill(`${year}-10-20`);
  await page.getByLabel("Sted").fill("Trondheim");
  await page.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Årlig samling" })).toBeVisible();
  annualUrl = new URL(page.url()).pathname;
  await signOut(page);

  await signInAsDemo(page, "Hanne Vik"); // owner, Trondheim kommune
  await visit(annualUrl);
  for (let n = 1; n <= 30; n++) {
    await page.getByLabel("Navn", { exact: true }).fill(`Lærer ${n}`);
    await page.getByLabel("E-post", { exact: true }).fill(`laerer${n}@trondheim.demo.test`);
    await page.getByLabel("Skole/enhet").fill(n <= 15 ? "Lade skole" : "Åsveien skole");
    await page.getByRole("button", { name: "Meld på" }).click();
    await expect(page.getByRole("rowheader", { name: new RegExp(`^Lærer ${n}\\b`) })).toBeVisible();
  }
  await expectAccessible(page);
  await signOut(page);

  // Before the day the attendance page says when it opens, and has nothing to mark.
  await signInAsDemo(page, "Ola Brattås");
  await visit(`${annualUrl}/oppmote`);
  await expect(page.getByText(/^Oppmøtet åpner på samlingsdagen, \d{1,2}\. oktober \d{4}\./)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Til stede: / })).toHaveCount(0);
  // The gathering is moved to today (the registrations stay).
  await visit(annualUrl);
  const edit = await open(page, "Endre samlingen");
  await edit.getByLabel("Dato", { exact: true }).fill(osloToday());
  await edit.getByLabel("Starter kl.").fill("00:00");
  await edit.getByLabel("Slutter kl.").fill("23:59");
  await edit.getByRole("button", { name: "Lagre samlingen" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Lagret." })).toBeVisible();
  await signOut(page);

  // On the day, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsDemo(page, "Ola Brattås");
  await visit(`${annualUrl}/oppmote`);
  const list = page.getByRole("list", { name: "Påmeldte" });
  for (let n = 1; n <= 30; n++) {
    const row = list.getByRole("listitem").filter({ hasText: new RegExp(`^Lærer ${n}(?!\\d)`) });
    await attendance(page, row, n <= 4 ? "Kom ikke" : "Til stede", `Lærer ${n}`);
  }
  for (let n = 1; n <= 3; n++) {
    await page.getByLabel("Navn", { exact: true }).fill(`Uten påmelding ${n}`);
    await page.getByLabel("Skole/enhet").fill("Lade skole");
    await page.getByRole("button", { name: "Legg til som til stede" }).click();
    await expect(list.getByText(`Uten påmelding ${n}`)).toBeVisible();
  }
  await expect(page.getByRole("status").filter({ hasText: "til stede" })).toHaveText(
    "26 påmeldte møtte, 4 kom ikke, 3 kom uten påmelding – 29 til stede",
  );
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await visit(annualUrl);
  const figure = (k: string) => page.locator(`[data-figure="${k}"]`);
  await expect(figure("registered")).toHaveText("30");
  await expect(figure("present")).toHaveText("29");
  await expect(figure("noShows")).toHaveText("4");
  await expect(figure("walkIns")).toHaveText("3");
  await expect(
    page.getByRole("table", { name: "Per skole/enhet" }).getByRole("row", { name: /^Lade skole/ }),
  ).toContainText(/15\s*14\s*4\s*3/);
  await expect(
    page.getByRole("table", { name: "Per nettverk" }).getByRole("row", { name: /^Trondheim\/Malvik/ }),
  ).toContainText(/30\s*26\s*4/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned deltakerlisten (XLSX)" }).click();
  expect((await download).suggestedFilename()).toBe(`deltakere-${osloToday()}.xlsx`);

  await visit(measureUrl);
  await expect(
    page.getByText("Andel påmeldte som ikke kom, over samlingene med registrert oppmøte: 13,3 %"),
  ).toBeVisible();
});

test("participants answer the evaluation through the link without an account; calendar programs get the gatherings as iCalendar", async ({
  page,
  visit,
  browser,
}) => {
  await signInAsDemo(page, "Ola Brattås");
  await visit(measureUrl);
  await page.getByRole("link", { name: "Samling 1", exact: true }).click();
  const link = await page
    .getByText("Lenke til evalueringen for deltakerne (uten innlogging):")
    .getByRole("link")
    .getAttribute("href");
  expect(link).toMatch(/\/evaluering\/[\w-]{20,}$/);

  const anonymousContext = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo" });
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto(new URL(link!, page.url()).pathname);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Evaluering av samlingen" })).toBeVisible();
  await expectAccessible(anonymous);
  await anonymous.getByLabel("Sporet du deltok i").selectOption({ label: "Matematikk" });
  await anonymous.getByRole("button", { name: "Send svaret" }).click();
  await expect(
    anonymous.getByRole("link", { name: /^Samlingen var relevant for arbeidet mitt: Velg en verdi fra 1 til 5/ }),
  ).toBeVisible();
  for (const q of [
    "Samlingen var relevant for arbeidet mitt",
    "Jeg fikk noe jeg kan prøve ut i egen praksis",
    "Samlingen var godt organisert",
    "Samlingen styrket samarbeidet på skolen vår",
  ]) {
    await anonymous.getByRole("group", { name: q }).getByLabel("4").check();
  }
  await anonymous.getByLabel("Hva vil du si til dem som planlegger neste samling?").fill("Mer tid til mellomarbeid.");
  await anonymous.getByRole("button", { name: "Send svaret" }).click();
  await expect(anonymous.getByText("Takk for svaret!")).toBeVisible();
  // The same browser again: it is told it has answered, and there is no form to send twice.
  await anonymous.reload();
  await expect(anonymous.getByText("Du har allerede svart på denne evalueringen. Takk for svaret!")).toBeVisible();
  await expect(anonymous.getByRole("button", { name: "Send svaret" })).toHaveCount(0);
  await expectAccessible(anonymous);
  await anonymousContext.close();

  await page.reload();
  await expect(page.getByText("Ett svar.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^Samlingen var relevant/ })).toContainText(/4,0/);
  await expect(page.getByText("Matematikk: Mer tid til mellomarbeid.")).toBeVisible();

  // The month calendar names the measure in each day's cell; on a phone the month is a list of days.
  await visit("/kalender?maned=2021-10");
  await expect(
    page
      .getByRole("table", { name: "Samlinger i oktober 2021" })
      .getByRole("cell", { name: /^28\./ })
      .getByRole("link"),
  ).toHaveText("Vurdering og LK20 – Samling 1");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(
    page
      .getByRole("list", { name: "Samlinger i oktober 2021" })
      .getByRole("link", { name: "Vurdering og LK20 – Samling 1" }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });

  // The measure's feed, as a calendar program fetches it: no session, the token in the link.
  await visit(measureUrl);
  const feed = await page.getByRole("link", { name: "Abonner på samlingene (iCalendar)" }).getAttribute("href");
  const response = await (await browser.newContext()).request.get(new URL(feed!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await response.text()))
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary)).toEqual(
    expect.arrayContaining(["Samling 1: Samling 1", "Samling 5: Samling 5", "Årlig samling"]),
  );
  expect(
    events
      .find((e) => e.summary === "Samling 1: Samling 1")!
      .startDate.toJSDate()
      .toISOString(),
  ).toBe("2021-10-28T07:00:00.000Z");
  const wrong = await (
    await browser.newContext()
  ).request.get(new URL(feed!.replace(/token=.*/, "token=feil"), page.url()).toString());
  expect(wrong.status()).toBe(404);
});
