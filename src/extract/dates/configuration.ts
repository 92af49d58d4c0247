/**
 * The one Chrono Warta parses dates with: chrono's Indonesian casual
 * configuration, its parsers tagged with Warta's rule ids (rules/dates.json),
 * plus Warta's own parsers and refiners. Built once, at module load.
 */
import * as chrono from "chrono-node";
import { WeekdaySlashDateParser } from "./parsers/WeekdaySlashDateParser.ts";
import { UnitBeforeParser } from "./parsers/UnitBeforeParser.ts";
import { YearCueParser } from "./parsers/YearCueParser.ts";
import { BareWeekdayRefiner } from "./refiners/BareWeekdayRefiner.ts";
import { EventRelativeRefiner } from "./refiners/EventRelativeRefiner.ts";
import { NameDateFilter } from "./refiners/NameDateFilter.ts";
import { RangeYearRefiner } from "./refiners/RangeYearRefiner.ts";
import { RelativeDateFilter } from "./refiners/RelativeDateFilter.ts";
import { SlashLeadInFilter } from "./refiners/SlashLeadInFilter.ts";
import { TenseSuffixRefiner } from "./refiners/TenseSuffixRefiner.ts";
import { TimeOnlyFilter } from "./refiners/TimeOnlyFilter.ts";
import { WeekRelativeRefiner } from "./refiners/WeekRelativeRefiner.ts";
import { YearInferenceRefiner } from "./refiners/YearInferenceRefiner.ts";
import { rememberingMatches } from "./matchMemo.ts";
import { ruleOf, withRule } from "./ruleTag.ts";
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

export interface DateChronos {
  /** Every parser and refiner: the dates an article states. */
  full: chrono.Chrono;
  /**
   * The anchor pass (index.ts, articleAnchor): only the parsers named in
   * rules.anchorPassRules, which are those that state a full date (a day and
   * month with a year or weekday) or give one its weekday, and every refiner.
   * The two share these parsers' objects, which remember their matches, so
   * what the anchor pass scanned the full pass reads from memory (matchMemo.ts).
   */
  anchor: chrono.Chrono;
}

export function createDateChronos(rules: DateRules): DateChronos {
  const engine = chrono.id.casual.clone();
  const anchorRules = new Set(rules.anchorPassRules);
  // Only the anchor pass's parsers scan a text twice: the others need no memory of their matches.
  const parsers = [
    ...chronoParsers(engine, rules),
    withRule(new WeekdaySlashDateParser(rules.weekdays), { ruleId: "date.weekday-slash" }),
    withRule(new YearCueParser(rules.yearCue), { ruleId: "date.year-cue" }),
    withRule(new UnitBeforeParser(rules.unitsBefore.units, rules.unitsBefore.endings), { ruleId: "date.relative", relative: true }),
  ].map((parser) => {
    const inAnchorPass = anchorRules.has(ruleOf(parser) ?? "");
    return { parser, inAnchorPass, used: inAnchorPass ? rememberingMatches(parser) : parser };
  });
  engine.parsers = parsers.map((p) => p.used);
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
    // Last: the event it counts from has its year by now.
    new EventRelativeRefiner(rules.eventRelativeEndings, rules.eventRelativeReach, rules.weekUnits),
  ];
  const unknown = [...anchorRules].filter((id) => !parsers.some((p) => ruleOf(p.parser) === id));
  if (unknown.length > 0) throw new Error(`rules/dates.json anchorPassRules names rules no parser has: ${unknown.join(", ")}`);
  const anchor = engine.clone();
  anchor.parsers = parsers.filter((p) => p.inAnchorPass).map((p) => p.used);
  return { full: engine, anchor };
}

export const dateChronos = createDateChronos(dateRules);
