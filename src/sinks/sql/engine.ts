/**
 * What differs between the database engines, and only that: the load and
 * migration code (load.ts, migrate.ts) is written once against this.
 */
import type { ColumnDataType, Kysely } from "kysely";
import type { Row } from "./rows.ts";
import type { ColumnType } from "./spec.ts";

/** Table name -> row; the tables are derived at run time, so rows are typed by value, not by column. */
export type WartaDatabase = Record<string, Row>;

export interface SqlEngine {
  /** For messages and the summary line: "sqlite:out.db", "postgres://warta@db:5432/news". */
  readonly target: string;
  readonly db: Kysely<WartaDatabase>;
  /**
   * Values bound per insert statement: the rows of a table go in statements
   * of this many values, far below the engines' limits (SQLite 32,766,
   * PostgreSQL 65,535) and measured fastest (bench/sinks.ts).
   */
  readonly valuesPerStatement: number;
  /** The engine's type for each column type of the spec. */
  readonly columnTypes: Readonly<Record<ColumnType, ColumnDataType>>;
  /** A boolean as the driver binds it (better-sqlite3 binds numbers, not booleans). */
  bindBoolean(value: boolean): boolean | number;
  /**
   * Statements that open the transaction migrations run in: other Warta
   * processes wait for it to end, and whatever must exist before tables
   * (a PostgreSQL schema) is made in it.
   */
  readonly beginMigration: readonly string[];
}
