/**
 * Award names found in the text, from rules/award-names.json: keyword
 * families ("<X> Award <YYYY>", "Anugerah <X>", "Penghargaan <X>"), named
 * prizes ("Adipura Kencana", "Swasti Saba Wistara") and the acronyms a name
 * introduced ("Kota Layak Anak (KLA)" -> later "KLA"). Each mention carries a
 * group key: mentions of one award share it ("Bangkom Jateng Award" and
 * "Bangkom Jateng Award 2023").
 */
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import { nameRules } from "./rules.ts";
import { abbreviationOf, acronymOf, isCapitalized, isYear, spacedOnly, type Word, words } from "./tokens.ts";
import { lastStartingBy } from "../../text/spans.ts";

export interface AwardMention {
  start: number;
  end: number;
  text: string;
  /** The name this mention gives: "BKN Award 2023" for "Badan Kepegawaian Negara (BKN) Award 2023". */
  name: string;
  /** Same key, same award: a named prize's id or the name without its year, lower case. */
  key: string;
  year: number | null;
  /** Whether the mention is a name the award may be called by (not a member form or a bare acronym). */
  naming: boolean;
  /** A grade written after a named prize ("Wistara"): a category. */
  level: string | null;
  ruleId: string;
}

const LEAD_STOPS = new Set(nameRules.leadStops);
const END_STOPS = new Set(nameRules.endStops);
const INNER_CONNECTORS = new Set(nameRules.innerConnectors);
/** "Tahun 2025" after a name is its year, as "2025" is ("Penghargaan K3 Tahun 2025"). */
const YEAR_WORDS = new Set(nameRules.yearWords.map((w) => w.toLowerCase()));
// Names are words joined by single spaces: one space before the year (and its year word).
const YEAR_SUFFIX = new RegExp(`(?: ${alternation(nameRules.yearWords)})? \\d{4}$`, "i");
const baseKey = (name: string) => name.replace(YEAR_SUFFIX, "").toLowerCase();

/** The year written right after word `i` ("2024", "Tahun 2024"), if any: its last word and its words as written. */
function yearAfter(text: string, ws: Word[], i: number): { end: number; text: string } | undefined {
  const spaced = (a: Word | undefined, b: Word | undefined): b is Word => a !== undefined && b !== undefined && spacedOnly(text, a.end, b.start);
  const [prev, next, then] = [ws[i], ws[i + 1], ws[i + 2]];
  if (spaced(prev, next) && isYear(next.text)) return { end: next.end, text: next.text };
  if (spaced(prev, next) && YEAR_WORDS.has(next.text.toLowerCase()) && spaced(next, then) && isYear(then.text)) return { end: then.end, text: `${next.text} ${then.text}` };
  return undefined;
}

function mention(text: string, start: number, end: number, name: string, ruleId: string, extra: Partial<AwardMention> = {}): AwardMention {
  const year = /(\d{4})$/.exec(name)?.[1];
  return { start, end, text: text.slice(start, end), name, key: baseKey(name), year: year === undefined ? null : Number(year), naming: true, level: null, ruleId, ...extra };
}

type Family = (typeof nameRules.families)[number];
/** Named acronyms found while reading names, for the bare-acronym pass. */
type Acronyms = Map<string, string>;

/** "Badan Kepegawaian Negara (BKN) Award 2023": capitalized words before the keyword, an acronym or year after. */
function readBefore(text: string, ws: Word[], i: number, family: Family, acronyms: Acronyms): AwardMention | null {
  let j = i;
  while (j > 0 && i - j < family.maxWords) {
    const w = ws[j - 1]!;
    const ok = (acronymOf(w.text) !== null || (isCapitalized(w.text) && !LEAD_STOPS.has(w.text))) && spacedOnly(text, w.end, ws[j]!.start);
    if (!ok) break;
    j -= 1;
  }
  if (j === i) return null;
  const lead = ws.slice(j, i);
  const inner = lead.findLastIndex((w) => acronymOf(w.text) !== null);
  // An acronym stands for the words before it: "X Y (XY) Jateng Award" is "XY Jateng Award".
  const kept = inner < 0 ? lead : [{ ...lead[inner]!, text: acronymOf(lead[inner]!.text)! }, ...lead.slice(inner + 1)];
  let end = i;
  const after = ws[i + 1];
  const acronym = after !== undefined && spacedOnly(text, ws[i]!.end, after.start) ? acronymOf(after.text) : null;
  if (acronym !== null) end = i + 1;
  const year = yearAfter(text, ws, end);
  const name = [...kept.map((w) => w.text), family.keyword, ...(year ? [year.text] : [])].join(" ");
  const found = mention(text, ws[j]!.start, (year ?? ws[end]!).end, name, family.id);
  if (acronym !== null) acronyms.set(acronym, found.key);
  return found;
}

/** Whether word `j + 1` may go on a name read forward: capitalized, not a stop, spaced from word `j`. */
function continuesName(text: string, ws: Word[], j: number): boolean {
  const w = ws[j + 1];
  return w !== undefined && isCapitalized(w.text) && !END_STOPS.has(w.text) && !LEAD_STOPS.has(w.text) && spacedOnly(text, ws[j]!.end, w.start);
}

/**
 * "Penghargaan Pembangunan Daerah (PPD) 2024": capitalized words after the
 * keyword, an acronym kept aside; a connector between two of them stays
 * ("Lomba Desa dan Kelurahan"). `named`: whether the keyword is part of the
 * name (a family's is; a contest context's, "juara umum", is not).
 */
function readAfter(text: string, ws: Word[], i: number, family: Omit<Family, "direction">, acronyms: Acronyms, named = true): AwardMention | null {
  let j = i;
  const kept: string[] = [];
  let acronym: string | null = null;
  while (j + 1 < ws.length && j - i < family.maxWords) {
    const w = ws[j + 1]!;
    if (!spacedOnly(text, ws[j]!.end, w.start)) break;
    const inner = acronymOf(w.text) ?? abbreviationOf(w.text, kept);
    if (inner !== null && acronym === null) acronym = inner;
    else if (INNER_CONNECTORS.has(w.text) && kept.length > 0 && continuesName(text, ws, j + 1)) kept.push(w.text);
    else if (!continuesName(text, ws, j)) break;
    else kept.push(w.text);
    j += 1;
  }
  if (kept.length === 0) return null;
  const year = yearAfter(text, ws, j);
  const start = named ? ws[i]!.start : ws[i + 1]!.start;
  const found = mention(text, start, (year ?? ws[j]!).end, [...(named ? [family.keyword] : []), ...kept, ...(year ? [year.text] : [])].join(" "), family.id);
  if (acronym !== null) acronyms.set(acronym, found.key);
  // "Penghargaan K3" after "Penghargaan Keselamatan dan Kesehatan Kerja (K3)": the same award, by its acronym.
  const shortFor = kept.length === 1 ? acronyms.get(kept[0]!) : undefined;
  return shortFor === undefined ? found : { ...found, key: shortFor };
}

type Prize = (typeof nameRules.namedPrizes)[number];
const PRIZE_OF = new Map(nameRules.namedPrizes.flatMap((p) => [...p.forms, ...p.memberForms].map((f) => [f, p] as const)));
const PRIZES = new RegExp(`(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(PRIZE_OF.keys())}(?![\\p{L}\\p{N}])`, "gu");
/** A prize's grade right after its name ("Swasti Saba Wistara"), compiled once per prize. */
const LEVEL_AFTER = new Map(
  nameRules.namedPrizes.map((p) => [p.id, p.levels.length ? new RegExp(`^[ \\t]+(${caseSensitiveAlternation(p.levels)})(?![\\p{L}\\p{N}])`, "u") : null] as const),
);

/** A named prize's edition: "Nasional XXXI", "XXXI". */
const EDITION = new RegExp(`^(?:[ \\t]+${caseSensitiveAlternation(nameRules.editionScopes)})?[ \\t]+[IVXL]{1,7}(?![\\p{L}\\p{N}])`, "u");
/** Its year, with a year word or without: "2023", "Tahun 2026". */
const PRIZE_YEAR = new RegExp(`^(?:[ \\t]+${alternation(nameRules.yearWords)})?[ \\t]+(?:19|20)\\d{2}(?!\\d)`, "iu");

/** "Kota Layak Anak (KLA) 2023", "Swasti Saba Wistara", "Satyalancana Karya Satya XX Tahun". */
function namedPrizes(text: string, acronyms: Acronyms): AwardMention[] {
  return Array.from(text.matchAll(PRIZES), (m) => {
    const prize = PRIZE_OF.get(m[0]) as Prize;
    const naming = prize.forms.includes(m[0]);
    let end = m.index + m[0].length;
    const rest = text.slice(end, end + 80);
    const acronym = /^[ \t]+(\([\p{L}\p{N}-]{2,15}\))/u.exec(rest);
    const inner = acronym === null ? null : acronymOf(acronym[1]!);
    if (acronym !== null && inner !== null) {
      acronyms.set(inner, prize.id);
      end += acronym[0].length;
    }
    const level = LEVEL_AFTER.get(prize.id)?.exec(text.slice(end, end + 40))?.[1] ?? null;
    if (level !== null) end = text.indexOf(level, end) + level.length;
    const edition = EDITION.exec(text.slice(end, end + 40));
    if (edition !== null) end += edition[0].length;
    const year = PRIZE_YEAR.exec(text.slice(end, end + 16));
    if (year !== null) end += year[0].length;
    const written = (part: RegExpExecArray | null) => (part === null ? "" : ` ${part[0].trim().replace(/[ \t]+/g, " ")}`);
    const name = naming ? `${m[0]}${written(edition)}${written(year)}` : text.slice(m.index, end);
    return { ...mention(text, m.index, end, name, prize.id, { naming, level }), key: prize.id };
  });
}

/** Later bare uses of an acronym a name introduced: "KLA", "IGA 2023". */
function acronymMentions(text: string, acronyms: Acronyms): AwardMention[] {
  if (acronyms.size === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}(])${caseSensitiveAlternation(acronyms.keys())}(?:[ \\t]+(?:19|20)\\d{2})?(?![\\p{L}\\p{N})])`, "gu");
  return Array.from(text.matchAll(pattern), (m) => {
    const key = acronyms.get(m[0].replace(/\s+\d{4}$/, "")) ?? "";
    return { ...mention(text, m.index, m.index + m[0].length, m[0], "award.acronym", { naming: false }), key };
  });
}

const PRIZE_ANYWHERE = new RegExp(PRIZES.source, "u");

const CONTEXTS = nameRules.contestContexts.map((c) => ({ ...c, keyword: c.phrase, words: c.phrase.split(" "), notFirst: new Set(c.notFirst) }));
const KEYWORDS = new Set(nameRules.families.map((f) => f.keyword));
const FAMILY_NEXT = new Map(nameRules.families.map((f) => [f, f.nextWords === undefined ? null : new Set(f.nextWords)]));
const CONTEXT_ANYWHERE = new RegExp(alternation(nameRules.contestContexts.map((c) => c.phrase)), "iu");

/** Whether `text` writes a family keyword, a contest context or a prize at all: without one there is no award name (acronyms come from names). */
function mayNameAward(text: string): boolean {
  return nameRules.families.some((family) => text.includes(family.keyword)) || CONTEXT_ANYWHERE.test(text) || PRIZE_ANYWHERE.test(text);
}

/** "juara umum Gelar Seni Budaya Daerah (GSBD) Jawa Tengah 2025": a contest named after a context phrase, unless a place. */
function contextNames(text: string, ws: Word[], acronyms: Acronyms): AwardMention[] {
  const found: AwardMention[] = [];
  for (const context of CONTEXTS) {
    const n = context.words.length;
    for (let i = n - 1; i + 1 < ws.length; i++) {
      // The phrase's last word first, by length: most words are not it, and lower-casing each would cost more.
      const last = ws[i]!.text;
      if (last.length !== context.words[n - 1]!.length || !context.words.every((w, k) => ws[i - n + 1 + k]!.text.toLowerCase() === w)) continue;
      if (context.notFirst.has(ws[i + 1]!.text)) continue;
      const m = readAfter(text, ws, i, context, acronyms, false);
      if (m !== null) found.push(m);
    }
  }
  return found;
}

/** Every award mention, earlier rules winning overlaps: named prizes, then families in file order, contest contexts, then acronyms. */
export function findAwardMentions(text: string): AwardMention[] {
  if (!mayNameAward(text)) return [];
  const acronyms: Acronyms = new Map();
  const ws = words(text);
  const found: AwardMention[] = namedPrizes(text, acronyms);
  // Where each keyword stands, in one pass over the words rather than one per family.
  const keywordAt = new Map<string, number[]>();
  ws.forEach((w, i) => {
    if (!KEYWORDS.has(w.text)) return;
    const at = keywordAt.get(w.text);
    if (at === undefined) keywordAt.set(w.text, [i]);
    else at.push(i);
  });
  for (const family of nameRules.families) {
    const read = family.direction === "before" ? readBefore : readAfter;
    const next = FAMILY_NEXT.get(family) ?? null;
    for (const i of keywordAt.get(family.keyword) ?? []) {
      const m = next === null || next.has(ws[i + 1]?.text ?? "") ? read(text, ws, i, family, acronyms) : null;
      if (m !== null) found.push(m);
    }
  }
  found.push(...contextNames(text, ws, acronyms));
  found.push(...acronymMentions(text, acronyms));
  return firstWithoutOverlap(found);
}

/**
 * The mentions, in order of preference, each kept unless it overlaps one
 * kept before; sorted by start. The kept ones are disjoint and held sorted,
 * so the only one a new mention can overlap is the last that starts before
 * it ends: one bisection per mention, not a scan of all kept (quadratic in
 * a long article).
 */
function firstWithoutOverlap(found: AwardMention[]): AwardMention[] {
  const kept: AwardMention[] = [];
  for (const m of found) {
    const before = lastStartingBy(kept, m.end - 1);
    if (before >= 0 && kept[before]!.end > m.start) continue;
    kept.splice(before + 1, 0, m);
  }
  return kept;
}

const FORMER = new RegExp(`${alternation(nameRules.formerNameCues)}[ \\t]*$`, "iu");

/** Whether the words just before `m` (in its sentence) name it as a former name: "Sebelumnya, ajang ini bernama X". */
export function isFormerName(text: string, sentenceStart: number, m: AwardMention): boolean {
  return FORMER.test(text.slice(Math.max(sentenceStart, m.start - 60), m.start));
}
