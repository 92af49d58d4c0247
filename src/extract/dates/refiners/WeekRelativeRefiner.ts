/**
 * "pekan lalu", "dua minggu lalu" name a week, not a day: chrono gives them
 * the day a week before the anchor, Warta keeps only that day's month.
 */
import type * as chrono from "chrono-node";
import { hasTag, RELATIVE_TAG } from "../ruleTag.ts";
import { wholeWords } from "../textAround.ts";

export class WeekRelativeRefiner implements chrono.Refiner {
  private readonly weekUnit: RegExp;

  constructor(weekUnits: readonly string[]) {
    this.weekUnit = wholeWords(weekUnits);
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
