/**
 * docs/database.md: the tables the record schema derives, each column with
 * its type and the record field it holds, so a downstream team can write
 * SQL from the JSON they know. Generated (`npm run schema`); a test keeps
 * the checked-in file in step.
 */
import { ARTICLES, DERIVED, type FieldColumn, type ListTable } from "./derive.ts";
import { projectPath } from "../../paths.mjs";

export const DATABASE_DOC_FILE = projectPath("docs", "database.md");

interface TableOrigin {
  /** Where its rows come from in a record: "officials[]", "awards[].results[]". */
  paths: string[];
  fields: FieldColumn[];
}

/** Each table's record paths and fields, and for mentions which entity kind lives in which table. */
function origins(): { tables: Map<string, TableOrigin>; entityTables: string[] } {
  const tables = new Map<string, TableOrigin>();
  const entityTables: string[] = [];
  const visit = (lists: ListTable[], owner: string, prefix: string) => {
    for (const list of lists) {
      const path = `${prefix}${list.path.join(".")}[]`;
      const origin = tables.get(list.table) ?? { paths: [], fields: list.fields };
      origin.paths.push(`\`${path}\``);
      tables.set(list.table, origin);
      if (list.entityKind !== null) entityTables.push(`${list.entityKind} (${owner})`);
      visit(list.lists, list.table, `${path}.`);
    }
  };
  visit(DERIVED.lists, ARTICLES, "");
  return { tables, entityTables };
}

export function renderDatabaseDoc(): string {
  const { tables, entityTables } = origins();
  const structural: Record<string, string> = {
    id: "primary key: the article id, then the JSON pointer of the element in the record (`w-…/awards/0/results/2`)",
    article_id: "the article (`articles.id`)",
    position: "index of the element in its array",
    entity_kind: `what the mention belongs to: ${entityTables.join(", ")}`,
    entity_id: "id of the row it belongs to, in the table that `entity_kind` names",
  };
  const lines = [
    "# The database schema",
    "",
    "Generated from `src/schema/record.ts` by `npm run schema` (see src/sinks/sql/derive.ts); a test fails when this file is stale.",
    "The same tables in SQLite and PostgreSQL (`real` is `double precision` there); the schema version is in `warta_schema`.",
    "Every foreign key deletes with the row it references. Columns are not null unless marked `null`.",
    "",
  ];
  for (const table of DERIVED.spec.tables) {
    const origin = table.name === ARTICLES ? null : tables.get(table.name)!;
    lines.push(`## ${table.name}`, "", origin ? `One row per element of ${origin.paths.join(", ")}.` : "One row per record.", "");
    lines.push("| column | type | holds |", "| --- | --- | --- |");
    for (const column of table.columns) {
      const field = (origin?.fields ?? DERIVED.articleFields).find((f) => f.column === column.name);
      const owner = column.name !== "article_id" ? table.references[column.name] : undefined;
      const holds =
        owner ? `the row it belongs to (\`${owner}.id\`)`
        : field ? (field.path.length > 0 ? `\`${field.path.join(".")}\`` : "the array element")
        : structural[column.name];
      lines.push(`| ${column.name} | ${column.type}${column.nullable ? " null" : ""} | ${holds} |`);
    }
    const indexes = DERIVED.spec.indexes.filter((i) => i.table === table.name).map((i) => i.columns.join(", "));
    if (indexes.length > 0) lines.push("", `Indexed: ${indexes.join("; ")}.`);
    lines.push("");
  }
  return lines.join("\n");
}

