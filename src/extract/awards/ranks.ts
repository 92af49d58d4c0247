/**
 * Rank expressions, from rules/award-ranks.json: a rank word and a numeral
 * ("Peringkat II", "juara 1", "peringkat pertama"), fixed phrases ("juara
 * umum"), and superlatives after a cue ("dinobatkan sebagai desa terbaik").
 * A level after a rank word ("peringkat Madya") is a category, not a rank;
 * an honourable mention counts after the podium ("juara harapan I" is 4).
 */
import { alternation } from "../../rules/pattern.ts";
import { lastWord } from "../../text/lastWord.ts";
import { isNumberWord } from "../numbers.ts";
import { rankRules } from "./rules.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

export interface RankMention {
  start: number;
  end: number;
  /** 1 for "Peringkat I"; null when the rank word names a level ("peringkat Madya"). */
  rank: number | null;
  /** The level named instead of a rank ("Madya"), a category. */
  level: string | null;
  ruleId: string;
  /** On the first rank of a coordinated series ("juara I, II, dan III"): how many ranks it holds; the others follow it. */
  series?: number;
}

const NUMERALS = new Map(Object.entries(rankRules.numerals).map(([k, v]) => [k.toLowerCase(), v]));
const LEVELS = new Map(rankRules.levels.map((l) => [l.toLowerCase(), l]));
const EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
const EDGE_AFTER = "(?![\\p{L}\\p{N}])";
/** Rank words that take only a Roman numeral or digits ("terbaik II"; "kabupaten terbaik pertama" is a superlative)... */
const NUMERAL_ONLY = new Set(rankRules.numeralRankWords.map((w) => w.toLowerCase()));
const ROMAN_OR_DIGITS = /^[ivx0-9]+$/i;
/** ...or an ordinal word after a title word ("gelar terbaik pertama", "menjadi terbaik kedua"). */
const ORDINAL_TITLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.ordinalTitleWords)}[ \\t]+$`, "iu");
/** How far back the title word is looked for: the longest one and its space. */
const TITLE_REACH = Math.max(0, ...rankRules.ordinalTitleWords.map((w) => w.length)) + 2;
const WORDED = new RegExp(
  `${EDGE_BEFORE}(?<word>${alternation([...rankRules.rankWords, ...rankRules.numeralRankWords])})[ \\t]+(?:(?<honourable>${alternation(rankRules.honourable.words)})[ \\t]+)?(?<value>${alternation([...NUMERALS.keys(), ...LEVELS.keys()])})${EDGE_AFTER}`,
  "giu",
);
const FIXED = new WordStartRegExp(`${EDGE_BEFORE}${alternation(rankRules.fixed.map((f) => f.phrase))}${EDGE_AFTER}`, "giu");
const FIXED_RANK = new Map(rankRules.fixed.map((f) => [f.phrase.toLowerCase(), f]));
const { superlatives } = rankRules;
const SUPERLATIVE = new WordStartRegExp(
  `${EDGE_BEFORE}${alternation(superlatives.cues)}(?:[ \\t]+[\\p{L}\\p{N}/-]+){0,${superlatives.maxWordsBetween}}?[ \\t]+(?<word>${alternation(superlatives.words)})${EDGE_AFTER}(?![ \\t]+${alternation(superlatives.notBefore)}${EDGE_AFTER})`,
  "giu",
);

/** The next numeral of a coordinated series: ", II", " dan III", ", dan ketiga". */
const SERIES_NEXT = new RegExp(
  `(?:[ \\t]*,[ \\t]*(?<joiner>(?:dan|serta)[ \\t]+)?|[ \\t]+(?<joinerOnly>dan|serta)[ \\t]+)(?<value>${alternation([...NUMERALS.keys()])})${EDGE_AFTER}`,
  "iuy",
);

/**
 * The ranks coordinated after a first one at `end`: "juara I, II, dan III",
 * "posisi kedua dan ketiga". Only a series closed by "dan"/"serta", rising
 * one by one: "juara 1, 2 tahun berturut-turut" is no series.
 */
function seriesAfter(text: string, first: number, end: number): RankMention[] {
  const members: RankMention[] = [];
  let at = end;
  let previous = first;
  for (;;) {
    SERIES_NEXT.lastIndex = at;
    const m = SERIES_NEXT.exec(text);
    const rank = m === null ? undefined : NUMERALS.get((m.groups?.value ?? "").toLowerCase());
    if (m === null || rank !== previous + 1) return [];
    at = m.index + m[0].length;
    members.push({ start: at - (m.groups?.value ?? "").length, end: at, rank, level: null, ruleId: "rank.series" });
    previous = rank;
    if (m.groups?.joiner !== undefined || m.groups?.joinerOnly !== undefined) return members;
  }
}

const JOINER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(rankRules.clauseJoiners)}[ \\t]+$`, "iu");

/** Whether the word at `at` opens a clause: after punctuation or a clause joiner ("Adapun terbaik kedua ..."), or at the start. */
function opensClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_REACH), at);
  const trimmed = before.trimEnd();
  return (trimmed === "" && at <= TITLE_REACH) || /[.,;:!?"“]$/u.test(trimmed) || JOINER_BEFORE.test(before);
}

/**
 * Whether a numeral-only rank word at `at` takes `value`: a Roman numeral or digits, or an ordinal word after a
 * title word or opening a clause ("..., terbaik kedua diraih X"; "kabupaten terbaik pertama" is a superlative).
 */
function takesNumeral(text: string, at: number, value: string): boolean {
  return ROMAN_OR_DIGITS.test(value) || ORDINAL_TITLE_BEFORE.test(text.slice(Math.max(0, at - TITLE_REACH), at)) || opensClause(text, at);
}

/** A number right before offset `at` ("tiga juara I", "3 juara", "11 kelompok tani"). */
export function countedBefore(text: string, at: number): boolean {
  const space = text.charCodeAt(at - 1);
  if (space !== 32 && space !== 9) return false;
  const before = lastWord(text, Math.max(0, at - 24), at);
  return before !== undefined && (/^\d+$/.test(before) || isNumberWord(before));
}

const YEAR = /^(?:19|20)\d\d$/;
const RANK_WORDS = new Set([...rankRules.rankWords, ...rankRules.numeralRankWords].map((w) => w.toLowerCase()));

/**
 * A number right before offset `at` that counts what follows ("mendampingi 11 kelompok tani"), not one that
 * ends a rank ("juara 1 kategori X") or is a year.
 */
export function countsNoun(text: string, at: number): boolean {
  if (!countedBefore(text, at)) return false;
  // countedBefore found the number as the last word before `at`.
  const number = lastWord(text, Math.max(0, at - 24), at)!;
  const numberStart = text.lastIndexOf(number, at - 1);
  // An award's year ends its name: "AKIP Sulawesi Selatan 2026 kategori X".
  if (YEAR.test(number)) return false;
  const rankWord = lastWord(text, Math.max(0, numberStart - 24), numberStart);
  return rankWord === undefined || !RANK_WORDS.has(rankWord.toLowerCase());
}

export function findRanks(text: string): RankMention[] {
  const found: RankMention[] = [];
  for (const m of text.matchAll(WORDED)) {
    const value = (m.groups?.value ?? "").toLowerCase();
    if (NUMERAL_ONLY.has((m.groups?.word ?? "").toLowerCase()) && (m.groups?.honourable !== undefined || !takesNumeral(text, m.index, value))) continue;
    // "tiga juara I kategori desa akan diusulkan": winners counted, not a rank won.
    if (countedBefore(text, m.index)) continue;
    const level = LEVELS.get(value) ?? null;
    const end = m.index + m[0].length;
    const offset = m.groups?.honourable === undefined ? 0 : rankRules.honourable.after;
    const rank = level === null ? (NUMERALS.get(value) ?? null) : null;
    const ruleId = level !== null ? "rank.level" : offset > 0 ? "rank.honourable" : "rank.word-numeral";
    const series = rank === null || offset > 0 ? [] : seriesAfter(text, rank, end);
    found.push({ start: m.index, end, rank: rank === null ? null : rank + offset, level, ruleId, ...(series.length > 0 ? { series: series.length + 1 } : {}) });
    found.push(...series);
  }
  for (const m of text.matchAll(FIXED)) {
    const fixed = FIXED_RANK.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (fixed !== undefined) found.push({ start: m.index, end: m.index + m[0].length, rank: fixed.rank, level: null, ruleId: fixed.id });
  }
  for (const m of text.matchAll(SUPERLATIVE)) {
    const end = m.index + m[0].length;
    // "13 gelar juara di berbagai golongan": titles counted, not one won.
    if (!found.some((f) => f.start < end && m.index < f.end) && !countedBefore(text, m.index)) found.push({ start: end - (m.groups?.word ?? "").length, end, rank: 1, level: null, ruleId: "rank.superlative" });
  }
  return found.sort((a, b) => a.start - b.start);
}
