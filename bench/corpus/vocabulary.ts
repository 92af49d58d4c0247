/**
 * What the corpus generator may write in place of the fixtures' names:
 * person-name words (bench/corpus/person-names.json) and Indonesian areas
 * from idn-area-data, grouped so a swap keeps the kind of place: a province
 * for a province, a short province form ("Jatim") for a short form, a name
 * that is only a kota for such a name, only a kabupaten, or both.
 */
import { readFileSync } from "node:fs";
import { getProvinces, getRegencies } from "idn-area-data";
import { z } from "zod";
import { bareName, titleCase } from "../../src/extract/places/names.ts";
import { aliasRules } from "../../src/extract/places/rules.ts";

export type PlaceClass = "province" | "province-short" | "kota" | "kabupaten" | "kota-and-kabupaten";

export interface Vocabulary {
  personWords: readonly string[];
  /** Every swappable place form, to its class. */
  placeClass: ReadonlyMap<string, PlaceClass>;
  /** What a form of each class may become. */
  placePool: Readonly<Record<PlaceClass, readonly string[]>>;
}

const PersonNames = z.object({ description: z.string(), words: z.array(z.string().min(3)).min(20) });

/** "Jatim", "Sumut", "NTB": one short word, the way headlines write a province. */
const SHORT_PROVINCE_FORM = /^[A-Z][A-Za-z]{1,6}$/;

export async function loadVocabulary(): Promise<Vocabulary> {
  const { words } = PersonNames.parse(JSON.parse(readFileSync(new URL("./person-names.json", import.meta.url), "utf8")));
  // Bare names that are also common words would vanish without a cue: neither swapped nor written.
  const ambiguous = new Set(aliasRules.needContext);
  const placeClass = new Map<string, PlaceClass>();

  for (const { code, name } of await getProvinces()) placeClass.set(aliasRules.displayNames[code] ?? titleCase(name), "province");
  // "Jakarta" and "DKI" are part of "DKI Jakarta", and "Jakarta" is also a dateline city: not short forms.
  const provinceWords = new Set([...placeClass.keys()].flatMap((name) => name.split(" ")));
  for (const { code, forms } of aliasRules.aliases) {
    if (code.length !== 2) continue;
    for (const form of forms) if (SHORT_PROVINCE_FORM.test(form) && !provinceWords.has(form)) placeClass.set(form, "province-short");
  }
  const kinds = new Map<string, Set<"kota" | "kabupaten">>();
  for (const { code, name } of await getRegencies()) {
    const canonical = aliasRules.displayNames[code] ?? titleCase(name);
    const bare = bareName(canonical);
    if (ambiguous.has(bare) || placeClass.has(bare)) continue;
    const set = kinds.get(bare) ?? new Set();
    set.add(canonical.startsWith("Kota ") ? "kota" : "kabupaten");
    kinds.set(bare, set);
  }
  for (const [bare, set] of kinds) placeClass.set(bare, set.size === 2 ? "kota-and-kabupaten" : [...set][0]!);

  const placePool: Record<PlaceClass, string[]> = { province: [], "province-short": [], kota: [], kabupaten: [], "kota-and-kabupaten": [] };
  for (const [form, cls] of placeClass) placePool[cls].push(form);
  return { personWords: words, placeClass, placePool };
}
