import { describe, expect, it } from "vitest";
import { seededRandom } from "../bench/corpus/random.ts";
import { alternation, alternationOrder, anyCaseAlternation, caseSensitiveAlternation, escapeRegExp } from "../src/rules/pattern.ts";
import { lastWord } from "../src/text/lastWord.ts";
import { wholeWordOffsets, wordCharAt, wordCharBefore } from "../src/text/wordEdges.ts";

describe("word edges", () => {
  it.each([
    ["Mas Dhito hadir, mas Dhito", "Mas Dhito", [0]],
    ["aa aa aaa aa", "aa", [0, 3, 10]],
    ["xMas Dhito Mas Dhito2 (Mas Dhito)", "Mas Dhito", [23]],
    ["𝐀Ita Ita", "Ita", [6]],
  ])("whole-word offsets of a literal in %j", (text, literal, offsets) => {
    expect([...wholeWordOffsets(text, literal)]).toEqual(offsets);
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, "gu");
    expect([...text.matchAll(regex)].map((m) => m.index)).toEqual(offsets);
  });

  it("reads a whole code point on either side of an offset", () => {
    expect(wordCharBefore("𝐀b", 2)).toBe(true);
    expect(wordCharAt("a𝐀", 1)).toBe(true);
    expect(wordCharBefore("🙂b", 2)).toBe(false);
    expect(wordCharAt("", 0)).toBe(false);
  });
});

describe("the last word before an offset", () => {
  it("agrees with /([\\p{L}\\p{N}]+)[ \\t-]*$/u on the slice, on random texts", () => {
    const random = seededRandom(9);
    const alphabet = ["a", "Z", "7", " ", "\t", "-", "\n", ",", "é", "e\u0301", "𝐀", "🙂", "\ud835", "\udc00", "٣", "(", "ـ"];
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: random.int(0, 14) }, () => random.pick(alphabet)).join("");
      const at = random.int(0, text.length);
      const from = random.int(0, at);
      expect(lastWord(text, from, at), JSON.stringify([text, from, at])).toBe(/([\p{L}\p{N}]+)[ \t-]*$/u.exec(text.slice(from, at))?.[1]);
    }
  });
});

describe("an alternation in any case, in a pattern without the i flag", () => {
  const words = ["Kab.", "di", "sampai dengan", "Wali", "ke"];
  const withFlag = new RegExp(`^${alternation(words)}$`, "iu");
  const withoutFlag = new RegExp(`^${anyCaseAlternation(words)}$`, "u");

  it.each(["kab.", "KAB.", "Di", "dI", "SAMPAI  Dengan", "\u212Aab.", "\u017Fampai dengan", "wALI", "kE"])("%j matches as with the i flag", (text) => {
    expect(withoutFlag.test(text)).toBe(true);
    expect(withFlag.test(text)).toBe(true);
  });

  it("agrees with the i flag on random case changes and near misses", () => {
    const random = seededRandom(11);
    const flip = (c: string) => (random.next() < 0.5 ? c.toUpperCase() : c.toLowerCase());
    for (let i = 0; i < 2000; i++) {
      const word = random.pick(words);
      const text = [...word].map(flip).join("") + (random.next() < 0.2 ? "x" : "");
      expect(withoutFlag.test(text), text).toBe(withFlag.test(text));
    }
  });

  it("leaves the rest of the pattern case-sensitive", () => {
    const cue = new RegExp(`${anyCaseAlternation(["di"])} (\\p{Lu}\\p{L}*)`, "u");
    expect(cue.exec("DI Jember")?.[1]).toBe("Jember");
    expect(cue.exec("di rumah")).toBeNull();
  });
});


describe("an alternation written as a trie", () => {
  // The list it stands for: every word in turn, longest first.
  const plainList = (words: string[]) => `(?:${alternationOrder(words).map((w) => escapeRegExp(w).replace(/ +/g, "[ \\t]+")).join("|")})`;
  const matches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}:${m[0]}`);

  it("prefers the word that goes on, and falls back to the word it extends", () => {
    const words = ["wali kota", "wali kota (walkot)", "wakil", "wakil wali kota", "wakil bupati", "bupati"];
    const pattern = `(?<![\\p{L}])${alternation(words)}(?![\\p{L}])`;
    expect(matches(pattern, "giu", "Wakil Wali Kota dan wali  kota (Walkot) serta wali kotanya")).toEqual(["0:Wakil Wali Kota", "20:wali  kota (Walkot)"]);
  });

  it("matches as the plain list on random words and texts, with and without the i flag", () => {
    const random = seededRandom(5);
    const letters = ["a", "b", "A", "k", "\u212a", " ", "(", "."];
    const word = () => Array.from({ length: random.int(1, 5) }, () => random.pick(letters)).join("").trim() || "a";
    for (let n = 0; n < 600; n++) {
      const words = Array.from({ length: random.int(1, 10) }, word);
      const text = Array.from({ length: random.int(0, 24) }, () => random.pick([...letters, "\t", "x"])).join("");
      for (const flags of ["gu", "giu"]) {
        for (const [before, after] of [["", ""], ["(?<![\\p{L}])", "(?![\\p{L}])"], ["", "x"]]) {
          const trie = matches(`${before}${alternation(words)}${after}`, flags, text);
          expect(trie, JSON.stringify({ words, text, flags, after })).toEqual(matches(`${before}${plainList(words)}${after}`, flags, text));
        }
      }
      // Without the i flag, words that differ only in case stay branches of the trie.
      for (const [before, after] of [["", ""], ["(?<![\\p{L}])", "(?![\\p{L}])"], ["", "x"]]) {
        const trie = matches(`${before}${caseSensitiveAlternation(words)}${after}`, "gu", text);
        expect(trie, JSON.stringify({ words, text, after })).toEqual(matches(`${before}${plainList(words)}${after}`, "gu", text));
      }
    }
  });

  it("keeps case twins in the trie when the pattern has no i flag", () => {
    const words = ["Proklim", "ProKlim", "Program Kampung Iklim", "Adipura", "Kalpataru"];
    expect(caseSensitiveAlternation(words)).not.toBe(`(?:${alternationOrder(words).map((w) => w.replace(/ /g, "[ \\t]+")).join("|")})`);
    expect(matches(caseSensitiveAlternation(words), "gu", "ProKlim, Proklim, proklim")).toEqual(["0:ProKlim", "9:Proklim"]);
  });

  it("of no words matches the empty string, as an empty list does", () => {
    expect(alternation([])).toBe("(?:)");
  });
});
