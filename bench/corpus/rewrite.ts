/**
 * One fixture article rewritten into a new one: officials' name words and
 * area names swapped for others of the same kind (consistently within the
 * article), every date moved by the same whole number of weeks (so a
 * weekday still fits its date), years by the same number of years, other
 * numbers redrawn with the same number of digits, number words redrawn.
 * One regex per template, compiled once; one pass per article.
 */
import type { Random } from "./random.ts";
import type { Template } from "./templates.ts";
import type { PlaceClass, Vocabulary } from "./vocabulary.ts";

export interface RewrittenArticle {
  content: string;
  title?: string;
  published?: string;
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const NUMBER_WORDS = ["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const DAY_MS = 86_400_000;
/** How far a copy's dates move: up to three years back, two forward. */
const WEEKS = { min: -156, max: 104 };

const month = MONTHS.join("|");
const numberWord = [...NUMBER_WORDS, ...NUMBER_WORDS.map(capitalize)].join("|");
// Digits glued to a separator, a digit or an entity mark belong to something else (times, codes, "&#8220;").
const NOT_AFTER = String.raw`(?<![\d.,#/])`;
const DATES_AND_NUMBERS = [
  String.raw`${NOT_AFTER}(?<slashDay>\d{1,2})/(?<slashMonth>\d{1,2})(?:/(?<slashYear>\d{4}))?(?![\d/])`,
  String.raw`${NOT_AFTER}(?<day>\d{1,2}) (?<dayMonth>${month})(?: (?<dayYear>\d{4}))?(?![\p{L}\d])`,
  String.raw`(?<!\p{L})(?<month>${month}) (?<monthYear>\d{4})(?!\d)`,
  String.raw`${NOT_AFTER}(?<year>19[5-9]\d|20[0-4]\d)(?!\d|[.,]\d)`,
  String.raw`${NOT_AFTER}(?<number>[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?<decimals>,\d+)?(?!\d|[.:]\d)`,
  String.raw`(?<![\p{L}\p{N}])(?<numberWord>${numberWord})(?![\p{L}\p{N}])`,
];
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
/** Script and style bodies, and tags: only their ISO dates move; the text between them is rewritten. */
const MARKUP = /(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)/i;

interface Groups {
  slashDay?: string;
  slashMonth?: string;
  slashYear?: string;
  day?: string;
  dayMonth?: string;
  dayYear?: string;
  month?: string;
  monthYear?: string;
  year?: string;
  number?: string;
  decimals?: string;
  numberWord?: string;
  literal?: string;
}

/** What stays fixed within one generated article. */
interface Variation {
  random: Random;
  shiftDays: number;
  shiftYears: number;
  anchorYear: number;
  swaps: Map<string, string>;
  taken: Set<string>;
}

export class TemplateRewriter {
  private readonly pattern: RegExp;
  /** The HTML page cut into text (even indices) and markup (odd indices), once. */
  private readonly htmlParts: string[] | null;
  private readonly anchorYear: number;
  private readonly classOf: ReadonlyMap<string, PlaceClass | "person">;

  constructor(
    private readonly template: Template,
    private readonly vocabulary: Vocabulary,
  ) {
    const classOf = new Map<string, PlaceClass | "person">();
    const whole = `${template.content}\n${template.title ?? ""}`;
    for (const [form, cls] of vocabulary.placeClass) if (whole.includes(form)) classOf.set(form, cls);
    for (const word of template.personWords) classOf.set(word, "person");
    this.classOf = classOf;
    // Longest first: the alternation takes the first that matches ("Bandung Barat" before "Bandung").
    const literals = [...classOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    const literal = literals.length > 0 ? [String.raw`(?<![\p{L}\p{N}])(?<literal>${literals.join("|")})(?![\p{L}\p{N}])`] : [];
    this.pattern = new RegExp([...DATES_AND_NUMBERS, ...literal].join("|"), "gu");
    this.htmlParts = template.format === "html" ? template.content.split(MARKUP) : null;
    this.anchorYear = Number(template.published?.slice(0, 4)) || mostFrequentYear(template.content);
  }

  rewrite(random: Random): RewrittenArticle {
    const shiftDays = 7 * random.int(WEEKS.min, WEEKS.max);
    const midYear = Date.UTC(this.anchorYear, 6, 1);
    const shiftYears = new Date(midYear + shiftDays * DAY_MS).getUTCFullYear() - this.anchorYear;
    const v: Variation = { random, shiftDays, shiftYears, anchorYear: this.anchorYear, swaps: new Map(), taken: new Set() };
    const text = (s: string) => s.replace(this.pattern, (...args) => this.replace(v, args[0] as string, args.at(-1) as Groups));
    const out: RewrittenArticle = {
      content: this.htmlParts ? this.htmlParts.map((part, i) => (i % 2 === 0 ? text(part) : shiftIsoDates(part, shiftDays))).join("") : text(this.template.content),
    };
    if (this.template.title !== undefined) out.title = text(this.template.title);
    if (this.template.published !== undefined) out.published = shiftIsoDates(this.template.published, shiftDays);
    return out;
  }

  private replace(v: Variation, whole: string, g: Groups): string {
    if (g.slashDay !== undefined) {
      const year = g.slashYear === undefined ? v.anchorYear : Number(g.slashYear);
      const moved = shiftDate(year, Number(g.slashMonth), Number(g.slashDay), v.shiftDays);
      if (moved === null) return whole;
      const dayMonth = `${pad(moved.getUTCDate(), g.slashDay)}/${pad(moved.getUTCMonth() + 1, g.slashMonth!)}`;
      return g.slashYear === undefined ? dayMonth : `${dayMonth}/${moved.getUTCFullYear()}`;
    }
    if (g.day !== undefined) {
      const year = g.dayYear === undefined ? v.anchorYear : Number(g.dayYear);
      const moved = shiftDate(year, MONTHS.indexOf(g.dayMonth!) + 1, Number(g.day), v.shiftDays);
      if (moved === null) return whole;
      const dayMonth = `${pad(moved.getUTCDate(), g.day)} ${MONTHS[moved.getUTCMonth()]}`;
      return g.dayYear === undefined ? dayMonth : `${dayMonth} ${moved.getUTCFullYear()}`;
    }
    if (g.month !== undefined) {
      const moved = shiftDate(Number(g.monthYear), MONTHS.indexOf(g.month) + 1, 15, v.shiftDays)!;
      return `${MONTHS[moved.getUTCMonth()]} ${moved.getUTCFullYear()}`;
    }
    if (g.year !== undefined) return String(Number(g.year) + v.shiftYears);
    if (g.number !== undefined) return redrawDigits(g.number, v.random) + (g.decimals === undefined ? "" : redrawDigits(g.decimals, v.random));
    if (g.numberWord !== undefined) {
      const word = v.random.pick(NUMBER_WORDS);
      return g.numberWord === capitalize(g.numberWord) ? capitalize(word) : word;
    }
    return this.swap(v, g.literal!);
  }

  /** The same replacement for a form throughout the article, and no two forms to the same one. */
  private swap(v: Variation, form: string): string {
    const known = v.swaps.get(form);
    if (known !== undefined) return known;
    const cls = this.classOf.get(form)!;
    const pool = cls === "person" ? this.vocabulary.personWords : this.vocabulary.placePool[cls];
    let choice = v.random.pick(pool);
    for (let tries = 0; v.taken.has(choice) && tries < 20; tries++) choice = v.random.pick(pool);
    v.taken.add(choice);
    v.swaps.set(form, choice);
    return choice;
  }
}

function shiftDate(year: number, month: number, day: number, shiftDays: number): Date | null {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null; // not a date: "31/2", "(24/7)" stays
  return new Date(at.getTime() + shiftDays * DAY_MS);
}

function shiftIsoDates(text: string, shiftDays: number): string {
  return text.replace(ISO_DATE, (whole, y: string, m: string, d: string) => {
    const moved = shiftDate(Number(y), Number(m), Number(d), shiftDays);
    return moved === null ? whole : moved.toISOString().slice(0, 10);
  });
}

/** Same shape, other digits: "1.250" -> "7.384", ",5" -> ",2"; a leading digit stays non-zero. */
function redrawDigits(number: string, random: Random): string {
  let out = "";
  for (let i = 0; i < number.length; i++) {
    const c = number[i]!;
    out += c < "0" || c > "9" ? c : String(i === 0 ? random.int(1, 9) : random.int(0, 9));
  }
  return out;
}

function pad(value: number, like: string): string {
  return String(value).padStart(like.length, "0");
}

function mostFrequentYear(text: string): number {
  const counts = new Map<string, number>();
  for (const [year] of text.matchAll(/(?<!\d)20[0-4]\d(?!\d)/g)) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best = "2024";
  for (const [year, n] of counts) if (n > (counts.get(best) ?? 0)) best = year;
  return Number(best);
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
