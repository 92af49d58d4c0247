/**
 * Writes a batch of records in one transaction, the same way for every
 * engine: each article's earlier children are deleted, the article row is
 * upserted by id and its children are inserted afresh, so loading a batch
 * again leaves one copy of each article. Inserts carry many rows each, the
 * same number each time so that the statement text repeats (SQLite reuses
 * the prepared statement, see sqlite.ts).
 */
import type { WartaRecord } from "../../schema/record.ts";
import { ARTICLES, DERIVED } from "./derive.ts";
import type { SqlEngine } from "./engine.ts";
import { recordRows, type Row } from "./rows.ts";

const COLUMNS = new Map(DERIVED.spec.tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
const BOOLEAN_COLUMNS = new Map(DERIVED.spec.tables.map((t) => [t.name, t.columns.filter((c) => c.type === "boolean").map((c) => c.name)]));
const ARTICLE_UPDATES = COLUMNS.get(ARTICLES)!.filter((c) => c !== "id");

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function bindBooleans(engine: SqlEngine, table: string, rows: Row[]): Row[] {
  const columns = BOOLEAN_COLUMNS.get(table)!;
  if (columns.length === 0) return rows;
  for (const row of rows) for (const column of columns) row[column] = engine.bindBoolean(row[column] as boolean);
  return rows;
}

export async function writeRecords(engine: SqlEngine, records: WartaRecord[]): Promise<void> {
  const rows = recordRows(records);
  const ids = records.map((r) => r.id);
  await engine.db.transaction().execute(async (trx) => {
    for (const table of [...DERIVED.childTables].reverse()) {
      for (const some of chunks(ids, engine.valuesPerStatement)) await trx.deleteFrom(table).where("article_id", "in", some).execute();
    }
    for (const [table, tableRows] of rows) {
      const perStatement = Math.floor(engine.valuesPerStatement / COLUMNS.get(table)!.length);
      for (const some of chunks(bindBooleans(engine, table, tableRows), perStatement)) {
        const insert = trx.insertInto(table).values(some);
        if (table !== ARTICLES) await insert.execute();
        else await insert.onConflict((conflict) => conflict.column("id").doUpdateSet((eb) => Object.fromEntries(ARTICLE_UPDATES.map((c) => [c, eb.ref(`excluded.${c}`)])))).execute();
      }
    }
  });
}
