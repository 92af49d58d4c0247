/**
 * One entry per place per article (contract): place mentions grouped by
 * their canonical name, in order of first mention; the other written forms
 * become aliases.
 */
import type { Place } from "../schema/record.ts";
import type { PlaceMention } from "../types.ts";

export function mergePlaces(mentions: PlaceMention[]): Place[] {
  const byName = new Map<string, Place>();
  for (const m of mentions) {
    let place = byName.get(m.name);
    if (!place) {
      place = { name: m.name, kind: m.kind, code: m.code, province: m.province, aliases: [], mentions: [] };
      byName.set(m.name, place);
    }
    if (m.text !== m.name && !place.aliases.includes(m.text)) place.aliases.push(m.text);
    place.mentions.push({ start: m.start, end: m.end, text: m.text, ruleId: m.ruleId });
  }
  return [...byName.values()];
}
