/**
 * Venues, kept as written: a head word ("Gedung", "Hotel", "Pendopo") and the
 * capitalized words after it, stopping at a lower-case word, punctuation, a
 * weekday or month, or a place name once the venue already has two words of
 * its own ("Gedung Negara Grahadi | Surabaya", but "Gedung DPRD Jatim").
 */
import { gazetteer } from "./gazetteer.ts";
import { cueRules } from "./rules.ts";
import { continues, nameStep, type Scan } from "./scan.ts";
import { isCapitalized } from "./tokens.ts";
import { honorificRules } from "../../rules/honorifics.ts";

const STOPS = new Set(cueRules.venueStops.map((w) => w.toLowerCase()));
const INNER_ABBREVIATION_HEADS = new Set(cueRules.innerAbbreviationVenues.map((w) => w.toLowerCase()));
const headText = (scan: Scan, head: number, headLast: number) =>
  scan.tokens.slice(head, headLast + 1).map((t) => t.key).join(" ");
const OWN_WORDS_BEFORE_PLACE = 2;
/** Titles written with one closing dot ("dr.", "H.", "Drs."), by token key: a venue named after a person holds them ("RSUP H. Adam Malik"). */
const TITLE_ABBREVIATIONS = new Set(honorificRules.before.filter((w) => /^[\p{L}]+\.$/u.test(w)).map((w) => w.slice(0, -1).toLowerCase()));

/**
 * Index of the dot of a title abbreviation or an initial at k inside a venue name, when a capitalized word follows
 * it: "RSUD dr. |Soetomo", "RSUD dr. T.|C.| Hillers".
 */
function titleInside(scan: Scan, head: number, k: number): number | null {
  const [title, dot, next] = scan.tokens.slice(k, k + 3);
  const abbreviation = title !== undefined && (TITLE_ABBREVIATIONS.has(title.key) || /^\p{Lu}$/u.test(title.text));
  if (!abbreviation || dot?.text !== "." || next === undefined || !next.word || !isCapitalized(next)) return null;
  return continues(scan, head, k + 1) && continues(scan, head, k + 2) ? k + 1 : null;
}

/** Area words written as part of a place's name ("Kabupaten"): the place after one belongs to the venue ("Gedung DPRD Kabupaten Banyumas"). */
const AREA_WORDS = new Set(cueRules.levels.filter((rule) => rule.inMention).flatMap((rule) => rule.cue.map((w) => w.toLowerCase())));

function startsPlace(scan: Scan, k: number): boolean {
  return gazetteer.names.match(scan.tokens, k, nameStep(scan, k), (e) => e.place.kind !== "venue") !== null;
}

/**
 * Index of the ")" of a parenthesized abbreviation at k inside a venue name,
 * when the name goes on after it: "Bandara Aji Pangeran Tumenggung (APT)
 * Pranoto". Only for the heads in rules/place-cues.json
 * innerAbbreviationVenues: elsewhere ("Stadion Gelora Bung Tomo (GBT)",
 * "Pusat Perbelanjaan Mentaya (PPM) Sampit") the name ends before it.
 */
function abbreviationInside(scan: Scan, k: number): number | null {
  const [open, inner, close, next] = scan.tokens.slice(k, k + 4);
  if (open?.text !== "(" || inner === undefined || !inner.word || close?.text !== ")" || next === undefined || !next.word) return null;
  const inside = /^[\p{Lu}\p{N}]{2,}$/u.test(inner.text) && isCapitalized(next) && !STOPS.has(next.key);
  return inside && continues(scan, k, k + 1) && continues(scan, k, k + 2) && continues(scan, k, k + 3) ? k + 2 : null;
}

/** Index of the venue's last token when the head at head..headLast is followed by a name, else null. */
export function venueEnd(scan: Scan, head: number, headLast: number): number | null {
  const { tokens } = scan;
  let last: number | null = null;
  let words = 0;
  const innerAbbreviations = INNER_ABBREVIATION_HEADS.has(headText(scan, head, headLast));
  for (let k = headLast + 1; k < tokens.length && words < cueRules.maxVenueWords; k += 1) {
    const token = tokens[k];
    if (token === undefined || !continues(scan, head, k)) break;
    if (token.text === "-" && tokens[k + 1]?.start === token.end && last === k - 1) continue; // "Al-Akbar"
    const abbreviationEnd = innerAbbreviations && words > 0 && last === k - 1 ? abbreviationInside(scan, k) : null;
    if (abbreviationEnd !== null) {
      k = abbreviationEnd;
      continue;
    }
    const titleEnd = titleInside(scan, head, k);
    if (titleEnd !== null) {
      k = titleEnd;
      last = k;
      continue;
    }
    if (!token.word || STOPS.has(token.key)) break;
    const written = isCapitalized(token) || (/^\p{N}/u.test(token.text) && words > 0) || last === k - 2;
    if (!written || (words >= OWN_WORDS_BEFORE_PLACE && !AREA_WORDS.has(tokens[k - 1]?.key ?? "") && startsPlace(scan, k))) break;
    last = k;
    words += 1;
  }
  // An initial alone names nothing: "Jalan L.L.R.E. Martadinata" is cut at its dots, not "Jalan L".
  const own = last === null ? [] : scan.tokens.slice(headLast + 1, last + 1).filter((t) => t.word);
  return own.every((t) => t.text.length <= 1) ? null : last;
}
