/**
 * The gazetteer: idn-area-data (provinces, kabupaten/kota, kecamatan,
 * desa/kelurahan with Kemendagri codes), i18n-iso-countries' Indonesian
 * country names and the places rules files, indexed in a token trie (names
 * and cues) and a packed index (the 90,000 kecamatan and desa names,
 * areaIndex.ts). Built once when this module loads; every article then
 * costs one lookup per token, never a scan of the 90,000 names.
 */
import countries from "i18n-iso-countries";
import idLocale from "i18n-iso-countries/langs/id.json" with { type: "json" };
import type { PlaceKind } from "../../types.ts";
import { areaFilePath, areaRows } from "./areaData.ts";
import { AreaIndex } from "./areaIndex.ts";
import { cachedAreaIndex } from "./areaIndexCache.ts";
import { bareName, titleCase, writtenForms } from "./names.ts";
import { aliasRules, countryRules, cueRules, type CueLevel } from "./rules.ts";
import { isAllCaps, joinedKeyOf, keysOf } from "./tokens.ts";
import { TokenTrie } from "./trie.ts";

export interface Place {
  name: string;
  kind: PlaceKind;
  code: string | null;
  province: string | null;
}

/** How a name form came into the gazetteer; decides the rule id of a bare mention. */
export type Source = "official" | "alias" | "country" | "foreign-city" | "region" | "named-venue";

export interface NameEntry {
  place: Place;
  source: Source;
  /** A common word or person name too: bare, it counts only after a locative word. */
  needsContext: boolean;
  /** An all-capital abbreviation ("NTB"): matches only when written in capitals. */
  capsOnly: boolean;
}

/** A kecamatan or desa/kelurahan: found only after its cue. */
export interface AreaEntry {
  /** As the data writes it, e.g. "Sumberejo". */
  name: string;
  level: "kecamatan" | "desa" | "kelurahan";
  code: string;
}

/** What a cue announces; a venue or area head reads the capitalized words after it as the name. */
export type Cue = { type: "level"; rule: CueLevel } | { type: "venue"; kind: "venue" | "wilayah"; ruleId: string } | { type: "not-place" };

export interface Gazetteer {
  names: TokenTrie<NameEntry>;
  /** Kecamatan and desa/kelurahan names; null when built without them. */
  areas: AreaIndex | null;
  cues: TokenTrie<Cue>;
  /** Canonical province name by two-digit Kemendagri code. */
  provinces: ReadonlyMap<string, string>;
}

countries.registerLocale(idLocale);

const NEEDS_CONTEXT = new Set(aliasRules.needContext.map((form) => keysOf(form).join(" ")));

function addForms(trie: TokenTrie<NameEntry>, forms: Iterable<string>, place: Place, source: Source): void {
  for (const form of new Set(forms)) {
    const keys = keysOf(form);
    trie.add(keys, { place, source, needsContext: NEEDS_CONTEXT.has(keys.join(" ")), capsOnly: isAllCaps(form) });
  }
}

function cueTrie(): TokenTrie<Cue> {
  const trie = new TokenTrie<Cue>();
  for (const rule of cueRules.levels) for (const form of rule.cue) trie.add(keysOf(form), { type: "level", rule });
  for (const form of cueRules.venues) trie.add(keysOf(form), { type: "venue", kind: "venue", ruleId: "place.venue" });
  for (const form of cueRules.areaHeads) trie.add(keysOf(form), { type: "venue", kind: "wilayah", ruleId: "place.named-area" });
  for (const form of cueRules.notPlaceHeads) trie.add(keysOf(form), { type: "not-place" });
  return trie;
}

/** Desa (code 2xxx) or kelurahan (1xxx), from the last part of a village code. */
function villageLevel(code: string): "desa" | "kelurahan" {
  return code.slice(code.lastIndexOf(".") + 1).startsWith("1") ? "kelurahan" : "desa";
}

export function buildGazetteer(options: { areas: boolean }): Gazetteer {
  const display = aliasRules.displayNames;
  const names = new TokenTrie<NameEntry>();
  const provinces = new Map<string, string>();
  const byCode = new Map<string, Place>();

  for (const { code, name } of areaRows("provinces")) {
    const canonical = display[code] ?? titleCase(name);
    provinces.set(code, canonical);
    const place: Place = { name: canonical, kind: "provinsi", code, province: canonical };
    byCode.set(code, place);
    addForms(names, [canonical, titleCase(name)], place, "official");
  }
  for (const { code, name, parent } of areaRows("regencies")) {
    const canonical = display[code] ?? titleCase(name);
    const kind = canonical.startsWith("Kota ") ? "kota" : "kabupaten";
    const place: Place = { name: canonical, kind, code, province: provinces.get(parent ?? "") ?? null };
    byCode.set(code, place);
    const official = titleCase(name).replace(/ Administrasi /, " ");
    addForms(names, [...writtenForms(bareName(canonical)), ...writtenForms(bareName(official))], place, "official");
  }
  for (const { code, forms } of aliasRules.aliases) {
    const place = byCode.get(code);
    if (place === undefined) throw new Error(`rules/place-aliases.json: no area with code ${code}`);
    addForms(names, forms, place, "alias");
  }
  for (const { name, forms } of aliasRules.regions) {
    addForms(names, forms, { name, kind: "wilayah", code: null, province: null }, "region");
  }
  for (const name of aliasRules.namedVenues) {
    addForms(names, [name], { name, kind: "venue", code: null, province: null }, "named-venue");
  }
  addCountries(names);

  return { names, areas: options.areas ? areaIndex() : null, cues: cueTrie(), provinces };
}

function addCountries(names: TokenTrie<NameEntry>): void {
  const extra = new Map<string, string[]>();
  for (const { code, forms } of countryRules.countryForms) extra.set(code, [...(extra.get(code) ?? []), ...forms]);
  for (const [code, libraryName] of Object.entries(countries.getNames("id"))) {
    const name = countryRules.displayNames[code] ?? libraryName;
    const place: Place = { name, kind: "negara", code, province: null };
    addForms(names, [name, libraryName, ...(extra.get(code) ?? [])], place, "country");
  }
  for (const { code, forms } of countryRules.foreignCities) {
    const place: Place = { name: forms[0] ?? "", kind: "kota-luar-negeri", code, province: null };
    addForms(names, forms, place, "foreign-city");
  }
}

function buildAreaIndex(): AreaIndex {
  const areas = new AreaIndex();
  const rows = [
    ...areaRows("districts").map(({ code, name }) => ({ key: joinedKeyOf(name), entry: { name, level: "kecamatan" as const, code } })),
    ...areaRows("villages").map(({ code, name }) => ({ key: joinedKeyOf(name), entry: { name, level: villageLevel(code), code } })),
  ];
  for (const { key, entry } of rows) areas.add(key, entry);
  // A name of several words is also written as one ("Kecamatan Bontobahari" for Bonto Bahari), unless that one word
  // is another area's name: the written form then names that area, and no candidate is added to it.
  const keys = new Set(rows.map((row) => row.key));
  for (const { key, entry } of rows) {
    const joined = key.replaceAll(" ", "");
    if (joined !== key && !keys.has(joined)) areas.add(joined, entry);
  }
  return areas.seal();
}

/** The kecamatan and desa index, read from the cache when a process before this one built it (areaIndexCache.ts). */
const areaIndex = (): AreaIndex => cachedAreaIndex([areaFilePath("districts"), areaFilePath("villages")], buildAreaIndex);

/** The gazetteer every article uses, built once for the process. */
export const gazetteer: Gazetteer = buildGazetteer({ areas: true });
