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

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER, which better-sqlite3 keeps. */
const MAX_PARAMETERS = 32_766;

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
    db: new Kysely<WartaDatabase>({ dialect: new SqliteDialect({ database }) }),
    maxParameters: MAX_PARAMETERS,
    columnTypes: { text: "text", integer: "integer", real: "real", boolean: "boolean" },
    bindBoolean: Number,
    beginMigration: ["begin immediate"],
  };
}
