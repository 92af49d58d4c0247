/**
 * Words for the awards rules: a word (letters, digits, inner "-" and "/")
 * or a short parenthesized group ("(BKN)"), with its offsets. One regex
 * pass, linear in the text.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /\([^()\n]{1,60}\)|[\p{L}\p{N}](?:[\p{L}\p{N}]|[-/](?=[\p{L}\p{N}]))*/gu;

/** The words of text[from, to), at most `max` of them (a phrase reads a few: the rest of the window is not cut). */
export function words(text: string, from = 0, to = text.length, max = Infinity): Word[] {
  const upTo = prefix(text, to);
  const out: Word[] = [];
  for (let w = wordAt(upTo, from); w !== null && out.length < max; w = wordAt(upTo, w.end)) out.push(w);
  return out;
}

/** The words of text[from, to) one by one, read only as far as the reader goes (a name reads a few words of a long sentence). */
export function* wordsFrom(text: string, from: number, to: number): Generator<Word> {
  const upTo = prefix(text, to);
  for (let w = wordAt(upTo, from); w !== null; w = wordAt(upTo, w.end)) yield w;
}

/** The text before `to`: the pattern may not read past the end it is given. */
const prefix = (text: string, to: number) => (to >= text.length ? text : text.slice(0, to));

/** The first word of `text` from offset `from`. Each call sets the shared pattern's position, so interleaved readers cannot disturb one another. */
function wordAt(text: string, from: number): Word | null {
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  return m === null ? null : { start: m.index, end: m.index + m[0].length, text: m[0] };
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
export const isYear = (word: string) => /^(?:19|20)\d{2}$/.test(word);

/** "(BKN)" -> "BKN", "(K3)" -> "K3": a parenthesized acronym (no spaces; two or more capitals, or a capital and a digit), else null. */
export function acronymOf(word: string): string | null {
  const inner = /^\((?<inner>[\p{L}\p{N}-]{2,15})\)$/u.exec(word)?.groups?.inner;
  if (inner === undefined) return null;
  const capitals = inner.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && /^\p{Lu}/u.test(inner) && /\p{N}/u.test(inner)) ? inner : null;
}

/**
 * "(Porprov)" after "Pekan Olahraga Provinsi": a parenthesized word with one
 * capital that abbreviates the words before it (Indonesian acronyms take
 * syllables: its letters, in order, are drawn from those words, the first
 * from the first word). Else null.
 */
export function abbreviationOf(word: string, before: readonly string[]): string | null {
  const inner = /^\((?<inner>\p{Lu}\p{Ll}{2,14})\)$/u.exec(word)?.groups?.inner;
  const [first] = before;
  if (inner === undefined || first === undefined || inner[0]!.toLowerCase() !== first[0]!.toLowerCase()) return null;
  const letters = before.join("").toLowerCase();
  let at = 0;
  for (const letter of inner.toLowerCase()) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return null;
  }
  return inner;
}

/** Only spaces (no line break, no punctuation) between two offsets. */
export const spacedOnly = (text: string, from: number, to: number) => /^[ \t]*$/.test(text.slice(from, to));
