/**
 * A relational schema as plain data, in terms both engines share: what the
 * zod record schema derives (derive.ts) and what the migrations build
 * (migrations/), so the two can be compared. Every table's primary key is
 * its `id` column; every foreign key references a table's `id` and deletes
 * with it.
 */

/** Column types, mapped to each engine's own type by the engine (engine.ts). */
export type ColumnType = "text" | "integer" | "real" | "boolean";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  /** Column name -> referenced table. */
  references: Record<string, string>;
}

export interface IndexSpec {
  name: string;
  table: string;
  columns: string[];
}

export interface SchemaSpec {
  tables: TableSpec[];
  indexes: IndexSpec[];
}

/** Index names follow one rule, so a migration and the derivation name an index alike. */
export function indexSpec(table: string, columns: string[]): IndexSpec {
  return { name: `${table}_${columns.join("_")}_idx`, table, columns };
}

/** "name type" or "name type null", the way a migration writes a column. */
export function column(definition: string): ColumnSpec {
  const [name, type, nullable, ...rest] = definition.split(" ");
  if (!name || !isColumnType(type) || (nullable !== undefined && nullable !== "null") || rest.length > 0) {
    throw new Error(`bad column definition "${definition}": expected "name text|integer|real|boolean [null]"`);
  }
  return { name, type, nullable: nullable === "null" };
}

function isColumnType(type: string | undefined): type is ColumnType {
  return type === "text" || type === "integer" || type === "real" || type === "boolean";
}
