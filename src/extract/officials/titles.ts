/**
 * The title lexicon (rules/official-titles.json) and the one matcher built
 * from it when the module loads: an optional acting prefix ("Penjabat (Pj)")
 * and a title form ("Wali Kota (Walkot)", "Mendagri"), case-insensitive, at
 * word boundaries. Alternations of literals only, so matching is linear.
 */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import type { OfficialMention } from "../../types.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

const words = z.array(z.string().min(1));
const Level = z.enum(["provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"]).nullable();

const TitleRules = z.object({
  ...described,
  acting: z.array(z.object({ full: z.string().min(1), forms: words.min(1) })),
  titles: z.array(
    z.object({
      id: z.string().regex(/^official\./),
      title: z.string().min(1),
      forms: words.min(1),
      level: Level,
      unit: z.enum(["none", "optional", "required"]),
      // The words a required unit may open with, as written ("Anggota DPRD", "Anggota Komisi II"; not "anggota PETA").
      unitStarts: words.optional(),
    }),
  ),
  localHeads: words,
  unitWords: words,
  unitSuffixedPrefixes: words,
  unitSuffix: z.string().min(1),
  unitMinLength: z.number().int().positive(),
  letteredUnits: words,
  organizationNameHeads: words,
  unitHeads: words,
  acronyms: z.record(z.string(), z.string().min(1)),
  organizations: words,
  organizationPrefixes: words,
  places: z.object({ prefixes: words, directions: words, locatives: words }),
  notAfter: words,
});

export type TitleEntry = z.infer<typeof TitleRules>["titles"][number];
export type Level = OfficialMention["jurisdictionLevel"];

export const titleRules = loadRules("official-titles.json", TitleRules);

const lower = (list: string[]) => list.map((w) => w.toLowerCase());
const FORMS = new Map(titleRules.titles.flatMap((t) => lower(t.forms).map((f) => [f.replace(/\s+/g, " "), t] as const)));
const ACTING = new Map(titleRules.acting.flatMap((a) => lower(a.forms).map((f) => [f, a.full] as const)));

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
// The acting prefix may end in ")" or ".", so its own end needs no boundary check beyond the space after it.
const TITLE = new RegExp(
  `${B}(?:(?<acting>${alternation(ACTING.keys())})[ \\t]+)?(?<form>${alternation(FORMS.keys())})${E}`,
  "giu",
);
const TITLE_AT = new RegExp(TITLE.source, "iuy");

export interface TitleHit {
  start: number;
  end: number;
  entry: TitleEntry;
  /** Full form of the acting prefix ("Penjabat"), or null. */
  acting: string | null;
}

function hitOf(match: RegExpExecArray): TitleHit | null {
  const form = match.groups?.form?.toLowerCase().replace(/\s+/g, " ");
  const entry = form === undefined ? undefined : FORMS.get(form);
  if (entry === undefined) return null;
  const acting = match.groups?.acting;
  return {
    start: match.index,
    end: match.index + match[0].length,
    entry,
    acting: acting === undefined ? null : (ACTING.get(acting.toLowerCase().replace(/\s+/g, " ")) ?? null),
  };
}

// "Kantor Wali Kota", "Jalan Gubernur Suryo", "Peraturan Menteri": the title names a place or a rule, not a person.
const NOT_AFTER = new WordStartRegExp(`(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(titleRules.notAfter)}[ \\t]+$`, "u");

/** Every title written in `text` that names a person's role, left to right. */
export function findTitles(text: string): TitleHit[] {
  return Array.from(text.matchAll(TITLE), hitOf).filter(
    (hit): hit is TitleHit => hit !== null && !NOT_AFTER.test(text.slice(Math.max(0, hit.start - 30), hit.start)),
  );
}

const TITLE_FORMS = [...ACTING.keys(), ...FORMS.keys()];
/** First letters (both cases) of every acting prefix and title form, when all are ASCII; a word starting otherwise is no title. */
const TITLE_INITIALS = TITLE_FORMS.every((form) => form.charCodeAt(0) < 128)
  ? new Set(TITLE_FORMS.flatMap((form) => [form[0]!.toLowerCase(), form[0]!.toUpperCase()]))
  : null;

/** Whether a title starts exactly at `offset` (a name run ends where the next title begins). */
export function titleAt(text: string, offset: number): boolean {
  const first = text.charAt(offset);
  // Case folding may map other characters onto ASCII letters ("K" Kelvin): those go to the regex.
  if (TITLE_INITIALS !== null && first <= "\u007f" && !TITLE_INITIALS.has(first)) return false;
  TITLE_AT.lastIndex = offset;
  return TITLE_AT.test(text);
}
