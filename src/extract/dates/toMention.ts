/** A refined chrono result as Warta's DateMentions, at the precision the text gives. */
import type * as chrono from "chrono-node";
import type { DateMention, DatePrecision } from "../../types.ts";
import { hasTag, RELATIVE_TAG, ruleIdOf } from "./ruleTag.ts";

type DatePart = DateMention["implied"][number];

const PARTS_AT: Record<DatePrecision, DatePart[]> = {
  year: ["year"],
  month: ["year", "month"],
  day: ["year", "month", "day"],
};
const WIDTH: Record<DatePart, number> = { year: 4, month: 2, day: 2 };

function precisionOf(components: chrono.ParsedComponents): DatePrecision | null {
  // A stated weekday ("Selasa") fixes a day, though chrono keeps the day itself implied.
  if (components.isCertain("day") || components.isCertain("weekday")) return "day";
  if (components.isCertain("month")) return "month";
  if (components.isCertain("year")) return "year";
  return null;
}

/**
 * `text` is the article as given (chrono parsed a copy of the same length).
 * A range ("5-7 Januari 2024") gives one mention per end, both over the whole
 * span. Nothing for results no Warta rule claims or with no date part stated.
 */
export function toMentions(result: chrono.ParsedResult, text: string): DateMention[] {
  const ruleId = ruleIdOf(result);
  if (ruleId === null) return [];
  const relative = hasTag(result, RELATIVE_TAG);
  const start = result.index;
  const end = start + result.text.length;
  const mentions: DateMention[] = [];
  for (const components of result.end ? [result.start, result.end] : [result.start]) {
    const precision = precisionOf(components);
    if (precision === null) continue;
    const parts = PARTS_AT[precision];
    const value = parts.map((part) => String(components.get(part) ?? 0).padStart(WIDTH[part], "0")).join("-");
    if (mentions.some((mention) => mention.value === value)) continue;
    // Relative values ("kemarin") are counted from the anchor: nothing in them is stated.
    const implied = relative ? parts : parts.filter((part) => !components.isCertain(part));
    mentions.push({ start, end, text: text.slice(start, end), ruleId, value, precision, implied: [...implied] });
  }
  return mentions;
}
