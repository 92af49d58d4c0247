/**
 * Reading the words after a title: a short run of capitalized words,
 * honorifics, degrees, parenthesized abbreviations and commas, ending at a
 * stop word (rules/name-stops.json), lower-case word, sentence mark, line end
 * or the next title. Honorifics and degrees (rules/honorifics.json) are told
 * apart from name words here, so the name never carries them.
 */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";
import { caseSensitiveAlternation } from "../../rules/pattern.ts";
import { titleAt, titleRules } from "./titles.ts";
import { honorificRules } from "../../rules/honorifics.ts";

const words = z.array(z.string().min(1));
const StopRules = z.object({
  ...described,
  functionWords: words,
  verbs: words,
  timeWords: words,
  nicknameCues: words,
});

export { honorificRules };
export const stopRules = loadRules("name-stops.json", StopRules);

// Function words end a name only in lower case: capitalized they belong to a unit ("Dalam Negeri").
const FUNCTION_WORDS = new Set(stopRules.functionWords);
const STOPS = new Set([...stopRules.verbs, ...stopRules.timeWords].map((w) => w.toLowerCase()));
export const KINSHIP = new Set(honorificRules.kinship);

const E = "(?![\\p{L}\\p{N}])";
const sticky = (source: string, flags = "uy") => new RegExp(source, flags);
const SPACES = sticky("[ \\t\\u00a0]*");
/** A honorific or rank before a name, with the corps a military rank may carry ("Letkol Inf"); `E` ends it. */
export const HONORIFIC_BEFORE = `${caseSensitiveAlternation(honorificRules.before)}(?:[ \\t]+${caseSensitiveAlternation(honorificRules.militaryCorps)})?`;
const HONORIFIC = sticky(`${HONORIFIC_BEFORE}${E}`);
const DEGREE = sticky(`${caseSensitiveAlternation(honorificRules.after)}${E}`);
const PAREN = sticky("\\([^()\\n]{0,80}\\)");
/** A military or territorial unit's number before its name: "Dandim 0704/Banjarnegara", "Danrem 132/Tadulako", "Pangdam XIV/Hasanuddin". */
const UNIT_NUMBER = sticky("(?:\\d{1,4}|[IVXL]{1,6})/(?=\\p{Lu})");
const CONNECTOR = sticky(`(?:dan${E}|&|/)`);
// A capitalized word (hyphens and apostrophes inside: "Al-Amin", "Ma'ruf"), a short
// abbreviation before a name ("Kab. Tegal"), a shortened given name ("Moh. Syaiful") or an initial ("M. Hasan").
const DOTTED = [...titleRules.places.prefixes.filter((p) => p.endsWith(".")), ...honorificRules.nameAbbreviations];
const WORD = sticky(`${caseSensitiveAlternation(DOTTED)}(?=[ \\t]+\\p{Lu})|\\p{Lu}\\.(?=[ \\t]+\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}\\p{N}'’\\-]*`);

export type ItemKind = "word" | "honorific" | "degree" | "paren" | "number" | "comma" | "connector";

export interface Item {
  kind: ItemKind;
  text: string;
  start: number;
  end: number;
}

/** Longest run read after a title; a name and what comes before it fit well within it. */
const MAX_ITEMS = 30;

export function isStopWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || STOPS.has(word.toLowerCase());
}

function at(pattern: RegExp, text: string, offset: number): string | null {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}

/** The next item at `offset` (spaces skipped), or null where the run ends. */
function itemAt(text: string, offset: number): Item | null {
  const start = offset + (at(SPACES, text, offset)?.length ?? 0);
  const make = (kind: ItemKind, written: string): Item => ({ kind, text: written, start, end: start + written.length });
  if (text[start] === ",") return make("comma", ",");
  if (titleAt(text, start)) return null;
  const paren = at(PAREN, text, start);
  if (paren !== null) return make("paren", paren);
  const number = at(UNIT_NUMBER, text, start);
  if (number !== null) return make("number", number);
  const honorific = at(HONORIFIC, text, start);
  if (honorific !== null) return make("honorific", honorific);
  const degree = at(DEGREE, text, start);
  if (degree !== null) return make("degree", degree);
  const connector = at(CONNECTOR, text, start);
  if (connector !== null) return make("connector", connector);
  const word = at(WORD, text, start);
  if (word === null || isStopWord(word)) return null;
  return make("word", word);
}

/** The items from `offset` on, until the run ends. */
export function readRun(text: string, offset: number): Item[] {
  const items: Item[] = [];
  let position = offset;
  while (items.length < MAX_ITEMS) {
    const item = itemAt(text, position);
    // A degree's final period that a capitalized word follows ends the sentence too: "M.Si. Sementara itu".
    const previous = items[items.length - 1];
    if (item === null || (item.kind === "word" && previous?.kind === "degree" && previous.text.endsWith("."))) break;
    items.push(item);
    position = item.end;
  }
  return items;
}

/**
 * The capitalized words right before a comma that ends at `offset`
 * ("Asep Saepudin, Kepala Desa"), at most `limit`; none when a locative
 * ("di Surabaya, ...") or a sentence-opening stop word comes first.
 */
export function wordsBefore(text: string, offset: number, limit: number, locatives: ReadonlySet<string>): Item[] {
  const window = text.slice(Math.max(0, offset - 120), offset).trimEnd();
  if (!window.endsWith(",")) return [];
  const base = offset - text.slice(Math.max(0, offset - 120), offset).length;
  const tokens = Array.from(window.slice(0, -1).matchAll(/\S+/gu), (m) => ({ text: m[0], start: base + m.index, end: base + m.index + m[0].length }));
  const run: Item[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token === undefined) break;
    // Sentence-initial function words are capitalized: "Menurut Asep Saepudin, ...", "Di Surabaya, ...".
    const lower = token.text.toLowerCase();
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(token.text) || isStopWord(lower)) {
      if (locatives.has(lower)) return [];
      break;
    }
    run.unshift({ kind: "word", ...token });
  }
  return run.length > limit ? [] : run;
}
