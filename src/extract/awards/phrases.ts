/**
 * Category phrases: the words after a cue ("kategori Pemerintah Kabupaten",
 * "dinobatkan sebagai desa terbaik") or after a rank ("Peringkat I
 * Pengembangan Kompetensi ASN"), up to punctuation, a stop word, a rank, a
 * recipient, or "dan" before one of those (so "Perencanaan Kebutuhan dan
 * Mutasi Pegawai" stays whole).
 */
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import type { Span } from "../../types.ts";
import { rankRules } from "./rules.ts";
import { spacedOnly, words } from "./tokens.ts";
import { countsNoun } from "./ranks.ts";

export interface Phrase extends Span {
  text: string;
  /** "kategori", "sebagai" or "rank": what introduced the phrase. */
  cue: "category" | "as" | "rank";
}

/** A phrase also ends where a clause opens ("kelas C putri usai mengalahkan ...") or a one-word verb hands over or wins ("cabang sepak bola putra direbut ..."). */
const STOPS = new Set([
  ...rankRules.phraseStops,
  ...[...rankRules.clauseOpeners, ...rankRules.winVerbs, ...rankRules.rankToRecipient].filter((w) => !/\s/u.test(w)),
  // "Inovator Perorangan Terbaik disematkan kepada ...": a hand-over verb's first word.
  ...rankRules.awardHandOvers.verbs.map((v) => v.split(" ")[0]!),
]);
/** Stops only as written in lower case: capitalized, they are part of a name ("Sekolah Menengah Atas"). */
const LOWERCASE_STOPS = new Set(rankRules.phraseStopsLowercase);
const JOINERS = new Set(["dan", "serta"]);
const TITLE_CASE_JOINERS = new Set(rankRules.titleCaseJoiners);
const isCapitalizedWord = (word: string) => /^\p{Lu}/u.test(word);
/** A passive verb ("dipusatkan", "digelar" is listed as a stop) ends a phrase: "lomba seni dipusatkan di ...". */
const PASSIVE_VERB = /^di\p{Ll}{3,}kan$/u;
const CATEGORY_CUES = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.categoryCues)}[ \\t]+`, "giu");
/** Cues that name a category only in lower case: "bidang Matematika", not "Kementerian Koordinator Bidang Perekonomian". */
const LOWERCASE_CATEGORY_CUES = new RegExp(`(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(rankRules.categoryCuesLowercase)}[ \\t]+`, "gu");
const AS_CUES = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.asCues)}[ \\t]+`, "giu");
const CONTESTS = new Set(rankRules.contestCues);
/** A contest cue before a lower-case word, its first letter in either case ("lomba tari", "Lomba menyanyi"); no "i" flag, under which \\p{Ll} would match capitals too. */
const CONTEST_CUES = new RegExp(
  `(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(rankRules.contestCues.flatMap((c) => [c, c[0]!.toUpperCase() + c.slice(1)]))}[ \\t]+(?=\\p{Ll})`,
  "gu",
);

/** A category or contest cue at the start of a phrase ("kategori Utama", "lomba tari kreasi"). */
export const CATEGORY_CUE = new RegExp(`^${alternation([...rankRules.categoryCues, ...rankRules.contestCues, ...rankRules.categoryCuesLowercase])}[ \\t]+`, "iu");
/** The category a phrase names, its cue left out. */
export const categoryOf = (phrase: Phrase) => phrase.text.replace(CATEGORY_CUE, "");

/** Spans a phrase may not run into: ranks and recipients. */
export type Barrier = (offset: number) => boolean;

const isLowercase = (word: string) => /^\p{Ll}/u.test(word);

/**
 * The phrase starting at `from` (inside `limit`), or null when it would be
 * empty. A contest named in lower case (`contest`, or a contest cue opening
 * the phrase before a lower-case word) is its lower-case words: a capital
 * starts the event's name ("lomba seni Porseni 2024").
 */
export function readPhrase(text: string, from: number, limit: Span, barrier: Barrier, cue: Phrase["cue"], contest = false): Phrase | null {
  // A phrase is a few words: reading a bounded window keeps long sentences linear.
  // The loop below looks one word past the last it may keep.
  const ws = words(text, from, Math.min(limit.end, from + rankRules.maxPhraseWords * 40), rankRules.maxPhraseWords + 1);
  const lowercaseOnly = contest || (ws.length > 1 && CONTESTS.has(ws[0]!.text.toLowerCase()) && isLowercase(ws[1]!.text));
  let last = -1;
  for (let i = 0; i < ws.length && i < rankRules.maxPhraseWords; i++) {
    const w = ws[i]!;
    const lower = w.text.toLowerCase();
    const gapStart = i === 0 ? from : ws[i - 1]!.end;
    // "Kabupaten/Kota dengan Penurunan Prevalensi ...": a joiner inside a name written in title case.
    const after = ws[i + 1];
    const inTitle = TITLE_CASE_JOINERS.has(w.text) && i > 0 && after !== undefined && isCapitalizedWord(after.text) && !barrier(after.start) && ws.slice(0, i).every((x) => isCapitalizedWord(x.text));
    if (!spacedOnly(text, gapStart, w.start) || barrier(w.start) || (STOPS.has(lower) && !inTitle) || LOWERCASE_STOPS.has(w.text) || PASSIVE_VERB.test(w.text) || lower.startsWith("se-")) break;
    if (lowercaseOnly && i > 0 && !isLowercase(w.text)) break;
    const next = ws[i + 1];
    if (JOINERS.has(lower) && (next === undefined || barrier(next.start))) break;
    last = i;
  }
  while (last >= 0 && (JOINERS.has(ws[last]!.text.toLowerCase()) || TITLE_CASE_JOINERS.has(ws[last]!.text))) last -= 1;
  if (last < 0) return null;
  const end = ws[last]!.end;
  return { start: ws[0]!.start, end, text: text.slice(ws[0]!.start, end), cue };
}

/** Every cued phrase in a sentence: "kategori X", "lomba x" and "sebagai X". */
export function cuedPhrases(text: string, sentence: Span, barrier: Barrier): Phrase[] {
  const slice = text.slice(sentence.start, sentence.end);
  // A cue counted is a noun, no cue: "mendampingi 11 kelompok tani", "tiga kategori".
  const read = (re: RegExp, cue: Phrase["cue"], contest = false) =>
    Array.from(slice.matchAll(re), (m) =>
      countsNoun(text, sentence.start + m.index) ? null : readPhrase(text, sentence.start + m.index + m[0].length, sentence, barrier, cue, contest),
    ).filter((p): p is Phrase => p !== null);
  return [...read(CATEGORY_CUES, "category"), ...read(LOWERCASE_CATEGORY_CUES, "category"), ...read(CONTEST_CUES, "category", true), ...read(AS_CUES, "as")].sort(
    (a, b) => a.start - b.start,
  );
}
