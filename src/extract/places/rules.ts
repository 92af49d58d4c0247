/** The three places rules files, validated when loaded (see rules/place-*.json and rules/countries.json). */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";

const words = z.array(z.string().min(1));
const coded = z.array(z.object({ code: z.string().min(2), forms: words.min(1) }));

const CueRules = z.object({
  ...described,
  levels: z.array(
    z.object({
      id: z.string().regex(/^place\./),
      cue: words.min(1),
      level: z.enum(["provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"]).nullable(),
      inMention: z.boolean(),
    }),
  ),
  venues: words,
  innerAbbreviationVenues: words,
  areaHeads: words,
  countryActorHeads: words,
  countryActorTails: words,
  actorVerbPrefixes: words,
  passiveVerbPrefix: z.string().min(1),
  notPlaceHeads: words,
  notPlaceTails: words,
  companyTails: words,
  locatives: words,
  rankingVerbs: words,
  venueStops: words,
  coordinators: words,
  listOpeners: words,
  maxVenueWords: z.number().int().positive(),
});

const AliasRules = z.object({
  ...described,
  displayNames: z.record(z.string(), z.string().min(2)),
  aliases: coded,
  regions: z.array(z.object({ name: z.string().min(2), forms: words.min(1) })),
  namedVenues: words,
  needContext: words,
});

const CountryRules = z.object({
  ...described,
  displayNames: z.record(z.string().length(2), z.string().min(2)),
  countryForms: coded,
  foreignCities: coded,
});

export type CueLevel = z.infer<typeof CueRules>["levels"][number];

export const cueRules = loadRules("place-cues.json", CueRules);
export const aliasRules = loadRules("place-aliases.json", AliasRules);
export const countryRules = loadRules("countries.json", CountryRules);
