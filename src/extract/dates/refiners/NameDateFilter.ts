/**
 * A date right after a naming head is part of a name: "UU Nomor 23 Tahun
 * 2014" (a law), "Jalan 17 Agustus", "Universitas 17 Agustus 1945"; so
 * is a capitalized cue after a capitalized word that does not open the
 * sentence: "Lomba Desa Tingkat Nasional Tahun 2024".
 */
import type * as chrono from "chrono-node";
import { alternation, caseSensitiveAlternation } from "../../../rules/pattern.ts";
import type { DateRules } from "../rules.ts";
import { textBefore, WORD_CHAR } from "../textAround.ts";

export class NameDateFilter implements chrono.Refiner {
  private readonly nameHead: RegExp;
  private readonly titleCaseCue: RegExp;
  // A capitalized word with a word before it on the same line: inside a sentence, part of a name.
  private readonly nameWordBefore = /[\p{L}\p{N})][ \t]+\p{Lu}[\p{L}\p{N}-]*[ \t]+$/u;

  constructor({ numberedHeads, heads, titleCaseCues }: DateRules["nameContext"]) {
    const numbered = `${alternation(numberedHeads)}[ \\t]*(?::[ \\t]*)?\\d+`;
    this.nameHead = new RegExp(`(?<!${WORD_CHAR})(?:${numbered}|${alternation(heads)})[ \\t]*$`, "iu");
    this.titleCaseCue = new RegExp(`^${caseSensitiveAlternation(titleCaseCues)}(?!${WORD_CHAR})`, "u");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => {
      const before = textBefore(context.text, result.index);
      return !this.nameHead.test(before) && !(this.titleCaseCue.test(result.text) && this.nameWordBefore.test(before));
    });
  }
}
