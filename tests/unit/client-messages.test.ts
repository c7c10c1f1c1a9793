/**
 * Only some namespaces of the catalogue reach the browser (lib/i18n/client-messages.ts): the
 * shell's with every page, and a page's group. A client component that names a namespace its
 * page does not send would show keys instead of text: this follows every page's imports to find it.
 *
 * From a page or layout, imports are followed into client components ("use client") and on from
 * them — also into the server actions ("use server") and what those import, when the component
 * shows what an action answers: the form translates an action's error keys in the browser. In a client component, a
 * namespace is named by useTranslations("x"), by a key "x.…" given to a translator, or by a
 * string "x.y" anywhere (a warning's key, say).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nb from "@/lib/i18n/messages/nb.json";
import { MESSAGE_GROUPS, SHELL_NAMESPACES, clientMessages, type MessageGroup } from "@/lib/i18n/client-messages";

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app");
const ns = Object.keys(nb).join("|");

type Source = { client: boolean; server: boolean; imports: string[]; names: Set<string>; groups: string[] };
const sources = new Map<string, Source>();

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  return null;
}

function source(file: string): Source {
  const known = sources.get(file);
  if (known) return known;
  const src = fs.readFileSync(file, "utf8");
  const s: Source = {
    client: /^["']use client["']/m.test(src),
    server: /^["']use server["']/m.test(src),
    imports: [...src.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)].flatMap(
      (m) => resolve(file, m[1]!) ?? [],
    ),
    names: new Set([
      ...[...src.matchAll(/useTranslations\(\s*["'`]([a-zA-Z]+)/g)].map((m) => m[1]!),
      ...[...src.matchAll(new RegExp(`\\bt[a-zA-Z]*(?:\\.rich)?\\(\\s*["'\`](${ns})\\.[a-zA-Z$]`, "g"))].map(
        (m) => m[1]!,
      ),
      ...[...src.matchAll(new RegExp(`["'](${ns})\\.[a-zA-Z]+["']`, "g"))].map((m) => m[1]!),
    ]),
    groups: [...src.matchAll(/<ScopedMessages\s+group="([a-zA-Z]+)"/g)].map((m) => m[1]!),
  };
  sources.set(file, s);
  return s;
}

/** The namespaces the browser translates for what `file` renders; `seen` is per page. */
function needed(file: string, inClient: boolean, seen: Set<string>): Set<string> {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const s = source(file);
  const client = inClient || s.client;
  const out = new Set(client ? s.names : []);
  for (const dep of s.imports) {
    if (client && source(dep).server && !showsResults(s)) continue;
    for (const n of needed(dep, client, seen)) out.add(n);
  }
  return out;
}

/** A client component that shows what an action answers: it uses the form machinery (components/form, or the form namespaces itself). */
function showsResults(s: Source): boolean {
  return (
    s.imports.some((f) => f.startsWith(path.join(ROOT, "components", "form"))) ||
    ["form", "forms", "validation", "errors"].some((n) => s.names.has(n))
  );
}

/** Files named `name` under app/. */
function find(dir: string, name: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? find(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : [],
    );
}

/** A page's layouts, root first. */
function layoutsOf(page: string): string[] {
  const out: string[] = [];
  for (let dir = path.dirname(page); dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (fs.existsSync(layout)) out.unshift(layout);
  }
  return out;
}

const rel = (f: string) => path.relative(ROOT, f);

describe("messages sent to the browser", () => {
  const pages = find(APP, "page.tsx");

  it("include every namespace a page's client components use", () => {
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const page of pages) {
      const files = [...layoutsOf(page), page];
      const groups = files.flatMap((f) => source(f).groups.map((g) => `${g} (${rel(f)})`));
      if (groups.length > 1)
        problems.push(`${rel(page)}: groups nested, the messages are sent twice: ${groups.join(", ")}`);
      const group = files.flatMap((f) => source(f).groups).at(-1) as MessageGroup | undefined;
      if (group && !(group in MESSAGE_GROUPS)) problems.push(`${rel(page)}: no message group "${group}"`);
      const sent = new Set<string>([...SHELL_NAMESPACES, ...(group ? (MESSAGE_GROUPS[group] ?? []) : [])]);
      const seen = new Set<string>();
      const need = new Set(files.flatMap((f) => [...needed(f, false, seen)]));
      const missing = [...need].filter((n) => !sent.has(n)).sort();
      if (missing.length)
        problems.push(`${rel(page)}${group ? ` (group ${group})` : ""} also needs: ${missing.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });

  it("send with every page only what the shell and the error pages translate", () => {
    const shell = [
      path.join(APP, "layout.tsx"),
      ...find(APP, "not-found.tsx"),
      ...find(APP, "error.tsx"),
      ...find(APP, "global-error.tsx"),
      ...find(APP, "layout.tsx"),
    ];
    const need = new Set<string>();
    const seen = new Set<string>();
    for (const f of shell) if (!source(f).groups.length) for (const n of needed(f, false, seen)) need.add(n);
    expect([...need].filter((n) => !(SHELL_NAMESPACES as readonly string[]).includes(n))).toEqual([]);
    // the shell's part is small: the report list sends it and nothing else
    expect(JSON.stringify(clientMessages(nb)).length).toBeLessThan(2_000);
  });

  it("name namespaces that exist", () => {
    const unknown = [...SHELL_NAMESPACES, ...Object.values(MESSAGE_GROUPS).flat()].filter((n) => !(n in nb));
    expect(unknown).toEqual([]);
  });
});
