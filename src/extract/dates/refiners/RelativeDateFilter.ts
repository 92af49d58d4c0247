/**
 * "kemarin", "pekan lalu", "tahun ini" count from an anchor; with none
 * (no reference date, no full date in the article) they are dropped rather
 * than counted from today. Some relative words are not dates at all:
 * "saat ini" means "now", "sepekan ke depan" is a duration, "setengah jam
 * kemudian" a clock offset.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { anchorOf } from "../anchorOption.ts";
import { hasTag, RELATIVE_TAG } from "../ruleTag.ts";
import type { DateRules } from "../rules.ts";
import { WORD_CHAR, wholeWords } from "../textAround.ts";

export class RelativeDateFilter implements chrono.Refiner {
  private readonly nonDate: RegExp;

  private readonly subDay: RegExp;

  constructor({ texts, endings, subDayUnits }: DateRules["relativeNonDates"]) {
    this.nonDate = new RegExp(`(?:^${alternation(texts)}|(?<!${WORD_CHAR})${alternation(endings)})$`, "iu");
    this.subDay = wholeWords(subDayUnits);
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const anchored = anchorOf(context) !== null;
    return results.filter(
      (result) => !hasTag(result, RELATIVE_TAG) || (anchored && !this.nonDate.test(result.text) && !this.subDay.test(result.text)),
    );
  }
}
