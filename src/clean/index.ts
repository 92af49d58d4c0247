/**
 * Cleaning: the article body without what is not the article. Works line by
 * line on the loader's body ("\n" between paragraphs): drops boilerplate
 * lines, cuts at a related-articles block, trims trailing credits, and reads
 * the leading dateline (publisher, city). Every pattern is data in
 * rules/boilerplate.json and rules/datelines.json.
 */
import { z } from "zod";
import { described, loadRules } from "../rules/load.ts";
import type { CleanArticle, Dateline, Span } from "../types.ts";

const LineRule = z.object({ id: z.string(), pattern: z.string(), examples: z.array(z.string()).min(1) });
const BoilerplateRules = z.object({
  ...described,
  bullets: z.string(),
  dropLine: z.array(LineRule),
  boxHeader: z.array(LineRule),
  truncateAt: z.array(LineRule),
  trailing: z.array(LineRule),
  headline: z.object({
    minWords: z.number().int().positive(),
    maxWords: z.number().int().positive(),
    longWordLength: z.number().int().positive(),
    minCapitalizedShare: z.number().min(0).max(1),
  }),
});
const DatelineRules = z.object({
  ...described,
  furnitureLines: z.number().int().nonnegative(),
  publicationTime: z.string(),
  timestampMaxLength: z.number().int().positive(),
  afterPublicationTime: z.array(LineRule),
  patterns: z.array(LineRule),
});

interface CompiledRule {
  id: string;
  regex: RegExp;
}

function compile(rules: Array<z.infer<typeof LineRule>>, flags: string): CompiledRule[] {
  return rules.map((r) => ({ id: r.id, regex: new RegExp(r.pattern, flags) }));
}

const boilerplate = loadRules("boilerplate.json", BoilerplateRules);
export const boilerplateRules = {
  dropLine: compile(boilerplate.dropLine, "iu"),
  boxHeader: compile(boilerplate.boxHeader, "iu"),
  truncateAt: compile(boilerplate.truncateAt, "iu"),
  trailing: compile(boilerplate.trailing, "iu"),
};
const datelines = loadRules("datelines.json", DatelineRules);
// "d" gives the offsets of the named groups, so the city keeps its exact span.
export const datelineRules = compile(datelines.patterns, "du");
const PUBLICATION_TIME = new RegExp(datelines.publicationTime, "u");
export const afterPublicationTimeRules = compile(datelines.afterPublicationTime, "du");

const SPACE_RUN = /[\u00a0\u2007\u202f\t ]+/g;
/** What SPACE_RUN would change: a line with none of it keeps its spaces as they are. */
const SPACES_TO_NORMALIZE = /[\u00a0\u2007\u202f\t]| {2}/;

/** Spaces as the extractors expect them: NBSP, tabs and runs of spaces become one space. */
function normalizeLine(line: string): string {
  return (SPACES_TO_NORMALIZE.test(line) ? line.replace(SPACE_RUN, " ") : line).trim();
}

const BULLETS = new RegExp(boilerplate.bullets, "u");

/** The first rule that matches the line, a leading bullet ("» ", "- ") ignored. */
export function firstMatch(rules: CompiledRule[], line: string): CompiledRule | undefined {
  const probe = line.replace(BULLETS, "");
  return rules.find((r) => r.regex.test(probe));
}

/** A title-case line without sentence-final punctuation: a link in a box, not article prose. */
export function looksLikeHeadline(line: string): boolean {
  const { minWords, maxWords, longWordLength, minCapitalizedShare } = boilerplate.headline;
  if (/[.!?:;"”]$/u.test(line)) return false;
  const words = line.split(" ");
  if (words.length < minWords || words.length > maxWords) return false;
  const long = words.filter((w) => /^\p{L}/u.test(w) && w.length >= longWordLength);
  if (long.length === 0) return false;
  const capitalized = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalized / long.length >= minCapitalizedShare;
}

export function cleanArticle(body: string): CleanArticle {
  const removedBy = new Set<string>();
  const kept: string[] = [];
  // Inside a box of links (after "Baca Juga" alone on its line): headline-like lines are links.
  let inBox = false;
  for (const rawLine of body.split(/\r\n|\r|\n/)) {
    let line = normalizeLine(rawLine);
    if (line === "") continue;
    if (inBox && looksLikeHeadline(line)) continue;
    inBox = false;
    const box = firstMatch(boilerplateRules.boxHeader, line);
    if (box) {
      removedBy.add(box.id);
      inBox = true;
      continue;
    }
    const cut = firstMatch(boilerplateRules.truncateAt, line);
    if (cut) {
      removedBy.add(cut.id);
      break;
    }
    const drop = firstMatch(boilerplateRules.dropLine, line);
    if (drop) {
      removedBy.add(drop.id);
      continue;
    }
    for (const rule of boilerplateRules.trailing) {
      // The rule names only the credit; the spaces before it go with trimEnd.
      const trimmed = line.replace(rule.regex, "");
      if (trimmed !== line) {
        removedBy.add(rule.id);
        line = trimmed.trimEnd();
      }
    }
    if (line !== "") kept.push(line);
  }
  // Page furniture above a dateline (headline, byline, time, caption) is not the article.
  const start = datelineStart(kept);
  const furniture = kept.splice(0, start.line);
  if (furniture.length > 0) removedBy.add("boilerplate.before-dateline");
  const publicationLine = furniture.find((line) => PUBLICATION_TIME.test(line)) ?? null;
  // The text starts with the dateline's line, so the dateline read on that line has the text's offsets.
  return { text: kept.join("\n"), dateline: start.dateline, removedBy: [...removedBy], publicationLine };
}

/** Where the article starts: its line, and the dateline read there (null when none). */
interface DatelineStart {
  line: number;
  dateline: Dateline | null;
}

/**
 * The line a dateline starts: the first, else the first of the next
 * furnitureLines that a pattern (in order) matches, else the line right
 * under the page's publication time when it holds a title-case city
 * dateline; line 0 when none does.
 */
function datelineStart(lines: readonly string[]): DatelineStart {
  const first = lines[0] === undefined ? null : readDateline(lines[0]);
  if (first !== null) return { line: 0, dateline: first };
  const leading = lines.slice(1, 1 + datelines.furnitureLines);
  for (const rule of datelineRules) {
    const at = leading.findIndex((line) => {
      const m = rule.regex.exec(line);
      return m?.index === 0 && !isTimestamp(line.slice(m[0].length));
    });
    if (at >= 0) return { line: at + 1, dateline: readDateline(leading[at]!) };
  }
  const time = leading.findIndex((line) => PUBLICATION_TIME.test(line));
  const under = time >= 0 ? leading[time + 1] : undefined;
  const dateline = under === undefined ? null : readDateline(under, afterPublicationTimeRules);
  return dateline === null ? { line: 0, dateline: null } : { line: time + 2, dateline };
}

/** "10/11/2026, 14:05 WIB" after "Kompas.com - ": the page's publication time under its publisher, not the article's first line. */
const isTimestamp = (rest: string) => rest.length <= datelines.timestampMaxLength && PUBLICATION_TIME.test(rest);

/** The dateline at the very start of the text, if one of the rules matches it. */
export function readDateline(text: string, rules: readonly CompiledRule[] = datelineRules): Dateline | null {
  for (const rule of rules) {
    const m = rule.regex.exec(text);
    if (!m || m.index !== 0) continue;
    const publisher = m.groups?.publisher ?? null;
    const citySpan = m.indices?.groups?.city;
    const city = citySpan ? { start: citySpan[0], end: citySpan[1], text: text.slice(citySpan[0], citySpan[1]) } : null;
    return { start: 0, end: m[0].length, publisher, city, ruleId: rule.id };
  }
  return null;
}

/** The dateline is off limits to extractors, except its city, which is a place mention. */
export function offLimits(dateline: Dateline | null): Span[] {
  if (!dateline) return [];
  if (!dateline.city) return [{ start: dateline.start, end: dateline.end }];
  return [
    { start: dateline.start, end: dateline.city.start },
    { start: dateline.city.end, end: dateline.end },
  ].filter((span) => span.end > span.start);
}
