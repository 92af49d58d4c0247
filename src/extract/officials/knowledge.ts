/**
 * What one article says about its own words, learnt before reading titles:
 * which capitalized words it writes as places ("di Jember", "Kabupaten
 * Demak", "Desa Cibodas"). They settle where a jurisdiction ends and a name
 * begins ("Wali Kota Malang Sugeng Prasetyo").
 */
import { anyCaseAlternation } from "../../rules/pattern.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";
import { canonicalPlace } from "../places/index.ts";
import { titleRules } from "./titles.ts";
import { isOfficeWord } from "./unit.ts";

export interface Knowledge {
  /** Lower-cased words the article writes as places, and two-word village names after "Kepala Desa" ("campang tiga"). */
  places: ReadonlySet<string>;
}

const { locatives, prefixes } = titleRules.places;
// "Wali Kota Ahmad" is a title and a name, not the place "Kota Ahmad".
// The cue in any case ("di", "Di", "KABUPATEN"), the word after it capitalized: a case-sensitive pattern, so
// "di rumah" is no match at all (with the i flag it matched, was dropped afterwards, and hid a cue right after it:
// "ke daerah Jember" never reached "daerah Jember").
// Scanned for the cue words themselves (WordStartRegExp); "Wali" before one is checked per match.
const PLACE_CUE = new WordStartRegExp(
  `(?<![\\p{L}\\p{N}])(${anyCaseAlternation([...locatives, ...prefixes])})[ \\t]+(\\p{Lu}[\\p{L}\\p{M}'’\\-]*)`,
  "gu",
);
// As the lookbehind it stands for: "Wali" with no edge asked before it.
const WALI = new RegExp(`${anyCaseAlternation(["Wali"])}$`, "u");

/** "Wali" and a run of spaces or tabs right before `at`, however long the run. */
function afterWali(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\t")) k -= 1;
  return k < at && WALI.test(text.slice(Math.max(0, k - 6), k));
}

/** The cue matches of `text`, as the pattern with "(?<!Wali[ \\t]+)" before the cue would find them. */
export function* placeCues(text: string): Generator<RegExpExecArray> {
  PLACE_CUE.lastIndex = 0;
  for (let match = PLACE_CUE.exec(text); match !== null; match = PLACE_CUE.exec(text)) {
    if (afterWali(text, match.index)) {
      // Rejected where it starts: the search goes on one position further, as the regex would.
      PLACE_CUE.lastIndex = match.index + 1;
      continue;
    }
    yield match;
  }
}

/** "Kepala" right before a match: the cue is part of a title ("Kepala Desa", "Kepala Pekon"). */
const AFTER_KEPALA = /(?<![\p{L}\p{N}])kepala[ \t]+$/iu;

const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’\-]*)/u;

/**
 * The village name idn-area-data knows after "<cue> <word>": the word, or
 * the word and the next one ("Pekon Campang Tiga"); null when neither.
 */
function knownVillage(text: string, end: number, cue: string, word: string): string | null {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  if (next !== undefined && canonicalPlace(`${cue} ${word} ${next}`) !== null) return `${word} ${next}`;
  return canonicalPlace(`${cue} ${word}`) !== null ? word : null;
}

export function learn(text: string): Knowledge {
  const places = new Set<string>();
  for (const match of placeCues(text)) {
    const [, cue, word] = match;
    // "di Kementerian Investasi", "di Dinas Kesehatan": offices, not places.
    if (cue === undefined || word === undefined || isOfficeWord(word)) continue;
    // "Kepala Desa Yayan Sopyan" names the head, "Kepala Desa Margamukti Ujang" the village: only a known village is learnt there.
    if (AFTER_KEPALA.test(text.slice(Math.max(0, match.index - 12), match.index))) {
      const village = knownVillage(text, match.index + match[0].length, cue, word);
      if (village !== null) places.add(village.toLowerCase());
      continue;
    }
    places.add(word.toLowerCase());
  }
  return { places };
}
