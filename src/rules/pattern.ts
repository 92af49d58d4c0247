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

/** `(?:longest|...|short)` over the given words; spaces match any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return `(?:${alternationOrder(words).map((w) => escapeRegExp(w).replace(/ +/g, "[ \\t]+")).join("|")})`;
}
