/**
 * What an article says about an award besides its results: the organizer
 * (acronyms expanded with rules/organizers.json), the theme ("bertema
 * '...'"), the event where it was given ("diumumkan dalam Rapat Koordinasi
 * Nasional (Rakornas) Kepegawaian 2023") and the categories it lists ("tiga
 * kategori, yaitu A, B, dan C"). Each is read from the text near a cue; the
 * first one found wins.
 */
import { caseSensitiveAlternation } from "../../rules/pattern.ts";
import { organizerRules } from "./rules.ts";

export interface Attributes {
  organizer: string | null;
  theme: string | null;
  event: string | null;
  categories: string[];
}

const ORGANIZERS = new Map(Object.entries(organizerRules.organizers).map(([k, v]) => [k.toLowerCase(), v]));
const FULL_NAMES = new Set(ORGANIZERS.values());
/** Capitalized words, a parenthesized acronym and "/" joins: "Kementerian Investasi/Badan Koordinasi Penanaman Modal (BKPM)". */
const NAME = "\\p{Lu}[\\p{L}\\p{N}/.-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{N}/.-]*|dan|ke-\\d+|\\d{4}|\\([^()\\n]{1,40}\\)))*";
const ORGANIZER = new RegExp(`(?<![\\p{L}])${caseSensitiveAlternation(organizerRules.cues)}[ \\t]+(?<name>${NAME})`, "gu");
const THEME = /(?<![\p{L}])(?:bertemakan|bertema|bertajuk|mengusung tema|tema)[ \t]*["“](?<theme>[^"“”\n]{3,200})["”]/iu;
const EVENT = new RegExp(
  `(?<![\\p{L}])(?:diumumkan dalam|diumumkan pada|digelar pada|dalam rangka|rangkaian peringatan|upacara peringatan|pada acara|dalam acara)[ \\t]+(?<event>${NAME})`,
  "u",
);
const CATEGORY_LIST = /(?<![\p{L}])kategori,?[ \t]+(?:yaitu|yakni|antara lain)[ \t]+(?:kategori[ \t]+)?(?<list>[^.\n]{3,400})/iu;

/** An organization as written, expanded when its acronym is in the table: "Kementerian Dalam Negeri (Kemendagri)" stays, "KLHK" expands. */
function expand(written: string): string | null {
  // The lookbehind starts the match only where a run of spaces starts: linear however long the run.
  const bare = written.replace(/(?<![ \t])[ \t]*\([^()]*\)$/, "");
  const acronym = /\(([^()]+)\)$/.exec(written)?.[1];
  const known = ORGANIZERS.get(bare.toLowerCase()) ?? (acronym === undefined ? undefined : ORGANIZERS.get(acronym.toLowerCase()));
  if (known !== undefined) return known;
  return FULL_NAMES.has(bare) || /^(?:Kementerian|Badan|Komisi|Dewan|Lembaga)\b/u.test(bare) ? bare : null;
}

/** "A, B dan C" -> [A, B, C]: commas everywhere, "dan" only after the last comma (a category may hold "dan" itself). */
function categoriesOf(list: string): string[] {
  const parts = list.split(/,[ \t]*(?:dan[ \t]+)?/u);
  parts.push(...parts.pop()!.split(/(?<![ \t])[ \t]+dan[ \t]+/u));
  return parts.map((c) => c.trim()).filter((c) => c !== "");
}

/** The organizer an award's own name states: "BKN Award" -> Badan Kepegawaian Negara. */
export function organizerInName(name: string): string | null {
  for (const word of name.split(/\s+/)) {
    const known = ORGANIZERS.get(word.toLowerCase());
    if (known !== undefined) return known;
  }
  return null;
}

/** Attributes stated in `passage` (the sentences around an award's mentions). */
export function readAttributes(passage: string): Attributes {
  let organizer: string | null = null;
  for (const m of passage.matchAll(ORGANIZER)) {
    organizer = expand(m.groups?.name ?? "");
    if (organizer !== null) break;
  }
  const list = CATEGORY_LIST.exec(passage)?.groups?.list;
  return {
    organizer,
    theme: THEME.exec(passage)?.groups?.theme?.trim() ?? null,
    event: EVENT.exec(passage)?.groups?.event?.trim() ?? null,
    categories: list === undefined ? [] : categoriesOf(list),
  };
}
