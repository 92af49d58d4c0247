/**
 * Quoted spans, found in one left-to-right pass over the quotation marks.
 *
 * A quote is an opening mark and the next closing mark in the same
 * paragraph; a straight quote closes when a quote is open and opens
 * otherwise, so `“...\"` pairs too. An opening mark while a quote is open
 * means the earlier one was never closed: it is dropped and the new one
 * opens, so 100,000 stray “ cost one step each. A quote still open at a
 * paragraph's end continues only when the next paragraph starts with an
 * opening mark (the press convention for a multi-paragraph quote); the
 * parts then form one group, else the open mark is dropped.
 */
import { escapeRegExp } from "../../rules/pattern.ts";
import type { Span } from "../../types.ts";
import { speech } from "./rules.ts";

/** One quotation: its parts (one per paragraph, inside the marks) and where its marks start and end. */
export interface QuotedGroup {
  parts: Span[];
  open: number;
  close: number;
}

const OPEN = new Set(speech.marks.open);
const CLOSE = new Set(speech.marks.close);
const OPENERS = new Set([...speech.marks.open, ...speech.marks.either]);
const MARK_OR_BREAK = new RegExp(`[${[...OPENERS, ...CLOSE].map(escapeRegExp).join("")}\\n]`, "gu");

/** Whether the paragraph after the break at `i` starts (after spaces) with a mark that can open. */
function continuesAt(text: string, i: number): boolean {
  let k = i + 1;
  while (text[k] === " " || text[k] === "\t") k += 1;
  return OPENERS.has(text[k] ?? "");
}

/** Trimmed inside of a quote: no edge spaces, no trailing comma (it belongs to the attribution: `,” ujar`). */
function inside(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

export function findQuoted(text: string): QuotedGroup[] {
  const groups: QuotedGroup[] = [];
  let openAt = -1;
  // Parts of a multi-paragraph quote waiting for the paragraph that closes it.
  let pending: QuotedGroup | null = null;
  const addPart = (end: number): QuotedGroup => {
    const span = inside(text, openAt + 1, end);
    const group: QuotedGroup = pending ?? { parts: [], open: openAt, close: end };
    if (span.end > span.start) group.parts.push(span);
    group.close = end;
    return group;
  };
  for (const match of text.matchAll(MARK_OR_BREAK)) {
    const i = match.index;
    const mark = match[0];
    if (mark === "\n") {
      pending = openAt >= 0 && continuesAt(text, i) ? addPart(i) : null;
      openAt = -1;
    } else if (openAt < 0 || OPEN.has(mark)) {
      if (CLOSE.has(mark)) continue; // a closer with nothing open is stray
      if (openAt >= 0) pending = null; // the open quote was never closed
      openAt = i;
    } else {
      const group = addPart(i);
      if (group.parts.length > 0) groups.push({ ...group, close: i + 1 });
      pending = null;
      openAt = -1;
    }
  }
  return groups;
}
