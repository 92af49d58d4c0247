/**
 * The one Chrono Warta parses dates with: chrono's Indonesian casual
 * configuration, its parsers tagged with Warta's rule ids (rules/dates.json),
 * plus Warta's own parsers and refiners. Built once, at module load.
 */
import * as chrono from "chrono-node";
import { WeekdaySlashDateParser } from "./parsers/WeekdaySlashDateParser.ts";
import { YearCueParser } from "./parsers/YearCueParser.ts";
import { BareWeekdayRefiner } from "./refiners/BareWeekdayRefiner.ts";
import { NameDateFilter } from "./refiners/NameDateFilter.ts";
import { RangeYearRefiner } from "./refiners/RangeYearRefiner.ts";
import { RelativeDateFilter } from "./refiners/RelativeDateFilter.ts";
import { SlashLeadInFilter } from "./refiners/SlashLeadInFilter.ts";
import { TenseSuffixRefiner } from "./refiners/TenseSuffixRefiner.ts";
import { TimeOnlyFilter } from "./refiners/TimeOnlyFilter.ts";
import { WeekRelativeRefiner } from "./refiners/WeekRelativeRefiner.ts";
import { YearInferenceRefiner } from "./refiners/YearInferenceRefiner.ts";
import { rememberingMatches } from "./matchMemo.ts";
import { withRule } from "./ruleTag.ts";
import { dateRules, type DateRules } from "./rules.ts";

/** Chrono's parts are named by class; a name the rules give that chrono lacks is an error, not a silent miss. */
function requireClassNames(parts: readonly object[], names: Iterable<string>, kind: string): void {
  const present = new Set(parts.map((part) => part.constructor.name));
  const missing = [...names].filter((name) => !present.has(name));
  if (missing.length > 0) throw new Error(`rules/dates.json names chrono ${kind} chrono lacks: ${missing.join(", ")}`);
}

function chronoParsers(engine: chrono.Chrono, rules: DateRules): chrono.Parser[] {
  const byName = new Map(rules.chronoParsers.map((rule) => [rule.parser, rule]));
  requireClassNames(engine.parsers, [...byName.keys(), ...rules.chronoParsersLeftOut], "parsers");
  const leftOut = new Set(rules.chronoParsersLeftOut);
  return engine.parsers
    .filter((parser) => !leftOut.has(parser.constructor.name))
    .map((parser) => {
      const rule = byName.get(parser.constructor.name);
      return rule ? withRule(parser, rule) : parser;
    });
}

function chronoRefiners(engine: chrono.Chrono, rules: DateRules): chrono.Refiner[] {
  requireClassNames(engine.refiners, rules.chronoRefinersLeftOut, "refiners");
  const leftOut = new Set(rules.chronoRefinersLeftOut);
  return engine.refiners.filter((refiner) => !leftOut.has(refiner.constructor.name));
}

export function createDateChrono(rules: DateRules): chrono.Chrono {
  const engine = chrono.id.casual.clone();
  engine.parsers = [
    ...chronoParsers(engine, rules),
    withRule(new WeekdaySlashDateParser(rules.weekdays), { ruleId: "date.weekday-slash" }),
    withRule(new YearCueParser(rules.yearCue), { ruleId: "date.year-cue" }),
  ].map(rememberingMatches);
  engine.refiners = [
    // Before chrono's overlap removal and merges: what they must not see, and spans they must compare in full.
    new TimeOnlyFilter(),
    new TenseSuffixRefiner(rules.tenseSuffixes),
    new SlashLeadInFilter(rules.slashLeadIns, Object.keys(rules.weekdays), rules.clockLeadIns),
    ...chronoRefiners(engine, rules),
    // After them: on the results that survived, weekdays merged in.
    new NameDateFilter(rules.nameContext),
    new RelativeDateFilter(rules.relativeNonDates),
    new BareWeekdayRefiner(Object.keys(rules.weekdays), rules.recurrenceWords),
    new WeekRelativeRefiner(rules.weekUnits),
    new YearInferenceRefiner(),
    new RangeYearRefiner(rules.rangeConnectors, rules.yearCue.periods),
  ];
  return engine;
}

export const dateChrono = createDateChrono(dateRules);
