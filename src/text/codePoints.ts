/**
 * Classifying the code point at an offset without a regex for ASCII, the
 * bulk of news text: the hand-written tokenizers (places, counts) loop over
 * the text with these and fall back to Unicode property tests only for
 * other characters. Offsets are UTF-16; a surrogate pair is one code point.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;

export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** What \s matches in ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
export const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

const ASCII_CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
/** The one-character string of ASCII code `c`, shared: a tokenizer's mark token ("," "." "(") needs no slice of its own. */
export const asciiChar = (c: number): string => ASCII_CHARS[c]!;

/** Code units of the code point at `i`: 2 for a surrogate pair, else 1. */
export function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The non-ASCII code point at i..i+width is a letter or mark (\p{L}\p{M}). */
export const isLetterOrMark = (text: string, i: number, width: number) => LETTER_OR_MARK.test(text.slice(i, i + width));
/** The non-ASCII code point at i..i+width is a letter, mark or digit (\p{L}\p{M}\p{N}). */
export const isLetterMarkOrDigit = (text: string, i: number, width: number) => LETTER_MARK_OR_DIGIT.test(text.slice(i, i + width));
/** The non-ASCII code point at i..i+width is whitespace (\s). */
export const isSpace = (text: string, i: number, width: number) => SPACE.test(text.slice(i, i + width));

/** Code units of the code point that ends at `end` and starts no earlier than `from`: 2 for a surrogate pair inside, else 1. */
export function codePointWidthBefore(text: string, end: number, from: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 0xdc00 || c > 0xdfff || end - 2 < from) return 1;
  const previous = text.charCodeAt(end - 2);
  return previous >= 0xd800 && previous <= 0xdbff ? 2 : 1;
}
