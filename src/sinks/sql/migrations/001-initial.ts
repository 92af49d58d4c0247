/** Warta 0.1.0: articles and everything a record holds. */
import { createIndexes, createTable, type Migration } from "../migration.ts";

/** Every table but articles: each holds its article's id. */
const CHILD_TABLES = [
  "officials", "official_honorifics", "official_aliases", "places", "place_aliases", "dates", "date_implied", "counts",
  "awards", "award_aliases", "award_categories", "award_results", "quotes", "article_meta_removed_by", "article_meta_notes", "mentions",
];

export const initial: Migration = {
  version: 1,
  name: "initial",
  operations: [
    createTable("articles", [
      "id text", "source_uri text", "source_line integer null", "source_file text null", "title text null", "publisher text null",
      "published text null", "reference_date text null", "text text", "meta_warta text", "meta_format text", "meta_dateline text null",
    ]),
    createTable("officials", ["id text", "article_id text", "position integer", "name text", "title text", "jurisdiction text null"], { article_id: "articles" }),
    createTable("official_honorifics", ["id text", "article_id text", "official_id text", "position integer", "value text"], { article_id: "articles", official_id: "officials" }),
    createTable("official_aliases", ["id text", "article_id text", "official_id text", "position integer", "value text"], { article_id: "articles", official_id: "officials" }),
    createTable("places", ["id text", "article_id text", "position integer", "name text", "kind text", "code text null", "province text null"], { article_id: "articles" }),
    createTable("place_aliases", ["id text", "article_id text", "place_id text", "position integer", "value text"], { article_id: "articles", place_id: "places" }),
    createTable("dates", [
      "id text", "article_id text", "position integer", "start integer", "end integer", "text text", "rule_id text", "value text", "precision text",
    ], { article_id: "articles" }),
    createTable("date_implied", ["id text", "article_id text", "date_id text", "position integer", "value text"], { article_id: "articles", date_id: "dates" }),
    createTable("counts", [
      "id text", "article_id text", "position integer", "start integer", "end integer", "text text", "rule_id text", "value real", "unit text",
    ], { article_id: "articles" }),
    createTable("awards", [
      "id text", "article_id text", "position integer", "name text", "year integer null", "organizer text null", "theme text null", "event text null",
    ], { article_id: "articles" }),
    createTable("award_aliases", ["id text", "article_id text", "award_id text", "position integer", "value text"], { article_id: "articles", award_id: "awards" }),
    createTable("award_categories", ["id text", "article_id text", "award_id text", "position integer", "value text"], { article_id: "articles", award_id: "awards" }),
    createTable("award_results", [
      "id text", "article_id text", "award_id text", "position integer", "recipient text", "category text null", "rank integer null",
    ], { article_id: "articles", award_id: "awards" }),
    createTable("quotes", [
      "id text", "article_id text", "position integer", "start integer", "end integer", "text text", "rule_id text", "speaker text null", "direct boolean",
    ], { article_id: "articles" }),
    createTable("article_meta_removed_by", ["id text", "article_id text", "position integer", "value text"], { article_id: "articles" }),
    createTable("article_meta_notes", ["id text", "article_id text", "position integer", "value text"], { article_id: "articles" }),
    createTable("mentions", [
      "id text", "article_id text", "entity_kind text", "entity_id text", "position integer", "start integer", "end integer", "text text", "rule_id text",
    ], { article_id: "articles" }),
    ...CHILD_TABLES.flatMap((table) => createIndexes(table, ["article_id"])),
    ...createIndexes("official_honorifics", ["official_id"]),
    ...createIndexes("official_aliases", ["official_id"]),
    ...createIndexes("place_aliases", ["place_id"]),
    ...createIndexes("date_implied", ["date_id"]),
    ...createIndexes("award_aliases", ["award_id"]),
    ...createIndexes("award_categories", ["award_id"]),
    ...createIndexes("award_results", ["award_id"]),
    ...createIndexes("mentions", ["entity_id"]),
    ...createIndexes("articles", ["published"]),
    ...createIndexes("officials", ["name"]),
    ...createIndexes("places", ["code", "name"]),
    ...createIndexes("awards", ["name", "year"]),
    ...createIndexes("award_results", ["recipient"]),
    ...createIndexes("quotes", ["speaker"]),
  ],
};
