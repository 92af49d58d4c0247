/**
 * "Senin (14/8/2023)", "Senin (5/6)": the Indonesian news habit of a weekday
 * followed by the date in parentheses, read as ONE date from the weekday to
 * the closing parenthesis. The weekday is kept: it picks the year when the
 * text leaves it out.
 */
import * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { WORD_CHAR } from "../textAround.ts";

export class WeekdaySlashDateParser implements chrono.Parser {
  private readonly regex: RegExp;

  constructor(private readonly weekdays: Readonly<Record<string, number>>) {
    // Each quantifier is followed by a token it cannot match, so no input makes the regex backtrack more than once.
    this.regex = new RegExp(
      `(?<!${WORD_CHAR})(?<weekday>${alternation(Object.keys(weekdays))})[ \\t]*(?:,[ \\t]*)?` +
        `\\([ \\t]*(?<day>\\d{1,2})[/.-](?<month>\\d{1,2})(?:[/.-](?<year>\\d{4}|\\d{2}))?[ \\t]*\\)`,
      "iu",
    );
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingComponents | null {
    const groups = match.groups ?? {};
    const weekday = this.weekdays[(groups.weekday ?? "").toLowerCase()];
    const day = Number(groups.day);
    const month = Number(groups.month);
    if (weekday === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
    const components = context.createParsingComponents({ weekday, day, month });
    if (groups.year !== undefined) {
      components.assign("year", groups.year.length === 2 ? 2000 + Number(groups.year) : Number(groups.year));
    }
    return components;
  }
}
