/**
 * Overlap policy between fields, as one named function: a number inside a
 * date ("14" in "Senin (14/8/2023)", "30" in "30 Mei") is part of the date,
 * so a count that overlaps a date is dropped. Mentions are kept per
 * occurrence (the contract's items carry their own spans), in text order.
 */
import type { CountMention, DateMention, Span } from "../types.ts";

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byPosition<T extends Span>(items: T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || b.end - a.end);
}

export function countsOutsideDates(counts: CountMention[], dates: DateMention[]): CountMention[] {
  return counts.filter((count) => !dates.some((date) => overlaps(count, date)));
}
