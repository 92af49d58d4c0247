/**
 * Where a jurisdiction written between a title and a name ends: an area
 * word and its name ("Kota Kediri", "Kabupaten Bandung Barat"), a province
 * or any name the places gazetteer knows ("Jawa Timur", "Jatim", "Padang
 * Panjang"), or a word the article uses as
 * a place; direction words continue a place name ("Timor Tengah Selatan").
 */
import { canonicalPlace, mayStartPlace } from "../places/index.ts";
import type { Knowledge } from "./knowledge.ts";
import { titleRules } from "./titles.ts";

const { places } = titleRules;
const PREFIXES = new Set(places.prefixes);
const DIRECTIONS = new Set(places.directions);
/** The longest place name Warta knows has four words ("Kabupaten Timor Tengah Selatan" without its prefix has three). */
const LONGEST_PLACE = 4;

/** Number of words from `i` that a direction word or two continue ("Bandung Barat"). */
function directionsFrom(words: readonly string[], i: number): number {
  let n = 0;
  while (DIRECTIONS.has(words[i + n] ?? "")) n += 1;
  return n;
}

/** The most words from `i` that the places gazetteer knows as one place ("Padang Panjang", "Jawa Timur", "Jatim"). */
function gazetteerLength(words: readonly string[], i: number): number {
  // Person names mostly: no place starts with their first word, so no longer run needs asking either.
  if (!mayStartPlace(words[i] ?? "")) return 0;
  for (let n = Math.min(LONGEST_PLACE, words.length - i); n > 0; n--) {
    if (canonicalPlace(words.slice(i, i + n).join(" ")) !== null) return n;
  }
  return 0;
}

/** How many words from `i` name a place (0 when none is known there). */
export function placeLength(words: readonly string[], i: number, knowledge: Knowledge): number {
  const word = words[i];
  if (word === undefined) return 0;
  // An area word names a place only before a capitalized name: "Desa (DPMD)" is the end of a unit.
  if (PREFIXES.has(word) && /^\p{Lu}/u.test(words[i + 1] ?? "")) {
    return 1 + (gazetteerLength(words, i + 1) || 1 + directionsFrom(words, i + 2));
  }
  const known = gazetteerLength(words, i);
  if (known > 0) return known + directionsFrom(words, i + known);
  const next = words[i + 1];
  if (next !== undefined && knowledge.places.has(`${word} ${next}`.toLowerCase())) return 2 + directionsFrom(words, i + 2);
  return knowledge.places.has(word.toLowerCase()) ? 1 + directionsFrom(words, i + 1) : 0;
}

/** A bare place of one word and the directions after it: the guess for "Bupati Kediri Hanindhito ...". */
export function barePlaceLength(words: readonly string[], i: number): number {
  return words[i] === undefined ? 0 : 1 + directionsFrom(words, i + 1);
}
