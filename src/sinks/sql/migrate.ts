/**
 * Brings a database to the schema version this Warta writes: applies the
 * migrations it has not had yet, in one transaction that other loaders
 * wait for, and records each in `warta_schema`. A database whose version is
 * newer than this Warta knows is refused rather than written wrongly.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from "kysely";
import { WARTA_VERSION } from "../../version.ts";
import type { SqlEngine, WartaDatabase } from "./engine.ts";
import type { Migration, Operation } from "./migration.ts";
import { MIGRATIONS } from "./migrations/index.ts";
import type { ColumnSpec } from "./spec.ts";

/** The table that records which migrations a database has had. */
export const VERSION_TABLE = "warta_schema";

export class SchemaVersionError extends Error {}

export interface MigrationOutcome {
  from: number;
  to: number;
}

function defineColumn(column: ColumnSpec, references: string | undefined) {
  return (builder: ColumnDefinitionBuilder) => {
    let defined = column.nullable ? builder : builder.notNull();
    if (column.name === "id") defined = defined.primaryKey();
    if (references) defined = defined.references(`${references}.id`).onDelete("cascade");
    return defined;
  };
}

async function apply(engine: SqlEngine, db: Kysely<WartaDatabase>, operation: Operation): Promise<void> {
  switch (operation.op) {
    case "createTable": {
      const { name, columns, references } = operation.table;
      let table = db.schema.createTable(name);
      for (const column of columns) table = table.addColumn(column.name, engine.columnTypes[column.type], defineColumn(column, references[column.name]));
      await table.execute();
      return;
    }
    case "addColumn": {
      const { table, column, references } = operation;
      const define = defineColumn(column, references ?? undefined);
      await db.schema.alterTable(table).addColumn(column.name, engine.columnTypes[column.type], define).execute();
      return;
    }
    case "createIndex": {
      const { name, table, columns } = operation.index;
      await db.schema.createIndex(name).on(table).columns(columns).execute();
      return;
    }
  }
}

/** The schema version a database has (0 when Warta never wrote to it). */
async function currentVersion(db: Kysely<WartaDatabase>): Promise<number> {
  await db.schema
    .createTable(VERSION_TABLE)
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey().notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("warta", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const row = await db.selectFrom(VERSION_TABLE).select((eb) => eb.fn.max("version").as("version")).executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function migrate(engine: SqlEngine, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationOutcome> {
  const latest = migrations.at(-1)?.version ?? 0;
  return engine.db.connection().execute(async (db) => {
    for (const statement of engine.beginMigration) await sql.raw(statement).execute(db);
    try {
      const from = await currentVersion(db);
      if (from > latest) {
        throw new SchemaVersionError(
          `its schema version ${from} is newer than the ${latest} this Warta (${WARTA_VERSION}) knows: upgrade Warta to write to it`,
        );
      }
      for (const migration of migrations.filter((m) => m.version > from)) {
        for (const operation of migration.operations) await apply(engine, db, operation);
        const applied = { version: migration.version, name: migration.name, warta: WARTA_VERSION, applied_at: new Date().toISOString() };
        await db.insertInto(VERSION_TABLE).values(applied).execute();
      }
      await sql`commit`.execute(db);
      return { from, to: Math.max(from, latest) };
    } catch (err) {
      await sql`rollback`.execute(db);
      throw err;
    }
  });
}
