/**
 * The year of a date the text gives without one ("Senin (5/6)", "30 Mei
 * lalu"). Better no year than a wrong one: without an anchor date and
 * without any year named in the article, there is no answer.
 */
import { compareDates, daysFrom, isValidDate, weekdayOf, type CalendarDate } from "./calendar.ts";

export interface YearlessDate {
  month: number;
  /** null for a month alone ("bulan Mei"). */
  day: number | null;
  /** Stated weekday, 0 = Sunday. */
  weekday: number | null;
  /** "30 Mei lalu" looks back from the anchor, "17 Agustus mendatang" ahead. */
  direction: "past" | "future" | null;
}

export interface YearClues {
  /** The reference date, or the article's own anchor (index.ts, articleAnchor). */
  anchor: CalendarDate | null;
  /** Year -> how often the article names it (dates, names like "BKN Award 2023", anything). */
  namedYears: ReadonlyMap<number, number>;
}

const NAMED_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;
/** Outside 29 February, a date falls on the same weekday again within 11 years. */
const WEEKDAY_SEARCH = 11;

/** The last text counted: both parses of an article (index.ts) ask about the same text. */
let counted: { text: string; years: ReadonlyMap<number, number> } | null = null;

export function namedYears(text: string): ReadonlyMap<number, number> {
  if (counted !== null && counted.text === text) return counted.years;
  const years = new Map<number, number>();
  for (const [year] of text.matchAll(NAMED_YEAR)) years.set(Number(year), (years.get(Number(year)) ?? 0) + 1);
  counted = { text, years };
  return years;
}

export function inferYear(date: YearlessDate, clues: YearClues): number | null {
  return date.weekday === null ? yearNearAnchor(date, clues) : yearWithWeekday(date, date.weekday, clues);
}

function onYear(date: YearlessDate, year: number): CalendarDate {
  return { year, month: date.month, day: date.day ?? 1 };
}

function fits(date: YearlessDate, year: number, anchor: CalendarDate | null): boolean {
  const candidate = onYear(date, year);
  if (!isValidDate(candidate)) return false;
  if (anchor === null || date.direction === null) return true;
  const order = compareDates(candidate, anchor);
  return date.direction === "past" ? order <= 0 : order >= 0;
}

/** The last order computed: every yearless date of an article asks with the same years and pivot. */
let ordered: { namedYears: YearClues["namedYears"]; pivot: number | null; years: readonly number[] } | null = null;

/** Most named first; among equals the one nearest the pivot, then the later one. */
function yearsByMention(namedYears: YearClues["namedYears"], pivot: number | null): readonly number[] {
  if (ordered !== null && ordered.namedYears === namedYears && ordered.pivot === pivot) return ordered.years;
  const years = [...namedYears.entries()]
    .sort(([a, countA], [b, countB]) =>
      countB - countA || (pivot === null ? 0 : Math.abs(a - pivot) - Math.abs(b - pivot)) || b - a,
    )
    .map(([year]) => year);
  ordered = { namedYears, pivot, years };
  return years;
}

/** Without a weekday: the occurrence nearest the anchor, else the year the article names most. */
function yearNearAnchor(date: YearlessDate, { anchor, namedYears }: YearClues): number | null {
  if (anchor === null) {
    const [year] = yearsByMention(namedYears, null);
    return year !== undefined && fits(date, year, null) ? year : null;
  }
  const distance = (year: number) => Math.abs(daysFrom(anchor, onYear(date, year)));
  let best: number | null = null;
  // Four years either way, so that 29 February finds a leap year.
  for (let year = anchor.year - 4; year <= anchor.year + 4; year++) {
    if (fits(date, year, anchor) && (best === null || distance(year) < distance(best))) best = year;
  }
  return best;
}

/** With a weekday: the anchor's year, then the years named most, then the nearest years that fit. */
function yearWithWeekday(date: YearlessDate, weekday: number, clues: YearClues): number | null {
  const named = yearsByMention(clues.namedYears, clues.anchor?.year ?? null);
  const pivot = clues.anchor?.year ?? named[0];
  if (pivot === undefined) return null;
  const candidates = [pivot, ...named];
  // Nearest first; a year back before a year ahead, since news mostly reports what happened.
  for (let distance = 1; distance <= WEEKDAY_SEARCH; distance++) candidates.push(pivot - distance, pivot + distance);
  return (
    candidates.find((year) => fits(date, year, clues.anchor) && weekdayOf(onYear(date, year)) === weekday) ?? null
  );
}
