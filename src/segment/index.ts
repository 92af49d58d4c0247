/**
 * Paragraphs and sentences. A paragraph is a line of the cleaned text; a
 * sentence ends at . ! or ? (with any closing quotes and brackets) followed
 * by a space and a capital, a digit or an opening quote, unless the word
 * before the period is an abbreviation from rules/abbreviations.json or an
 * initial. Decimals ("2,5", "1.250") and dates ("14/8/2023") have no space
 * after their separator, so they never split.
 */
import { z } from "zod";
import { described, loadRules } from "../rules/load.ts";
import { lastWord } from "../text/lastWord.ts";
import type { Segmentation, Sentence, Span } from "../types.ts";

const AbbreviationRules = z.object({
  ...described,
  abbreviations: z.array(z.string().min(1)),
  beforeNumber: z.array(z.string().min(1)),
  numeralAfter: z.array(z.string().min(1)),
});
const HonorificRules = z.object({ before: z.array(z.string()), after: z.array(z.string()), nameAbbreviations: z.array(z.string()) });
const rules = loadRules("abbreviations.json", AbbreviationRules);
/** Honorifics, degrees and shortened given names written with a final period ("Hj.", "S.Sos.", "Moh.") never end a sentence either. */
const honorifics = loadRules("honorifics.json", HonorificRules);
const dotted = [...honorifics.before, ...honorifics.after, ...honorifics.nameAbbreviations].filter((h) => h.endsWith(".") && !h.includes(" ")).map((h) => h.slice(0, -1));
const abbreviations = new Set([...rules.abbreviations, ...dotted].map((a) => a.toLowerCase()));
const beforeNumber = new Set(rules.beforeNumber.map((a) => a.toLowerCase()));
const numeralAfter = new Set(rules.numeralAfter.map((a) => a.toLowerCase()));
/** A lone Roman numeral after a space: "juara I", "golongan V". */
const LONE_NUMERAL = /[ \t][IVX]$/;

// A whole terminator run (the lookbehind keeps matching linear on "....."),
// optional closers, then (looking ahead) one space and a sentence opener.
const SENTENCE_END = /(?<![.!?])[.!?]+["”’')\]]*(?= ["“‘(\[]?[\p{Lu}\d])/gu;
// The word before a period: letters and inner periods ("S.Sos", "M.Si", "a.n").
const WORD_BEFORE = /[\p{L}][\p{L}.]*$/u;

export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    for (const { start, end } of splitSentences(text, p)) sentences.push({ start, end, paragraph: index });
  });
  return { paragraphs, sentences };
}

function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && isAbbreviation(body, m.index)) continue;
    spans.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end + 1;
  }
  if (start < body.length) spans.push({ start: paragraph.start + start, end: paragraph.end });
  return spans;
}

/** Is the word ending at `dot` an abbreviation or an initial? Looks back at most 16 characters. */
function isAbbreviation(body: string, dot: number): boolean {
  const before = body.slice(Math.max(0, dot - 16), dot);
  const word = WORD_BEFORE.exec(before)?.[0];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (abbreviations.has(lower)) return true;
  if (beforeNumber.has(lower)) return /^ \d/.test(body.slice(dot + 1, dot + 3));
  // "meraih juara I. Juara kedua ...": a numeral after a rank word, not an initial.
  const rankWord = LONE_NUMERAL.test(before) ? lastWord(before, 0, before.length - 1) : undefined;
  if (rankWord !== undefined && numeralAfter.has(rankWord.toLowerCase())) return false;
  // Stacked titles written without spaces ("H.M.", "Drs.H.", "Prof.Dr."): every part is a title or an initial.
  return word.split(".").every((part) => /^\p{Lu}$/u.test(part) || abbreviations.has(part.toLowerCase()));
}
