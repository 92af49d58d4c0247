/**
 * Helpers to build regular expressions from word lists. An alternation is
 * the words' trie written as a pattern (no nested quantifiers, so matching
 * stays linear in the length of the text): at each letter the engine tries
 * only the words that go on with it, instead of every word in turn.
 */

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The distinct non-empty words in the order an alternation prefers them: longest first. */
export function alternationOrder(words: Iterable<string>): string[] {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  return unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** A run of spaces in a word: one step of the trie, matching any run of spaces and tabs. */
const SPACE = " ";
const SPACE_PATTERN = "[ \\t]+";

interface TrieNode {
  ends: boolean;
  next: Map<string, TrieNode>;
}

/** A word's steps: its code points, a run of spaces as one. */
const stepsOf = (word: string): string[] => word.split(/( +)/).flatMap((part) => (part.startsWith(SPACE) ? [SPACE] : [...part]));

/** Letters the i flag (or `anyCase`) matches alike: "K" and "k", the Kelvin sign and "k", long s and "s". */
const FOLDED: Record<string, string> = { "\u212a": "k", "\u017f": "s" };
const fold = (step: string): string => FOLDED[step] ?? step.toLowerCase();

/**
 * `(?:longest|...|short)` over the given words, each character written by
 * `literal` (escaped by default); spaces match any run of spaces and tabs.
 *
 * Written as a trie: "wali kota" and "wakil" share "wa", and a word that
 * goes on ("wali kota (walkot)") is tried before the word it extends ("wali
 * kota"). Two words can only match at the same place when one extends the
 * other, so the trie prefers the same word the list, longest first, would:
 * the match is the same. Where two branches differ only in case (the i flag
 * would try both), the plain list keeps that order exact.
 */
export function alternation(words: Iterable<string>, literal: (character: string) => string = escapeRegExp): string {
  return trieAlternation(words, literal, true);
}

/**
 * `alternation` for a pattern without the i flag. There "SMAN" and "Sman",
 * or "Proklim" and "ProKlim", are different words, so their branches stay in
 * the trie instead of turning the whole list back into a plain one.
 */
export const caseSensitiveAlternation = (words: Iterable<string>): string => trieAlternation(words, escapeRegExp, false);

function trieAlternation(words: Iterable<string>, literal: (character: string) => string, foldsCase: boolean): string {
  const ordered = alternationOrder(words);
  // A few words gain nothing from sharing their beginnings (a text's acronyms are compiled per article).
  if (ordered.length <= PLAIN_LIST_MAX) return plainList(ordered, literal);
  const root: TrieNode = { ends: false, next: new Map() };
  for (const word of ordered) {
    let node = root;
    for (const step of stepsOf(word)) {
      let next = node.next.get(step);
      if (next === undefined) {
        next = { ends: false, next: new Map() };
        node.next.set(step, next);
      }
      node = next;
    }
    node.ends = true;
  }
  if (foldsCase && hasCaseTwins(root)) return plainList(ordered, literal);
  const branches = (node: TrieNode): string => {
    const out = [...node.next].map(([step, next]) => stepPattern(step, literal) + (next.next.size === 0 ? "" : afterStep(next)));
    return out.length === 1 ? out[0]! : `(?:${out.join("|")})`;
  };
  // Going on is tried before ending here: the longer word first.
  const afterStep = (node: TrieNode): string => (node.ends ? `(?:${branches(node)})?` : branches(node));
  return root.next.size === 0 ? "(?:)" : `(?:${branches(root)})`;
}

const stepPattern = (step: string, literal: (character: string) => string) => (step === SPACE ? SPACE_PATTERN : literal(step));

/** How many words an alternation lists one by one, without a trie. */
const PLAIN_LIST_MAX = 4;

/** The words in turn, longest first: what the trie stands for. */
function plainList(ordered: readonly string[], literal: (character: string) => string): string {
  return `(?:${ordered.map((w) => stepsOf(w).map((step) => stepPattern(step, literal)).join("")).join("|")})`;
}

/** Whether some node has two steps that fold alike. */
function hasCaseTwins(node: TrieNode): boolean {
  const folded = new Set<string>();
  for (const step of node.next.keys()) {
    if (folded.has(fold(step))) return true;
    folded.add(fold(step));
  }
  return [...node.next.values()].some(hasCaseTwins);
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
export const anyCaseAlternation = (words: Iterable<string>): string => alternation([...words].map((w) => w.toLowerCase()), anyCase);

