import { describe, expect, it } from "vitest";
import { seededRandom } from "../bench/corpus/random.ts";
import { WordStartRegExp } from "../src/rules/wordStart.ts";

describe("a word-start pattern matched without its lookbehind (WordStartRegExp)", () => {
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m.groups?.word ?? ""}`);

  it("finds what the whole pattern finds, on random patterns, flags and texts", () => {
    const random = seededRandom(17);
    const edges = ["\\p{L}\\p{N}", "\\p{L}", "\\p{L}\\p{N}."];
    const bodies = ["(?:ab|a|b)", "(?<word>k(?:a|b)?)", "(?:a[ \\t]+b|ba)(?![\\p{L}])", "(?:x|ab)[ \\t]*", "(?:ka|ab)(?:c|)"];
    // Letters in both cases, digits, spaces, a letter outside the BMP, the Kelvin sign and U+0345 (which folds to a letter).
    const pieces = ["a", "b", "A", "B", "k", "K", "\u212a", "x", "c", "1", ".", " ", "\t", "𝐀", "\u0345", "-"];
    for (let n = 0; n < 500; n++) {
      const source = `(?<![${random.pick(edges)}])${random.pick(bodies)}`;
      const text = Array.from({ length: random.int(0, 30) }, () => random.pick(pieces)).join("");
      for (const flags of ["gu", "giu", "u", "iu"]) {
        const whole = new RegExp(source, flags);
        const fast = new WordStartRegExp(source, flags);
        const context = JSON.stringify({ source, flags, text });
        expect(fast.source, context).toBe(whole.source);
        expect(fast.test(text), context).toBe(whole.test(text));
        whole.lastIndex = 0;
        fast.lastIndex = 0;
        expect(fast.exec(text)?.index ?? null, context).toBe(whole.exec(text)?.index ?? null);
        expect(text.replace(fast, "<$&>"), context).toBe(text.replace(whole, "<$&>"));
        if (flags.includes("g")) expect(all(fast, text), context).toEqual(all(whole, text));
      }
    }
  });

  it("resumes a global search where the last match ended", () => {
    const cue = new WordStartRegExp("(?<![\\p{L}])(?:dan|serta)", "giu");
    expect(cue.exec("Padang dan Serta")?.index).toBe(7);
    expect(cue.lastIndex).toBe(10);
    expect(cue.exec("Padang dan Serta")?.index).toBe(11);
    expect(cue.exec("Padang dan Serta")).toBeNull();
    expect(cue.lastIndex).toBe(0);
  });

  it("refuses a pattern without a leading lookbehind, with a branch the lookbehind would not cover, or matching nothing", () => {
    expect(() => new WordStartRegExp("(?:ab)", "u")).toThrow(/lookbehind/);
    expect(() => new WordStartRegExp("(?<![\\p{L}])ab|c", "u")).toThrow(/outside a group/);
    expect(() => new WordStartRegExp("(?<![\\p{L}])(?:ab|c)[|]", "u")).not.toThrow();
    expect(() => new WordStartRegExp("(?<![\\p{L}])(?:ab|)", "u")).toThrow(/empty/);
  });
});
