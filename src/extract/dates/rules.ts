/** The dates extractor's vocabulary (rules/dates.json), checked on load. */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";

const words = z.array(z.string().min(1)).min(1);

const ChronoParserRule = z.strictObject({
  /** Class name of a parser in chrono's Indonesian casual configuration. */
  parser: z.string().min(1),
  ruleId: z.string().regex(/^date\.[a-z-]+$/),
  /** The value is counted from an anchor ("kemarin"), so every component is implied. */
  relative: z.boolean().default(false),
  /** Without a stated year, the match is a date only after a lead-in or a weekday. */
  leadInRequired: z.boolean().default(false),
});

const DateRules = z.strictObject({
  ...described,
  weekdays: z.record(z.string().min(1), z.number().int().min(0).max(6)),
  chronoParsers: z.array(ChronoParserRule).min(1),
  /** Rule ids of the parsers the anchor pass runs: those that can state a full date, and the weekday merged into one. */
  anchorPassRules: z.array(z.string().regex(/^date\.[a-z-]+$/)).min(1),
  /** Class names of chrono parsers removed from the configuration (they only ever find clock times). */
  chronoParsersLeftOut: z.array(z.string().min(1)),
  /** Class names of chrono refiners removed from the configuration. */
  chronoRefinersLeftOut: z.array(z.string().min(1)),
  /** Words between the two ends of a range ("14 Maret hingga 27 Maret 2024"). */
  recurrenceWords: words,
  rangeConnectors: words,
  slashLeadIns: words,
  /** Clock words: a slash-format match right after one is a time ("pukul 06.30-07.30"), whatever year it seems to state. */
  clockLeadIns: words,
  yearCue: z.strictObject({ leadIns: words, periods: words, nouns: words, countNouns: words, otherCalendars: words }),
  tenseSuffixes: z.strictObject({ past: words, future: words, yearBefore: words, yearAfter: words }),
  /** Relative expressions that are not dates: whole texts, and endings that make a duration. */
  relativeNonDates: z.strictObject({ texts: words, endings: words, subDayUnits: words }),
  /** Endings of a relative that count from the event the text just dated ('Dua hari sebelumnya'). */
  eventRelativeEndings: words,
  /** How far before such a relative, in characters, the date it counts from may end. */
  eventRelativeReach: z.number().int().positive(),
  /** Unit words and endings that name the unit before the time spoken of ("tahun sebelumnya"). */
  unitsBefore: z.strictObject({ units: z.record(z.string().min(1), z.enum(["week", "month", "year"])), endings: words }),
  weekUnits: words,
  nameContext: z.strictObject({ numberedHeads: words, heads: words, titleCaseCues: words }),
});

export type DateRules = z.infer<typeof DateRules>;
export type ChronoParserRule = z.infer<typeof ChronoParserRule>;

export const dateRules: DateRules = loadRules("dates.json", DateRules);
