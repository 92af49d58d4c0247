/**
 * The record Warta writes for each article: the contract's fields
 * (../shared/CONTRACT.md) plus Warta's own. This zod schema is the single
 * definition: every record is validated against it before it is written, the
 * JSON Schema in docs/record.schema.json is generated from it
 * (`npm run schema`), and the database tables derive from it.
 */
import { z } from "zod";
import { projectPath } from "../paths.mjs";
import type { PlaceKind as PlaceKindType } from "../types.ts";

const offset = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");

/** Where in `text` something was found, and the rule that found it. */
export const Mention = z
  .object({
    start: offset.describe("UTF-16 offset into the record's text"),
    end: offset.describe("UTF-16 offset, exclusive"),
    text: z.string().describe("text.slice(start, end)"),
    ruleId: z.string().describe("id of the rule that produced this mention"),
  })
  .describe("one place in the text where an entity is mentioned");

export const Official = z.object({
  name: z.string().describe("longest full name seen, without honorifics or degrees"),
  title: z.string().describe("role written out in full, without jurisdiction ('Wali Kota')"),
  jurisdiction: z.string().nullable().describe("canonical place the role is for ('Kota Semarang'), or null"),
  honorifics: z.array(z.string()).describe("honorifics and degrees written with the name (H., Dr., S.Sos.)"),
  aliases: z.array(z.string()).describe("nicknames and other names used for the person"),
  mentions: z.array(Mention),
});

export const PlaceKind = z.enum(["provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan", "venue", "negara", "kota-luar-negeri", "wilayah"]) satisfies z.ZodType<PlaceKindType>;

export const Place = z.object({
  name: z.string().describe("canonical name: 'Kota Semarang', 'Jawa Tengah', a venue as written"),
  kind: PlaceKind,
  code: z.string().nullable().describe("Kemendagri administrative code, or null"),
  province: z.string().nullable().describe("province the place lies in, or null"),
  aliases: z.array(z.string()).describe("other written forms seen in the text"),
  mentions: z.array(Mention),
});

export const DateItem = Mention.extend({
  value: isoDate.describe("ISO 8601 at the precision the text gives"),
  precision: z.enum(["day", "month", "year"]),
  implied: z.array(z.enum(["year", "month", "day"])).describe("components Warta inferred rather than read"),
});

export const CountItem = Mention.extend({
  value: z.number().finite(),
  unit: z.string().min(1).describe("the counted noun, lower case, base form ('penghargaan', 'rupiah', 'persen')"),
});

export const AwardResult = z.object({
  recipient: z.string().describe("recipient in full ('Pemerintah Provinsi Jawa Timur', 'Kota Semarang', a person)"),
  category: z.string().nullable(),
  rank: z.number().int().positive().nullable().describe("1 for 'Peringkat I', 'terbaik', 'juara umum'; null for finalists"),
  mentions: z.array(Mention),
});

export const Award = z.object({
  name: z.string().describe("fullest short form as written ('BKN Award 2023')"),
  aliases: z.array(z.string()),
  year: z.number().int().nullable(),
  organizer: z.string().nullable(),
  theme: z.string().nullable(),
  event: z.string().nullable(),
  categories: z.array(z.string()),
  results: z.array(AwardResult),
  mentions: z.array(Mention),
});

export const Quote = Mention.extend({
  speaker: z.string().nullable().describe("name of the speaker (an official's name when resolved), or null"),
  direct: z.boolean().describe("true for a quotation in quote marks, false for reported speech"),
});

export const Source = z.object({
  uri: z.string().describe("input path as walked, or the JSONL line's id / WARC target URI"),
  line: z.number().int().positive().optional().describe("1-based line in a JSON Lines file"),
  file: z.string().optional().describe("file the article came from, when uri is not a path"),
  record: z.number().int().positive().optional().describe("1-based position of the record in a WARC archive"),
});

export const WartaRecord = z
  .object({
    id: z.string().describe("stable for the same input"),
    source: Source,
    title: z.string().nullable(),
    publisher: z.string().nullable().describe("from the dateline ('KOMPAS.com') or null"),
    published: z.string().nullable().describe("publication date (YYYY-MM-DD) as stated by the input, or null"),
    referenceDate: isoDate.nullable().describe("date that anchored relative dates: published, else --reference-date"),
    text: z.string().describe("cleaned article body; every span indexes into it"),
    officials: z.array(Official),
    places: z.array(Place),
    dates: z.array(DateItem),
    counts: z.array(CountItem),
    awards: z.array(Award),
    quotes: z.array(Quote),
    meta: z.object({
      warta: z.string().describe("Warta version that wrote the record"),
      format: z.enum(["txt", "html", "jsonl", "warc"]),
      removedBy: z.array(z.string()).describe("boilerplate rules that removed text from this article"),
      dateline: z.string().nullable().describe("dateline rule that matched, or null"),
      notes: z.array(z.string()),
    }),
  })
  .describe("One Indonesian news article as structured data (Warta)");

export type WartaRecord = z.infer<typeof WartaRecord>;
export type Place = z.infer<typeof Place>;
export type Official = z.infer<typeof Official>;

/** Where the generated JSON Schema is checked in. */
export const RECORD_SCHEMA_FILE = projectPath("docs", "record.schema.json");

/** The JSON Schema of a record, generated from the zod schema above, as the file's text. */
export function renderRecordJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(WartaRecord, { target: "draft-2020-12" }), null, 2) + "\n";
}
