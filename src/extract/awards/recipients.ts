/**
 * Recipients: the places of a sentence that can have won something, in full
 * ("Pemprov Jatim" -> "Pemerintah Provinsi Jawa Timur", "Kota Semarang").
 * A place is not a recipient where it is part of something else: inside an
 * award name, after a locative ("di Jakarta", "se-Jatim"), the jurisdiction
 * of a title or an office ("Wali Kota Tegal", "Dinas Kesehatan Sumut", "Wabup
 * Malang Arif"), or the larger area in an address ("Desa Cibodas, Kecamatan
 * Lembang, Kabupaten Bandung Barat").
 */
import { alternation, anyCaseAlternation } from "../../rules/pattern.ts";
import { lastWord } from "../../text/lastWord.ts";
import type { PlaceMention, Span } from "../../types.ts";
import { rankRules } from "./rules.ts";
import { isCapitalized } from "./tokens.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

export interface Recipient extends Span {
  name: string;
  /** A person's description written before the name, inside the span ("lifter Kabupaten Siak, "): its places are the person's, not winners. */
  description?: Span;
}

const KINDS: Record<string, number> = { desa: 0, kelurahan: 0, kecamatan: 1, kota: 2, kabupaten: 2, provinsi: 3 };
const RECIPIENT_KINDS = new Set(["desa", "kelurahan", "kecamatan", "kota", "kabupaten", "provinsi"]);
/** Government and office heads a place may follow ("Pemprov Jatim", "TPID Jawa Tengah"), and its team ("Kontingen Kabupaten Banyumas"). */
const HEADS = new Set(["Pemprov", "Pemkot", "Pemkab", "Pemda", "Pemerintah", "Provinsi", "TPID", ...rankRules.teamHeads.map((w) => w[0]!.toUpperCase() + w.slice(1))]);
/** Words before a place that make it where something is or whom someone represents, not who won: also before a person's would-be name. */
export const LOCATIVES: ReadonlySet<string> = new Set(["di", "se", "dari", "ke", "asal", "wilayah", "tingkat", "dekat", "kawasan", "mewakili"]);

const wordBefore = (text: string, at: number) => lastWord(text, Math.max(0, at - 40), at);

/**
 * Whether the word before `at` starts its sentence: nothing but spaces
 * between the sentence start and it, or the dateline ("KERINCI - Warga Desa
 * X"), which the blocked spans cover.
 */
function opensSentence(text: string, sentence: Span, at: number, blocked: readonly Span[]): boolean {
  const lead = blocked.reduce((end, b) => (b.end <= at && b.end > end ? b.end : end), sentence.start);
  // Right after the dateline the place itself opens the sentence ("JAKARTA - Desa X ...": the word before is the city).
  // The dash after a dateline's publisher is the dateline's too ("DENPASAR, Radar Bali - Desa Jatiluwih ...").
  return /^[\s"“]*(?:[-–—][ \t]*)?(?:[\p{L}\p{N}]+[ \t]*)?$/u.test(text.slice(lead, at));
}

/**
 * Whether a place may win anything: an administrative area (a kecamatan too: its team wins a contest between
 * kecamatan, "Kafilah Kecamatan Pamekasan keluar sebagai juara umum MTQ"), not a venue or a region.
 */
export const mayReceive = (place: PlaceMention) => RECIPIENT_KINDS.has(place.kind);

/** "Pemerintah Kota Tangerang" read as the place "Tangerang": its area word, after a government head. */
const AREA_WORDS = new Set(["Kota", "Kabupaten"]);
function headedArea(text: string, at: number, before: string): boolean {
  if (!AREA_WORDS.has(before)) return false;
  const areaStart = text.lastIndexOf(before, at);
  const head = wordBefore(text, areaStart);
  return head !== undefined && HEADS.has(head);
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
// Without the i flag, under which \p{Lu} would match any letter: the opener in any case, the name capitalized.
const ADDRESS_BEFORE = new WordStartRegExp(`(?<![\\p{L}])${anyCaseAlternation(rankRules.addressOpeners)}[ \\t]+${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4},[ \\t]*$`, "u");
/**
 * "dari Maumere, Kabupaten Sikka": a place after an address's first place and its comma; not where the locative
 * opens a clause ("Dari Jatim, Kota Madiun menyabet ...", "Sementara itu, dari Jatim, Kota Madiun ...").
 */
function inAddress(text: string, sentence: Span, at: number): boolean {
  const from = Math.max(sentence.start, at - 60);
  const address = ADDRESS_BEFORE.exec(text.slice(from, at));
  if (address === null) return false;
  const lead = text.slice(sentence.start, from + address.index).trimEnd();
  return lead !== "" && !lead.endsWith(",");
}
/** A rank handed to the place after a locative: "Juara II jatuh ke Kelurahan X", "juara III ke Desa Y". */
const HANDED_OVER = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.rankToRecipient)}[ \\t]+$`, "iu");
/** Between a rank and the place it goes to: "juara III ke Desa Kompang". */
export const HAND_OVER_GAP = new RegExp(`^[ \\t]+${alternation(rankRules.rankHandOvers)}[ \\t]+$`, "iu");
function handedOver(text: string, at: number, ranks: readonly Span[]): boolean {
  return HANDED_OVER.test(text.slice(Math.max(0, at - 30), at)) || ranks.some((r) => r.end < at && at - r.end < 12 && HAND_OVER_GAP.test(text.slice(r.end, at)));
}

function isRecipient(text: string, sentence: Span, place: PlaceMention, previous: PlaceMention | undefined, blocked: readonly Span[], ranks: readonly Span[]): boolean {
  // "(Jateng)" after a name repeats it; "(Pemprov Kalsel)" likewise.
  if (!mayReceive(place) || /\([^()]{0,20}$/.test(text.slice(Math.max(0, place.start - 20), place.start))) return false;
  const before = wordBefore(text, place.start);
  if (before !== undefined && LOCATIVES.has(before.toLowerCase()) && !handedOver(text, place.start, ranks)) return false;
  // "dari Maumere, Kabupaten Sikka": the rest of an address after a locative is where, not who.
  if (inAddress(text, sentence, place.start)) return false;
  if (before !== undefined && isCapitalized(before) && !HEADS.has(before) && !headedArea(text, place.start, before) && !opensSentence(text, sentence, place.start, blocked)) return false;
  if (/^[ \t]+\p{Lu}/u.test(text.slice(place.end, place.end + 3))) return false;
  const chained = previous !== undefined && /^,[ \t]*$/.test(text.slice(previous.end, place.start));
  return !(chained && (KINDS[previous.kind] ?? 9) < (KINDS[place.kind] ?? 9));
}

const GOVERNMENT_BEFORE = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.governmentHeads)}[ \\t]+$`, "iu");
/**
 * The canonical name; a province's government ("Pemerintah Provinsi X") where the text names it ("Pemprov
 * Jatim"): a province written bare or after a team head ("Kafilah Jawa Timur") wins as the province.
 */
function fullName(text: string, place: PlaceMention): string {
  return place.kind === "provinsi" && GOVERNMENT_BEFORE.test(text.slice(Math.max(0, place.start - 30), place.start)) ? `Pemerintah Provinsi ${place.name}` : place.name;
}

/**
 * The recipients among `places` (the sentence's own), in text order, outside the `blocked` spans (those
 * overlapping the sentence); `ranks`, the sentence's ranks, may hand a place over across a locative.
 */
export function recipientsIn(text: string, sentence: Span, places: PlaceMention[], blocked: Span[], ranks: readonly Span[] = []): Recipient[] {
  const inside = places.filter((p) => !blocked.some((b) => b.start < p.end && p.start < b.end));
  return inside
    .filter((p, i) => isRecipient(text, sentence, p, inside[i - 1], blocked, ranks))
    .map((p) => ({ start: p.start, end: p.end, name: fullName(text, p) }));
}

// A trie of the verbs: at one position at most one of them is a whole word, so its order is the list's.
export const WIN_VERBS = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.winVerbs)}(?![\\p{L}])`, "iu");
/** Every win verb of a text, in order (a global twin of WIN_VERBS; each use runs its scan to the end). */
export const WIN_VERBS_ALL = new WordStartRegExp(WIN_VERBS.source, "giu");
