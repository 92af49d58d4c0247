/**
 * Category phrases: the words after a cue ("kategori Pemerintah Kabupaten",
 * "dinobatkan sebagai desa terbaik") or after a rank ("Peringkat I
 * Pengembangan Kompetensi ASN"), up to punctuation, a stop word, a rank, a
 * recipient, or "dan" before one of those (so "Perencanaan Kebutuhan dan
 * Mutasi Pegawai" stays whole).
 */
import { alternation } from "../../rules/pattern.ts";
import type { Span } from "../../types.ts";
import { rankRules } from "./rules.ts";
import { spacedOnly, words } from "./tokens.ts";

export interface Phrase extends Span {
  text: string;
  /** "kategori", "sebagai" or "rank": what introduced the phrase. */
  cue: "category" | "as" | "rank";
}

const STOPS = new Set(rankRules.phraseStops);
/** Stops only as written in lower case: capitalized, they are part of a name ("Sekolah Menengah Atas"). */
const LOWERCASE_STOPS = new Set(rankRules.phraseStopsLowercase);
const JOINERS = new Set(["dan", "serta"]);
const CATEGORY_CUES = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.categoryCues)}[ \\t]+`, "giu");
const AS_CUES = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.asCues)}[ \\t]+`, "giu");

/** A category cue at the start of a phrase ("kategori Utama"). */
export const CATEGORY_CUE = new RegExp(`^${alternation(rankRules.categoryCues)}[ \\t]+`, "iu");
/** The category a phrase names, its cue left out. */
export const categoryOf = (phrase: Phrase) => phrase.text.replace(CATEGORY_CUE, "");

/** Spans a phrase may not run into: ranks and recipients. */
export type Barrier = (offset: number) => boolean;

/** The phrase starting at `from` (inside `limit`), or null when it would be empty. */
export function readPhrase(text: string, from: number, limit: Span, barrier: Barrier, cue: Phrase["cue"]): Phrase | null {
  // A phrase is a few words: reading a bounded window keeps long sentences linear.
  const ws = words(text, from, Math.min(limit.end, from + rankRules.maxPhraseWords * 40));
  let last = -1;
  for (let i = 0; i < ws.length && i < rankRules.maxPhraseWords; i++) {
    const w = ws[i]!;
    const lower = w.text.toLowerCase();
    const gapStart = i === 0 ? from : ws[i - 1]!.end;
    if (!spacedOnly(text, gapStart, w.start) || barrier(w.start) || STOPS.has(lower) || LOWERCASE_STOPS.has(w.text) || lower.startsWith("se-")) break;
    const next = ws[i + 1];
    if (JOINERS.has(lower) && (next === undefined || barrier(next.start))) break;
    last = i;
  }
  while (last >= 0 && JOINERS.has(ws[last]!.text.toLowerCase())) last -= 1;
  if (last < 0) return null;
  const end = ws[last]!.end;
  return { start: ws[0]!.start, end, text: text.slice(ws[0]!.start, end), cue };
}

/** Every cued phrase in a sentence: "kategori X" and "sebagai X". */
export function cuedPhrases(text: string, sentence: Span, barrier: Barrier): Phrase[] {
  const slice = text.slice(sentence.start, sentence.end);
  const read = (re: RegExp, cue: Phrase["cue"]) =>
    Array.from(slice.matchAll(re), (m) => readPhrase(text, sentence.start + m.index + m[0].length, sentence, barrier, cue)).filter(
      (p): p is Phrase => p !== null,
    );
  return [...read(CATEGORY_CUES, "category"), ...read(AS_CUES, "as")].sort((a, b) => a.start - b.start);
}
