/**
 * A weekday alone ("di Surabaya, Selasa", "Rabu malam") is, in news, the
 * most recent such day on or before the anchor: the day of the report or
 * one just before it. Chrono takes the nearest one, which may lie ahead.
 * Weekdays with a modifier ("Rabu lalu", "Jumat depan") keep chrono's value.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { anchorOf } from "../anchorOption.ts";
import { addDays, weekdayOf } from "../calendar.ts";
import { WORD_CHAR } from "../textAround.ts";

export class BareWeekdayRefiner implements chrono.Refiner {
  private readonly endsWithWeekday: RegExp;

  constructor(weekdays: readonly string[]) {
    this.endsWithWeekday = new RegExp(`(?<!${WORD_CHAR})${alternation(weekdays)}$`, "iu");
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const anchor = anchorOf(context);
    if (anchor === null) return results;
    for (const { start, text } of results) {
      const weekday = start.get("weekday");
      if (weekday === null || !start.isOnlyWeekdayComponent() || !this.endsWithWeekday.test(text)) continue;
      const date = addDays(anchor, -((weekdayOf(anchor) - weekday + 7) % 7));
      start.imply("year", date.year).imply("month", date.month).imply("day", date.day);
    }
    return results;
  }
}
