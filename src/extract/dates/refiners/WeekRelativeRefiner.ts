/**
 * "pekan lalu", "dua minggu lalu" name a week, not a day: chrono gives them
 * the day a week before the anchor, Warta keeps only that day's month.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { hasTag, RELATIVE_TAG } from "../ruleTag.ts";
import { WORD_CHAR } from "../textAround.ts";

export class WeekRelativeRefiner implements chrono.Refiner {
  private readonly weekUnit: RegExp;

  constructor(weekUnits: readonly string[]) {
    this.weekUnit = new RegExp(`(?<!${WORD_CHAR})${alternation(weekUnits)}(?!${WORD_CHAR})`, "iu");
  }

  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const result of results) {
      const { start } = result;
      const day = start.get("day");
      if (!hasTag(result, RELATIVE_TAG) || day === null || start.isCertain("weekday")) continue;
      if (!start.isCertain("day") || !this.weekUnit.test(result.text)) continue;
      start.delete("day");
      start.imply("day", day);
    }
    return results;
  }
}
