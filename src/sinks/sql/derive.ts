/**
 * The relational schema, derived from the zod record schema
 * (src/schema/record.ts) by walking its shape, so a field added there is a
 * column here without writing it twice:
 *
 *   scalar field            -> a column (nested objects flatten: source.uri -> source_uri)
 *   array of objects        -> a child table (officials, award_results), with
 *                              article_id, the owner's id and position
 *   array of Mention        -> rows of the shared `mentions` table, with
 *                              entity_kind and entity_id naming the owner
 *   array of strings/enums  -> a table of values (official_aliases)
 *
 * Every row's id is its article's id followed by the JSON pointer of its
 * element in the record ("w-d641.../awards/0/results/2"): stable, readable and
 * the same in every engine, so children are written without asking the
 * database for generated keys. What this derives must equal what the
 * migrations build (a test checks it).
 */
import { z } from "zod";
import { Mention, WartaRecord } from "../../schema/record.ts";
import { FILTER_INDEXES } from "./indexes.ts";
import { indexSpec, type ColumnSpec, type ColumnType, type IndexSpec, type SchemaSpec, type TableSpec } from "./spec.ts";

export const ARTICLES = "articles";
export const MENTIONS = "mentions";

/** A record field that becomes a column. */
export interface FieldColumn {
  column: string;
  /** Where the value is inside the element (empty for a list of values: the element itself). */
  path: string[];
}

/** A table filled from the elements of one array of the record. */
export interface ListTable {
  table: string;
  /** Where the array is inside its owner element. */
  path: string[];
  /** The column holding the owner's id: a foreign key, `entity_id` for mentions, null when the owner is the article. */
  ownerColumn: string | null;
  /** For mentions: the kind of entity that owns them ("official", "award_result"). */
  entityKind: string | null;
  fields: FieldColumn[];
  lists: ListTable[];
}

export interface DerivedSchema {
  spec: SchemaSpec;
  /** Record fields -> columns of `articles`. */
  articleFields: FieldColumn[];
  /** The record's arrays, each filling a table, and theirs in turn. */
  lists: ListTable[];
  /** Every table but `articles`, owners before what they own. */
  childTables: string[];
}

type Shape = Record<string, z.ZodType>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** Table names are plural English words ending in "s". */
const singular = (table: string) => table.replace(/s$/, "");

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return { inner: unwrap(schema.unwrap() as z.ZodType).inner, nullable: true };
  }
  return { inner: schema, nullable: false };
}

function columnType(schema: z.ZodType, where: string): ColumnType {
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return "text";
  if (schema instanceof z.ZodNumber) return schema.isInt ? "integer" : "real";
  if (schema instanceof z.ZodBoolean) return "boolean";
  throw new Error(`${where}: no column type for a zod ${schema.def.type}; extend src/sinks/sql/derive.ts`);
}

class Deriver {
  readonly tables: TableSpec[] = [];
  readonly indexes: IndexSpec[] = [];
  readonly mentions: TableSpec;
  readonly mentionFields: FieldColumn[] = [];

  constructor() {
    this.mentions = {
      name: MENTIONS,
      columns: [text("id"), text("article_id"), text("entity_kind"), text("entity_id"), { name: "position", type: "integer", nullable: false }],
      references: { article_id: ARTICLES },
    };
    this.walkFields(Mention.shape, [], "Mention", this.mentions, this.mentionFields, []);
  }

  /** Adds an object's scalar fields to `table` as columns, and its arrays to `lists` as tables of their own. */
  walkFields(shape: Shape, path: string[], owner: string, table: TableSpec, fields: FieldColumn[], lists: ListTable[]): void {
    for (const [key, field] of Object.entries(shape)) {
      const fieldPath = [...path, key];
      const name = fieldPath.map(snake).join("_");
      const { inner, nullable } = unwrap(field);
      if (inner instanceof z.ZodObject) {
        this.walkFields(inner.shape, fieldPath, owner, table, fields, lists);
      } else if (inner instanceof z.ZodArray) {
        lists.push(this.list(inner.element as z.ZodType, fieldPath, owner, name));
      } else {
        table.columns.push({ name, type: columnType(inner, `${owner}.${fieldPath.join(".")}`), nullable });
        fields.push({ column: name, path: fieldPath });
      }
    }
  }

  /** The table an array of the owner table's elements fills. */
  list(element: z.ZodType, path: string[], owner: string, name: string): ListTable {
    const ownerColumn = owner === ARTICLES ? null : `${singular(owner)}_id`;
    if (element === Mention) {
      return { table: MENTIONS, path, ownerColumn: "entity_id", entityKind: singular(owner), fields: this.mentionFields, lists: [] };
    }
    const tableName = owner === ARTICLES && element instanceof z.ZodObject ? name : `${singular(owner)}_${name}`;
    const table: TableSpec = {
      name: tableName,
      columns: [text("id"), text("article_id"), ...(ownerColumn ? [text(ownerColumn)] : []), { name: "position", type: "integer", nullable: false }],
      references: { article_id: ARTICLES, ...(ownerColumn ? { [ownerColumn]: owner } : {}) },
    };
    this.tables.push(table);
    const listTable: ListTable = { table: tableName, path, ownerColumn, entityKind: null, fields: [], lists: [] };
    if (element instanceof z.ZodObject) {
      this.walkFields(element.shape, [], tableName, table, listTable.fields, listTable.lists);
    } else {
      table.columns.push({ name: "value", type: columnType(element, `${tableName}.value`), nullable: false });
      listTable.fields.push({ column: "value", path: [] });
    }
    return listTable;
  }
}

const text = (name: string): ColumnSpec => ({ name, type: "text", nullable: false });

function derive(): DerivedSchema {
  const deriver = new Deriver();
  const articles: TableSpec = { name: ARTICLES, columns: [], references: {} };
  deriver.tables.push(articles);
  const articleFields: FieldColumn[] = [];
  const lists: ListTable[] = [];
  deriver.walkFields(WartaRecord.shape, [], ARTICLES, articles, articleFields, lists);
  const tables = [...deriver.tables, deriver.mentions];

  const indexes: IndexSpec[] = [];
  for (const table of tables) {
    for (const column of Object.keys(table.references)) indexes.push(indexSpec(table.name, [column]));
  }
  indexes.push(indexSpec(MENTIONS, ["entity_id"]));
  for (const [table, column] of FILTER_INDEXES) {
    if (!tables.some((t) => t.name === table && t.columns.some((c) => c.name === column))) {
      throw new Error(`src/sinks/sql/indexes.ts names ${table}.${column}, which the record schema does not derive`);
    }
    indexes.push(indexSpec(table, [column]));
  }
  return {
    spec: { tables, indexes },
    articleFields,
    lists,
    childTables: tables.filter((t) => t.name !== ARTICLES).map((t) => t.name),
  };
}

/** The schema of the current record, derived once. */
export const DERIVED: DerivedSchema = derive();
