/**
 * Only CLIENT_NAMESPACES of the catalogue reach the browser (app/layout.tsx). A client
 * component that names another namespace — useTranslations("x"), or a key "x.…"
 * given to a root translator — would show its keys instead of text: this finds it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nb from "@/lib/i18n/messages/nb.json";
import { CLIENT_NAMESPACES, SCOPED_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

const ROOT = path.resolve(__dirname, "../..");
const namespaces = Object.keys(nb);

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : clientFiles(rel);
    return /\.tsx?$/.test(e.name) && /^["']use client["']/m.test(fs.readFileSync(path.join(ROOT, rel), "utf8")) ? [rel] : [];
  });
}

describe("messages sent to the browser", () => {
  const files = ["app", "components", "lib"].flatMap(clientFiles);

  it("include every namespace a client component uses", () => {
    expect(files.length).toBeGreaterThan(20);
    const used = new Map<string, string[]>();
    const ns = namespaces.join("|");
    for (const f of files) {
      const src = fs.readFileSync(path.join(ROOT, f), "utf8");
      const names = [
        ...[...src.matchAll(/useTranslations\(\s*["'`]([a-zA-Z]+)/g)].map((m) => m[1]!),
        // a key given to a translator (t("form.x"), t(`schemes.${s}`), t.rich(…)), not a form field path
        ...[...src.matchAll(new RegExp(`\\bt[a-zA-Z]*(?:\\.rich)?\\(\\s*["'\`](${ns})\\.[a-zA-Z$]`, "g"))].map((m) => m[1]!),
        // a message key written as a string elsewhere (e.g. a warning's key), "x.y"
        ...[...src.matchAll(new RegExp(`["'](${ns})\\.[a-zA-Z]+["']`, "g"))].map((m) => m[1]!),
      ];
      for (const n of names) used.set(n, [...(used.get(n) ?? []), f]);
    }
    const missing = [...used.entries()].filter(([n]) => !(CLIENT_NAMESPACES as readonly string[]).includes(n) && !(SCOPED_NAMESPACES as readonly string[]).includes(n));
    expect(missing).toEqual([]);
  });

  it("leave out what only the server translates", () => {
    const sent = clientMessages(nb);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(nb).length * 0.75);
  });
});
