/**
 * `sqlite:PATH`: an embedded database file, nothing to set up. Written in
 * WAL mode, so readers can query it while a batch loads, and a killed load
 * leaves every committed batch intact.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { SqlEngine, WartaDatabase } from "./sql/engine.ts";
import { SinkOpenError } from "./types.ts";

/** Prepared statements kept for reuse: one per table and chunk size in a load, a few more for the rest. */
const STATEMENT_CACHE_SIZE = 100;

/**
 * The database as Kysely's SqliteDialect sees it, with its prepared
 * statements kept by SQL text: Kysely prepares every query anew, and
 * preparing costs about as much as running a many-row insert.
 */
function withStatementCache(database: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string): Database.Statement {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else statement = database.prepare(text);
      statements.set(text, statement); // most recently used last
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

export function sqliteEngine(path: string): SqlEngine {
  const target = `sqlite:${path}`;
  let database: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    database = new Database(path);
    database.pragma("journal_mode = WAL");
  } catch (err) {
    throw new SinkOpenError(`cannot open ${target}: ${(err as Error).message}`);
  }
  // Durable at each commit against a crash of the process; fsync only at checkpoints.
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  return {
    target,
    db: new Kysely<WartaDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
    valuesPerStatement: 2_000,
    columnTypes: { text: "text", integer: "integer", real: "real", boolean: "boolean" },
    bindBoolean: Number,
    beginMigration: ["begin immediate"],
  };
}
