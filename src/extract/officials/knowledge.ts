/**
 * What one article says about its own words, learnt before reading titles:
 * which capitalized words it writes as places ("di Jember", "Kabupaten
 * Demak", "Desa Cibodas"). They settle where a jurisdiction ends and a name
 * begins ("Wali Kota Malang Sugeng Prasetyo").
 */
import { anyCaseAlternation } from "../../rules/pattern.ts";
import { titleRules } from "./titles.ts";
import { isOfficeWord } from "./unit.ts";

export interface Knowledge {
  /** Lower-cased words the article writes as places. */
  places: ReadonlySet<string>;
}

const { locatives, prefixes } = titleRules.places;
// "Wali Kota Ahmad" is a title and a name, not the place "Kota Ahmad".
// The cue in any case ("di", "Di", "KABUPATEN"), the word after it capitalized: a case-sensitive pattern, so
// "di rumah" is no match at all (with the i flag it matched, was dropped afterwards, and hid a cue right after it:
// "ke daerah Jember" never reached "daerah Jember").
const PLACE_CUE = new RegExp(
  // (?=\p{L}) first: the lookbehind then runs only where a cue word can start, not at every space of a long run.
  `(?<![\\p{L}\\p{N}])(?=\\p{L})(?<!${anyCaseAlternation(["Wali"])}[ \\t]+)${anyCaseAlternation([...locatives, ...prefixes])}[ \\t]+(\\p{Lu}[\\p{L}\\p{M}'’\\-]*)`,
  "gu",
);

export function learn(text: string): Knowledge {
  const places = new Set<string>();
  for (const match of text.matchAll(PLACE_CUE)) {
    const word = match[1];
    // "di Kementerian Investasi", "di Dinas Kesehatan": offices, not places.
    if (word !== undefined && !isOfficeWord(word)) places.add(word.toLowerCase());
  }
  return { places };
}
