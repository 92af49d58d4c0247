/**
 * Officials as the record wants them: one entry per person (merged by the
 * officials extractor's mergeOfficials), with the jurisdiction in its
 * canonical place form ("Jateng" -> "Jawa Tengah", "Semarang" under a Wali
 * Kota -> "Kota Semarang"). A jurisdiction the gazetteer does not know is
 * kept as written.
 */
import { mergeOfficials } from "../extract/officials/merge.ts";
import { canonicalPlace } from "../extract/places/index.ts";
import type { Official } from "../schema/record.ts";
import type { OfficialMention } from "../types.ts";

function canonicalJurisdiction(text: string | null, level: OfficialMention["jurisdictionLevel"]): string | null {
  if (text === null) return null;
  return (canonicalPlace(text, level ?? undefined) ?? canonicalPlace(text))?.name ?? text;
}

export function resolveOfficials(mentions: OfficialMention[]): Official[] {
  return mergeOfficials(mentions).map((entry) => ({
    name: entry.name,
    title: entry.title ?? "",
    jurisdiction: canonicalJurisdiction(entry.jurisdictionText, entry.jurisdictionLevel),
    honorifics: entry.honorifics,
    aliases: entry.aliases,
    mentions: entry.mentions,
  }));
}
