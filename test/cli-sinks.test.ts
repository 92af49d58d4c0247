/**
 * `extract --sink`: several sinks at once, usage errors for specs that
 * cannot work, and a load killed midway (SIGKILL, no chance to clean up)
 * that leaves every committed article complete in SQLite and PostgreSQL.
 */
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { loadInputs } from "../src/load/index.ts";
import { processArticle } from "../src/pipeline.ts";
import type { WartaRecord } from "../src/schema/record.ts";
import { extract, readJsonl, startExtract } from "./helpers/cli.ts";
import { ENGINES, expectedRows, storedRows, testDatabase, type TestDatabase } from "./helpers/databases.ts";
import { extractFolder, FIXTURES_DIR } from "./helpers/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "warta-sinks-"));
let fixtures: WartaRecord[] = [];
let databases: TestDatabase[] = [];

beforeAll(async () => {
  fixtures = (await extractFolder(FIXTURES_DIR)).records;
});
/** A SQLite file and a PostgreSQL schema of the test's own. */
async function freshDatabases(): Promise<TestDatabase[]> {
  databases = await Promise.all(ENGINES.map(testDatabase));
  return databases;
}
afterEach(async () => {
  await Promise.all(databases.map((d) => d.drop()));
  databases = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const articleCount = async (database: TestDatabase) => Number((await database.query("select count(*) as n from articles"))[0]!.n);

test("-o and every --sink get all records; the summary names each sink", async () => {
  await freshDatabases();
  const out = join(dir, "o.jsonl");
  const copy = join(dir, "copy.jsonl");
  const run = extract([FIXTURES_DIR, "-o", out, "--sink", `jsonl:${copy}`, ...databases.flatMap((d) => ["--sink", d.spec]), "--errors", join(dir, "e.jsonl")]);
  expect(run.stderr).toContain(`-> jsonl:${out}, jsonl:${copy}, ${databases.map((d) => d.spec).join(", ")}`);
  expect(run.status).toBe(0);
  expect(readJsonl(out)).toEqual(readJsonl(copy));
  for (const database of databases) expect(await articleCount(database)).toBe(readJsonl(out).length);
});

test("a sink that cannot be opened is a usage error: exit 2 before any article is read", () => {
  const run = extract([FIXTURES_DIR, "--sink", "postgres://root@127.0.0.1:1/test", "--errors", join(dir, "e.jsonl")]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("warta extract: cannot open postgres://root@127.0.0.1:1/test: connect ECONNREFUSED");
});

/** Fixture texts under new ids, enough that extraction runs for seconds. */
function bigInput(size: number): string {
  const path = join(dir, "big.jsonl");
  const lines = Array.from({ length: size }, (_, i) => JSON.stringify({ id: `big-${i}`, text: fixtures[i % fixtures.length]!.text }));
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

async function recordsOf(input: string, ids: Set<string>): Promise<WartaRecord[]> {
  const records: WartaRecord[] = [];
  for await (const loaded of loadInputs([input])) {
    if (!loaded.ok || !ids.has(loaded.article.inputId!)) continue;
    const result = processArticle(loaded.article);
    if (result.ok) records.push(result.record);
  }
  return records;
}

test("a load killed midway leaves whole batches: every committed article has all its children", async () => {
  const size = 3000;
  const batchSize = 5;
  const input = bigInput(size);
  const [sqlite, postgres] = (await freshDatabases()) as [TestDatabase, TestDatabase];
  const child = startExtract([input, "--sink", sqlite.spec, "--sink", postgres.spec, "--batch-size", String(batchSize), "--errors", join(dir, "e.jsonl")]);
  const exited = once(child, "exit");
  const deadline = Date.now() + 60_000;
  // until a few batches are committed (the tables appear once the child has migrated the database)
  const committed = () => articleCount(postgres).catch(() => 0);
  while (child.exitCode === null && (await committed()) < 4 * batchSize && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  child.kill("SIGKILL");
  expect((await exited)[1]).toBe("SIGKILL");

  for (const database of databases) {
    const ids = (await database.query("select id from articles")).map((r) => String(r.id));
    expect(ids.length).toBeGreaterThanOrEqual(4 * batchSize);
    expect(ids.length).toBeLessThan(size);
    expect(ids.length % batchSize).toBe(0);
    const expected = await recordsOf(input, new Set(ids));
    expect(await storedRows(database, ids)).toEqual(expectedRows(database, expected));
  }
}, 90_000);

test("--resume with a JSON Lines file and a database: articles either one lacks are written again, none twice", async () => {
  const [database] = await Promise.all([testDatabase("sqlite")]);
  databases = [database!];
  const out = join(dir, "resume.jsonl");
  const first = extract([FIXTURES_DIR, "-o", out, "--errors", join(dir, "e.jsonl"), "--jobs", "1"]);
  expect(first.status).toBe(0);
  const all = readJsonl(out);
  // The file holds every record; the database was added later and holds none.
  const resumed = extract([FIXTURES_DIR, "-o", out, "--sink", database!.spec, "--errors", join(dir, "e.jsonl"), "--jobs", "1", "--resume"]);
  expect(resumed.status).toBe(0);
  expect(resumed.stderr).not.toContain("resumed");
  expect(readJsonl(out)).toEqual(all);
  expect(await articleCount(database!)).toBe(all.length);
  // Both hold everything now: a second resume has nothing left to do.
  const again = extract([FIXTURES_DIR, "-o", out, "--sink", database!.spec, "--errors", join(dir, "e.jsonl"), "--jobs", "1", "--resume"]);
  expect(again.stderr).toContain(`${all.length} already written (resumed)`);
  expect(readJsonl(out)).toEqual(all);
}, 120_000);
