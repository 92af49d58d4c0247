/**
 * One title read in context: its unit, the jurisdiction after it and the
 * person it names, either after it ("Gubernur Jawa Timur Khofifah Indar
 * Parawansa", "Bupati Jember, Gatot Suryono,") or before it as an appositive
 * ("Asep Saepudin, Kepala Desa Cibodas").
 *
 * The words after the title are split at commas. In the first part, a
 * honorific, a known place, a speaker's name or (for regional titles) the
 * length of the part tells where the jurisdiction ends and the name starts.
 */
import { canonicalPlace, type PlaceLevel } from "../places/index.ts";
import { barePlaceLength, placeLength } from "./jurisdiction.ts";
import type { Knowledge } from "./knowledge.ts";
import { type Item, readRun, wordsBefore } from "./names.ts";
import type { Level, TitleHit } from "./titles.ts";
import { titleAt, titleRules } from "./titles.ts";
import { isAcronym, isUnitHead, isUnitWord, organizationLength, readUnit } from "./unit.ts";

/** A name is at most this many words; a longer run is a headline or a list, not a name. */
const MAX_NAME_WORDS = 5;
const MAX_JURISDICTION_WORDS = 4;
/** A bare area before a name is read only when a name of this many words follows it. */
const MIN_NAME_AFTER_AREA = 2;
const LOCAL_LEVELS: ReadonlySet<string> = new Set(["kecamatan", "desa", "kelurahan"]);
const LOCAL_HEADS: ReadonlySet<string> = new Set(titleRules.localHeads);
const LOCATIVES = new Set(titleRules.places.locatives);

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

export interface Reading {
  hit: TitleHit;
  title: string;
  level: Level;
  jurisdiction: string | null;
  name: NameSpan | null;
  honorifics: string[];
  ruleId: string;
}

/** A comma-separated part of the run: its words, honorifics and degrees. */
interface Part {
  items: Item[];
}

/** Splits at commas; a part of degrees only ("S.H., M.Hum.") joins the part before it; a connector ends the run. */
function partsOf(items: readonly Item[]): Part[] {
  const parts: Part[] = [{ items: [] }];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    // Abbreviations and unit numbers are skipped: "Gubernur Sumatera Barat (Sumbar) Dr. H. Irwan", "Partai Persatuan
    // Pembangunan (PPP), Suryadharma Ali", "Dandim 0704/Banjarnegara Letkol Inf Hendra Saputra".
    if (item?.kind === "paren" || item?.kind === "number") continue;
    if (item === undefined || item.kind === "connector") break;
    const current = parts[parts.length - 1];
    if (item.kind === "comma") {
      if (items[k + 1]?.kind !== "degree") parts.push({ items: [] });
    } else current?.items.push(item);
  }
  return parts.filter((part, index) => index === 0 || part.items.length > 0);
}

/**
 * The name's span; none when it is too long, made only of unit words
 * ("Indonesia", "Pembangunan") or holds an office head ("Komite Olahraga
 * Nasional Indonesia Kaltim" after "Ketua Umum").
 */
const spanOf = (words: readonly Item[]): NameSpan | null => {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.length > MAX_NAME_WORDS) return null;
  if (words.every((w) => isUnitWord(w.text) || isAcronym(w.text)) || words.some((w) => isUnitHead(w.text))) return null;
  // An initial alone is no name ("RSUD dr. T.C. Hillers": the hospital's namesake, cut at its dots).
  if (words.every((w) => w.text.replace(/\.$/u, "").length <= 1)) return null;
  return { start: first.start, end: last.end, text: words.map((w) => w.text).join(" ") };
};

interface Split {
  jurisdiction: Item[];
  name: Item[];
  honorifics: string[];
}

/** A bare place is guessed before a name of this many words or more ("Bupati Kediri Hanindhito Himawan Pramana"). */
const GUESS_PLACE_FROM = 4;

/** Where the jurisdiction ends and the name begins in one part; only the first part after the title may hold a jurisdiction without a honorific. */
function split(part: Part, first: boolean, level: Level, knowledge: Knowledge): Split {
  const honorifics = part.items.filter((i) => i.kind !== "word").map((i) => i.text);
  const firstHonorific = part.items.findIndex((i) => i.kind === "honorific");
  const words = part.items.filter((i) => i.kind === "word");
  const texts = words.map((w) => w.text);
  let cut = 0;
  if (firstHonorific > 0) cut = part.items.slice(0, firstHonorific).filter((i) => i.kind === "word").length;
  else if (firstHonorific < 0 && first) {
    // The longer of a known place and the title's own area: "Camat Pitu Riawa Andi ..." is in Pitu Riawa, not "Pitu".
    cut =
      Math.max(placeLength(texts, 0, knowledge), areaLength(texts, level)) ||
      (level !== null && words.length >= GUESS_PLACE_FROM ? barePlaceLength(texts, 0) : 0);
  }
  return { jurisdiction: words.slice(0, cut), name: words.slice(cut), honorifics };
}

/** A kecamatan or village a district or village head's title names bare, before a name of two words or more: "Camat Jati Agus Triyanto". */
function areaLength(words: readonly string[], level: Level): number {
  if (level === null || !LOCAL_LEVELS.has(level)) return 0;
  for (let n = Math.min(2, words.length - MIN_NAME_AFTER_AREA); n > 0; n--) {
    if (canonicalPlace(words.slice(0, n).join(" "), level as PlaceLevel) !== null) return n;
  }
  return 0;
}

/** A part that is a place and nothing else ("Kota Padang" in "Camat Lubuk Kilangan, Kota Padang, Dedi Saputra"). */
function isPlace(part: Part | undefined, knowledge: Knowledge): boolean {
  return isWholePlace(part?.items.filter((i) => i.kind === "word").map((i) => i.text) ?? [], knowledge);
}

/** Words that are a place and nothing else. */
function isWholePlace(texts: readonly string[], knowledge: Knowledge): boolean {
  return texts.length > 0 && placeLength(texts, 0, knowledge) === texts.length;
}

const joined = (words: readonly Item[]) => (words.length === 0 ? null : words.map((w) => w.text).join(" "));

export function readOfficial(text: string, hit: TitleHit, knowledge: Knowledge): Reading | null {
  const { entry } = hit;
  const items = readRun(text, hit.end);
  const unit = entry.unit === "none" ? { text: "", next: 0 } : readUnit(items, 0, knowledge);
  if (entry.unit === "required" && unit.text === "") return null;
  if (entry.unitStarts !== undefined && !entry.unitStarts.includes(items[0]?.text ?? "")) return null;
  let k = unit.next;
  const texts = items.map((item) => item.text);
  // Organizations between unit and name are left out ("BPS", "Partai Golkar"); a province abbreviation is no organization.
  const organizationAt = (at: number) => (placeLength(texts, at, knowledge) > 0 ? 0 : organizationLength(items, at));
  for (let skip = organizationAt(k); skip > 0; skip = organizationAt(k)) {
    k += skip;
    if (items[k]?.text === "/" && items[k + 1]?.kind === "word") k += 2;
  }
  const parts = partsOf(items.slice(k));
  let [first, ...rest] = parts.map((part, index) => split(part, index === 0, entry.level, knowledge));
  // "Bupati Jember, Gatot Suryono," and "Camat Lubuk Kilangan, Kota Padang, Dedi Saputra,":
  // a short first part before a full name or a place is the jurisdiction.
  const second = rest[0];
  // Places between the jurisdiction and the name ("Kepala Desa Margamukti, Kecamatan Pangalengan, Kabupaten Bandung, Ujang"), all skipped.
  let placesNext = 0;
  while (isPlace(parts[1 + placesNext], knowledge) && parts.length > 2 + placesNext) placesNext += 1;
  const placeNext = placesNext > 0;
  const whole = first === undefined ? [] : [...first.jurisdiction, ...first.name];
  // A one-word name after it is enough with a degree ("Camat Malalak, Syafrizal, S.Sos.") or for a village or
  // district head, whose title is written with the area ("Lurah Lubuk Buaya, Yusnaldi").
  const local = LOCAL_LEVELS.has(entry.level ?? "") || LOCAL_HEADS.has(entry.id);
  const oneWordName = second?.name.length === 1 && (second.honorifics.length > 0 || local);
  if (first !== undefined && first.honorifics.length === 0 && whole.length <= MAX_JURISDICTION_WORDS && ((second?.name.length ?? 0) >= 2 || oneWordName || placeNext)) {
    first = { ...first, jurisdiction: whole, name: [] };
  }
  let chosen = first;
  if (first !== undefined && first.name.length === 0) {
    const next = rest[placesNext];
    if (next !== undefined) chosen = next;
  }
  const jurisdiction = first?.jurisdiction.slice(0, MAX_JURISDICTION_WORDS) ?? [];
  // "Rumah Jabatan Gubernur Sulsel, Makassar": a place where the name would be is where, not who.
  const placeOnly = chosen !== undefined && isWholePlace(chosen.name.map((w) => w.text), knowledge);
  let name = chosen === undefined || placeOnly ? null : spanOf(chosen.name);
  let ruleId = entry.id;
  // An appositive ("Asep Saepudin, Kepala Desa Cibodas,") for a title written capitalized with at most
  // one word after it, which is then the jurisdiction; never a place or another title.
  const lone = chosen === first && first !== undefined && first.name.length <= 1 && first.honorifics.length === 0;
  if (lone && /^\p{Lu}/u.test(text.charAt(hit.start))) {
    const before = wordsBefore(text, hit.start, MAX_NAME_WORDS, LOCATIVES);
    const appositive = before.some((w) => titleAt(text, w.start)) ? null : spanOf(before);
    if (appositive !== null && placeLength(appositive.text.split(" "), 0, knowledge) === 0) {
      if (name !== null) jurisdiction.push(...(first?.name ?? []));
      name = appositive;
      ruleId = `${entry.id}.appositive`;
    }
  }
  const title = [hit.acting, entry.title, unit.text].filter((p) => p !== null && p !== "").join(" ");
  return {
    hit,
    title,
    level: entry.level,
    jurisdiction: joined(jurisdiction),
    name,
    honorifics: chosen?.honorifics ?? [],
    ruleId: name === null ? entry.id : ruleId,
  };
}
