/**
 * Reads Indonesian numbers as written in news text: digits with Indonesian
 * separators ("1.250" = 1250, "2,5" = 2.5), number words ("tiga ratus dua
 * puluh lima ribu") and digits with a scale word ("1,5 juta"). The
 * vocabulary is data (rules/numbers.json); this module is the small state
 * machine that combines it.
 */
import { z } from "zod";
import { described, loadRules } from "../rules/load.ts";

const NumberRules = z.object({
  ...described,
  digits: z.record(z.string(), z.number().int().min(0).max(9)),
  groups: z.record(z.string(), z.object({ value: z.number().int().positive(), teen: z.boolean().optional() })),
  scales: z.record(z.string(), z.number().int().positive()),
  onePrefix: z.string().min(1),
  fractions: z.record(z.string(), z.number().positive().lt(1)),
});

type NumberWord =
  | { kind: "digit"; value: number }
  /** Reads like a digit ("setengah juta"), or adds to the digit before it ("dua setengah jam" is 2.5). */
  | { kind: "fraction"; value: number }
  /** Inside a thousand: "puluh" and "ratus" multiply the digit before, "belas" adds ten to it. */
  | { kind: "group"; value: number; teen: boolean; one: boolean }
  | { kind: "scale"; exponent: number; one: boolean };

/** Every number word, the "se-" forms included ("seratus" = one "ratus"). */
function buildWordTable(rules: z.infer<typeof NumberRules>): ReadonlyMap<string, NumberWord> {
  const table = new Map<string, NumberWord>();
  for (const [word, value] of Object.entries(rules.digits)) table.set(word, { kind: "digit", value });
  // A fraction reads like a digit: "setengah juta" is half of a million.
  for (const [word, value] of Object.entries(rules.fractions)) table.set(word, { kind: "fraction", value });
  for (const [word, group] of Object.entries(rules.groups)) {
    for (const one of [false, true]) {
      table.set(one ? rules.onePrefix + word : word, { kind: "group", value: group.value, teen: group.teen === true, one });
    }
  }
  for (const [word, exponent] of Object.entries(rules.scales)) {
    for (const one of [false, true]) table.set(one ? rules.onePrefix + word : word, { kind: "scale", exponent, one });
  }
  return table;
}

const WORDS = buildWordTable(loadRules("numbers.json", NumberRules));

/** True for any word of the number vocabulary ("lima", "belas", "seribu"), in any case. */
export function isNumberWord(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}

/**
 * A number being read word by word: `total` holds the finished thousands
 * groups, `group` the value below the current scale, `digit` a digit word not
 * yet combined. `place` is the smallest place the group has filled (1000 when
 * empty) and `exponent` the last scale used; both only ever decrease, which
 * keeps "dua tiga" or "seribu seribu" from reading as one number and bounds
 * how many words one number can take.
 */
interface Reading {
  total: number;
  group: number;
  digit: number | null;
  place: number;
  exponent: number;
}

const START: Reading = { total: 0, group: 0, digit: null, place: 1000, exponent: Number.POSITIVE_INFINITY };

/** The reading after one more word, or null when the word cannot continue this number. */
function step(reading: Reading, word: NumberWord): Reading | null {
  switch (word.kind) {
    case "digit":
      return reading.digit === null && reading.place > 1 ? { ...reading, digit: word.value } : null;
    case "fraction":
      if (reading.digit === null) return reading.place > 1 ? { ...reading, digit: word.value } : null;
      return Number.isInteger(reading.digit) ? { ...reading, digit: reading.digit + word.value } : null;
    case "group": {
      const factor = word.one ? (reading.digit === null ? 1 : null) : reading.digit;
      if (factor === null || word.value >= reading.place) return null;
      const amount = word.teen ? factor + word.value : factor * word.value;
      return { ...reading, group: reading.group + amount, digit: null, place: word.teen ? 1 : word.value };
    }
    case "scale": {
      const factor = word.one ? (reading.group === 0 && reading.digit === null ? 1 : 0) : reading.group + (reading.digit ?? 0);
      if (factor === 0 || word.exponent >= reading.exponent) return null;
      return { total: reading.total + factor * 10 ** word.exponent, group: 0, digit: null, place: 1000, exponent: word.exponent };
    }
  }
}

function valueOf(reading: Reading): number {
  return reading.total + reading.group + (reading.digit ?? 0);
}

/**
 * "1.250" -> "1250", "2,5" -> "2.5", "1.250,75" -> "1250.75" (JavaScript
 * notation); null when the dots do not group thousands ("14.30", "1.2.3")
 * or there is more than one comma, so clock times and lists are not numbers.
 */
export function digitsToDecimal(written: string): string | null {
  const [whole = "", fraction, extra] = written.split(",");
  if (extra !== undefined || fraction === "") return null;
  const groups = whole.split(".");
  const groupedWell = groups.every((group, i) => /^[0-9]+$/.test(group) && (groups.length === 1 || (i === 0 ? group.length <= 3 : group.length === 3)));
  if (!groupedWell || (fraction !== undefined && !/^[0-9]+$/.test(fraction))) return null;
  return groups.join("") + (fraction === undefined ? "" : `.${fraction}`);
}

/** The value of written digits times an optional power of ten, exact for "1,101 triliun". */
function scaledDigits(decimal: string, exponent: number): number | null {
  const value = Number(`${decimal}e${exponent}`);
  return Number.isFinite(value) ? value : null;
}

export interface NumberReading {
  value: number;
  /** How many of the given words the number took. */
  words: number;
}

/**
 * Reads the longest number at the start of `words`: written digits
 * ("1.250", "2,5"), optionally followed by one scale word ("1,5 juta"), or a
 * run of number words. Words are taken lazily and reading stops at the first
 * word that cannot continue the number, so a caller may pass an open-ended
 * iterable. Null when the first word does not start a number.
 */
export function readNumber(words: Iterable<string>): NumberReading | null {
  const rest = words[Symbol.iterator]();
  const first = nextOf(rest);
  if (first === undefined) return null;
  return /^[0-9]/.test(first) ? readDigits(first, rest) : readWords(first, rest);
}

function nextOf(words: Iterator<string>): string | undefined {
  const next = words.next();
  return next.done === true ? undefined : next.value;
}

function readDigits(written: string, rest: Iterator<string>): NumberReading | null {
  const decimal = digitsToDecimal(written);
  if (decimal === null) return null;
  const scale = WORDS.get(nextOf(rest)?.toLowerCase() ?? "");
  const scaled = scale?.kind === "scale" && !scale.one;
  const value = scaledDigits(decimal, scaled ? scale.exponent : 0);
  return value === null ? null : { value, words: scaled ? 2 : 1 };
}

function readWords(first: string, rest: Iterator<string>): NumberReading | null {
  let reading = START;
  let words = 0;
  for (let word: string | undefined = first; word !== undefined; word = nextOf(rest)) {
    const known = WORDS.get(word.toLowerCase());
    const next = known === undefined ? null : step(reading, known);
    if (next === null) break;
    reading = next;
    words += 1;
  }
  return words === 0 ? null : { value: valueOf(reading), words };
}

/**
 * The value of a whole written number ("1.250", "2,5", "dua puluh tiga",
 * "1,5 juta"), or null when the text is not exactly one number.
 */
export function parseIndonesianNumber(text: string): number | null {
  const words = text.trim().split(/\s+/);
  const reading = readNumber(words);
  return reading !== null && reading.words === words.length ? reading.value : null;
}
