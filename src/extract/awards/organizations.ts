/**
 * Companies and regional enterprises as award recipients, named with their
 * legal form (rules/award-ranks.json organizationHeads): "PT Penjaminan
 * Kredit Daerah (Jamkrida) Sumatera Barat", "Perusahaan Umum Daerah
 * (Perumda) Air Minum Kota Padang". The name runs over the capitalized
 * words after the head on one line; a parenthesized acronym inside is left
 * out of it. A name after a capitalized word belongs to a title or another
 * name ("Direktur Utama PT X"), one after a locative to where something is
 * ("dari PT X"): neither is a recipient.
 */
import { alternation } from "../../rules/pattern.ts";
import { lastWord } from "../../text/lastWord.ts";
import type { Span } from "../../types.ts";
import { LOCATIVES, type Recipient } from "./recipients.ts";
import { rankRules } from "./rules.ts";
import { isCapitalized, spacedOnly, words } from "./tokens.ts";

const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.organizationHeads)}(?![\\p{L}\\p{N}])`, "gu");
/** A short name in parentheses inside the name, left out of it: "(Jamkrida)", "(Perumda)", "(BPD)". */
const SHORT_NAME = /^\(\p{Lu}[\p{L}\p{N}-]{1,15}\)$/u;
/** How many words after the head a name may take: "PT Bank Pembangunan Daerah Sumatera Barat" has five. */
const MAX_WORDS = 8;

/** The name opened by the head at `start` (ending at `headEnd`), or null when no capitalized word follows. */
function nameFrom(text: string, start: number, headEnd: number, limit: number): Recipient | null {
  const kept: string[] = [text.slice(start, headEnd)];
  let end = headEnd;
  for (const w of words(text, headEnd, limit)) {
    if (kept.length > MAX_WORDS || !spacedOnly(text, end, w.start)) break;
    const short = SHORT_NAME.test(w.text);
    if (!short && !isCapitalized(w.text)) break;
    if (!short) kept.push(w.text);
    end = w.end;
  }
  return kept.length < 2 ? null : { start, end, name: kept.join(" ") };
}

/** The organizations a sentence names as possible recipients, in text order. */
export function organizationsIn(text: string, sentence: Span): Recipient[] {
  const found: Recipient[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(HEAD)) {
    const start = sentence.start + m.index;
    const before = lastWord(text, Math.max(sentence.start, start - 40), start);
    if (before !== undefined && (LOCATIVES.has(before.toLowerCase()) || isCapitalized(before))) continue;
    const organization = nameFrom(text, start, start + m[0].length, sentence.end);
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
