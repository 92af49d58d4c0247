/**
 * A weekday alone ("di Surabaya, Selasa", "Rabu malam") is, in news, the
 * most recent such day on or before the anchor: the day of the report or
 * one just before it. Chrono takes the nearest one, which may lie ahead.
 * Weekdays with a modifier ("Rabu lalu", "Jumat depan") keep chrono's value;
 * a weekday after a recurrence word ("setiap Jumat") is a routine, not a date.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { anchorOf } from "../anchorOption.ts";
import { addDays, weekdayOf } from "../calendar.ts";
import { textBefore, WORD_CHAR } from "../textAround.ts";

export class BareWeekdayRefiner implements chrono.Refiner {
  private readonly endsWithWeekday: RegExp;
  private readonly recurrence: RegExp;

  constructor(weekdays: readonly string[], recurrenceWords: readonly string[]) {
    this.endsWithWeekday = new RegExp(`(?<!${WORD_CHAR})${alternation(weekdays)}$`, "iu");
    this.recurrence = new RegExp(`(?<!${WORD_CHAR})${alternation(recurrenceWords)}[ \\t]+$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const routine = (result: chrono.ParsingResult) =>
      result.start.isOnlyWeekdayComponent() && this.recurrence.test(textBefore(context.text, result.index));
    const dated = results.filter((result) => !routine(result));
    const anchor = anchorOf(context);
    if (anchor === null) return dated;
    for (const { start, text } of dated) {
      const weekday = start.get("weekday");
      if (weekday === null || !start.isOnlyWeekdayComponent() || !this.endsWithWeekday.test(text)) continue;
      const date = addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
      start.imply("year", date.year).imply("month", date.month).imply("day", date.day);
    }
    return dated;
  }
}
