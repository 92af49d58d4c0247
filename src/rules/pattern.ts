/**
 * Helpers to build regular expressions from word lists. Alternations are
 * plain lists of escaped literals (longest first), never nested quantifiers,
 * so matching stays linear in the length of the text.
 */

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The distinct non-empty words in the order an alternation tries them: longest first. */
export function alternationOrder(words: Iterable<string>): string[] {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  return unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** `(?:longest|...|short)` over the given words, each written by `literal`; spaces match any run of spaces. */
export function alternation(words: Iterable<string>, literal: (word: string) => string = escapeRegExp): string {
  return `(?:${alternationOrder(words).map((w) => literal(w).replace(/ +/g, "[ \\t]+")).join("|")})`;
}

/**
 * The letters /iu would take for each letter of `word`: ASCII pairs, plus the
 * two non-ASCII letters Unicode case folding joins to ASCII ones (K KELVIN
 * SIGN, LATIN SMALL LETTER LONG S). Lets one part of a pattern ignore case
 * while the rest does not (JavaScript in Node 20 has no inline (?i:)).
 */
const FOLDS: Record<string, string> = { k: "\u212a", s: "\u017f" };
function anyCase(word: string): string {
  return [...word]
    .map((c) => {
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      return lower === upper ? escapeRegExp(c) : `[${lower}${upper}${FOLDS[lower] ?? ""}]`;
    })
    .join("");
}

/** `alternation` whose words match in any case, in a pattern without the i flag. */
export const anyCaseAlternation = (words: Iterable<string>): string => alternation(words, anyCase);

