/**
 * Bounded windows around a match. Context checks anchor their regexes at
 * the window's edge; a bounded window keeps each check constant-time, so
 * scanning stays linear however long the article is.
 */

const WINDOW = 48;

export function textBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - WINDOW), index);
}

export function textAfter(text: string, index: number): string {
  return text.slice(index, index + WINDOW);
}

/** Letters and digits in any script: the edge of a word. */
export const WORD_CHAR = "[\\p{L}\\p{N}]";
