import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAsDemo, test } from "./fixtures";
import nb from "../../lib/i18n/messages/nb.json";
import nn from "../../lib/i18n/messages/nn.json";
import en from "../../lib/i18n/messages/en.json";

/**
 * Every page a person can reach by following the portal's own links, for four
 * people with different roles, in English and nynorsk: each answers without a
 * server error, passes axe at desktop width and at 390 px, does not scroll
 * sideways on a phone, has no console error or failed request, and shows no
 * bokmål interface text — no bokmål
 * message from the catalogue where the page's language has its own (the text
 * the owners and case officers wrote is theirs and stays as written).
 */
type Catalogue = { [key: string]: string | Catalogue };
const flatten = (c: Catalogue, prefix = ""): [string, string][] =>
  Object.entries(c).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );

/**
 * Messages whose bokmål text is also a record's own name: the suggested names of a budget line and a frame
 * calculation (what was written is data, in the writer's language; the same words as the key's short name), and
 * "Statsforvalteren i {county}", which is what the offices are called.
 */
const SUGGESTIONS =
  /^(budget\.defaultLabels\.|frames\.defaultName$|frames\.keyShort\.|networks\.teacherFte$|home\.statsforvalter\.title$)/;

/** A bokmål message as a whole-text pattern: its arguments may be anything, its own words must be there. */
const pattern = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{[^{}]*\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
      .join(".+")}$`,
  );

/** Bokmål messages long enough to be unmistakable (plain ICU: no plurals or tags), and different in the other language. */
function bokmalOnly(other: Catalogue): RegExp[] {
  const theirs = new Map(flatten(other));
  return flatten(nb as Catalogue)
    .filter(([key, text]) => !SUGGESTIONS.test(key) && theirs.get(key) !== text && !/[<]|, (plural|select)/.test(text))
    .filter(([, text]) => text.replace(/\{[^{}]*\}/g, "").trim().length >= 12 && text.includes(" "))
    .map(([, text]) => pattern(text));
}

/** A path's shape: the record ids replaced, so the crawl sees each kind of page once, not every gathering. */
const shape = (path: string) =>
  path
    .split("?")[0]!
    .split("/")
    .map((segment, i) => (i >= 2 && /\d/.test(segment) ? ":id" : segment))
    .join("/");

/** Links that are files, feeds, the sign-out or outside the pages (route handlers are covered by route-authorization.spec.ts). */
const SKIP = /\.(pdf|xlsx|csv|ics)\b|\/pdf\b|\/api\/|\/eksport|\/deltakere|\/feed|logg-ut|\/evaluering\//;

/**
 * What went wrong in the browser while a page was open: console errors and
 * requests that failed or answered 400 or more (a prefetched link to a file
 * that does not exist, a script that throws). A request cut off because the
 * crawl moved on (net::ERR_ABORTED) is not a failure.
 */
function browserProblems(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED")
      problems.push(`failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

async function crawl(page: Page, words: RegExp[], maxPages: number) {
  const problems = browserProblems(page);
  const seen = new Set<string>();
  const perShape = new Map<string, number>();
  const queue = ["/"];
  const visited: string[] = [];
  while (queue.length && visited.length < maxPages) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    problems.length = 0;
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBeLessThan(400);
    await expectAccessible(page);
    // Prefetches and late scripts have had their chance to fail.
    await page.waitForLoadState("networkidle");
    expect(problems, `problems in the browser on ${path}`).toEqual([]);
    visited.push(path);
    // Whole texts — of text nodes, of the elements that hold a label or a line, and of accessible names — so a
    // sentence someone wrote that happens to contain a phrase is not counted.
    const texts = await page.evaluate(() => {
      const out = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.add((n.textContent ?? "").trim());
      for (const el of document.body.querySelectorAll<HTMLElement>(
        "h1,h2,h3,h4,label,legend,button,th,td,dt,dd,li,a,p,caption,summary,option,title",
      ))
        out.add((el.innerText ?? el.textContent ?? "").trim());
      for (const el of document.querySelectorAll("[aria-label],[placeholder],[title]"))
        for (const a of ["aria-label", "placeholder", "title"]) out.add((el.getAttribute(a) ?? "").trim());
      out.add(document.title);
      return [...out].filter(Boolean).map((t) => t.replace(/:$/, ""));
    });
    const leftovers = words
      .filter((w) => texts.some((t) => w.test(t)))
      .map((w) => `${w.source} ← «${texts.find((t) => w.test(t))}»`);
    expect(leftovers, `bokmål interface text on ${path}`).toEqual([]);
    for (const href of await page.$$eval("a[href^='/']", (links) => links.map((a) => a.getAttribute("href") ?? ""))) {
      const next = href.split("#")[0]!;
      if (!next || SKIP.test(next) || seen.has(next) || queue.includes(next)) continue;
      const count = perShape.get(shape(next)) ?? 0;
      if (count >= 1) continue;
      perShape.set(shape(next), count + 1);
      queue.push(next);
    }
  }
  return visited;
}

const people = [
  { name: "Jonas Berg", locale: "en", catalogue: en },
  { name: "Kari Nordvik", locale: "en", catalogue: en },
  { name: "Marte Lien", locale: "nn", catalogue: nn },
  { name: "Ola Brattås", locale: "nn", catalogue: nn },
] as const;

for (const person of people) {
  test(`every page ${person.name} can reach, in ${person.locale === "en" ? "English" : "nynorsk"}`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await signInAsDemo(page, person.name);
    // The language as the switch leaves it, for this browser only (the person's stored choice is not touched).
    await context.addCookies([{ name: "NEXT_LOCALE", value: person.locale, url: baseURL! }]);
    const visited = await crawl(page, bokmalOnly(person.catalogue as Catalogue), 24);
    await expect(page.locator("html")).toHaveAttribute("lang", person.locale);
    console.log(
      `${person.name} (${person.locale}): ${visited.length} pages without a server error, an axe violation (desktop and 390 px), sideways scroll, a console error or bokmål interface text`,
    );
    expect(visited.length).toBeGreaterThan(8);
  });
}
