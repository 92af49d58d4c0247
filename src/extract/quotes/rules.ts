/**
 * The speech lexicon (rules/speech.json), validated when the module loads.
 * Title references are checked against rules/official-titles.json here, so
 * a title word the officials lexicon does not know fails at start-up.
 */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";
import { titleRules } from "../officials/titles.ts";

const words = z.array(z.string().min(1));

const SpeechRules = z.object({
  ...described,
  marks: z.object({ open: words, close: words, either: words }),
  afterVerbs: words.min(1),
  pronounSuffix: z.string().min(1),
  cues: words.min(1),
  complementizers: words,
  anaphors: words,
  menurut: z.string().min(1),
  pronouns: words.min(1),
  connectives: words,
  phraseStops: words,
  titleReferences: words,
  maxSubjectWords: z.number().int().positive(),
  maxPhraseChars: z.number().int().positive(),
});

export const speech = loadRules("speech.json", SpeechRules);

const norm = (form: string) => form.toLowerCase().replace(/\s+/g, " ");
const FULL_TITLES = new Map(titleRules.titles.flatMap((t) => t.forms.map((f) => [norm(f), t.title] as const)));

/** Title word as written (lower case) -> the full title officials carry ("walkot" -> "Wali Kota"). */
export const TITLE_REFERENCES: ReadonlyMap<string, string> = new Map(
  speech.titleReferences.map((form) => {
    const title = FULL_TITLES.get(norm(form));
    if (title === undefined) throw new Error(`rules/speech.json: title reference "${form}" is not a form in rules/official-titles.json`);
    return [norm(form), title] as const;
  }),
);

/** Full forms of acting prefixes ("Penjabat"): "Penjabat Gubernur" is still a "gubernur". */
export const ACTING_PREFIXES: readonly string[] = titleRules.acting.map((a) => a.full);
