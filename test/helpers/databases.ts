/**
 * Real databases for the sink tests, each test's own: a SQLite file in a
 * temporary folder, or a fresh schema in the local PostgreSQL server's
 * `test` database (WARTA_TEST_POSTGRES to point elsewhere), dropped at the
 * end, so test files running in parallel and repeated runs never meet.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { WartaRecord } from "../../src/schema/record.ts";
import { DERIVED } from "../../src/sinks/sql/derive.ts";
import { recordRows, type Row } from "../../src/sinks/sql/rows.ts";

export const TEST_POSTGRES = process.env.WARTA_TEST_POSTGRES ?? "postgres://root@127.0.0.1:5432/test";

export type Engine = "sqlite" | "postgres";
export const ENGINES: Engine[] = ["sqlite", "postgres"];

export interface TestDatabase {
  engine: Engine;
  /** The --sink spec that writes to it. */
  spec: string;
  /** Runs SQL with `?` placeholders and returns the rows. */
  query(text: string, params?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

let made = 0;

export async function testDatabase(engine: Engine): Promise<TestDatabase> {
  made += 1;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "warta-db-"));
    const path = join(dir, "warta.db");
    return {
      engine,
      spec: `sqlite:${path}`,
      async query(text, params = []) {
        const database = new Database(path);
        try {
          const statement = database.prepare(text);
          return statement.reader ? (statement.all(...params) as Row[]) : (statement.run(...params), []);
        } finally {
          database.close();
        }
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `warta_test_${process.pid}_${Date.now()}_${made}`;
  const client = new pg.Client({ connectionString: TEST_POSTGRES });
  await client.connect().catch((err: Error) => {
    throw new Error(`the database tests need PostgreSQL at ${TEST_POSTGRES} (${err.message}); \`bash .ci/postgres\` sets it up`);
  });
  return {
    engine,
    spec: `${TEST_POSTGRES}?schema=${schema}`,
    async query(text, params = []) {
      let n = 0;
      await client.query(`set search_path to ${schema}`);
      return (await client.query(text.replace(/\?/g, () => `$${++n}`), params)).rows;
    },
    async drop() {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** In the same order whatever the database's collation. */
const byId = (rows: Row[]) => rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));

/** What every table holds for these articles, each table's rows sorted by id. */
export async function storedRows(database: TestDatabase, articleIds: string[]): Promise<Map<string, Row[]>> {
  const stored = new Map<string, Row[]>();
  const marks = articleIds.map(() => "?").join(", ");
  for (const table of DERIVED.spec.tables.map((t) => t.name)) {
    const key = table === "articles" ? "id" : "article_id";
    stored.set(table, byId(await database.query(`select * from ${table} where ${key} in (${marks})`, articleIds)));
  }
  return stored;
}

/** The rows a complete load of these records leaves, as the engine returns them (SQLite booleans are 0/1). */
export function expectedRows(database: TestDatabase, records: WartaRecord[]): Map<string, Row[]> {
  const expected = new Map<string, Row[]>();
  for (const [table, rows] of recordRows(records)) {
    const booleans = DERIVED.spec.tables.find((t) => t.name === table)!.columns.filter((c) => c.type === "boolean");
    const asStored = rows.map((row) => {
      const copy = { ...row };
      if (database.engine === "sqlite") for (const c of booleans) copy[c.name] = Number(copy[c.name]);
      return copy;
    });
    expected.set(table, byId(asStored));
  }
  return expected;
}
