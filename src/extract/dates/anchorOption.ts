/**
 * Chrono has no per-parse slot for caller data; its context keeps the option
 * object it was given, so Warta's anchor rides along in an extended option
 * for the refiners to read.
 */
import type * as chrono from "chrono-node";
import type { CalendarDate } from "./calendar.ts";

export interface AnchorOption extends chrono.ParsingOption {
  /** The reference date, or else the latest full date the article states; null when neither exists. */
  anchor: CalendarDate | null;
}

export function anchorOf(context: chrono.ParsingContext): CalendarDate | null {
  return (context.option as Partial<AnchorOption>).anchor ?? null;
}
