import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/corpus/random.ts";
import { countTokens } from "../../src/extract/countTokens.ts";
import { tokenize } from "../../src/extract/places/tokens.ts";

/** Random texts over letters, marks, digits, all kinds of spaces, symbols, astral characters and lone surrogates. */
function* randomTexts(seed: number, count: number): Generator<string> {
  const random = seededRandom(seed);
  const alphabet = ["a", "Z", "7", "0", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "-", "(", ".", "’", "é", "e\u0301", "Ä", "ß", "İ", "ﬁ", "①", "٣", "𝐀", "🙂", "\ud800", "\udc00", "中", "ـ", "\u200b"];
  for (let n = 0; n < count; n++) yield Array.from({ length: random.int(0, 12) }, () => random.pick(alphabet)).join("");
}

describe("the hand-written tokenizers agree with the regexes they replace", () => {
  it("place tokens: /([\\p{L}\\p{M}\\p{N}]+)|[^\\s\\p{L}\\p{M}\\p{N}]/gu, keys lower-cased NFKC", () => {
    const regex = /([\p{L}\p{M}\p{N}]+)|[^\s\p{L}\p{M}\p{N}]/gu;
    for (const text of randomTexts(5, 3000)) {
      const expected = Array.from(text.matchAll(regex), (m) => ({
        text: m[0],
        key: /[^\x00-\x7f]/.test(m[0]) ? m[0].normalize("NFKC").toLowerCase() : m[0].toLowerCase(),
        start: m.index,
        end: m.index + m[0].length,
        word: m[1] !== undefined,
      }));
      expect(tokenize(text), JSON.stringify(text)).toEqual(expected);
    }
  });

  it("count tokens: /([0-9]+)|([\\p{L}\\p{M}]+)|\\S/gu", () => {
    const regex = /([0-9]+)|([\p{L}\p{M}]+)|\S/gu;
    for (const text of randomTexts(6, 3000)) {
      const expected = Array.from(text.matchAll(regex), (m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        kind: m[1] !== undefined ? "digits" : m[2] !== undefined ? "word" : "mark",
      }));
      expect(countTokens(text), JSON.stringify(text)).toEqual(expected);
    }
  });
});
