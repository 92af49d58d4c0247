/**
 * "tahun sebelumnya", "bulan sebelumnya": the unit before the time the text
 * speaks of ("naik 35 persen dari tahun sebelumnya" after "pada 2025" is
 * 2024), which chrono's Indonesian parsers do not read. Counted here from
 * the anchor, one unit back, at the unit's precision; EventRelativeRefiner
 * then counts it from the date stated just before, when there is one.
 */
import * as chrono from "chrono-node";
import { alternation } from "../../../rules/pattern.ts";
import { WORD_CHAR } from "../textAround.ts";

export type TimeUnit = "week" | "month" | "year";

export class UnitBeforeParser implements chrono.Parser {
  private readonly regex: RegExp;

  constructor(
    private readonly units: Readonly<Record<string, TimeUnit>>,
    endings: readonly string[],
  ) {
    this.regex = new RegExp(`(?<!${WORD_CHAR})(?<unit>${alternation(Object.keys(units))})[ \\t]+${alternation(endings)}(?!${WORD_CHAR})`, "iu");
  }

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingComponents | null {
    const unit = this.units[(match.groups?.unit ?? "").toLowerCase()];
    return unit === undefined ? null : chrono.ParsingComponents.createRelativeFromReference(context.reference, { [unit]: -1 });
  }
}
