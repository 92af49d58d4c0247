/**
 * `npm run schema` writes docs/record.schema.json, the JSON Schema of a
 * record generated from the zod schema, for database teams and validators.
 * A test keeps the checked-in file in step with src/schema/record.ts.
 */
import { writeFileSync } from "node:fs";
import { RECORD_SCHEMA_FILE, renderRecordJsonSchema } from "../schema/record.ts";

writeFileSync(RECORD_SCHEMA_FILE, renderRecordJsonSchema());
process.stderr.write(`wrote ${RECORD_SCHEMA_FILE.pathname}\n`);
