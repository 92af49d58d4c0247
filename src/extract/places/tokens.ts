/**
 * Tokens for place matching: letter/digit runs and single other characters,
 * each with a lower-cased key. Names in the gazetteer are split the same way,
 * so "Timor-Leste" in the text and in the data meet token by token.
 */
import type { Span } from "../../types.ts";

export interface Token extends Span {
  text: string;
  /** Lower-cased NFKC form, the trie key. */
  key: string;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({
    text: m[0],
    key: m[0].normalize("NFKC").toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    word: /[\p{L}\p{M}\p{N}]/u.test(m[0]),
  }));
}

/** The trie keys of a name as written in a rules file or the gazetteer. */
export function keysOf(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

export function isCapitalized(token: Token): boolean {
  return UPPER_START.test(token.text);
}

export function isAllCaps(text: string): boolean {
  return ALL_UPPER.test(text) && /\p{Lu}/u.test(text);
}

/** Two tokens on one line, separated by nothing but spaces (or nothing). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \t]*$/.test(text.slice(a.end, b.start));
}
