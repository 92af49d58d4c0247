/**
 * A record as rows, table by table, following the derived schema
 * (derive.ts): the article's row, then one row per element of each of its
 * arrays, each carrying its article's id, its owner's id and its position.
 */
import type { WartaRecord } from "../../schema/record.ts";
import { ARTICLES, DERIVED, type FieldColumn, type ListTable } from "./derive.ts";

export type SqlValue = string | number | boolean | null;
export type Row = Record<string, SqlValue>;
/** Table name -> rows, in the order the tables must be written. */
export type TableRows = Map<string, Row[]>;

function valueAt(element: unknown, path: string[]): SqlValue {
  let value = element;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return (value ?? null) as SqlValue;
}

function fill(row: Row, element: unknown, fields: FieldColumn[]): Row {
  for (const field of fields) row[field.column] = valueAt(element, field.path);
  return row;
}

function addListRows(rows: TableRows, articleId: string, ownerId: string, owner: unknown, lists: ListTable[]): void {
  for (const list of lists) {
    const elements = valueAt(owner, list.path) as unknown as unknown[];
    const target = rows.get(list.table)!;
    elements.forEach((element, position) => {
      const id = `${ownerId}/${list.path.join("/")}/${position}`;
      const row: Row = { id, article_id: articleId };
      if (list.entityKind !== null) row.entity_kind = list.entityKind;
      if (list.ownerColumn !== null) row[list.ownerColumn] = ownerId;
      row.position = position;
      target.push(fill(row, element, list.fields));
      addListRows(rows, articleId, id, element, list.lists);
    });
  }
}

/** The rows of a batch of records, for every table (empty ones included). */
export function recordRows(records: WartaRecord[]): TableRows {
  const rows: TableRows = new Map([ARTICLES, ...DERIVED.childTables].map((table) => [table, []]));
  for (const record of records) {
    rows.get(ARTICLES)!.push(fill({}, record, DERIVED.articleFields));
    addListRows(rows, record.id, record.id, record, DERIVED.lists);
  }
  return rows;
}
