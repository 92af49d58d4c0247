/**
 * The SQLite and PostgreSQL sinks against real databases: the fixtures
 * loaded hold exactly the rows their records derive, joins answer the
 * questions downstream teams ask, a second load doubles nothing, a failed
 * batch writes every article but the bad one, and the schema version is
 * recorded, upgraded in place and never written past.
 */
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import type { ErrorEntry } from "../../src/load/result.ts";
import type { WartaRecord } from "../../src/schema/record.ts";
import { databaseEngine, openSinks, parseSinkSpec, type DatabaseSpec } from "../../src/sinks/open.ts";
import { DERIVED } from "../../src/sinks/sql/derive.ts";
import { migrate } from "../../src/sinks/sql/migrate.ts";
import { addColumn, createIndexes, type Migration } from "../../src/sinks/sql/migration.ts";
import { MIGRATIONS } from "../../src/sinks/sql/migrations/index.ts";
import { serialize, SinkOpenError, type RecordSink } from "../../src/sinks/types.ts";
import { WARTA_VERSION } from "../../src/version.ts";
import { ENGINES, expectedRows, storedRows, testDatabase, type TestDatabase } from "../helpers/databases.ts";
import { extractFolder, FIXTURES_DIR } from "../helpers/fixtures.ts";

/** The schema version this Warta writes. */
const LATEST = MIGRATIONS.at(-1)!.version;

let records: WartaRecord[] = [];
beforeAll(async () => {
  records = (await extractFolder(FIXTURES_DIR)).records;
});

describe.each(ENGINES)("%s sink", (engine) => {
  let database: TestDatabase;
  let errors: ErrorEntry[];
  afterEach(async () => database.drop());

  async function load(batch: WartaRecord[], batchSize = 4): Promise<void> {
    const sink: RecordSink = await openSinks([parseSinkSpec(database.spec)], { batchSize, onError: (e) => void errors.push(e) });
    for (const record of batch) await sink.write(serialize(record));
    await sink.close();
  }

  async function fresh(): Promise<void> {
    database = await testDatabase(engine);
    errors = [];
  }

  test("the fixtures load into exactly the rows their records derive, and loading them again doubles nothing", async () => {
    await fresh();
    await load(records);
    const ids = records.map((r) => r.id);
    const expected = expectedRows(database, records);
    expect(await storedRows(database, ids)).toEqual(expected);
    await load(records, 7);
    expect(await storedRows(database, ids)).toEqual(expected);
    const counts = await database.query("select count(*) as n from mentions");
    expect(Number(counts[0]!.n)).toBe(expected.get("mentions")!.length);
    expect(errors).toEqual([]);
  });

  test("joins: the BKN Award 2023 results with their award and article, Khofifah's quotes with her title", async () => {
    await fresh();
    await load(records);
    const results = await database.query(
      `select w.name as award, r.rank, r.recipient, r.category, a.publisher
         from award_results r join awards w on w.id = r.award_id join articles a on a.id = w.article_id
        where w.name = ? order by r.position`,
      ["BKN Award 2023"],
    );
    expect(results.map((r) => [r.rank, r.category])).toEqual([
      [1, "utama Implementasi NSPK Manajemen ASN terbaik"],
      [1, "Pengembangan Kompetensi ASN"],
      [2, "Penerapan Pemanfaatan Data Sistem Informasi dan CAT"],
      [5, "Perencanaan Kebutuhan dan Mutasi Pegawai"],
      [5, "Implementasi Penerapan Manajemen Kinerja ASN kategori Pemprov tipe besar"],
    ]);
    expect(new Set(results.map((r) => `${r.award} ${r.recipient} ${r.publisher}`))).toEqual(new Set(["BKN Award 2023 Pemerintah Provinsi Jawa Timur RADARCIANJUR.com"]));

    const quotes = await database.query(
      `select o.title, q.direct, m.text as named_as
         from quotes q join officials o on o.article_id = q.article_id and o.name = q.speaker
         join mentions m on m.entity_id = o.id and m.position = 0
        where q.speaker = ? order by q.article_id, q.position`,
      ["Khofifah Indar Parawansa"],
    );
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(quotes.map((q) => q.title))).toEqual(new Set(["Gubernur"]));
    expect(quotes.map((q) => Boolean(q.direct))).toContain(false);
  });

  test("an article re-loaded with fewer children keeps only the new ones", async () => {
    await fresh();
    const bkn = records.find((r) => r.awards.some((a) => a.name === "BKN Award 2023"))!;
    await load([bkn]);
    const trimmed: WartaRecord = { ...bkn, awards: [], quotes: bkn.quotes.slice(0, 1), title: "Judul baru" };
    await load([trimmed]);
    expect(await storedRows(database, [bkn.id])).toEqual(expectedRows(database, [trimmed]));
  });

  test("a batch with one article the database refuses writes the others and reports that one, stage write", async () => {
    await fresh();
    const [first, second, third] = records;
    const broken = { ...second!, officials: [{ ...second!.officials[0]!, title: null }] } as unknown as WartaRecord;
    await load([first!, broken, third!], 10);
    expect(errors).toEqual([{ source: broken.source, stage: "write", message: expect.stringMatching(/article .* not written: .*(NOT NULL|null value)/) }]);
    expect(await storedRows(database, [first!.id, broken.id, third!.id])).toEqual(expectedRows(database, [first!, third!]));
  });

  test("knownIds lists the committed articles", async () => {
    await fresh();
    await load(records);
    const sink = await openSinks([parseSinkSpec(database.spec)], { batchSize: 1, onError: () => {} });
    const ids: string[] = [];
    for await (const id of sink.knownIds!()) ids.push(id);
    await sink.close();
    expect(ids.sort()).toEqual(records.map((r) => r.id).sort());
  });

  test("the tables and columns built by the migrations are the derived ones, with the derived indexes", async () => {
    await fresh();
    await load([]);
    const columns = await database.query(
      engine === "sqlite"
        ? "select m.name as table_name, p.name as column_name, p.\"notnull\" as not_null from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table'"
        : "select table_name, column_name, is_nullable = 'NO' as not_null from information_schema.columns where table_schema = current_schema()",
    );
    const built = columns.map((c) => `${c.table_name}.${c.column_name}${c.not_null ? "" : " null"}`).sort();
    const derived = DERIVED.spec.tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}${c.nullable ? " null" : ""}`));
    expect(built).toEqual([...derived, "warta_schema.version", "warta_schema.name", "warta_schema.warta", "warta_schema.applied_at"].sort());
    const indexes = await database.query(
      engine === "sqlite" ? "select name from sqlite_master where type = 'index' and sql is not null" : "select indexname as name from pg_indexes where schemaname = current_schema() and indexname not like '%_pkey'",
    );
    expect(indexes.map((i) => i.name).sort()).toEqual(DERIVED.spec.indexes.map((i) => i.name).sort());
  });

  test("the schema version is recorded; a newer database is refused with a clear message", async () => {
    await fresh();
    await load([]);
    expect(await database.query("select version, name from warta_schema order by version")).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    await database.query("insert into warta_schema (version, name, warta, applied_at) values (?, ?, ?, ?)", [99, "future", "9.9.9", "2030-01-01"]);
    await expect(load(records)).rejects.toThrow(
      new SinkOpenError(`cannot open ${database.spec}: its schema version 99 is newer than the ${LATEST} this Warta (${WARTA_VERSION}) knows: upgrade Warta to write to it`),
    );
  });

  test("a newer Warta's migration upgrades a loaded database in place; this Warta then refuses it", async () => {
    await fresh();
    await load(records);
    const next: Migration = { version: LATEST + 1, name: "article language", operations: [addColumn("articles", "language text null"), ...createIndexes("articles", ["language"])] };
    const newer = await databaseEngine(parseSinkSpec(database.spec) as DatabaseSpec);
    expect(await migrate(newer, [...MIGRATIONS, next])).toEqual({ from: LATEST, to: LATEST + 1 });
    expect(await migrate(newer, [...MIGRATIONS, next])).toEqual({ from: LATEST + 1, to: LATEST + 1 });
    await newer.db.destroy();
    expect((await database.query("select version from warta_schema order by version")).map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), LATEST + 1]);
    expect(await database.query("select count(*) as n from articles where language is null")).toEqual([{ n: engine === "sqlite" ? records.length : String(records.length) }]);
    expect(await storedRows(database, records.map((r) => r.id))).toEqual(
      new Map([...expectedRows(database, records)].map(([table, rows]) => [table, table === "articles" ? rows.map((r) => ({ ...r, language: null })) : rows])),
    );
    await expect(load(records)).rejects.toThrow(`schema version ${LATEST + 1} is newer than the ${LATEST} this Warta`);
  });
});

test("two loaders opening one fresh PostgreSQL schema at once migrate it once", async () => {
  const database = await testDatabase("postgres");
  const spec = parseSinkSpec(database.spec) as DatabaseSpec;
  const [first, second] = [await databaseEngine(spec), await databaseEngine(spec)];
  const outcomes = await Promise.all([migrate(first), migrate(second)]);
  await Promise.all([first.db.destroy(), second.db.destroy()]);
  expect(outcomes.sort((a, b) => a.from - b.from)).toEqual([{ from: 0, to: LATEST }, { from: LATEST, to: LATEST }]);
  expect(await database.query("select version from warta_schema order by version")).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
  await database.drop();
});
