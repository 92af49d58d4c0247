/**
 * Calendar dates as plain numbers. Chrono works on JS Dates in the system
 * time zone; Warta reads components instead, so nothing depends on where
 * the pipeline runs.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date || !isValidDate(date)) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return date;
}

export function isValidDate({ year, month, day }: CalendarDate): boolean {
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** 0 = Sunday, as chrono's "weekday" component. */
export function weekdayOf({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, negative when `to` comes first. */
export function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS;
}

export function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Local noon of the date: the reference chrono's relative parsers count from. */
export function toLocalNoon({ year, month, day }: CalendarDate): Date {
  const date = new Date(year, month - 1, day, 12);
  date.setFullYear(year);
  return date;
}
