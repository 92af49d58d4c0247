/**
 * `npm run schema` writes what is generated from the zod record schema:
 * docs/record.schema.json (the JSON Schema of a record, for validators) and
 * docs/database.md (the tables the database sinks write). Tests keep both
 * checked-in files in step with src/schema/record.ts.
 */
import { writeFileSync } from "node:fs";
import { RECORD_SCHEMA_FILE, renderRecordJsonSchema } from "../schema/record.ts";
import { DATABASE_DOC_FILE, renderDatabaseDoc } from "../sinks/sql/document.ts";

for (const [file, text] of [
  [RECORD_SCHEMA_FILE, renderRecordJsonSchema()],
  [DATABASE_DOC_FILE, renderDatabaseDoc()],
] as const) {
  writeFileSync(file, text);
  process.stderr.write(`wrote ${file}\n`);
}
