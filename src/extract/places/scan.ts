/**
 * One article's tokens and what the places pass may do with them: tokens in
 * an excluded span (the dateline's publisher) are never part of a name, and
 * a name's words are capitalized and written on one line.
 */
import type { ExtractContext } from "../../types.ts";
import { cueRules } from "./rules.ts";
import { adjacent, isAllCaps, isCapitalized, tokenize, type Token } from "./tokens.ts";

export interface Scan {
  text: string;
  tokens: Token[];
  usable: boolean[];
}

const LOWER_IN_NAMES = new Set(["dan"]);
const LOCATIVES = new Set(cueRules.locatives.map((w) => w.toLowerCase()));

export function scanOf(context: Pick<ExtractContext, "text" | "excluded">): Scan {
  const tokens = tokenize(context.text);
  const usable = new Array<boolean>(tokens.length).fill(true);
  // Excluded spans are few (the dateline's publisher): mark the tokens they cover.
  for (const span of context.excluded) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start < span.end && span.start < t.end) usable[i] = false;
    }
  }
  return { text: context.text, tokens, usable };
}

/** Token k may continue a run that started at token `first` (the same line, nothing but spaces between). */
export function continues(scan: Scan, first: number, k: number): boolean {
  const token = scan.tokens[k];
  const previous = scan.tokens[k - 1];
  if (token === undefined || !scan.usable[k]) return false;
  return k === first || (previous !== undefined && adjacent(scan.text, previous, token));
}

/** Token k may be part of a name that starts at `first`: capitalized words (or "dan" inside), marks such as "-". */
export function nameStep(scan: Scan, first: number): (k: number) => boolean {
  return (k) => {
    const token = scan.tokens[k];
    if (token === undefined || !continues(scan, first, k)) return false;
    if (!token.word) return k > first;
    return isCapitalized(token) || (k > first && (LOWER_IN_NAMES.has(token.key) || gluedAfterMark(scan, k)));
  };
}

/** Marks inside a word: "Pa'bentengan", "Ta’juncu". */
const INNER_MARKS = new Set(["'", "’", "-"]);

/** Token k continues the word before it across an inner mark, with no space: the lower-case rest of "Pa'bentengan", "Ambon-Tual". */
export function gluedAfterMark(scan: Scan, k: number): boolean {
  const mark = scan.tokens[k - 1];
  const before = scan.tokens[k - 2];
  const token = scan.tokens[k]!;
  return mark !== undefined && before !== undefined && INNER_MARKS.has(mark.text) && before.word && before.end === mark.start && mark.end === token.start;
}

/** Tokens first..last are all written in capitals (an "NTB" abbreviation must be). */
export function writtenInCaps(scan: Scan, first: number, last: number): boolean {
  return scan.tokens.slice(first, last + 1).every((t) => !t.word || isAllCaps(t.text));
}

/** A locative word ("di", "ke", "se-") right before token i. */
export function locativeBefore(scan: Scan, i: number): boolean {
  const before = scan.tokens[i - 1];
  if (before?.text === "-") return scan.tokens[i - 2]?.key === "se";
  return before !== undefined && LOCATIVES.has(before.key);
}

/** One of `heads` (one or two words, lower case) right before token i: "warga Palestina", "perdana menteri Israel". */
export function headBefore(scan: Scan, i: number, heads: ReadonlySet<string>): boolean {
  const one = scan.tokens[i - 1]?.key ?? "";
  const two = `${scan.tokens[i - 2]?.key ?? ""} ${one}`;
  return heads.has(one) || heads.has(two);
}
