/**
 * The unit after a title that takes one: "Kepala [Dinas Kesehatan]",
 * "Menteri [Pemberdayaan Perempuan dan Perlindungan Anak]", "Ketua [DPRD]".
 * Unit words come from rules/official-titles.json, acronyms are written out
 * ("Dinkes" -> "Dinas Kesehatan"). An acronym or organization after the
 * unit's own words is the organization ("Deputi Bidang Statistik Produksi
 * BPS") and stays out of the title; a parenthesized abbreviation ends it,
 * unless more unit words follow it.
 */
import { placeLength } from "./jurisdiction.ts";
import type { Knowledge } from "./knowledge.ts";
import type { Item } from "./names.ts";
import { titleRules } from "./titles.ts";

const UNIT_WORDS = new Set(titleRules.unitWords);
const UNIT_HEADS = new Set(titleRules.unitHeads);
const ACRONYMS = new Map(Object.entries(titleRules.acronyms));
const ORGANIZATIONS = new Set(titleRules.organizations);
const ROMAN = /^[IVXL]+$/u;
const LETTERED_UNITS = new Set(titleRules.letteredUnits);
const LETTER = /^\p{Lu}$/u;
const ORGANIZATION_NAME_HEADS = new Set(titleRules.organizationNameHeads);
/** The most words an organization's own name runs inside a unit ("Ikatan Pencak Silat Indonesia"). */
const MAX_ORGANIZATION_NAME = 6;

export function isAcronym(word: string): boolean {
  return ACRONYMS.has(word) || (word.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(word));
}

/** A noun built like "Pe...an"/"Ke...an" ("Perpustakaan", "Kearsipan"): a field, never a name. */
function isFieldNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower.length >= titleRules.unitMinLength &&
    lower.endsWith(titleRules.unitSuffix) &&
    titleRules.unitSuffixedPrefixes.some((prefix) => lower.startsWith(prefix))
  );
}

/** A word that heads an office ("Dinas", "Badan", "Komite"): never part of a person's name. */
export const isUnitHead = (word: string): boolean => UNIT_HEADS.has(word);

export function isUnitWord(word: string): boolean {
  return UNIT_WORDS.has(word) || isFieldNoun(word) || ROMAN.test(word);
}

/** An organization standing alone ("Kemendagri", "BPS"). */
function isOrganization(word: string): boolean {
  return isAcronym(word) || titleRules.organizationPrefixes.some((p) => word.startsWith(p));
}

/** A word that names an office or organization rather than a place or person. */
export function isOfficeWord(word: string): boolean {
  return isUnitWord(word) || ORGANIZATIONS.has(word) || ORGANIZATION_NAME_HEADS.has(word) || isOrganization(word);
}

/** Organization words that open a two-word name ("Partai Golkar") or stand alone ("Kemendagri", "BPS"). */
export function organizationLength(items: readonly Item[], i: number): number {
  const word = items[i];
  if (word?.kind !== "word") return 0;
  if (ORGANIZATIONS.has(word.text)) return items[i + 1]?.kind === "word" ? 2 : 1;
  return isOrganization(word.text) ? 1 : 0;
}

export interface Unit {
  /** The unit as the title writes it, acronyms expanded ("Dinas Kesehatan"). */
  text: string;
  /** Index of the first item after the unit. */
  next: number;
}

const wordsOf = (items: readonly Item[]) => items.map((item) => item.text);

/** Reads the unit from item `i`; empty when none is there. */
export function readUnit(items: readonly Item[], i: number, knowledge: Knowledge): Unit {
  const words = wordsOf(items);
  const pieces: string[] = [];
  let last: string | undefined;
  // Words read since an organization's own name opened ("Ikatan ..."), or -1 outside one.
  let inName = -1;
  let k = i;
  const takes = (at: number): boolean => {
    const item = items[at];
    if (item?.kind !== "word") return false;
    if (inName >= 0) return inName < MAX_ORGANIZATION_NAME;
    // "Pengurus Provinsi Ikatan ...": an area word before a unit word is the unit's level, not a place.
    const level = isUnitWord(item.text) && (isUnitWord(words[at + 1] ?? "") || ORGANIZATION_NAME_HEADS.has(words[at + 1] ?? ""));
    if (!level && placeLength(words, at, knowledge) > 0) return false;
    if (ORGANIZATION_NAME_HEADS.has(item.text)) return true;
    const afterHead = last === undefined || UNIT_HEADS.has(last);
    if (isAcronym(item.text) || ORGANIZATIONS.has(item.text)) return afterHead;
    // "Komisi C": a commission's letter, as "Komisi II" its numeral.
    if (last !== undefined && LETTERED_UNITS.has(last) && LETTER.test(item.text)) return true;
    return isUnitWord(item.text);
  };
  while (k < items.length) {
    const item = items[k];
    if (takes(k) && item !== undefined) {
      pieces.push(ACRONYMS.get(item.text) ?? item.text);
      last = item.text;
      inName = inName >= 0 ? inName + 1 : ORGANIZATION_NAME_HEADS.has(item.text) ? 0 : -1;
      k += 1;
    } else if (inName >= 0) {
      // An organization's own name ends at anything but a word: "Ikatan Pencak Silat Indonesia (Pengprov IPSI) Bali".
      if (item?.kind === "paren") k += 1;
      break;
    } else if ((item?.kind === "connector" || item?.kind === "comma") && item.text !== "/" && last !== undefined && takes(k + 1)) {
      pieces.push(item.text === "," ? "," : item.text);
      k += 1;
    } else if (item?.kind === "comma" && items[k + 1]?.kind === "connector" && items[k + 1]!.text !== "/" && last !== undefined && takes(k + 2)) {
      // A list's last member after ", dan": "Direktur Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru".
      pieces.push(",", items[k + 1]!.text);
      k += 2;
    } else if (item?.kind === "paren" && last !== undefined && takes(k + 1)) {
      // The title's own abbreviation inside the unit: "Kepala Pelaksana (Kalak) Badan Penanggulangan Bencana Daerah".
      k += 1;
    } else {
      if (item?.kind === "paren" && last !== undefined) k += 1;
      break;
    }
  }
  return { text: pieces.join(" ").replace(/ ,/g, ","), next: k };
}
