import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { RECORD_SCHEMA_FILE, renderRecordJsonSchema } from "../src/schema/record.ts";
import { DATABASE_DOC_FILE, renderDatabaseDoc } from "../src/sinks/sql/document.ts";

test.each([
  ["docs/record.schema.json is the JSON Schema", RECORD_SCHEMA_FILE, renderRecordJsonSchema],
  ["docs/database.md lists the database tables", DATABASE_DOC_FILE, renderDatabaseDoc],
])("%s generated from the zod schema (run `npm run schema` after changing it)", (_what, file, render) => {
  expect(readFileSync(file, "utf8")).toBe(render());
});
