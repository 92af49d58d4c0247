/**
 * `postgres://USER[:PASSWORD]@HOST:PORT/DB[?schema=NAME]`: a shared
 * PostgreSQL server. `schema` puts Warta's tables in a schema of their own
 * (made when missing), so several teams or test runs share one database.
 */
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { SqlEngine, WartaDatabase } from "./sql/engine.ts";
import { SinkOpenError } from "./types.ts";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** The URL without its password, for messages and the summary line. */
function redactedUrl(url: URL): string {
  const shown = new URL(url);
  if (shown.password) shown.password = "***";
  return shown.toString();
}

export function postgresEngine(url: URL): SqlEngine {
  const connection = new URL(url);
  const schema = connection.searchParams.get("schema");
  connection.searchParams.delete("schema");
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new SinkOpenError(`schema "${schema}" in ${redactedUrl(url)}: use lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({ connectionString: connection.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // An idle connection the server drops is replaced on the next query; if that fails, the batch reports it.
  pool.on("error", () => {});
  return {
    target: redactedUrl(url),
    db: new Kysely<WartaDatabase>({ dialect: new PostgresDialect({ pool }) }),
    valuesPerStatement: 8_000,
    columnTypes: { text: "text", integer: "integer", real: "double precision", boolean: "boolean" },
    bindBoolean: (value) => value,
    beginMigration: [
      "begin",
      // One migrating Warta per schema at a time; the others wait, then find nothing left to do.
      `select pg_advisory_xact_lock(hashtext('warta migrations ' || current_database() || '.${schema ?? ""}'))`,
      ...(schema ? [`create schema if not exists ${schema}`] : []),
    ],
  };
}
