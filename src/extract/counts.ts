/**
 * The counts extractor: a number, in digits or words, and what it counts
 * ("39 penghargaan", "lima kategori", "Rp 2,5 miliar", "15%").
 *
 * One left-to-right pass over the tokens of the text. Where a token can start
 * a number, the number is read (numbers.ts), dropped when a neighbour marks it
 * as an ordinal, rank, code, date or year (rules/count-exclusions.json), and
 * kept with the noun after it (rules/count-units.json). A failed candidate is
 * skipped whole and every look-around is a few tokens, so the pass stays
 * linear in the length of the text; the regexes are alternations of literals,
 * built once when the module loads.
 */
import { z } from "zod";
import { described, loadRules } from "../rules/load.ts";
import { alternation } from "../rules/pattern.ts";
import type { CountMention, ExtractContext, Extractor, Span } from "../types.ts";
import { type CountToken, countTokens } from "./countTokens.ts";
import { isNumberWord, readNumber } from "./numbers.ts";

const wordList = z.array(z.string().min(1));

const UnitRules = z.object({
  ...described,
  fixedUnits: z.array(
    z.object({ id: z.string().regex(/^count\./), unit: z.string().min(1), before: wordList, after: wordList }),
  ),
  compoundNouns: wordList,
  gluedAbbreviations: wordList,
  suffixes: wordList,
  minStemLength: z.number().int().positive(),
  wholeReduplications: wordList,
  keepWhole: wordList,
  notUnits: wordList,
  leadIns: z.object({ before: wordList, between: wordList }),
  coordinators: wordList,
  copulas: wordList,
  partitives: wordList,
  partsOfWhole: wordList,
  partOfWholeReach: z.number().int().positive(),
  notWholes: wordList,
  rangeDashes: wordList,
  boundHeads: wordList,
});

const ExclusionRules = z.object({
  ...described,
  ordinalPrefixes: wordList,
  ordinalWords: wordList,
  cuesBefore: z.record(z.string(), wordList),
  yearCues: wordList,
  months: wordList,
  calendarEras: wordList,
  phrases: wordList,
  joiners: wordList,
  yearRange: z.object({ min: z.number().int(), max: z.number().int() }),
});

const units = loadRules("count-units.json", UnitRules);
const exclusions = loadRules("count-exclusions.json", ExclusionRules);

// The fixed units carry their own rule ids (count.percent, count.rupiah) in rules/count-units.json.
const NOUN_RULE_IDS = {
  digitsNoun: "count.digits-noun",
  wordsNoun: "count.words-noun",
} as const;

type FixedUnit = z.infer<typeof UnitRules>["fixedUnits"][number];

function lowerSet(...lists: string[][]): ReadonlySet<string> {
  return new Set(lists.flat().map((word) => word.toLowerCase()));
}

/** Fixed units by the lower-cased forms written on one side of the number ("rp." -> rupiah, "%" -> persen). */
function formsOf(side: "before" | "after"): ReadonlyMap<string, FixedUnit> {
  return new Map(units.fixedUnits.flatMap((fixed) => fixed[side].map((form) => [form.toLowerCase(), fixed] as const)));
}

/** Matches one of `forms` (any case) exactly where it is started, not running on into a letter. */
function formsAt(forms: Iterable<string>): RegExp {
  return new RegExp(`${alternation(forms)}(?![\\p{L}\\p{M}])`, "iuy");
}

// Never what a number counts: dates ("30 Mei"), years ("1445 Hijriah"),
// ordinals ("5 pertama") and a between-word with no noun after it ("5 lebih.").
const NOT_UNITS = lowerSet(
  units.notUnits,
  units.leadIns.between,
  exclusions.ordinalWords,
  exclusions.months,
  exclusions.calendarEras,
);
const KEEP_WHOLE = lowerSet(units.keepWhole);
const WHOLE_REDUPLICATIONS = lowerSet(units.wholeReduplications);
const BETWEEN = lowerSet(units.leadIns.between);
const COORDINATORS = lowerSet(units.coordinators);
const RANGE_DASHES = new Set(units.rangeDashes);
const PARTITIVES = lowerSet(units.partitives);
const COPULAS = lowerSet(units.copulas);
/** Marks inside one written number: "12.000", "2,5", "1.250,5". */
const DIGIT_JOINERS = [".", ","];
const BOUND_HEADS = lowerSet(units.boundHeads);
const GLUED_ABBREVIATIONS = new Set(units.gluedAbbreviations);
const CUES_BEFORE = lowerSet(...Object.values(exclusions.cuesBefore), exclusions.ordinalPrefixes);
const YEAR_CUES = lowerSet(exclusions.yearCues, exclusions.months);
const JOINERS = new Set(exclusions.joiners);
const FIXED_BEFORE = formsOf("before");
const FIXED_AFTER = formsOf("after");
const BEFORE_FORMS = formsAt(FIXED_BEFORE.keys());
const AFTER_FORMS = formsAt(FIXED_AFTER.keys());
const COMPOUND_NOUNS = formsAt(units.compoundNouns);
const LEAD_INS = formsAt(units.leadIns.before);
const PARTS_OF_WHOLE = formsAt(units.partsOfWhole);
const NOT_WHOLES = lowerSet(units.notWholes);
const NOT_COUNT_PHRASES = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${alternation(exclusions.phrases)}(?![\\p{L}\\p{M}\\p{N}])`,
  "giu",
);

// ---------------------------------------------------------------- tokens

type Token = CountToken;

const SPACES = /^[ \t\u00a0]+$/;
const SENTENCE_MARKS = new Set([".", "!", "?", "\"", "“", "”"]);

interface Scan {
  text: string;
  tokens: Token[];
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Apart by spaces on one line, as the words of one phrase are. */
function spaced(scan: Scan, a: Token, b: Token): boolean {
  return SPACES.test(scan.text.slice(a.end, b.start));
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function matchAt(pattern: RegExp, text: string, offset: number): string | null {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0] ?? null;
}

/** Index of the first token at or after character `offset`, searching from token `from`. */
function tokenFrom(tokens: Token[], from: number, offset: number): number {
  let k = from;
  while ((tokens[k]?.start ?? offset) < offset) k += 1;
  return k;
}

/** The word right before token `i`, looking through the dot of "No. 5"; undefined after any other mark. */
function wordBefore({ tokens }: Scan, i: number): Token | undefined {
  const previous = tokens[i - 1];
  if (previous?.text !== ".") return previous?.kind === "word" ? previous : undefined;
  const word = tokens[i - 2];
  return word?.kind === "word" && glued(word, previous) ? word : undefined;
}

/** Token `i` opens a sentence or a line. */
function opensSentence(scan: Scan, i: number): boolean {
  const previous = scan.tokens[i - 1];
  const token = scan.tokens[i];
  if (previous === undefined || token === undefined) return true;
  return SENTENCE_MARKS.has(previous.text) || scan.text.slice(previous.end, token.start).includes("\n");
}

// ---------------------------------------------------------------- numbers

/** A number read from the tokens `first`..`last`. */
interface NumberAt {
  value: number;
  digits: boolean;
  first: number;
  last: number;
}

/** Last token of a run "a<j>b<j>c" from token i, where each joiner j is one of `joiners`, glued to both sides. */
function gluedRunEnd(tokens: Token[], i: number, joiners: readonly string[], kind: Token["kind"]): number {
  let k = i;
  while (
    joiners.includes(tokens[k + 1]?.text ?? "") &&
    tokens[k + 2]?.kind === kind &&
    glued(tokens[k], tokens[k + 1]) &&
    glued(tokens[k + 1], tokens[k + 2])
  ) {
    k += 2;
  }
  return k;
}

/** Last token of "1.250,5": digit runs joined by a glued "." or ",". */
const digitRunEnd = (tokens: Token[], i: number) => gluedRunEnd(tokens, i, DIGIT_JOINERS, "digits");

/** The words of a possible number phrase from token `first`, noting the last token of each word taken. */
function* phraseWords(scan: Scan, first: number, firstEnd: number, lastTokens: number[]): Generator<string> {
  const { tokens } = scan;
  lastTokens.push(firstEnd);
  yield scan.text.slice(tokens[first]?.start, tokens[firstEnd]?.end);
  for (let k = firstEnd + 1; k < tokens.length; k += 1) {
    const token = tokens[k];
    const previous = tokens[k - 1];
    if (token?.kind !== "word" || previous === undefined || !spaced(scan, previous, token)) return;
    lastTokens.push(k);
    yield token.text;
  }
}

/** The number starting at token `i`, and the last token of what was tried (skipped whole when no count comes of it). */
function readNumberAt(scan: Scan, i: number): { number: NumberAt | null; end: number } {
  const token = scan.tokens[i];
  const digits = token?.kind === "digits";
  if (!digits && !(token?.kind === "word" && isNumberWord(token.text))) return { number: null, end: i };
  const firstEnd = digits ? digitRunEnd(scan.tokens, i) : i;
  const lastTokens: number[] = [];
  const reading = readNumber(phraseWords(scan, i, firstEnd, lastTokens));
  const last = reading === null ? undefined : lastTokens[reading.words - 1];
  if (reading === null || last === undefined) return { number: null, end: firstEnd };
  return { number: { value: reading.value, digits, first: i, last }, end: last };
}

// ---------------------------------------------------------------- exclusions

/** Whether `mark` is a dash glued to `to`, on either side. */
const isDashGluedTo = (mark: Token | undefined, to: Token | undefined): boolean =>
  mark !== undefined && RANGE_DASHES.has(mark.text) && (glued(mark, to) || glued(to, mark));

/**
 * A dash glued between a number and the next one, digits or a unit written
 * before them: the two are the ends of a range ("4-12 tahun", "Rp
 * 12.000-Rp 15.000"), each a count. `dash` is the dash's index.
 */
function rangeDashAt(scan: Scan, dash: number): boolean {
  const { tokens } = scan;
  const [before, mark, after] = [tokens[dash - 1], tokens[dash], tokens[dash + 1]];
  if (mark === undefined || !RANGE_DASHES.has(mark.text) || !glued(before, mark) || !glued(mark, after) || before?.kind !== "digits") return false;
  // Dashed groups with a leading zero, after an area code or with more than one dash are a phone number or a code
  // ("0812-3456-7890", "(021) 555-1234"), not a range.
  let first = dash - 1;
  while (first > 0 && glued(tokens[first - 1], tokens[first]) && (tokens[first - 1]!.kind === "digits" || DIGIT_JOINERS.includes(tokens[first - 1]!.text))) first -= 1;
  if (/^0\d/.test(tokens[first]!.text) || tokens[first - 1]?.text === ")" || isDashGluedTo(tokens[first - 1], tokens[first])) return false;
  if (after?.kind === "digits") return !isDashGluedTo(tokens[dash + 2], after);
  return after?.kind === "word" && matchAt(BEFORE_FORMS, scan.text, after.start) !== null;
}

/** A neighbour glues the number into a date, score, phone number or code: "14/8", "2-1", "ke-5", "G20", "5G". */
function gluedToNeighbour(scan: Scan, head: number, last: number): boolean {
  const { tokens } = scan;
  const before = tokens[head - 1];
  const after = tokens[last + 1];
  if (glued(before, tokens[head]) && (before?.kind === "word" || JOINERS.has(before?.text ?? "")) && !rangeDashAt(scan, head - 1)) return true;
  if (!glued(tokens[last], after) || rangeDashAt(scan, last + 1)) return false;
  return JOINERS.has(after?.text ?? "") || (after?.kind === "word" && !GLUED_ABBREVIATIONS.has(after.text));
}

/** Digits written with a leading zero are codes or times, not quantities: "0812", "08.00", "(021)". */
function hasLeadingZero({ tokens }: Scan, number: NumberAt): boolean {
  const first = tokens[number.first];
  return number.digits && first !== undefined && first.text.length > 1 && first.text.startsWith("0");
}

/** Digits right after other digits are one group of a phone number or code: "+62 812 3456 7890". */
function followsDigits(scan: Scan, head: number): boolean {
  const before = scan.tokens[head - 1];
  const token = scan.tokens[head];
  return before?.kind === "digits" && token !== undefined && spaced(scan, before, token);
}

/** Whether the number from token `head` (its currency sign, if any) to `number.last` is an ordinal, rank, label or code. */
function notAQuantity(scan: Scan, head: number, number: NumberAt): boolean {
  const cue = wordBefore(scan, head)?.text.toLowerCase();
  return (
    gluedToNeighbour(scan, head, number.last) ||
    hasLeadingZero(scan, number) ||
    (number.digits && followsDigits(scan, head)) ||
    (cue !== undefined && CUES_BEFORE.has(cue))
  );
}

function isYearLike({ tokens }: Scan, number: NumberAt): boolean {
  const { min, max } = exclusions.yearRange;
  return number.digits && number.first === number.last && tokens[number.first]?.text.length === 4 && number.value >= min && number.value <= max;
}

/** Token `i` is a capitalized word inside a sentence, as in a name ("Award", "Negeri"); a sentence's first word is not. */
function isNameWord(scan: Scan, i: number): boolean {
  const token = scan.tokens[i];
  return token?.kind === "word" && isCapitalized(token.text) && !opensSentence(scan, i);
}

/**
 * A year-like number counts a noun only when written like a quantity: a
 * lower-case noun after it, and before it a sentence start or a word that is
 * neither a year cue nor part of a name ("diikuti 2000 peserta", "Sebanyak
 * 2000 peserta"), not "tahun 2021 total", "(KLA) 2023 kategori" or "Award
 * 2023 bertema".
 */
function readsAsYear(scan: Scan, number: NumberAt, unit: Token): boolean {
  if (isCapitalized(unit.text)) return true;
  if (opensSentence(scan, number.first)) return false;
  const before = scan.tokens[number.first - 1];
  return before?.kind !== "word" || YEAR_CUES.has(before.text.toLowerCase()) || isNameWord(scan, number.first - 1);
}

/** Number and noun inside a name: "SMA Negeri 1 Padang", "Jalan Pemuda 12 Semarang". */
function insideName(scan: Scan, number: NumberAt, unit: Token): boolean {
  return isCapitalized(unit.text) && isNameWord(scan, number.first - 1);
}

/** Character spans no count may touch: the context's exclusions and phrases like "salah satu". */
function blockedSpans(context: ExtractContext): Span[] {
  const phrases = Array.from(context.text.matchAll(NOT_COUNT_PHRASES), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  return [...context.excluded, ...phrases].sort((a, b) => a.start - b.start);
}

/**
 * Overlap test against `spans` (sorted by start) for spans asked in
 * increasing start order: the cursor only moves forward, so a whole article
 * costs one walk over the blocked spans.
 */
function overlapTest(spans: Span[]): (span: Span) => boolean {
  let cursor = 0;
  return (span) => {
    while ((spans[cursor]?.end ?? Number.POSITIVE_INFINITY) <= span.start) cursor += 1;
    const blocker = spans[cursor];
    return blocker !== undefined && blocker.start < span.end;
  };
}

// ---------------------------------------------------------------- units

/** What a number counts: the unit, the fixed-unit rule if one matched, its first token and where it ends. */
interface UnitAt {
  unit: string;
  ruleId: string | null;
  token: Token;
  end: number;
}

/** "penghargaannya" -> "penghargaan" (one suffix, a stem of minStemLength or more); words in keepWhole stay. */
function stripSuffix(noun: string): string {
  if (KEEP_WHOLE.has(noun)) return noun;
  const suffix = units.suffixes.find((s) => noun.endsWith(s) && noun.length - s.length >= units.minStemLength);
  return suffix === undefined ? noun : noun.slice(0, -suffix.length);
}

/** The noun in base form: "siswa-siswa" -> "siswa", "anak-anaknya" -> "anak", "kabupaten/kota" and "laki-laki" stay. */
function baseForm(written: string): string {
  const noun = stripSuffix(written.toLowerCase());
  if (WHOLE_REDUPLICATIONS.has(noun)) return noun;
  const [left, right, more] = noun.split("-");
  return left !== undefined && left === right && more === undefined ? left : noun;
}

/** Last token of a noun written with glued "-" or "/" ("siswa-siswa", "kabupaten/kota"). */
const nounEnd = (tokens: Token[], i: number) => gluedRunEnd(tokens, i, ["-", "/"], "word");

/** End of "calon investor", "pemerintah daerah": a bound head and the lower-case noun after it. */
function boundHeadEnd(scan: Scan, k: number): number | undefined {
  const head = scan.tokens[k];
  const complement = scan.tokens[k + 1];
  if (head === undefined || complement?.kind !== "word" || !BOUND_HEADS.has(head.text.toLowerCase())) return undefined;
  if (!spaced(scan, head, complement) || isCapitalized(complement.text) || NOT_UNITS.has(complement.text.toLowerCase())) return undefined;
  return complement.end;
}

/** Whether the number ending at token `last` opens its clause: nothing but a mark before it ("..., 1.093 adalah"). */
function opensClause({ tokens }: Scan, last: number): boolean {
  let first = last;
  while (first > 0 && glued(tokens[first - 1], tokens[first]) && tokens[first - 1]!.kind !== "word") first -= 1;
  const before = tokens[first - 1];
  return before === undefined || before.kind === "mark";
}

/** The noun (or fixed unit) right after token `last`, or null when none follows. */
function unitAfter(scan: Scan, last: number): UnitAt | null {
  const { text, tokens } = scan;
  let k = last + 1;
  let token = tokens[k];
  const numberEnd = tokens[last];
  if (token === undefined || numberEnd === undefined || !(glued(numberEnd, token) || spaced(scan, numberEnd, token))) return null;
  const fixed = matchAt(AFTER_FORMS, text, token.start);
  const fixedUnit = fixed === null ? undefined : FIXED_AFTER.get(fixed.toLowerCase());
  if (fixed !== null && fixedUnit !== undefined) {
    return { unit: fixedUnit.unit, ruleId: fixedUnit.id, token, end: token.start + fixed.length };
  }
  const following = tokens[k + 1];
  const between = BETWEEN.has(token.text.toLowerCase()) || (COPULAS.has(token.text.toLowerCase()) && opensClause(scan, last));
  if (between && following !== undefined && spaced(scan, token, following)) {
    k += 1;
    token = following;
  }
  if (token.kind !== "word" || matchAt(LEAD_INS, text, token.start) !== null) return null;
  if (NOT_UNITS.has(token.text.toLowerCase()) || isNumberWord(token.text)) return null;
  const compound = matchAt(COMPOUND_NOUNS, text, token.start);
  const end = compound === null ? (boundHeadEnd(scan, k) ?? tokens[nounEnd(tokens, k)]?.end ?? token.end) : token.start + compound.length;
  return { unit: baseForm(text.slice(token.start, end).replace(/\s+/g, " ")), ruleId: null, token, end };
}

/** How many numbers a coordinated list ("61, 54 dan 40 kasus") may hold: bounds the look-ahead. */
const MAX_LIST = 8;

/**
 * The unit a number shares with the next ones in a coordinated list: "61
 * dan 54 kasus" counts 61 kasus and 54 kasus. Only digits-to-digits or
 * words-to-words lists, joined by "," or a coordinator from the rules.
 */
function sharedUnitAhead(scan: Scan, last: number): UnitAt | null {
  const { tokens } = scan;
  let k = last;
  for (let n = 0; n < MAX_LIST; n++) {
    let next = k + 1;
    if (rangeDashAt(scan, next)) next += 1;
    else if (PARTITIVES.has(tokens[next]?.text.toLowerCase() ?? "")) {
      // "214 dari sekitar 16.000 pasar": a lead-in may stand before the whole.
      next += 1;
      const leadIn = tokens[next] === undefined ? null : matchAt(LEAD_INS, scan.text, tokens[next]!.start);
      if (leadIn !== null) next = tokenFrom(tokens, next, tokens[next]!.start + leadIn.length);
    } else {
      if (tokens[next]?.text === ",") next += 1;
      if (COORDINATORS.has(tokens[next]?.text.toLowerCase() ?? "")) next += 1;
    }
    if (next === k + 1) return null;
    const { number } = readNumberAt(scan, next);
    if (number === null || number.digits !== (tokens[last]?.kind === "digits")) return null;
    const unit = unitAfter(scan, number.last);
    if (unit !== null) return { ...unit, end: tokens[last]?.end ?? unit.end };
    k = number.last;
  }
  return null;
}

// ---------------------------------------------------------------- counts

/** What one step of the pass found, and the token it goes on from. */
interface Attempt {
  mention: CountMention | null;
  next: number;
}

function mention(scan: Scan, span: Span, value: number, unit: string, ruleId: string): CountMention {
  return { start: span.start, end: span.end, text: scan.text.slice(span.start, span.end), value, unit, ruleId };
}

const BEFORE_FORM_LIST = [...FIXED_BEFORE.keys()];
/** First letters (both cases) of the forms written before a number, when all are ASCII; other first characters go to the regex. */
const BEFORE_FORM_INITIALS = BEFORE_FORM_LIST.every((form) => form.charCodeAt(0) < 128)
  ? new Set(BEFORE_FORM_LIST.flatMap((form) => [form[0]!.toLowerCase(), form[0]!.toUpperCase()]))
  : null;

/** Whether a fixed unit written before a number can start at `offset`: most words are ruled out by their first letter. */
function mayStartBeforeForm(text: string, offset: number): boolean {
  const first = text.charAt(offset);
  // Case folding may map other characters onto ASCII letters ("K" Kelvin): those go to the regex.
  return BEFORE_FORM_INITIALS === null || first > "\u007f" || BEFORE_FORM_INITIALS.has(first);
}

/** A count written with its unit before the number: "Rp 2,5 miliar", "Rp150 juta". */
function prefixedCountAt(scan: Scan, i: number): Attempt | null {
  const { text, tokens } = scan;
  const head = tokens[i];
  const form = head?.kind === "word" && mayStartBeforeForm(text, head.start) ? matchAt(BEFORE_FORMS, text, head.start) : null;
  const fixed = form === null ? undefined : FIXED_BEFORE.get(form.toLowerCase());
  if (head === undefined || form === null || fixed === undefined) return null;
  const formEnd = head.start + form.length;
  const k = tokenFrom(tokens, i, formEnd);
  const numberStart = tokens[k]?.start ?? formEnd;
  if (numberStart > formEnd && !SPACES.test(text.slice(formEnd, numberStart))) return null;
  const { number } = readNumberAt(scan, k);
  if (number === null) return null;
  const end = tokens[number.last]?.end ?? numberStart;
  const found = notAQuantity(scan, i, number) ? null : mention(scan, { start: head.start, end }, number.value, fixed.unit, fixed.id);
  return { mention: found, next: number.last + 1 };
}

/**
 * "dari 32 partai final, 11 di antaranya ...": a part of the whole counted
 * just before (the latest of `counts` ending at most partOfWholeReach
 * characters earlier whose noun can be a whole) counts the whole's noun.
 */
function partOfWhole(scan: Scan, last: number, counts: readonly CountMention[]): UnitAt | null {
  const numberEnd = scan.tokens[last];
  const next = scan.tokens[last + 1];
  if (numberEnd === undefined || next === undefined || !spaced(scan, numberEnd, next) || matchAt(PARTS_OF_WHOLE, scan.text, next.start) === null) return null;
  for (let k = counts.length - 1; k >= 0 && numberEnd.start - counts[k]!.end <= units.partOfWholeReach; k--) {
    const whole = counts[k]!;
    // Across a sentence's end only when the part opens the next one ("137 orang ... . Sebanyak 46 di antaranya").
    if (!opensAfterSentenceEnd(scan.text.slice(whole.end, numberEnd.start))) return null;
    if (!NOT_WHOLES.has(whole.unit)) return { unit: whole.unit, ruleId: null, token: next, end: numberEnd.end };
  }
  return null;
}

const SENTENCE_END = /[.!?]["”’]?[ \t\n]+/gu;
/** No sentence ends in `gap`, or the last one ends at most one word before its end. */
function opensAfterSentenceEnd(gap: string): boolean {
  const ends = Array.from(gap.matchAll(SENTENCE_END));
  const last = ends.at(-1);
  return last === undefined || /^(?:\p{L}+[ \t]+)?$/u.test(gap.slice(last.index + last[0].length));
}

/** A number followed by what it counts: "39 penghargaan", "lima kategori", "15%", "2,5 persen". */
function nounCountAt(scan: Scan, i: number, previous: readonly CountMention[]): Attempt {
  const { number, end } = readNumberAt(scan, i);
  if (number === null || notAQuantity(scan, i, number)) return { mention: null, next: end + 1 };
  const unit = partOfWhole(scan, number.last, previous) ?? unitAfter(scan, number.last) ?? sharedUnitAhead(scan, number.last);
  const nameOrYear =
    unit !== null &&
    unit.ruleId === null &&
    (insideName(scan, number, unit.token) || (isYearLike(scan, number) && readsAsYear(scan, number, unit.token)));
  if (unit === null || nameOrYear) return { mention: null, next: number.last + 1 };
  const ruleId = unit.ruleId ?? (number.digits ? NOUN_RULE_IDS.digitsNoun : NOUN_RULE_IDS.wordsNoun);
  const span = { start: scan.tokens[i]?.start ?? unit.end, end: unit.end };
  return {
    mention: mention(scan, span, number.value, unit.unit, ruleId),
    next: tokenFrom(scan.tokens, number.last + 1, unit.end),
  };
}

/**
 * Whether a count can start at token `i`: digits, a number word or a unit
 * written before the number. Exactly the tokens where the two readers above
 * may find something; the others (most words, every mark) are passed over
 * without building an attempt.
 */
function mayStartCount({ text, tokens }: Scan, i: number): boolean {
  const token = tokens[i]!;
  if (token.kind === "digits") return true;
  return token.kind === "word" && (mayStartBeforeForm(text, token.start) || isNumberWord(token.text));
}

function extractCounts(context: ExtractContext): CountMention[] {
  const scan: Scan = { text: context.text, tokens: countTokens(context.text) };
  const blocked = overlapTest(blockedSpans(context));
  const counts: CountMention[] = [];
  for (let i = 0; i < scan.tokens.length; ) {
    if (!mayStartCount(scan, i)) {
      i += 1;
      continue;
    }
    const attempt = prefixedCountAt(scan, i) ?? nounCountAt(scan, i, counts);
    if (attempt.mention !== null && !blocked(attempt.mention)) counts.push(attempt.mention);
    i = attempt.next;
  }
  return counts;
}

export const countsExtractor: Extractor<CountMention> = {
  name: "counts",
  extract: extractCounts,
};
