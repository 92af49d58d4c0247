import { describe, expect, it } from "vitest";
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
