/**
 * The officials extractor: people named with an official role.
 *
 * Every title in the lexicon (titles.ts) is read in context (reading.ts):
 * its unit, the jurisdiction and the name after it, or an appositive name
 * before it. Nickname clauses add aliases and mentions (nicknames.ts).
 * Mentions are per place in the text; merge.ts groups them per person.
 */
import type { ExtractContext, Extractor, OfficialMention, Span } from "../../types.ts";
import { learn } from "./knowledge.ts";
import { nicknameMentions } from "./nicknames.ts";
import { type Reading, readOfficial } from "./reading.ts";
import { findTitles } from "./titles.ts";

export { mergeOfficials, type OfficialEntry } from "./merge.ts";

const overlaps = (a: Span, spans: readonly Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

function mentionOf(reading: Reading): OfficialMention | null {
  const { name } = reading;
  if (name === null) return null;
  return {
    start: name.start,
    end: name.end,
    text: name.text,
    name: name.text,
    title: reading.title,
    jurisdictionText: reading.jurisdiction,
    jurisdictionLevel: reading.level,
    honorifics: reading.honorifics,
    aliases: [],
    ruleId: reading.ruleId,
  };
}

function extractOfficials(context: ExtractContext): OfficialMention[] {
  const { text, excluded } = context;
  const knowledge = learn(text);
  const readings = findTitles(text)
    .filter((hit) => !overlaps(hit, excluded))
    .map((hit) => readOfficial(text, hit, knowledge))
    .filter((reading): reading is Reading => reading !== null);
  const named = new Map<Reading, OfficialMention>();
  for (const reading of readings) {
    const mention = mentionOf(reading);
    if (mention !== null && !overlaps(mention, excluded)) named.set(reading, mention);
  }
  const all = [...named.values(), ...nicknameMentions(text, readings, named)].filter((m) => !overlaps(m, excluded));
  // The first reading of a span wins: a name read after its title over the same name read as an appositive.
  const bySpan = new Map<string, OfficialMention>();
  for (const m of all) if (!bySpan.has(`${m.start}:${m.end}`)) bySpan.set(`${m.start}:${m.end}`, m);
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

export const officialsExtractor: Extractor<OfficialMention> = {
  name: "officials",
  extract: extractOfficials,
};
