/**
 * A date right after a naming head is part of a name: "UU Nomor 23 Tahun
 * 2014" (a law), "Jalan 17 Agustus", "Universitas 17 Agustus 1945".
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import type { DateRules } from "../rules.ts";
import { textBefore, WORD_CHAR } from "../textAround.ts";

export class NameDateFilter implements chrono.Refiner {
  private readonly nameHead: RegExp;

  constructor({ numberedHeads, heads }: DateRules["nameContext"]) {
    const numbered = `${alternation(numberedHeads)}[ \\t]*(?::[ \\t]*)?\\d+`;
    this.nameHead = new RegExp(`(?<!${WORD_CHAR})(?:${numbered}|${alternation(heads)})[ \\t]*$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => !this.nameHead.test(textBefore(context.text, result.index)));
  }
}
