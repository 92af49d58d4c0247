/**
 * The last word before an offset, read backwards: what
 * /([\p{L}\p{N}]+)[ \t-]*$/u finds in text.slice(from, at) (a test holds
 * the two together), without trying that pattern at every position of the
 * slice, which costs the square of its length.
 */
import { codePointWidthBefore, isAsciiDigit, isAsciiLetter } from "./codePoints.ts";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigitBefore(text: string, end: number, from: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c) ? 1 : 0;
  const width = codePointWidthBefore(text, end, from);
  return LETTER_OR_DIGIT.test(text.slice(end - width, end)) ? width : 0;
}

/** The run of letters and digits that ends `text.slice(from, at)` but for spaces, tabs and hyphens; undefined when none does. */
export function lastWord(text: string, from: number, at: number): string | undefined {
  let end = at;
  while (end > from && /[ \t-]/.test(text.charAt(end - 1))) end -= 1;
  let start = end;
  for (let width = start > from ? isLetterOrDigitBefore(text, start, from) : 0; width > 0; width = start > from ? isLetterOrDigitBefore(text, start, from) : 0) {
    start -= width;
  }
  return start === end ? undefined : text.slice(start, end);
}
