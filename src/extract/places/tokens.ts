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

// A word (group 1) or a single mark.
const TOKEN = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

/** A token's key: lower-cased NFKC (NFKC changes nothing in ASCII, so only other text pays for it). */
export function keyOf(text: string): string {
  return NON_ASCII.test(text) ? text.normalize("NFKC").toLowerCase() : text.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const written = m[0];
    tokens.push({ text: written, key: keyOf(written), start: m.index, end: m.index + written.length, word: m[1] !== undefined });
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
