/**
 * Bounded windows around a match. Context checks anchor their regexes at
 * the window's edge; a bounded window keeps each check constant-time, so
 * scanning stays linear however long the article is.
 */
import { alternation } from "../../rules/pattern.ts";

const WINDOW = 48;

export function textBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - WINDOW), index);
}

export function textAfter(text: string, index: number): string {
  return text.slice(index, index + WINDOW);
}

/** Letters and digits in any script: the edge of a word. */
export const WORD_CHAR = "[\\p{L}\\p{N}]";

/** Any of `words`, in any case, as a whole word ("pekan" in "sepekan lalu" is none). */
export const wholeWords = (words: readonly string[]): RegExp => new RegExp(`(?<!${WORD_CHAR})${alternation(words)}(?!${WORD_CHAR})`, "iu");
