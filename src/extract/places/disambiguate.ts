/**
 * Which place a written name means, and the rule id that says why.
 *
 * Bare names (no cue): a rules-file alias wins ("Jakarta" -> DKI Jakarta,
 * "Yogyakarta" -> Daerah Istimewa Yogyakarta), then a province ("Gorontalo"),
 * then a kota over a kabupaten of the same name ("Malang" -> Kota Malang,
 * "place.bare-name-prefers-kota"). A kabupaten needs its cue: "Kabupaten
 * Malang", "Bupati Malang", "Pemkab Malang". The gold agrees even where only
 * the kabupaten is written explicitly (the "KUPANG" dateline and "di Kupang"
 * are Kota Kupang beside an explicit "Kabupaten Kupang").
 *
 * Kecamatan and desa names: a code when the name is unique, or unique within
 * the kecamatan, kabupaten/kota or province the article names; else null.
 */
import type { AreaEntry, NameEntry, Source } from "./gazetteer.ts";

const SOURCE_RULE: Record<Source, string> = {
  official: "place.bare-name",
  alias: "place.alias",
  country: "place.country",
  "foreign-city": "place.foreign-city",
  region: "place.region",
  "named-venue": "place.named-venue",
};

/** Lower ranks first when one bare name has several meanings. */
function rank(entry: NameEntry): number {
  if (entry.source !== "official") return 0;
  return entry.place.kind === "provinsi" ? 1 : entry.place.kind === "kota" ? 2 : 3;
}

export function chooseBare(entries: readonly NameEntry[]): { entry: NameEntry; ruleId: string } | null {
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b));
  const entry = sorted[0];
  if (entry === undefined) return null;
  const distinct = new Set(entries.map((e) => e.place.name)).size;
  if (distinct === 1 || entry.source !== "official") return { entry, ruleId: SOURCE_RULE[entry.source] };
  return { entry, ruleId: `place.bare-name-prefers-${entry.place.kind}` };
}

/**
 * The code of a kecamatan/desa among same-named candidates: unique overall,
 * or unique under the first group of code prefixes (most specific first) that keeps any.
 */
export function resolveAreaCode(candidates: readonly AreaEntry[], prefixGroups: ReadonlyArray<ReadonlySet<string>>): string | null {
  if (candidates.length === 1) return candidates[0]?.code ?? null;
  for (const prefixes of prefixGroups) {
    const inside = candidates.filter((c) => [...prefixes].some((p) => c.code.startsWith(`${p}.`)));
    if (inside.length === 1) return inside[0]?.code ?? null;
    if (inside.length > 1) return null;
  }
  return null;
}
