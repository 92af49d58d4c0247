/**
 * The kecamatan and desa/kelurahan names (about 90,000) in a compact index.
 * A Map-per-node token trie held ~50 MB for them; a Map from each name to
 * its entries still ~20 MB (an object or a Map slot per name). Here:
 *   - the names' joined token keys ("sumber rejo"), sorted, in one string,
 *     with their start offsets in an Int32Array (found by binary search);
 *   - their entries, in the same order, as UTF-8 bytes in one buffer, with
 *     start offsets: a line per entry, a level letter, the code, and a tab
 *     and the name unless it is the name of the line before
 *     ("d33.01.02.2003\tSumberejo\nd35.04.05.2001").
 * Entries are unpacked only for a name an article writes after an area cue.
 * Matching gives what the trie gave: the longest name from a token whose
 * entries pass a filter.
 */
import type { AreaEntry } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";
import type { TrieMatch } from "./trie.ts";

const LEVEL_LETTER: Record<AreaEntry["level"], string> = { kecamatan: "k", desa: "d", kelurahan: "l" };
const LETTER_LEVEL = new Map(Object.entries(LEVEL_LETTER).map(([level, letter]) => [letter, level as AreaEntry["level"]]));
const KEY_END = "\n";


function unpack(block: string): AreaEntry[] {
  const entries: AreaEntry[] = [];
  let name = "";
  for (const line of block.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab !== -1) name = line.slice(tab + 1);
    entries.push({ name, level: LETTER_LEVEL.get(line[0]!)!, code: line.slice(1, tab === -1 ? line.length : tab) });
  }
  return entries;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Tokens in a joined key: one more than its spaces. */
function wordCount(key: string): number {
  let n = 1;
  for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1)) n += 1;
  return n;
}

function byteLength(text: string): number {
  return ASCII.test(text) ? text.length : Buffer.byteLength(text);
}

export class AreaIndex {
  /** While adding: each entry as a packed line and its name, the first entry of each key, and each entry's next under its key. */
  private adding: { lines: string[]; names: string[]; first: Map<string, number>; last: number[]; next: number[] } | null = {
    lines: [],
    names: [],
    first: new Map(),
    last: [],
    next: [],
  };
  /** Sorted keys, each followed by KEY_END; key i starts at keyStart[i]. */
  private keys = "";
  private keyStart = new Int32Array(1);
  /** Entries of key i: bytes blockStart[i] to blockStart[i + 1] of `blocks`. */
  private blocks = Buffer.alloc(0);
  private blockStart = new Int32Array(1);
  private longest = 0;

  /** `key`: the name's token keys joined by spaces (tokens.ts, joinedKeyOf). */
  add(key: string, { name, level, code }: AreaEntry): void {
    const adding = this.adding;
    if (adding === null) throw new Error("AreaIndex: add after seal");
    if (key === "") return;
    const at = adding.lines.length;
    adding.lines.push(LEVEL_LETTER[level] + code);
    adding.names.push(name);
    adding.next.push(-1);
    const first = adding.first.get(key);
    if (first === undefined) {
      adding.first.set(key, at);
      adding.last[at] = at;
    } else {
      adding.next[adding.last[first]!] = at;
      adding.last[first] = at;
    }
  }

  /** The packed lines of the entries under a key, from its first entry: a name is written only where it changes. */
  private pack(first: number): string {
    const { lines, names, next } = this.adding!;
    let block = `${lines[first]}\t${names[first]}`;
    for (let previous = first, at = next[first]!; at !== -1; previous = at, at = next[at]!) {
      block += names[at] === names[previous] ? `\n${lines[at]}` : `\n${lines[at]}\t${names[at]}`;
    }
    return block;
  }

  /** Done adding: every key's entries packed, in key order; the Map of the adding phase dropped. */
  seal(): this {
    if (this.adding === null) return this;
    const sortedKeys = [...this.adding.first.keys()].sort();
    const blocks: string[] = [];
    const keyStart: number[] = [];
    const blockStart: number[] = [];
    let keyAt = 0;
    let blockAt = 0;
    for (const key of sortedKeys) {
      const block = this.pack(this.adding.first.get(key)!);
      this.longest = Math.max(this.longest, wordCount(key));
      blocks.push(block);
      keyStart.push(keyAt);
      blockStart.push(blockAt);
      keyAt += key.length + KEY_END.length;
      blockAt += byteLength(block);
    }
    keyStart.push(keyAt);
    blockStart.push(blockAt);
    this.keys = sortedKeys.join(KEY_END) + KEY_END;
    this.keyStart = Int32Array.from(keyStart);
    this.blocks = Buffer.from(blocks.join(""), "utf8");
    this.blockStart = Int32Array.from(blockStart);
    this.adding = null;
    return this;
  }

  private indexOf(key: string): number {
    let low = 0;
    let high = this.keyStart.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = this.keys.slice(this.keyStart[middle], this.keyStart[middle + 1]! - KEY_END.length);
      if (at === key) return middle;
      if (at < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /**
   * The longest name starting at token `first` whose entries pass `keep`;
   * `step(i)` says whether token i may be part of a name (the walk stops at the first that may not).
   */
  match(tokens: readonly Token[], first: number, step: (i: number) => boolean, keep: (entry: AreaEntry) => boolean): TrieMatch<AreaEntry> | null {
    this.seal();
    let best: TrieMatch<AreaEntry> | null = null;
    let key = "";
    for (let i = first; i < tokens.length && i - first < this.longest; i += 1) {
      const token = tokens[i];
      if (token === undefined || !step(i)) break;
      key = i === first ? token.key : `${key} ${token.key}`;
      const found = this.indexOf(key);
      if (found === -1) continue;
      const values = unpack(this.blocks.toString("utf8", this.blockStart[found], this.blockStart[found + 1])).filter(keep);
      if (values.length > 0) best = { last: i, values };
    }
    return best;
  }
}
