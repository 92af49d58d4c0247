/**
 * "30 Mei lalu" is the last 30 May before the anchor, "17 Agustus
 * mendatang" the next one after it. The suffix joins the date's span and
 * tags the direction for YearInferenceRefiner; it only matters, and is only
 * taken, when the year is not stated.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { FUTURE_TAG, hasTag, PAST_TAG, RELATIVE_TAG } from "../ruleTag.ts";
import type { DateRules } from "../rules.ts";
import { textAfter, WORD_CHAR } from "../textAround.ts";

export class TenseSuffixRefiner implements chrono.Refiner {
  private readonly suffix: RegExp;

  constructor({ past, future }: DateRules["tenseSuffixes"]) {
    this.suffix = new RegExp(
      `^[ \\t]+(?:(?<past>${alternation(past)})|(?<future>${alternation(future)}))(?!${WORD_CHAR})`,
      "iu",
    );
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      if (hasTag(result, RELATIVE_TAG) || !result.start.isCertain("month") || result.start.isCertain("year")) continue;
      const match = this.suffix.exec(textAfter(context.text, result.index + result.text.length));
      if (!match) continue;
      result.text += match[0];
      result.addTag(match.groups?.past === undefined ? FUTURE_TAG : PAST_TAG);
    }
    return results;
  }
}
