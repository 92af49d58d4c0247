/**
 * A trie over token keys: built once from the gazetteer, then one lookup per
 * text position walks at most as many tokens as the longest name, so a pass
 * over an article is linear in its length whatever the gazetteer's size.
 */
import type { Token } from "./tokens.ts";

interface Node<T> {
  children: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Index of the last token of the match. */
  last: number;
  values: T[];
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { children: new Map(), values: [] };
  private longest = 0;

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let next = node.children.get(key);
      if (next === undefined) {
        next = { children: new Map(), values: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    node.values.push(value);
    this.longest = Math.max(this.longest, keys.length);
  }

  /** Whether some entry starts with `key`: where none does, `match` finds nothing. */
  hasFirst(key: string): boolean {
    return this.root.children.has(key);
  }

  /**
   * The longest entry starting at token `first` whose values pass `keep`;
   * `step(i)` says whether token i may be part of a name (the walk stops at the first that may not).
   */
  match(tokens: readonly Token[], first: number, step: (i: number) => boolean, keep: (value: T, last: number) => boolean = () => true): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = first; i < tokens.length && i - first < this.longest; i += 1) {
      const token = tokens[i];
      if (token === undefined || !step(i)) break;
      node = node.children.get(token.key);
      if (node === undefined) break;
      if (node.values.length === 0) continue;
      const values = node.values.filter((value) => keep(value, i));
      if (values.length > 0) best = { last: i, values };
    }
    return best;
  }
}
