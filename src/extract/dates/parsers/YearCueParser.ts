/**
 * A year on its own is a date only with a cue: "pada tahun 2021", "Tahun
 * 2023", "sejak 2019", "hingga 2025", "awal 2024". Without one ("BKN Award
 * 2023", "Talent Management 2030") a 4-digit number is part of a name.
 */
import * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import type { DateRules } from "../rules.ts";
import { textAfter, WORD_CHAR } from "../textAround.ts";
import { YearCueSearch } from "./yearCueSearch.ts";

/** A bare lead-in ("hingga 2000 orang") may introduce a count; only these years are taken from one. */
const BARE_YEARS = { min: 1900, max: 2099 };

export class YearCueParser implements chrono.Parser {
  private readonly regex: RegExp;
  private readonly countNoun: RegExp;
  private readonly otherCalendar: RegExp;

  constructor(cues: DateRules["yearCue"]) {
    // Every [ \t]+ is followed by a word or digits it cannot match: one step of backtracking at most.
    this.regex = new YearCueSearch(
      `(?<!${WORD_CHAR})(?:(?<leadIn>${alternation(cues.leadIns)})[ \\t]+)?` +
        `(?:(?<period>${alternation(cues.periods)})[ \\t]+)?` +
        `(?:(?<noun>${alternation(cues.nouns)})[ \\t]+)?` +
        // "1990-an" (a decade), "2023-2024", "2023/2024" (a span) and "2023.5" are not one year.
        `(?<year>[12]\\d{3})(?!${WORD_CHAR}|[-–/.,]${WORD_CHAR})`,
      "iu",
    );
    this.countNoun = new RegExp(`^[ \\t]+${alternation(cues.countNouns)}(?!${WORD_CHAR})`, "iu");
    this.otherCalendar = new RegExp(`^[ \\t]*${alternation(cues.otherCalendars)}(?!${WORD_CHAR})`, "iu");
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingComponents | null {
    const groups = match.groups ?? {};
    if (groups.leadIn === undefined && groups.period === undefined && groups.noun === undefined) return null;
    const year = Number(groups.year);
    const after = textAfter(context.text, (match.index ?? 0) + match[0].length);
    // "tahun 1445 Hijriah" is a year, but not one an ISO date can hold.
    if (this.otherCalendar.test(after)) return null;
    if (groups.noun === undefined) {
      if (year < BARE_YEARS.min || year > BARE_YEARS.max) return null;
      if (this.countNoun.test(after)) return null;
    }
    // A year alone: chrono would imply the reference's month and day, and with a reference on 29 February
    // "pada 2022" became an impossible date that its filters drop. The mention keeps year precision anyway.
    return context.createParsingComponents({ year }).imply("month", 1).imply("day", 1);
  }
}
