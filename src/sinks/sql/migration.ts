/**
 * A migration is data: the schema changes of one Warta version, in terms
 * both engines share (spec.ts), numbered 1, 2, 3... A migration is never
 * edited once released; a change to the record schema adds the next one.
 * Folding every migration gives the schema a database at the latest version
 * has, which a test compares with what the zod schema derives.
 */
import { column, indexSpec, type ColumnSpec, type IndexSpec, type SchemaSpec, type TableSpec } from "./spec.ts";

export type Operation =
  | { op: "createTable"; table: TableSpec }
  | { op: "addColumn"; table: string; column: ColumnSpec; references: string | null }
  | { op: "createIndex"; index: IndexSpec };

export interface Migration {
  version: number;
  name: string;
  operations: Operation[];
}

/** `columns` as "name type [null]"; `references` maps a column to the table whose id it holds. */
export const createTable = (name: string, columns: string[], references: Record<string, string> = {}): Operation => ({
  op: "createTable",
  table: { name, columns: columns.map(column), references },
});

/** A new column of an existing table ("name type [null]"), optionally holding another table's id. */
export const addColumn = (table: string, definition: string, references: string | null = null): Operation => ({
  op: "addColumn",
  table,
  column: column(definition),
  references,
});

/** One single-column index per column named. */
export const createIndexes = (table: string, columns: string[]): Operation[] =>
  columns.map((name) => ({ op: "createIndex", index: indexSpec(table, [name]) }));

/** The schema a database has after these migrations. */
export function foldMigrations(migrations: readonly Migration[]): SchemaSpec {
  const schema: SchemaSpec = { tables: [], indexes: [] };
  for (const migration of migrations) {
    for (const operation of migration.operations) {
      if (operation.op === "createTable") schema.tables.push(structuredClone(operation.table));
      else if (operation.op === "createIndex") schema.indexes.push(operation.index);
      else {
        const table = schema.tables.find((t) => t.name === operation.table);
        if (!table) throw new Error(`migration ${migration.version} adds a column to unknown table ${operation.table}`);
        table.columns.push(operation.column);
        if (operation.references) table.references[operation.column.name] = operation.references;
      }
    }
  }
  return schema;
}
