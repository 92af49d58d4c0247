/**
 * In "14 Maret hingga 27 Maret 2024" the year written once belongs to both
 * ends: the first end takes the year the second states (the year before,
 * when it comes later in the calendar: "28 Desember - 2 Januari 2024").
 * Runs after YearInferenceRefiner, whose guess this overrides.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { compareDates, type CalendarDate } from "../calendar.ts";

function onYear(components: chrono.ParsingComponents, year: number): CalendarDate {
  return { year, month: components.get("month") ?? 0, day: components.get("day") ?? 1 };
}

export class RangeYearRefiner implements chrono.Refiner {
  private readonly connector: RegExp;

  constructor(connectors: readonly string[], periods: readonly string[]) {
    // "Januari hingga awal September 2024": a period word may open the second end.
    this.connector = new RegExp(`^[ \\t]*${alternation(connectors)}[ \\t]*(?:${alternation(periods)}[ \\t]+)?$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    results.forEach((first, i) => {
      const second = results[i + 1];
      if (!second || first.start.isCertain("year") || !first.start.isCertain("month")) return;
      if (!second.start.isCertain("year") || !second.start.isCertain("month")) return;
      const between = context.text.slice(first.index + first.text.length, second.index);
      if (!this.connector.test(between)) return;
      const year = second.start.get("year") ?? 0;
      const later = compareDates(onYear(first.start, year), onYear(second.start, year)) > 0;
      first.start.imply("year", later ? year - 1 : year);
    });
    return results;
  }
}
