/**
 * Dates in Indonesian news text, on chrono's Indonesian locale extended with
 * Warta's parsers and refiners (configuration.ts). Relative dates and
 * missing years need an anchor: the reference date when the caller has one,
 * else one taken from the full dates the article states, found by a first
 * pass (articleAnchor).
 */
import type * as chrono from "chrono-node";
import type { DateMention, Extractor, Span } from "../../types.ts";
import type { AnchorOption } from "./anchorOption.ts";
import { boundWhitespaceRuns } from "./boundWhitespace.ts";
import { compareDates, daysFrom, parseIsoDate, toLocalNoon, type CalendarDate } from "./calendar.ts";
import { dateChronos } from "./configuration.ts";
import { hasTag, RELATIVE_TAG } from "./ruleTag.ts";
import { toMentions } from "./toMention.ts";

export interface DateParseOptions {
  /** Publication date (or --reference-date), YYYY-MM-DD. */
  referenceDate: string | null;
  /** Spans that may not be used (the dateline's publisher). */
  excluded?: readonly Span[];
}

/** An article appears on its news peg's day or a day or two later. */
const PEG_TO_PUBLICATION_DAYS = 2;

/** Chrono always wants a reference; without an anchor nothing derived from it survives the refiners. */
const UNANCHORED_REFERENCE = toLocalNoon({ year: 2000, month: 1, day: 1 });

/**
 * `text` has its whitespace runs bounded (boundWhitespace.ts); offsets are those of the original.
 * `engine` is the full configuration or the anchor pass's (configuration.ts).
 */
function parseWithAnchor(engine: chrono.Chrono, text: string, anchor: CalendarDate | null, excluded: readonly Span[]): chrono.ParsedResult[] {
  const option: AnchorOption = { anchor };
  const results = engine.parse(text, anchor ? toLocalNoon(anchor) : UNANCHORED_REFERENCE, option);
  return results.filter(
    (result) => !excluded.some((span) => result.index < span.end && span.start < result.index + result.text.length),
  );
}

/** Dates the article states in full, in text order: day and month, with the year stated or fixed by a weekday. */
function fullDates(results: readonly chrono.ParsedResult[]): CalendarDate[] {
  return results.flatMap((result) => {
    const { start } = result;
    if (hasTag(result, RELATIVE_TAG) || !start.isCertain("day") || !start.isCertain("month")) return [];
    if (!start.isCertain("year") && !start.isCertain("weekday")) return [];
    return [{ year: start.get("year") ?? 0, month: start.get("month") ?? 0, day: start.get("day") ?? 0 }];
  });
}

/**
 * Stands in for the publication date: the latest full date at most
 * PEG_TO_PUBLICATION_DAYS after the article's first one (its news peg).
 * Dates further ahead are plans ("dijadwalkan ... pada Selasa (28/5)"),
 * not the day the article speaks from.
 */
function articleAnchor(results: readonly chrono.ParsedResult[]): CalendarDate | null {
  const dates = fullDates(results);
  const [peg] = dates;
  if (peg === undefined) return null;
  return dates.reduce((latest, date) =>
    daysFrom(peg, date) <= PEG_TO_PUBLICATION_DAYS && compareDates(date, latest) > 0 ? date : latest,
  );
}

export function parseIndonesianDates(text: string, options: DateParseOptions): DateMention[] {
  const excluded = options.excluded ?? [];
  const reference = options.referenceDate === null ? null : parseIsoDate(options.referenceDate);
  const bounded = boundWhitespaceRuns(text);
  // Without a reference, a first pass with the parsers that state full dates finds the article's own anchor.
  const anchor = reference ?? articleAnchor(parseWithAnchor(dateChronos.anchor, bounded, null, excluded));
  const results = parseWithAnchor(dateChronos.full, bounded, anchor, excluded);
  return results.flatMap((result) => toMentions(result, text));
}

export const datesExtractor: Extractor<DateMention> = {
  name: "dates",
  extract: (context) =>
    parseIndonesianDates(context.text, { referenceDate: context.referenceDate, excluded: context.excluded }),
};
