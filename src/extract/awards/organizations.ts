/**
 * Offices, companies, regional enterprises, hospitals and schools as award
 * recipients, named with their head (rules/award-ranks.json
 * organizationHeads): "PT Penjaminan Kredit Daerah (Jamkrida) Sumatera
 * Barat", "Dinas Komunikasi dan Informatika (Diskominfo) Jawa Barat". The
 * name runs over the capitalized words after the head on one line (a number
 * inside it too: "SMP Negeri 2 Playen"; "dan" between two of them, unless
 * another head follows); a parenthesized acronym inside is left out of it. A name after a
 * capitalized word belongs to a title or another name ("Direktur Utama PT
 * X"), one after a locative to where something is ("dari PT X"), one after a
 * category cue is the category ("kategori Rumah Sakit Pemerintah"): none is
 * a recipient.
 */
import { caseSensitiveAlternation } from "../../rules/pattern.ts";
import { lastWord } from "../../text/lastWord.ts";
import type { Span } from "../../types.ts";
import { LOCATIVES, type Recipient } from "./recipients.ts";
import { nameRules, rankRules } from "./rules.ts";
import { isCapitalized, spacedOnly, type Word, wordsFrom } from "./tokens.ts";

const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(rankRules.organizationHeads)}(?![\\p{L}\\p{N}])`, "gu");
/** A short name in parentheses inside the name, left out of it: "(Jamkrida)", "(Perumda)", "(BPD)". */
const SHORT_NAME = /^\(\p{Lu}[\p{L}\p{N}-]{1,15}\)$/u;
/** A unit's or school's number: digits or a Roman numeral. */
const NUMBER = /^(?:\d{1,3}|[IVX]{1,4})$/;
const DIGITS = /^\d+$/;
/** Words after which a name is a category, not a winner: "kategori Rumah Sakit Pemerintah". */
const CATEGORY_CUES = new Set(rankRules.categoryCues.map((cue) => cue.toLowerCase()));
/** How many words after the head a name may take: "PT Bank Pembangunan Daerah Sumatera Barat" has five. */
const MAX_WORDS = 8;
/** Words that open a clause, capitalized at a sentence's start: "Adapun", "Sementara". */
const CLAUSE_JOINERS = new Set(rankRules.clauseJoiners);
/** Lower-case words kept between two capitalized words of a name, as award names keep them ("dan"). */
const INNER_JOINER = new Set(nameRules.innerConnectors);

const HEAD_AT = new RegExp(`[ \\t]+${caseSensitiveAlternation(rankRules.organizationHeads)}(?![\\p{L}\\p{N}])`, "uy");
/** Whether another organization's head follows `at` ("RS Charitas dan RS Hermina": two hospitals, not one name). */
function opensOrganization(text: string, at: number): boolean {
  HEAD_AT.lastIndex = at;
  return HEAD_AT.test(text);
}

/** At a comma inside a name: fields listed up to "dan" ("Dinas Komunikasi, Informatika, Statistik dan Persandian"). */
const LISTED_FIELDS = /,[ \t]*\p{Lu}[\p{L}-]*(?:[ \t]*,[ \t]*\p{Lu}[\p{L}-]*)*,?[ \t]+(?:dan|serta)[ \t]+\p{Lu}/uy;
function listsFields(text: string, at: number): boolean {
  LISTED_FIELDS.lastIndex = at;
  return LISTED_FIELDS.test(text);
}

/** The name opened by the head at `start` (ending at `headEnd`), or null when no capitalized word follows. */
function nameFrom(text: string, start: number, headEnd: number, limit: number): Recipient | null {
  const kept: Word[] = [{ start, end: headEnd, text: text.slice(start, headEnd) }];
  let end = headEnd;
  let pending: Word | null = null;
  // Inside a list of fields the commas stay in the name.
  let inFields = false;
  const comma = new Set<Word>();
  for (const w of wordsFrom(text, headEnd, limit)) {
    const from = pending?.end ?? end;
    if (kept.length > 1 && pending === null && /^[ \t]*,[ \t]*$/.test(text.slice(from, w.start)) && (inFields || listsFields(text, text.indexOf(",", from)))) {
      inFields = true;
      comma.add(w);
    } else if (kept.length > MAX_WORDS || !spacedOnly(text, from, w.start)) break;
    const short = SHORT_NAME.test(w.text);
    // "dan" between two capitalized words stays in the name: "Dinas Komunikasi dan Informatika", "Bank ... Sulawesi Selatan dan Sulawesi Barat".
    if (INNER_JOINER.has(w.text) && kept.length > 1 && !opensOrganization(text, w.end)) {
      pending = w;
      continue;
    }
    // A number belongs to the name when a name word follows it: "SMP Negeri 2 Playen", "Puskesmas 4 Ulu".
    if (!short && !isCapitalized(w.text) && !NUMBER.test(w.text)) break;
    if (pending !== null) {
      kept.push(pending);
      pending = null;
    }
    if (!short) kept.push(w);
    end = w.end;
  }
  while (kept.length > 1 && DIGITS.test(kept.at(-1)!.text)) kept.pop();
  const last = kept.at(-1)!;
  return kept.length < 2 ? null : { start, end: Math.min(end, last.end), name: kept.map((w, i) => (i === 0 ? "" : comma.has(w) ? ", " : " ") + w.text).join("") };
}

/** Every organization head the text writes ("PT", "Dinas", "SMA Negeri"), found in one pass over it. */
export function organizationHeads(text: string): Span[] {
  return Array.from(text.matchAll(HEAD), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The organizations a sentence names as possible recipients, in text order, from the heads inside it. */
export function organizationsIn(text: string, sentence: Span, heads: readonly Span[]): Recipient[] {
  const found: Recipient[] = [];
  for (const { start, end } of heads) {
    const before = lastWord(text, Math.max(sentence.start, start - 40), start);
    const lower = before?.toLowerCase();
    // A capitalized word before the head belongs to another name ("Direktur Utama PT X"), unless it opens the clause ("Adapun Koperasi X").
    if (before !== undefined && (LOCATIVES.has(lower!) || CATEGORY_CUES.has(lower!) || (isCapitalized(before) && !CLAUSE_JOINERS.has(lower!)))) continue;
    const organization = nameFrom(text, start, end, sentence.end);
    if (organization !== null && (found.at(-1)?.end ?? -1) <= organization.start) found.push(organization);
  }
  return found;
}

/** The sentence's place recipients with its organizations among them; a place inside an organization's name is part of it. */
export function withOrganizations(places: readonly Recipient[], organizations: readonly Recipient[]): Recipient[] {
  if (organizations.length === 0) return [...places];
  const outside = places.filter((p) => !organizations.some((o) => o.start < p.end && p.start < o.end));
  return [...outside, ...organizations].sort((a, b) => a.start - b.start);
}
