/**
 * Overlap policy between fields, as one named function: a number inside a
 * date ("14" in "Senin (14/8/2023)", "30" in "30 Mei") is part of the date,
 * so a count that overlaps a date is dropped; a bare place name that is a
 * word of a person's name is that person. Mentions are kept per
 * occurrence (the contract's items carry their own spans), in text order.
 */
import type { Official } from "../schema/record.ts";
import type { CountMention, DateMention, PlaceMention, Span } from "../types.ts";

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byPosition<T extends Span>(items: T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || b.end - a.end);
}

export function countsOutsideDates(counts: CountMention[], dates: DateMention[]): CountMention[] {
  return counts.filter((count) => !dates.some((date) => overlaps(count, date)));
}

/**
 * "kata Darwin" after "AKP Darwin Sembiring" is the person, not Darwin in
 * Australia: a place written without a cue whose text is a word (or the
 * whole) of a person's name or alias is dropped. A cue keeps it ("Kota
 * Batu" stays, whoever is named Batu).
 */
export function placesApartFromPeople(places: PlaceMention[], people: Official[]): PlaceMention[] {
  const nameWords = new Set(people.flatMap((person) => [person.name, ...person.aliases, ...person.name.split(" "), ...person.aliases.flatMap((alias) => alias.split(" "))]));
  return places.filter((place) => place.ruleId.startsWith("place.cue-") || !nameWords.has(place.text));
}
