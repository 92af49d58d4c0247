/**
 * Tokens for place matching: letter/digit runs and single other characters,
 * each with a lower-cased key. Names in the gazetteer are split the same way,
 * so "Timor-Leste" in the text and in the data meet token by token.
 */
import { asciiChar, codePointWidth, isAsciiDigit, isAsciiLetter, isAsciiSpace, isLetterMarkOrDigit, isSpace } from "../../text/codePoints.ts";
import type { Span } from "../../types.ts";

export interface Token extends Span {
  text: string;
  /** Lower-cased NFKC form, the trie key. */
  key: string;
  word: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** A token's key: lower-cased NFKC (NFKC changes nothing in ASCII, so only other text pays for it). */
export function keyOf(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFKC").toLowerCase() : text.toLowerCase();
}

const isAsciiWordChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c);
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Maximal runs of letters, marks and digits (\p{L}\p{M}\p{N}) and single
 * other code points, whitespace skipped: what the regex
 * /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu finds (a test holds the two
 * together), read by a loop that settles ASCII without a regex.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const w = c < 128 ? 1 : codePointWidth(text, i);
    const word = c < 128 ? isAsciiWordChar(c) : isLetterMarkOrDigit(text, i, w);
    if (!word) {
      if (c < 128) {
        // An ASCII mark is its own key (lower-casing and NFKC leave it as it is).
        if (!isAsciiSpace(c)) tokens.push({ text: asciiChar(c), key: asciiChar(c), start: i, end: i + 1, word: false });
      } else if (!isSpace(text, i, w)) {
        const mark = text.slice(i, i + w);
        tokens.push({ text: mark, key: keyOf(mark), start: i, end: i + w, word: false });
      }
      i += w;
      continue;
    }
    let ascii = c < 128;
    let upper = isAsciiUpper(c);
    let j = i + w;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if (!isAsciiWordChar(d)) break;
        upper ||= isAsciiUpper(d);
        j += 1;
        continue;
      }
      const dw = codePointWidth(text, j);
      if (!isLetterMarkOrDigit(text, j, dw)) break;
      ascii = false;
      j += dw;
    }
    const written = text.slice(i, j);
    // Most words are lower-case ASCII: the written form is the key, no second string.
    const key = !ascii ? written.normalize("NFKC").toLowerCase() : upper ? written.toLowerCase() : written;
    tokens.push({ text: written, key, start: i, end: j, word: true });
    i = j;
  }
  return tokens;
}

/** The trie keys of a name as written in a rules file or the gazetteer. */
export function keysOf(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

/** The keys of a name joined by spaces (tokens never hold one), as the area index files them. */
export function joinedKeyOf(name: string): string {
  // Most of the 90,000 area names are plain words and spaces: their tokens are the words.
  return ASCII_WORDS.test(name) ? name.toLowerCase() : keysOf(name).join(" ");
}

export function isCapitalized(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  // ASCII answers without the Unicode property test: A-Z are its only capitals.
  if (first < 128) return first >= 65 && first <= 90;
  return UPPER_START.test(token.text);
}

export function isAllCaps(text: string): boolean {
  return ALL_UPPER.test(text) && /\p{Lu}/u.test(text);
}

/** Two tokens on one line, separated by nothing but spaces (or nothing). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
