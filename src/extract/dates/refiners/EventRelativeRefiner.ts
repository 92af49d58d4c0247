/**
 * "Dua hari sebelumnya", "sepekan sebelumnya", "tiga hari kemudian" count
 * from the event the text just dated, not from the article's anchor: the
 * hearing of "Senin (30/11/2026) ... Dua hari sebelumnya" was on the 28th.
 * A relative result ending in one of rules/dates.json `eventRelativeEndings`
 * is moved by its own distance from the anchor to the latest date stated
 * (a full date, or a weekday: "rob besar pada Senin itu ... tiga hari
 * sebelumnya") ending at most `eventRelativeReach` characters
 * before it, at the precision it had ("setahun sebelumnya" stays a year),
 * except that a week before a day is a day, not the week of "pekan lalu". A
 * date further back is seldom the event meant (in the
 * blind sets the right one stood 14-72 characters before, the wrong ones
 * 500-800); then it stays counted from the anchor.
 */
import type * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { hasTag, RELATIVE_TAG, ruleIdOf } from "../ruleTag.ts";
import { WORD_CHAR, wholeWords } from "../textAround.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The rule of a weekday alone ("pada Senin"), which dates a day of the anchor's week (rules/dates.json). */
const WEEKDAY_RULE = "date.weekday";

export class EventRelativeRefiner implements chrono.Refiner {
  private readonly ending: RegExp;
  private readonly weekUnit: RegExp;

  constructor(
    endings: readonly string[],
    private readonly reach: number,
    weekUnits: readonly string[],
  ) {
    this.ending = new RegExp(`(?<!${WORD_CHAR})${alternation(endings)}$`, "iu");
    this.weekUnit = wholeWords(weekUnits);
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    let latest: chrono.ParsingResult | null = null;
    for (const result of results) {
      const { start } = result;
      const counted = hasTag(result, RELATIVE_TAG) && this.ending.test(result.text);
      if (!counted) {
        latest = result;
        continue;
      }
      // A weekday ("pada Senin") dates the event too, though counted from the anchor; a relative week or year ("pekan lalu") does not.
      const datesDay = latest !== null && (!hasTag(latest, RELATIVE_TAG) || ruleIdOf(latest) === WEEKDAY_RULE);
      if (latest === null || !datesDay || result.index - (latest.index + latest.text.length) > this.reach) continue;
      const event = latest.start;
      // Whole days between the anchor and the date chrono counted: the distance the text states.
      const days = Math.round((Date.UTC(start.get("year")!, start.get("month")! - 1, start.get("day")!) - utcDay(context.reference.instant)) / DAY_MS);
      const moved = new Date(Date.UTC(event.get("year")!, event.get("month")! - 1, event.get("day")!) + days * DAY_MS);
      // No more precise than either: "setahun sebelumnya" after "Februari 2026" is 2025, a week before a day a day.
      const eventCertain = (part: "year" | "month" | "day") => event.isCertain(part) || ruleIdOf(latest!) === WEEKDAY_RULE;
      const certain = (part: "year" | "month" | "day") => eventCertain(part) && (start.isCertain(part) || (part === "day" && this.weekUnit.test(result.text)));
      const set = (part: "year" | "month" | "day", value: number) => (certain(part) ? start.assign(part, value) : start.imply(part, value));
      set("day", moved.getUTCDate());
      set("month", moved.getUTCMonth() + 1);
      set("year", moved.getUTCFullYear());
    }
    return results;
  }
}

/** The anchor's calendar day, as UTC midnight. */
function utcDay(instant: Date): number {
  return Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate());
}
