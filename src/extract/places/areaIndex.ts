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


/** Tokens in a joined key: one more than its spaces. */
function wordCount(key: string): number {
  let n = 1;
  for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1)) n += 1;
  return n;
}


const NON_ASCII = /[^\x00-\x7f]/;

/** The sizes line of a saved index. */
function savedSizes(line: string): { keyCount: number; keyChars: number; blockBytes: number; longest: number } {
  const sizes = JSON.parse(line) as Record<string, unknown>;
  const size = (name: string): number => {
    const n = sizes[name];
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) throw new SavedIndexError(`bad ${name} in the sizes line`);
    return n;
  };
  return { keyCount: size("keyCount"), keyChars: size("keyChars"), blockBytes: size("blockBytes"), longest: size("longest") };
}

function int32Bytes(values: Int32Array): Buffer {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => bytes.writeInt32LE(value, i * 4));
  return bytes;
}

/** The adding phase: entries in the order added, grouped by key with a linked list per group (dense arrays only). */
interface Pending {
  groupOf: Map<string, number>;
  groupHead: number[];
  groupTail: number[];
  /** Whether a name in the group has a character beyond ASCII (its block's UTF-8 is longer than its text). */
  groupWide: boolean[];
  lines: string[];
  names: string[];
  next: number[];
}

/** First line of a saved index (toBytes), with the format's version. */
const SAVED_MAGIC = "warta area index 1\n";

/** A saved index that is not whole: the caller builds the index again. */
class SavedIndexError extends Error {}

export class AreaIndex {
  private adding: Pending | null = { groupOf: new Map(), groupHead: [], groupTail: [], groupWide: [], lines: [], names: [], next: [] };
  /** Sorted keys, each followed by KEY_END; key i starts at keyStart[i]. */
  private keys = "";
  private keyStart = new Int32Array(1);
  /** Entries of key i: bytes blockStart[i] to blockStart[i + 1] of `blocks`. */
  private blocks = Buffer.alloc(0);
  private blockStart = new Int32Array(1);
  private longest = 0;

  /** `key`: the name's token keys joined by spaces (tokens.ts, joinedKeyOf). */
  add(key: string, { name, level, code }: AreaEntry): void {
    const p = this.adding;
    if (p === null) throw new Error("AreaIndex: add after seal");
    if (key === "") return;
    const at = p.lines.length;
    p.lines.push(LEVEL_LETTER[level] + code);
    p.names.push(name);
    p.next.push(-1);
    const wide = NON_ASCII.test(name);
    const group = p.groupOf.get(key);
    if (group === undefined) {
      p.groupOf.set(key, p.groupHead.length);
      p.groupHead.push(at);
      p.groupTail.push(at);
      p.groupWide.push(wide);
    } else {
      p.next[p.groupTail[group]!] = at;
      p.groupTail[group] = at;
      if (wide) p.groupWide[group] = true;
    }
  }

  /** The packed lines of a group's entries: a name is written only where it changes. */
  private pack(p: Pending, group: number): string {
    const { lines, names, next } = p;
    const first = p.groupHead[group]!;
    let block = `${lines[first]}\t${names[first]}`;
    for (let previous = first, at = next[first]!; at !== -1; previous = at, at = next[at]!) {
      block += names[at] === names[previous] ? `\n${lines[at]}` : `\n${lines[at]}\t${names[at]}`;
    }
    return block;
  }

  /** Done adding: every key's entries packed, in key order; the lists of the adding phase dropped. */
  seal(): this {
    const p = this.adding;
    if (p === null) return this;
    const sortedKeys = [...p.groupOf.keys()].sort();
    const blocks: string[] = [];
    const keyStart = new Int32Array(sortedKeys.length + 1);
    const blockStart = new Int32Array(sortedKeys.length + 1);
    let keyAt = 0;
    let blockAt = 0;
    sortedKeys.forEach((key, i) => {
      const group = p.groupOf.get(key)!;
      const block = this.pack(p, group);
      this.longest = Math.max(this.longest, wordCount(key));
      blocks.push(block);
      keyStart[i] = keyAt;
      blockStart[i] = blockAt;
      keyAt += key.length + KEY_END.length;
      blockAt += p.groupWide[group] ? Buffer.byteLength(block) : block.length;
    });
    keyStart[sortedKeys.length] = keyAt;
    blockStart[sortedKeys.length] = blockAt;
    this.keys = sortedKeys.join(KEY_END) + KEY_END;
    this.keyStart = keyStart;
    this.blocks = Buffer.from(blocks.join(""), "utf8");
    this.blockStart = blockStart;
    this.adding = null;
    return this;
  }

  /**
   * The sealed index as bytes, for a cache file: SAVED_MAGIC, a JSON line of
   * sizes, the two offset tables (Int32, little-endian), the keys (UTF-16LE,
   * so any string comes back as it was) and the entry blocks.
   */
  toBytes(): Buffer {
    this.seal();
    const sizes = { keyCount: this.keyStart.length - 1, keyChars: this.keys.length, blockBytes: this.blocks.length, longest: this.longest };
    return Buffer.concat([
      Buffer.from(SAVED_MAGIC + JSON.stringify(sizes) + "\n", "latin1"),
      int32Bytes(this.keyStart),
      int32Bytes(this.blockStart),
      Buffer.from(this.keys, "utf16le"),
      this.blocks,
    ]);
  }

  /** An index saved by toBytes; SavedIndexError when `bytes` do not hold a whole one. */
  static fromBytes(bytes: Buffer): AreaIndex {
    if (bytes.toString("latin1", 0, SAVED_MAGIC.length) !== SAVED_MAGIC) throw new SavedIndexError("not a saved area index");
    const sizesEnd = bytes.indexOf(0x0a, SAVED_MAGIC.length);
    if (sizesEnd === -1) throw new SavedIndexError("no sizes line");
    const { keyCount, keyChars, blockBytes, longest } = savedSizes(bytes.toString("latin1", SAVED_MAGIC.length, sizesEnd));
    let at = sizesEnd + 1;
    if (bytes.length !== at + 2 * (keyCount + 1) * 4 + keyChars * 2 + blockBytes) throw new SavedIndexError("wrong length");
    const table = () => {
      const values = new Int32Array(keyCount + 1);
      for (let i = 0; i <= keyCount; i++, at += 4) values[i] = bytes.readInt32LE(at);
      return values;
    };
    const keyStart = table();
    const blockStart = table();
    const keys = bytes.toString("utf16le", at, at + keyChars * 2);
    at += keyChars * 2;
    if (keyStart[keyCount] !== keyChars || blockStart[keyCount] !== blockBytes) throw new SavedIndexError("tables do not end where the data does");
    const index = new AreaIndex();
    index.adding = null;
    index.keys = keys;
    index.keyStart = keyStart;
    index.blockStart = blockStart;
    index.blocks = Buffer.from(bytes.subarray(at, at + blockBytes));
    index.longest = longest;
    return index;
  }

  private indexOf(key: string): number {
    let low = 0;
    let high = this.keyStart.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareKey(middle, key);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Key i against `key` in code-unit order (as `<` orders strings), read in place: no substring per probe. */
  private compareKey(i: number, key: string): number {
    const start = this.keyStart[i]!;
    const length = this.keyStart[i + 1]! - KEY_END.length - start;
    const shared = Math.min(length, key.length);
    for (let k = 0; k < shared; k++) {
      const difference = this.keys.charCodeAt(start + k) - key.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - key.length;
  }

  /** The entries of key `found`, none for -1. */
  private entriesAt(found: number): AreaEntry[] {
    return found === -1 ? [] : unpack(this.blocks.toString("utf8", this.blockStart[found], this.blockStart[found + 1]));
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
      // A name written as one word may be written in two ("Kecamatan Tombolo Pao" for Tombolopao), where no area has
      // the two words as its name (both spellings as candidates would make areas known by one ambiguous).
      let found = this.indexOf(key);
      if (found === -1 && i > first) found = this.indexOf(key.replaceAll(" ", ""));
      if (found === -1) continue;
      const values = this.entriesAt(found).filter(keep);
      if (values.length > 0) best = { last: i, values };
    }
    return best;
  }
}
