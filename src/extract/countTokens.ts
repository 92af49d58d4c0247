/**
 * Tokens for the counts extractor: digit runs, letter runs and single other
 * characters ("Rp150" is two tokens, "1.250" three), whitespace skipped.
 * What the regex /([0-9]+)|([\p{L}\p{M}]+)|\S/gu finds (a test holds the two
 * together), read by a loop that settles ASCII without a regex.
 */
import { asciiChar, codePointWidth, isAsciiDigit, isAsciiLetter, isAsciiSpace, isLetterOrMark, isSpace } from "../text/codePoints.ts";
import type { Span } from "../types.ts";

export interface CountToken extends Span {
  text: string;
  kind: "digits" | "word" | "mark";
}

function runEnd(text: string, from: number, letters: boolean): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!letters) {
      if (!isAsciiDigit(c)) break;
      j += 1;
    } else if (c < 128) {
      if (!isAsciiLetter(c)) break;
      j += 1;
    } else {
      const w = codePointWidth(text, j);
      if (!isLetterOrMark(text, j, w)) break;
      j += w;
    }
  }
  return j;
}

export function countTokens(text: string): CountToken[] {
  const tokens: CountToken[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const w = c < 128 ? 1 : codePointWidth(text, i);
    let kind: CountToken["kind"];
    let end: number;
    if (isAsciiDigit(c)) {
      kind = "digits";
      end = runEnd(text, i + 1, false);
    } else if (c < 128 ? isAsciiLetter(c) : isLetterOrMark(text, i, w)) {
      kind = "word";
      end = runEnd(text, i + w, true);
    } else if (c < 128 ? isAsciiSpace(c) : isSpace(text, i, w)) {
      i += w;
      continue;
    } else {
      kind = "mark";
      end = i + w;
    }
    tokens.push({ text: kind === "mark" && c < 128 ? asciiChar(c) : text.slice(i, end), start: i, end, kind });
    i = end;
  }
  return tokens;
}
