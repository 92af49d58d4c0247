import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { RECORD_SCHEMA_FILE, renderRecordJsonSchema } from "../src/schema/record.ts";

test("docs/record.schema.json is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)", () => {
  expect(readFileSync(RECORD_SCHEMA_FILE, "utf8")).toBe(renderRecordJsonSchema());
});
