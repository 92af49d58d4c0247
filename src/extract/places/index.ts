/**
 * The places extractor: one left-to-right pass over the article's tokens.
 * At each token, in this order:
 *   1. a cue (rules/place-cues.json): a level cue ("Kota", "Kabupaten",
 *      "Pemkot", "Bupati", "Desa", "Kecamatan", "se-") reads the name after it
 *      at that level and then names joined to it ("Kecamatan Karanganyar dan
 *      Gajah"); a venue head reads a venue; an organization head ("Persebaya",
 *      "Polres") swallows the place word of its name;
 *   2. otherwise the longest gazetteer name (capitalized), disambiguated by
 *      disambiguate.ts.
 * Kecamatan and desa names are read only after their cue, so none of the
 * 83,000 village names is taken for a common word. A second step gives them
 * their code from the areas the article names.
 *
 * Mention spans: a cue that is part of the name ("Kota Semarang", "Desa
 * Sumberejo") is in the mention; an office or organization ("Pemkot
 * Semarang", "Wali Kota Semarang") is not: the mention is "Semarang".
 */
import type { ExtractContext, Extractor, PlaceMention } from "../../types.ts";
import { chooseBare, resolveAreaCode } from "./disambiguate.ts";
import { gazetteer as sharedGazetteer, type AreaEntry, type Cue, type Gazetteer, type NameEntry, type Place } from "./gazetteer.ts";
import { isNumberWord } from "../numbers.ts";
import { cueRules, type CueLevel } from "./rules.ts";
import { continues, gluedAfterMark, headBefore, locativeBefore, nameStep, scanOf, writtenInCaps, type Scan } from "./scan.ts";
import { isCapitalized, keyOf as tokenKey, keysOf } from "./tokens.ts";
import { venueEnd } from "./venues.ts";

type Level = NonNullable<CueLevel["level"]>;
type AreaLevel = Extract<Level, "kecamatan" | "desa" | "kelurahan">;

const AREA_LEVELS: ReadonlySet<Level> = new Set(["kecamatan", "desa", "kelurahan"]);
const AREA_PREFIX: Record<AreaLevel, string> = { kecamatan: "Kecamatan", desa: "Desa", kelurahan: "Kelurahan" };
const COORDINATORS = new Set(cueRules.coordinators);
const LIST_OPENERS = cueRules.listOpeners.map((opener) => keysOf(opener));
const LIST_OPENER_FIRSTS = new Set(LIST_OPENERS.map((words) => words[0]!));
/** Words of a relative clause between a counted cue and its list: "kelurahan yang terdampak adalah". */
const MAX_RELATIVE_WORDS = 3;
/** "keenam", "ketiga": the collective form of a number word ("the six"), counting the noun after it as a number does. */
const isCollectiveNumber = (word: string) => /^ke\p{Ll}/iu.test(word) && isNumberWord(word.slice(2));
/** The level a kecamatan written bare is read at: the kecamatan cue's, the name alone in the mention. */
const KECAMATAN_CUE = cueRules.levels.find((rule) => rule.level === "kecamatan");
const BARE_KECAMATAN = KECAMATAN_CUE === undefined ? null : { ...KECAMATAN_CUE, inMention: false };
const VILLAGE_CUE = cueRules.levels.find((rule) => rule.level === "desa");
const BARE_VILLAGE = VILLAGE_CUE === undefined ? null : { ...VILLAGE_CUE, inMention: false };
const NOT_PLACE_TAILS = new Set(cueRules.notPlaceTails.map((w) => w.toLowerCase()));
const COMPANY_TAILS = new Set(cueRules.companyTails.map((w) => w.toLowerCase()));
const ABROAD: ReadonlySet<string> = new Set(["negara", "kota-luar-negeri"]);
const RANKING_VERBS = new Set(cueRules.rankingVerbs.map((w) => w.toLowerCase()));
const COUNTRY_ACTOR_HEADS = new Set(cueRules.countryActorHeads.map((w) => w.toLowerCase()));
const COUNTRY_ACTOR_TAILS = new Set(cueRules.countryActorTails.map((w) => w.toLowerCase()));
/** A verb needs a few letters after its prefix: "me" + "larang", "ber" + "bagi". */
const MIN_VERB_LENGTH = 5;

/** Is a lower-case token a verb with one of `prefixes` ("melarang", "didukung")? */
function verbLike(text: string | undefined, prefixes: readonly string[]): boolean {
  return text !== undefined && text.length >= MIN_VERB_LENGTH && /^\p{Ll}/u.test(text) && prefixes.some((p) => text.startsWith(p));
}

/**
 * A country or foreign city acting as a state ("Israel telah ...", "Iran
 * memperkenalkan", "didukung Amerika Serikat", "warga Palestina"), not a
 * place; a locative right before it ("di Jepang") always makes it a place.
 */
function actsAsState(scan: Scan, first: number, last: number): boolean {
  if (locativeBefore(scan, first)) return false;
  const after = scan.tokens[last + 1];
  const before = scan.tokens[first - 1];
  return (
    headBefore(scan, first, COUNTRY_ACTOR_HEADS) ||
    (after !== undefined && (COUNTRY_ACTOR_TAILS.has(after.key) || verbLike(after.text, cueRules.actorVerbPrefixes))) ||
    verbLike(before?.text, [cueRules.passiveVerbPrefix])
  );
}

/** A mention of a kecamatan/desa waiting for its code. */
interface AreaMention {
  mention: PlaceMention;
  level: AreaLevel;
  candidates: AreaEntry[];
  /**
   * Written without its cue after a locative: a kecamatan ("di Wongsorejo") is kept only inside a kabupaten or
   * kota the article names, a village ("di Tlahab dan Grogol") only inside a kecamatan it names.
   */
  bare?: boolean;
}

interface Found {
  mention: PlaceMention;
  area?: AreaMention;
}

class PlacePass {
  readonly found: Found[] = [];

  constructor(
    private readonly scan: Scan,
    private readonly gaz: Gazetteer,
  ) {}

  run(): void {
    const { tokens } = this.scan;
    for (let i = 0; i < tokens.length; ) i = this.at(i) + 1;
  }

  /** Reads what starts at token i; returns the index of the last token used (i when nothing). */
  private at(i: number): number {
    if (!this.scan.usable[i]) return i;
    // Most tokens are lower-case words that start no cue: no name starts there either (names are capitalized).
    const token = this.scan.tokens[i]!;
    const startsCue = this.gaz.cues.hasFirst(token.key);
    if (!startsCue && !(token.word && isCapitalized(token))) return i;
    const cue = startsCue ? this.gaz.cues.match(this.scan.tokens, i, (k) => continues(this.scan, i, k)) : null;
    for (const value of cue?.values ?? []) {
      const last = this.afterCue(value, i, cue?.last ?? i);
      if (last !== null) return last;
    }
    // A capitalized word that starts no gazetteer name (a person's name, mostly) is passed over here,
    // unless a locative stands before it and it names a kecamatan ("di Wongsorejo"): checked once the article is read.
    const named = this.gaz.names.hasFirst(token.key) ? this.bare(i) : null;
    if (named !== null || !locativeBefore(this.scan, i)) return named ?? i;
    return this.bareArea("kecamatan", BARE_KECAMATAN, i, "place.bare-kecamatan") ?? this.bareArea("desa", BARE_VILLAGE, i, "place.bare-village") ?? i;
  }

  /** "di Koto Tangah dan Pauh", "di Tlahab dan Grogol": areas written bare after a locative, and the names joined to them. */
  private bareArea(level: AreaLevel, rule: CueLevel | null, i: number, ruleId: string): number | null {
    const before = this.found.length;
    const first = this.area(level, i, i, ruleId);
    if (first !== null && this.runsOn(first)) {
      this.found.length = before;
      return null;
    }
    const last = first === null || rule === null ? first : this.coordinated(rule, first);
    for (const { area } of this.found.slice(before)) if (area !== undefined) area.bare = true;
    return last;
  }

  private afterCue(cue: Cue, i: number, cueLast: number): number | null {
    const head = this.scan.tokens[i];
    if (cue.type === "venue") {
      // "Gunung Kidul", "Pulau Madura": a gazetteer name beats a head word reading.
      if (head === undefined || !isCapitalized(head) || this.nameAt(i, (e) => e.place.kind !== "venue") !== null) return null;
      const last = venueEnd(this.scan, i, cueLast);
      // "PT Baja Selat Sunda Tbk": a company's name, not a strait.
      const tail = last === null ? undefined : this.scan.tokens[last + 1];
      const company = last !== null && (COMPANY_TAILS.has(this.scan.tokens[last]!.key) || (tail !== undefined && COMPANY_TAILS.has(tail.key) && continues(this.scan, i, last + 1)));
      if (last !== null && !company) this.venue(i, last, cue.kind, cue.ruleId);
      return last;
    }
    if (cue.type === "not-place") {
      if (head === undefined || !isCapitalized(head)) return null;
      return this.nameAt(cueLast + 1, () => true)?.last ?? cueLast;
    }
    const before = this.scan.tokens[i - 1];
    const { rule } = cue;
    // "10 desa Bali", "tujuh kota besar": after a number a lower-case cue is the noun it counts; a list may follow
    // ("lima kecamatan, yakni Merdeka, Naman Teran, dan Tigapanah"), its names at the cue's level.
    if (head !== undefined && !isCapitalized(head) && before !== undefined && (/^\d/.test(before.text) || isNumberWord(before.text) || isCollectiveNumber(before.text))) {
      const listed = rule.level === null ? null : this.listAfter(cueLast + 1);
      const first = listed === null ? null : this.leveled(rule, listed, listed, "place.cue-list");
      return first === null ? null : this.coordinated(rule, first);
    }
    const last = this.leveled(rule, cueLast + 1, rule.inMention ? i : cueLast + 1, rule.id);
    return last === null || rule.level === null ? last : this.coordinated(rule, last);
  }

  /** "Kecamatan Karanganyar dan Gajah": names joined to a leveled name ending at `last` share its level; the list's last token. */
  private coordinated(rule: CueLevel, last: number): number {
    for (let k = this.afterCoordinators(last + 1); k > last + 1; k = this.afterCoordinators(last + 1)) {
      // Not across a cue ("Kota Padang") or into a bigger area's name ("Gajah, Demak").
      if (this.gaz.cues.match(this.scan.tokens, k, (j) => continues(this.scan, k, j)) !== null) break;
      // A longer name at another level wins: "Kecamatan Cimahi Utara dan Cimahi Tengah" (not Kota Cimahi).
      const other = rule.inMention ? this.nameAt(k, (e) => e.place.kind !== "venue" && e.place.kind !== rule.level) : null;
      if (other !== null && (this.levelLast(rule, k) ?? -1) <= other.last) break;
      const before = this.found.length;
      const next = this.leveled(rule, k, k, "place.cue-coordinated");
      if (next === null) break;
      // Only a whole name joins the list: not "Slamet" of "Kepala Desa Pagergunung, Slamet Riyadi", "Bima" of "Wali Kota Ambon, Bima Arya".
      if (this.runsOn(next)) {
        this.found.length = before;
        break;
      }
      last = next;
    }
    return last;
  }

  /** The token after a list opener at `k` (", yakni", ":", "yang terdampak adalah"), or null when none stands there. */
  private listAfter(k: number): number | null {
    const { tokens } = this.scan;
    let at = tokens[k]?.key === "," ? k + 1 : k;
    // "Keenam kelurahan yang terdampak adalah ...": a short relative clause before the opener.
    if (tokens[at]?.key === "yang") {
      let j = at + 1;
      while (j - at <= MAX_RELATIVE_WORDS && tokens[j] !== undefined && tokens[j]!.word && !isCapitalized(tokens[j]!) && !LIST_OPENER_FIRSTS.has(tokens[j]!.key)) j += 1;
      at = j;
    }
    const opener = LIST_OPENERS.find((words) => words.every((w, n) => tokens[at + n]?.key === w));
    return opener === undefined ? null : at + opener.length;
  }

  private afterCoordinators(k: number): number {
    let j = k;
    while (COORDINATORS.has(this.scan.tokens[j]?.key ?? "") && j - k < 2) j += 1;
    return j;
  }

  /** The name at `first` at the cue's level; the mention starts at `start` (the cue's first token, or the name). */
  private leveled(rule: CueLevel, first: number, start: number, ruleId: string): number | null {
    const { level } = rule;
    if (level !== null && AREA_LEVELS.has(level)) return this.area(level as AreaLevel, first, start, ruleId);
    const match = this.nameAt(first, (e) => e.place.kind !== "venue" && (level === null || e.place.kind === level), true);
    const entry = match?.values[0];
    if (match === null || entry === undefined) return null;
    this.emit(start, match.last, entry.place, ruleId);
    return match.last;
  }

  /** The last token of the name at `first` at the cue's level, without emitting it; null when there is none. */
  private levelLast(rule: CueLevel, first: number): number | null {
    const { level } = rule;
    if (level !== null && AREA_LEVELS.has(level)) return this.areaMatch(level as AreaLevel, first)?.last ?? null;
    return this.nameAt(first, (e) => e.place.kind !== "venue" && (level === null || e.place.kind === level), true)?.last ?? null;
  }

  private areaMatch(level: AreaLevel, first: number) {
    const wanted = (e: AreaEntry) => (level === "kecamatan" ? e.level === "kecamatan" : e.level !== "kecamatan");
    return this.gaz.areas?.match(this.scan.tokens, first, nameStep(this.scan, first), wanted) ?? null;
  }

  /**
   * A capitalized word right after token `last` that goes on with the name and starts no cue: the name is longer
   * than the area's ("dari Bumi Nyiur Melambai", "Kepala Desa Pagergunung, Slamet Riyadi").
   */
  private runsOn(last: number): boolean {
    const next = this.scan.tokens[last + 1];
    return next !== undefined && next.word && isCapitalized(next) && continues(this.scan, last, last + 1) && !this.gaz.cues.hasFirst(next.key);
  }

  private area(level: AreaLevel, first: number, start: number, ruleId: string): number | null {
    const match = this.areaMatch(level, first);
    const entry = match?.values[0];
    if (match === null || entry === undefined) return null;
    const place: Place = { name: `${AREA_PREFIX[level]} ${entry.name}`, kind: level, code: null, province: null };
    const mention = this.emit(start, match.last, place, ruleId);
    const found = this.found[this.found.length - 1];
    if (found !== undefined) found.area = { mention, level, candidates: match.values };
    return match.last;
  }

  /** A gazetteer name at token `first` (capitalized; abbreviations in capitals; risky words only after a cue or locative, or tied to a place). */
  private nameAt(first: number, keep: (e: NameEntry) => boolean, cued = false) {
    const ok = (e: NameEntry, last: number) =>
      keep(e) &&
      (!e.capsOnly || writtenInCaps(this.scan, first, last)) &&
      (cued || !e.needsContext || locativeBefore(this.scan, first) || this.tiedToPlace(first, e.place) || this.ranked(first, last));
    return this.gaz.names.match(this.scan.tokens, first, nameStep(this.scan, first), ok);
  }

  /** A risky name right after a ranking verb, alone: a team that ranks ("disusul Gianyar di peringkat ketiga"; not "diraih Bima Arya"). */
  private ranked(first: number, last: number): boolean {
    const before = this.scan.tokens[first - 1];
    return before !== undefined && RANKING_VERBS.has(before.key) && !this.runsOn(last);
  }

  /**
   * A name that is also a word or a person's name, tied to the place read just before it: the other end of a
   * route ("Ambon-Tual"), or the kabupaten of an address whose kecamatan or village lies in it ("Kecamatan
   * Bantimurung, Maros"; not "Wali Kota Ambon, Bima Arya").
   */
  private tiedToPlace(first: number, place: Place): boolean {
    const last = this.found.at(-1);
    const { tokens } = this.scan;
    const mark = tokens[first - 1];
    const before = tokens[first - 2];
    if (last === undefined || mark === undefined || before === undefined || last.mention.end !== before.end) return false;
    if (mark.text === "-") return gluedAfterMark(this.scan, first);
    const code = place.code;
    return mark.text === "," && code !== null && last.area !== undefined && last.area.candidates.some((c) => c.code.startsWith(`${code}.`));
  }

  private bare(i: number): number | null {
    const match = this.nameAt(i, () => true);
    if (match === null) return null;
    const tail = this.scan.tokens[match.last + 1];
    if (tail !== undefined && NOT_PLACE_TAILS.has(tail.key) && continues(this.scan, i, match.last + 1)) return match.last + 1;
    const chosen = chooseBare(match.values);
    if (chosen === null) return null;
    if (ABROAD.has(chosen.entry.place.kind) && actsAsState(this.scan, i, match.last)) return match.last;
    this.emit(i, match.last, chosen.entry.place, chosen.ruleId);
    return match.last;
  }

  private venue(first: number, last: number, kind: "venue" | "wilayah", ruleId: string): void {
    const { text, tokens } = this.scan;
    // An abbreviation inside the name ("Bandara Aji Pangeran Tumenggung (APT) Pranoto") stays in the mention, not the name.
    const name = text.slice(tokens[first]?.start, tokens[last]?.end).replace(/\([^()]*\)/g, "").replace(/[ \t]{2,}/g, " ");
    this.emit(first, last, { name, kind, code: null, province: null }, ruleId);
  }

  private emit(first: number, last: number, place: Place, ruleId: string): PlaceMention {
    const start = this.scan.tokens[first]?.start ?? 0;
    const end = this.scan.tokens[last]?.end ?? start;
    const mention: PlaceMention = { start, end, text: this.scan.text.slice(start, end), ruleId, ...place };
    this.found.push({ mention });
    return mention;
  }
}

/** Codes for kecamatan and desa mentions from the areas the article names (most specific first). */
function resolveAreas(found: Found[], gaz: Gazetteer): void {
  if (!found.some((f) => f.area !== undefined)) return;
  const codes = (kinds: string[]) => new Set(found.flatMap(({ mention: m }) => (kinds.includes(m.kind) && m.code !== null ? [m.code] : [])));
  for (const level of ["kecamatan", "desa"] as const) {
    const groups = [codes(["kecamatan"]), codes(["kabupaten", "kota"]), codes(["provinsi"])];
    for (const { area } of found) {
      if (area === undefined || (level === "kecamatan") !== (area.level === "kecamatan")) continue;
      const code = resolveAreaCode(area.candidates, level === "kecamatan" ? groups.slice(1) : groups);
      const entry = area.candidates.find((c) => c.code === code);
      if (code === null || entry === undefined) continue;
      area.mention.code = code;
      // A village is a desa or a kelurahan by its code, whatever the cue said ("enam desa dan satu kelurahan, yakni A, B").
      const own = area.level === "kecamatan" ? area.level : entry.level;
      area.mention.kind = own;
      area.mention.name = `${AREA_PREFIX[own]} ${entry.name}`;
      area.mention.province = gaz.provinces.get(code.slice(0, 2)) ?? null;
    }
  }
}

/** Place mentions in text order, with the given gazetteer (tests and timing pass one built without villages). */
export function extractPlaces(context: Pick<ExtractContext, "text" | "excluded">, gaz: Gazetteer = sharedGazetteer): PlaceMention[] {
  const pass = new PlacePass(scanOf(context), gaz);
  pass.run();
  resolveAreas(pass.found, gaz);
  if (!pass.found.some(({ area }) => area?.bare)) return pass.found.map((f) => f.mention);
  // An area written bare is kept only inside a kabupaten or kota the article names, a village only inside a named kecamatan.
  const named = (kinds: readonly string[]) => new Set(pass.found.flatMap(({ mention: m, area }) => (kinds.includes(m.kind) && m.code !== null && !area?.bare ? [m.code] : [])));
  const regencies = named(["kabupaten", "kota"]);
  const districts = named(["kecamatan"]);
  // A village name is common enough ("Dieng", "Soe" are also towns and regions) that its kabupaten is not narrow enough.
  const inside = ({ code, kind }: PlaceMention) => code !== null && (kind === "kecamatan" ? regencies.has(code.slice(0, 5)) : districts.has(code.slice(0, 8)));
  const kept = pass.found.filter(({ area, mention }) => !area?.bare || inside(mention));
  return kept.map((f) => f.mention);
}

export const placesExtractor: Extractor<PlaceMention> = {
  name: "places",
  extract: (context) => extractPlaces(context),
};

export type PlaceLevel = "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan";

/**
 * The canonical place a name stands for, e.g. ("Jateng", "provinsi") -> Jawa Tengah,
 * ("Semarang", "kota") -> Kota Semarang; without a level, as a bare name in a text.
 */
export function canonicalPlace(text: string, level?: PlaceLevel): Place | null {
  const key = `${level ?? ""}\u0000${text}`;
  const cached = canonicalCache.get(key);
  if (cached !== undefined) return cached;
  if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
  const place = lookUpCanonicalPlace(text, level);
  canonicalCache.set(key, place);
  return place;
}

/** Officials ask for the same few jurisdictions in every article; the answers depend only on the text. */
const CANONICAL_CACHE_SIZE = 50_000;
const canonicalCache = new Map<string, Place | null>();

const FIRST_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/u;

/**
 * Whether a place mention can start at the first word of `text`: only a cue or
 * a gazetteer name starts one. Officials ask about every word run after a
 * title, person names mostly; this answers them without a places pass.
 */
export function mayStartPlace(text: string): boolean {
  const first = FIRST_TOKEN.exec(text)?.[0];
  if (first === undefined) return false;
  const key = tokenKey(first);
  return sharedGazetteer.names.hasFirst(key) || sharedGazetteer.cues.hasFirst(key);
}

function lookUpCanonicalPlace(text: string, level?: PlaceLevel): Place | null {
  // Without a level the mention must start at the text's first word.
  if (level === undefined && !mayStartPlace(text)) return null;
  const cue = level === undefined ? "" : level === "desa" ? "Desa " : `${level[0]?.toUpperCase()}${level.slice(1)} `;
  const written = text.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const probe = cue !== "" && written.toLowerCase().startsWith(cue.toLowerCase()) ? written : cue + written;
  const mentions = extractPlaces({ text: probe, excluded: [] });
  // The mention must be the whole text (the added level cue aside): "Dinas Kesehatan Jateng" is not a place.
  const writtenStart = probe.length - written.length;
  const whole = mentions.find((m) => m.end === probe.length && (m.start === 0 || m.start === writtenStart));
  if (whole === undefined || (level !== undefined && whole.kind !== level && !(level === "desa" && whole.kind === "kelurahan"))) return null;
  return { name: whole.name, kind: whole.kind, code: whole.code, province: whole.province };
}
