/**
 * "30 Mei lalu" is the last 30 May before the anchor, "17 Agustus
 * mendatang" the next one after it; "November tahun lalu" is November of
 * the year before the anchor's. The suffix joins the date's span (chrono's
 * overlap removal then drops the "tahun lalu" read on its own) and tags it
 * for YearInferenceRefiner; it only matters, and is only taken, when the
 * year is not stated.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { FUTURE_TAG, hasTag, PAST_TAG, RELATIVE_TAG, YEAR_AFTER_TAG, YEAR_BEFORE_TAG } from "../ruleTag.ts";
import type { DateRules } from "../rules.ts";
import { textAfter, WORD_CHAR } from "../textAround.ts";

export class TenseSuffixRefiner implements chrono.Refiner {
  private readonly suffix: RegExp;

  constructor({ past, future, yearBefore, yearAfter }: DateRules["tenseSuffixes"]) {
    this.suffix = new RegExp(
      `^[ \\t]+(?:(?<yearBefore>${alternation(yearBefore)})|(?<yearAfter>${alternation(yearAfter)})|(?<past>${alternation(past)})|(?<future>${alternation(future)}))(?!${WORD_CHAR})`,
      "iu",
    );
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      if (hasTag(result, RELATIVE_TAG) || !result.start.isCertain("month") || result.start.isCertain("year")) continue;
      const match = this.suffix.exec(textAfter(context.text, result.index + result.text.length));
      if (!match) continue;
      result.text += match[0];
      const { yearBefore, yearAfter, past } = match.groups ?? {};
      result.addTag(yearBefore !== undefined ? YEAR_BEFORE_TAG : yearAfter !== undefined ? YEAR_AFTER_TAG : past !== undefined ? PAST_TAG : FUTURE_TAG);
    }
    return results;
  }
}
