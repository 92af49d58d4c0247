/**
 * A bare "5/6" may be a fraction or a score ("skor 2/1"). Without a stated
 * year, a slash date is kept only right after a lead-in ("pada", "tanggal")
 * or a weekday; "14/8/2023" is a date, except after a clock word: "pukul
 * 06.30-07.30" reads as 30/06/(20)07 to chrono's slash parser.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { hasTag, LEAD_IN_REQUIRED_TAG } from "../ruleTag.ts";
import { textBefore, WORD_CHAR } from "../textAround.ts";

export class SlashLeadInFilter implements chrono.Refiner {
  private readonly leadIn: RegExp;
  private readonly clock: RegExp;

  constructor(leadIns: readonly string[], weekdays: readonly string[], clockLeadIns: readonly string[]) {
    this.leadIn = new RegExp(`(?<!${WORD_CHAR})${alternation([...leadIns, ...weekdays])}[ \\t]*(?:,[ \\t]*)?$`, "iu");
    this.clock = new RegExp(`(?<!${WORD_CHAR})${alternation(clockLeadIns)}[ \\t]*$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => {
      if (!hasTag(result, LEAD_IN_REQUIRED_TAG)) return true;
      const before = textBefore(context.text, result.index);
      return !this.clock.test(before) && (result.start.isCertain("year") || this.leadIn.test(before));
    });
  }
}
