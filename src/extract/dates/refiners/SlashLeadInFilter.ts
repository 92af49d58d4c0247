/**
 * A bare "5/6" may be a fraction or a score ("skor 2/1"). Without a stated
 * year, a slash date is kept only right after a lead-in ("pada", "tanggal")
 * or a weekday; "14/8/2023" is always a date.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { hasTag, LEAD_IN_REQUIRED_TAG } from "../ruleTag.ts";
import { textBefore, WORD_CHAR } from "../textAround.ts";

export class SlashLeadInFilter implements chrono.Refiner {
  private readonly leadIn: RegExp;

  constructor(leadIns: readonly string[], weekdays: readonly string[]) {
    this.leadIn = new RegExp(`(?<!${WORD_CHAR})${alternation([...leadIns, ...weekdays])}[ \\t]*(?:,[ \\t]*)?$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter(
      (result) =>
        !hasTag(result, LEAD_IN_REQUIRED_TAG) ||
        result.start.isCertain("year") ||
        this.leadIn.test(textBefore(context.text, result.index)),
    );
  }
}
