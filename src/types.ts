/**
 * The types that flow through the pipeline, stage by stage:
 * load -> RawArticle, clean -> CleanArticle, segment -> Segmentation,
 * extract -> *Mention[], resolve -> the record (see schema/record.ts).
 *
 * Offsets are UTF-16 code unit offsets into CleanArticle.text, end exclusive,
 * so `text.slice(start, end)` is the surface form.
 */

/** Where an article came from: the input path as walked, or a JSONL id / WARC target URI. */
export interface SourceRef {
  uri: string;
  /** 1-based line number inside a JSON Lines file. */
  line?: number;
  /** The file the article was read from, when `uri` is not a path (JSONL ids, WARC target URIs). */
  file?: string;
  /** 1-based position of the record inside a WARC archive. */
  record?: number;
}

/** One article as a loader produced it, before cleaning. */
export interface RawArticle {
  source: SourceRef;
  /** Explicit id from the input (JSONL `id`), if any. */
  inputId?: string;
  format: "txt" | "html" | "jsonl" | "warc";
  /** Body text: paragraphs separated by "\n". */
  body: string;
  title?: string;
  /** Publication date or date-time as found in the input (ISO-ish string). */
  published?: string;
  /** Canonical URL of the page, if the input states one. */
  url?: string;
  /** Things the loader wants the user to know (e.g. "decoded as windows-1252"). */
  notes: string[];
}

export interface Span {
  start: number;
  end: number;
}

/** The leading "KOMPAS.com -" / "SURYA.co.id, SURABAYA -" / "Jakarta (ANTARA) -" line head. */
export interface Dateline extends Span {
  publisher: string | null;
  /** Id of the dateline rule that matched. */
  ruleId: string;
  /** The city named in the dateline, with its span in the cleaned text. */
  city: (Span & { text: string }) | null;
}

export interface CleanArticle {
  /** Cleaned body: every span of the record indexes into it. */
  text: string;
  dateline: Dateline | null;
  /** Ids of the boilerplate rules that removed something, for the record's audit trail. */
  removedBy: string[];
  /** The page's publication time, from the furniture above the dateline ("Rabu, 06 Mei 2026 20:14 WIB"). */
  publicationLine: string | null;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
}

/** A calendar date at the precision the text gives. */
export type DatePrecision = "day" | "month" | "year";

/** What every extractor receives besides the text. */
export interface ExtractContext {
  text: string;
  segmentation: Segmentation;
  /** Publication date (or --reference-date), YYYY-MM-DD, when known. */
  referenceDate: string | null;
  /** Spans no extractor may use (the dateline's publisher part, for one). */
  excluded: Span[];
  /** The dateline's city ("SEMARANG -"): where the article was filed, a place but never a party to what it reports. */
  datelineCity?: Span | null;
}

/** Common to every mention: where it is and which rule produced it. */
export interface MentionBase extends Span {
  text: string;
  /** Id of the rule that produced the mention, e.g. "date.weekday-slash". */
  ruleId: string;
}

export interface DateMention extends MentionBase {
  /** ISO 8601 at the stated precision: YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: DatePrecision;
  /** Components the text did not state but Warta inferred (e.g. ["year"]). */
  implied: Array<"year" | "month" | "day">;
}

export interface CountMention extends MentionBase {
  value: number;
  /** The counted noun, lower case, base form ("penghargaan", "rupiah", "persen"). */
  unit: string;
}

/** An extractor is a pure function of (text, context) -> mentions. */
export interface Extractor<M extends MentionBase> {
  readonly name: string;
  extract(context: ExtractContext): M[];
}

/** Administrative level or kind of a place (the record's `kind`). */
export type PlaceKind = "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan" | "venue" | "negara" | "kota-luar-negeri" | "wilayah";

/** A place mention, already tied to its canonical entry when the gazetteer knows it. */
export interface PlaceMention extends MentionBase {
  /** Canonical name: "Kota Semarang", "Jawa Tengah", "Gedung Negara Grahadi" (venues as written). */
  name: string;
  kind: PlaceKind;
  /** Kemendagri code ("33.74") or ISO country code; null for venues. */
  code: string | null;
  /** Province the place lies in (canonical name), or null. */
  province: string | null;
}

/** A person named with an official role in one place of the text. */
export interface OfficialMention extends MentionBase {
  /** The name without honorifics or degrees ("Hevearita Gunaryanti Rahayu", or "Khofifah" for "Gubernur Khofifah"). */
  name: string;
  /** The role in full, without jurisdiction ("Wali Kota", "Penjabat Gubernur", "Kepala Dinas Kesehatan"); null when only a nickname or name is mentioned. */
  title: string | null;
  /** The jurisdiction as written after the title ("Semarang", "Jateng", "Jawa Timur"), or null. */
  jurisdictionText: string | null;
  /** The administrative level the title implies: Gubernur -> provinsi, Bupati -> kabupaten, Wali Kota -> kota. */
  jurisdictionLevel: "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan" | null;
  honorifics: string[];
  /** Nicknames introduced here ("akrab disapa Mbak Ita"). */
  aliases: string[];
}
