/**
 * Clock times ("pukul 08.00 WIB") are not dates. Dropping them before
 * chrono's date-time merge keeps a time that follows a date from extending
 * the date's span or changing its value.
 */
import type * as chrono from "chrono-node";

export class TimeOnlyFilter implements chrono.Refiner {
  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((result) => !result.start.isOnlyTime());
  }
}
