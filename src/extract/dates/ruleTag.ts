/**
 * Which rule produced a chrono result travels as tags on its components.
 * Chrono's own `ParsingComponents.clone()` drops tags (the weekday merge in
 * "Senin, 14 Agustus 2023" clones the date), so tagged components are moved
 * to a subclass whose clone keeps them (in place: a copy costs a new
 * ParsingComponents, with its reference-date defaults, per result).
 */
import * as chrono from "chrono-node";

const RULE_PREFIX = "warta:rule=";
export const RELATIVE_TAG = "warta:relative";
export const LEAD_IN_REQUIRED_TAG = "warta:lead-in-required";
export const PAST_TAG = "warta:past";
export const FUTURE_TAG = "warta:future";
/** "November tahun lalu", "Maret tahun depan": the month in the year before or after the anchor's. */
export const YEAR_BEFORE_TAG = "warta:year-before";
export const YEAR_AFTER_TAG = "warta:year-after";

export interface RuleTag {
  ruleId: string;
  relative?: boolean;
  leadInRequired?: boolean;
}

/** Components whose clones keep their tags; a parser's own components become these in place, without a copy. */
class TaggedComponents extends chrono.ParsingComponents {
  override clone(): chrono.ParsingComponents {
    return tagged(super.clone(), this.tags());
  }
}

function tagged(components: chrono.ParsingComponents, tags: Iterable<string>): chrono.ParsingComponents {
  return Object.setPrototypeOf(components, TaggedComponents.prototype).addTags(tags);
}

function tagsOf(rule: RuleTag): string[] {
  const tags = [RULE_PREFIX + rule.ruleId];
  if (rule.relative) tags.push(RELATIVE_TAG);
  if (rule.leadInRequired) tags.push(LEAD_IN_REQUIRED_TAG);
  return tags;
}

const parserRules = new WeakMap<chrono.Parser, string>();

/** The rule id a parser made by withRule tags its results with. */
export const ruleOf = (parser: chrono.Parser): string | null => parserRules.get(parser) ?? null;

/** Wraps a parser so every result it produces carries the rule's tags. */
export function withRule(parser: chrono.Parser, rule: RuleTag): chrono.Parser {
  const tags = tagsOf(rule);
  const tagging: chrono.Parser = {
    pattern: (context) => parser.pattern(context),
    extract(context, match) {
      const extracted = parser.extract(context, match);
      // Chrono's own parsers decline with null or, despite their type, undefined.
      if (extracted === null || extracted === undefined) return null;
      // Word-boundary parsers move match.index/match[0] past their boundary; chrono reads them the same way.
      const result =
        extracted instanceof chrono.ParsingResult
          ? extracted
          : context.createParsingResult(match.index ?? 0, match[0], context.createParsingComponents(extracted));
      result.start = tagged(result.start, tags);
      if (result.end) result.end = tagged(result.end, tags);
      return result;
    },
  };
  parserRules.set(tagging, rule.ruleId);
  return tagging;
}

/**
 * The tags of one end of a result, read in place: chrono's `tags()` returns
 * a new Set each call (two for a result), and the refiners ask per result
 * per rule. Falls back to `tags()` should chrono keep them elsewhere.
 */
function ownTags(components: chrono.ParsedComponents): ReadonlySet<string> {
  return (components as unknown as { _tags?: Set<string> })._tags ?? components.tags();
}

export function ruleIdOf(result: chrono.ParsedResult): string | null {
  for (const end of result.end ? [result.start, result.end] : [result.start]) {
    for (const tag of ownTags(end)) if (tag.startsWith(RULE_PREFIX)) return tag.slice(RULE_PREFIX.length);
  }
  return null;
}

export function hasTag(result: chrono.ParsedResult, tag: string): boolean {
  return ownTags(result.start).has(tag) || (result.end ? ownTags(result.end).has(tag) : false);
}
