/**
 * Gives a year to every date the text states without one (see inferYear.ts)
 * and drops the ones for which there is no sound answer. Runs after chrono's
 * merges, so a weekday merged into the date ("Senin, 5 Juni") is used.
 */
import type * as chrono from "chrono-node";
import { anchorOf } from "../anchorOption.ts";
import { compareDates } from "../calendar.ts";
import { inferYear, namedYears, type YearClues } from "../inferYear.ts";
import { FUTURE_TAG, hasTag, PAST_TAG, RELATIVE_TAG, YEAR_AFTER_TAG, YEAR_BEFORE_TAG } from "../ruleTag.ts";

function lacksYear(components: chrono.ParsingComponents): boolean {
  return components.isCertain("month") && !components.isCertain("year");
}

/** The end of "5-7 Juni" shares the start's year, or the next one when it comes earlier in the calendar. */
function implyEndYear(start: chrono.ParsingComponents, end: chrono.ParsingComponents): void {
  const year = start.get("year") ?? 0;
  const onStartYear = { year, month: end.get("month") ?? 0, day: end.get("day") ?? 0 };
  const startDate = { year, month: start.get("month") ?? 0, day: start.get("day") ?? 0 };
  end.imply("year", compareDates(onStartYear, startDate) < 0 ? year + 1 : year);
}

export class YearInferenceRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    let clues: YearClues | null = null;
    return results.filter((result) => {
      const { start, end } = result;
      if (hasTag(result, RELATIVE_TAG) || !lacksYear(start)) return true;
      clues ??= { anchor: anchorOf(context), namedYears: namedYears(context.text) };
      const yearOffset = hasTag(result, YEAR_BEFORE_TAG) ? -1 : hasTag(result, YEAR_AFTER_TAG) ? 1 : 0;
      if (yearOffset !== 0) {
        // "November tahun lalu": the anchor's year decides, nothing else; without an anchor there is no answer.
        if (clues.anchor === null) return false;
        start.imply("year", clues.anchor.year + yearOffset);
        return true;
      }
      const year = inferYear(
        {
          month: start.get("month") ?? 0,
          day: start.isCertain("day") ? start.get("day") : null,
          weekday: start.isCertain("weekday") ? start.get("weekday") : null,
          direction: hasTag(result, PAST_TAG) ? "past" : hasTag(result, FUTURE_TAG) ? "future" : null,
        },
        clues,
      );
      if (year === null) return false;
      start.imply("year", year);
      if (end && lacksYear(end)) implyEndYear(start, end);
      return true;
    });
  }
}
