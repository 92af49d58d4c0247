/**
 * The README's "Query the results" section shows real SQL and its real
 * output: each query runs on the seed articles loaded into SQLite and into
 * PostgreSQL and must give the table printed under it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openSinks, parseSinkSpec } from "../../src/sinks/open.ts";
import { serialize } from "../../src/sinks/types.ts";
import { ENGINES, testDatabase, type TestDatabase } from "../helpers/databases.ts";
import { extractFolder, SHARED_DIR } from "../helpers/fixtures.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = README.split("\n## Query the results\n")[1]!.split("\n## ")[0]!;

const cells = (line: string) => line.split("|").slice(1, -1).map((c) => c.trim());
/** Each ```sql block and the markdown table after it: header, then rows. */
const examples = [...section.matchAll(/```sql\n([\s\S]*?)```\n\n((?:\|.*\n)+)/g)].map(([, query, table]) => {
  const [header, , ...rows] = table!.trim().split("\n");
  return { query: query!, header: cells(header!), rows: rows.map(cells) };
});

test("the section has three queries, each with its output", () => {
  expect(examples.length).toBe(3);
  for (const example of examples) expect(example.rows.length).toBeGreaterThan(0);
});

describe.each(ENGINES)("on %s", (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase(engine);
    const { records } = await extractFolder(join(SHARED_DIR, "seed-fixtures"));
    const sink = await openSinks([parseSinkSpec(database.spec)], { batchSize: 10, onError: (e) => expect.fail(e.message) });
    for (const record of records) await sink.write(serialize(record));
    await sink.close();
  });
  afterAll(async () => database.drop());

  test.each(examples.map((e, i) => [i + 1, e] as const))("query %i gives the README's table", async (_n, example) => {
    const rows = await database.query(example.query);
    expect(Object.keys(rows[0]!)).toEqual(example.header);
    // a markdown cell shows no leading or trailing blanks
    expect(rows.map((row) => Object.values(row).map((v) => (v === null ? "" : String(v).trim())))).toEqual(example.rows);
  });
});
