/**
 * Every language has every message: the same keys as bokmål, every
 * message a valid ICU message, with the same arguments, rich-text tags and
 * plural/select branches — so a key added in one language and forgotten in
 * another fails here, not in front of a user.
 */
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "@/lib/i18n/config";
import nb from "@/lib/i18n/messages/nb.json";

type Tree = { [k: string]: string | Tree };
const catalogues: Record<string, Tree> = Object.fromEntries(
  await Promise.all(
    locales.map(async (l) => [l, (await import(`@/lib/i18n/messages/${l}.json`)).default as Tree] as const),
  ),
);

function leaves(t: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Arguments, tags and plural/select branches of a message: what a translation must keep. */
function shape(message: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
        out.add(`arg:${el.value}`);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        out.add(
          `${el.type === TYPE.plural ? "plural" : "select"}:${el.value}:${Object.keys(el.options).sort().join("|")}`,
        );
        for (const o of Object.values(el.options)) walk(o.value);
      }
      if (el.type === TYPE.tag) {
        out.add(`tag:${el.value}`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}

const reference = leaves(nb as Tree);

describe("message catalogues", () => {
  it("has bokmål, nynorsk and English", () => {
    expect([...locales].sort()).toEqual(["en", "nb", "nn"]);
    expect(reference.size).toBeGreaterThan(1000);
  });

  for (const locale of locales) {
    it(`${locale}: every key of bokmål and no other, every message valid, with the same arguments and branches`, () => {
      const messages = leaves(catalogues[locale]!);
      expect(
        [...reference.keys()].filter((k) => !messages.has(k)),
        `missing in ${locale}`,
      ).toEqual([]);
      expect(
        [...messages.keys()].filter((k) => !reference.has(k)),
        `only in ${locale}`,
      ).toEqual([]);
      const wrong: string[] = [];
      for (const [key, message] of messages) {
        if (message.trim() === "" && reference.get(key)!.trim() !== "") wrong.push(`${key}: empty`);
        try {
          if (JSON.stringify(shape(message)) !== JSON.stringify(shape(reference.get(key)!)))
            wrong.push(`${key}: ${shape(message).join(" ")} ≠ ${shape(reference.get(key)!).join(" ")}`);
        } catch (e) {
          wrong.push(`${key}: does not parse (${(e as Error).message})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
