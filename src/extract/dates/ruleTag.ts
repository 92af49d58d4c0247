/**
 * Which rule produced a chrono result travels as tags on its components.
 * Chrono's own `ParsingComponents.clone()` drops tags (the weekday merge in
 * "Senin, 14 Agustus 2023" clones the date), so tagged results are built
 * from a subclass whose clone keeps them.
 */
import * as chrono from "chrono-node";

const RULE_PREFIX = "warta:rule=";
export const RELATIVE_TAG = "warta:relative";
export const LEAD_IN_REQUIRED_TAG = "warta:lead-in-required";
export const PAST_TAG = "warta:past";
export const FUTURE_TAG = "warta:future";

export interface RuleTag {
  ruleId: string;
  relative?: boolean;
  leadInRequired?: boolean;
}

const COMPONENTS: chrono.Component[] = [
  "year", "month", "day", "weekday", "hour", "minute", "second", "millisecond", "meridiem", "timezoneOffset",
];

class TaggedComponents extends chrono.ParsingComponents {
  constructor(
    private readonly referenceForClone: chrono.ReferenceWithTimezone,
    source: chrono.ParsingComponents,
  ) {
    super(referenceForClone);
    for (const component of COMPONENTS) {
      const value = source.get(component);
      if (value === null) continue;
      if (source.isCertain(component)) this.assign(component, value);
      else this.imply(component, value);
    }
    this.addTags(source.tags());
  }

  override clone(): chrono.ParsingComponents {
    return new TaggedComponents(this.referenceForClone, this);
  }
}

function tagsOf(rule: RuleTag): string[] {
  const tags = [RULE_PREFIX + rule.ruleId];
  if (rule.relative) tags.push(RELATIVE_TAG);
  if (rule.leadInRequired) tags.push(LEAD_IN_REQUIRED_TAG);
  return tags;
}

/** Wraps a parser so every result it produces carries the rule's tags. */
export function withRule(parser: chrono.Parser, rule: RuleTag): chrono.Parser {
  const tags = tagsOf(rule);
  return {
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
      result.start = new TaggedComponents(context.reference, result.start).addTags(tags);
      if (result.end) result.end = new TaggedComponents(context.reference, result.end).addTags(tags);
      return result;
    },
  };
}

export function ruleIdOf(result: chrono.ParsedResult): string | null {
  for (const tag of result.tags()) if (tag.startsWith(RULE_PREFIX)) return tag.slice(RULE_PREFIX.length);
  return null;
}

export function hasTag(result: chrono.ParsedResult, tag: string): boolean {
  return result.tags().has(tag);
}
