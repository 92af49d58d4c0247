/**
 * The relational schema: what the migrations build must equal what the zod
 * record schema derives, so a record field added without a migration fails
 * here; and a record's rows carry every value it holds.
 */
import { expect, test } from "vitest";
import { DERIVED } from "../../src/sinks/sql/derive.ts";
import { foldMigrations } from "../../src/sinks/sql/migration.ts";
import { MIGRATIONS } from "../../src/sinks/sql/migrations/index.ts";
import { recordRows } from "../../src/sinks/sql/rows.ts";
import type { SchemaSpec } from "../../src/sinks/sql/spec.ts";
import { extractFolder, FIXTURES_DIR } from "../helpers/fixtures.ts";

/** Order-free: a column added by a later migration comes last in its table, in the zod schema anywhere. */
const comparable = (schema: SchemaSpec) => ({
  tables: schema.tables
    .map((t) => ({ ...t, columns: [...t.columns].sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => a.name.localeCompare(b.name)),
  indexes: [...schema.indexes].sort((a, b) => a.name.localeCompare(b.name)),
});

test("applying every migration gives the schema the zod record derives (a new record field needs a new migration)", () => {
  expect(comparable(foldMigrations(MIGRATIONS))).toEqual(comparable(DERIVED.spec));
});

test("migrations are numbered 1, 2, 3... in order", () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
});

test("arrays of objects are child tables, Mention arrays share the mentions table, string lists are value tables", () => {
  const table = (name: string) => DERIVED.spec.tables.find((t) => t.name === name);
  expect(table("award_results")?.references).toEqual({ article_id: "articles", award_id: "awards" });
  expect(table("award_results")?.columns.map((c) => c.name)).toEqual(["id", "article_id", "award_id", "position", "recipient", "category", "rank"]);
  expect(table("official_aliases")?.columns.map((c) => `${c.name} ${c.type}`)).toEqual(["id text", "article_id text", "official_id text", "position integer", "value text"]);
  expect(table("mentions")?.columns.map((c) => c.name)).toEqual(["id", "article_id", "entity_kind", "entity_id", "position", "start", "end", "text", "rule_id"]);
  expect(table("counts")?.columns.find((c) => c.name === "value")).toEqual({ name: "value", type: "real", nullable: false });
  expect(table("articles")?.columns.find((c) => c.name === "source_line")).toEqual({ name: "source_line", type: "integer", nullable: true });
});

test("a record's rows hold every value it has: one row per array element, ids are the elements' JSON pointers", async () => {
  const { records } = await extractFolder(FIXTURES_DIR);
  const rows = recordRows(records);
  const leaves = (value: unknown): number =>
    Array.isArray(value) ? value.reduce((n: number, v) => n + (typeof v === "object" ? leaves(v) : 1), 0)
    : value !== null && typeof value === "object" ? Object.values(value).reduce((n: number, v) => n + leaves(v), 0)
    : 1;
  // every leaf of a record is one cell: scalars in their columns, list items in `value`
  const structural = new Set(["id", "article_id", "position", "entity_kind", "entity_id", "official_id", "place_id", "date_id", "award_id"]);
  const cells = [...rows.values()].flat().reduce((n, row) => n + Object.keys(row).filter((k) => !structural.has(k)).length, 0);
  const optionalMissing = records.reduce(
    (n, r) => n + (r.source.line === undefined ? 1 : 0) + (r.source.file === undefined ? 1 : 0) + (r.source.record === undefined ? 1 : 0),
    0,
  );
  expect(cells).toBe(records.reduce((n, r) => n + leaves(r), 0) - records.length + optionalMissing);

  const bkn = records.find((r) => r.source.uri.endsWith("radarcianjur-bkn-award-jatim-2023.txt"))!;
  const result = rows.get("award_results")!.find((r) => r.article_id === bkn.id && r.category === "Pengembangan Kompetensi ASN");
  expect(result).toMatchObject({ id: `${bkn.id}/awards/0/results/1`, award_id: `${bkn.id}/awards/0`, rank: 1, recipient: "Pemerintah Provinsi Jawa Timur" });
  const mention = rows.get("mentions")!.find((m) => m.entity_id === result!.id);
  expect(mention).toMatchObject({ entity_kind: "award_result", text: bkn.awards[0]!.results[1]!.mentions[0]!.text });
});
