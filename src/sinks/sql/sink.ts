/**
 * A database as a record sink, for any engine: records are buffered and
 * written a batch per transaction. While one batch is written the next one
 * fills, so a database server works while Warta extracts; batches commit one
 * at a time, in input order. When a batch fails it is rolled back and its
 * articles are tried again one per transaction, so only the article that
 * really fails becomes an error entry and no article is ever half written.
 */
import type { WartaRecord } from "../../schema/record.ts";
import { SinkOpenError, type RecordSink, type SerializedRecord, type SinkOptions } from "../types.ts";
import { ARTICLES } from "./derive.ts";
import type { SqlEngine } from "./engine.ts";
import { writeRecords } from "./load.ts";
import { migrate } from "./migrate.ts";

/** How many ids knownIds() reads per query. */
const IDS_PER_PAGE = 10_000;

/** The last record of each id: a batch that names an article twice writes it once, as a re-run would leave it. */
function lastOfEachId(records: WartaRecord[]): WartaRecord[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

export class SqlSink implements RecordSink {
  private buffered: WartaRecord[] = [];
  /** The batch being written; it never rejects unless onError throws. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: SqlEngine,
    private readonly options: SinkOptions,
  ) {}

  get target(): string {
    return this.engine.target;
  }

  async write(record: SerializedRecord): Promise<void> {
    this.buffered.push(JSON.parse(record.json) as WartaRecord);
    if (this.buffered.length >= this.options.batchSize) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.writing;
    await this.engine.db.destroy();
  }

  async *knownIds(): AsyncIterable<string> {
    let after: string | null = null;
    for (;;) {
      let page = this.engine.db.selectFrom(ARTICLES).select("id").orderBy("id").limit(IDS_PER_PAGE);
      if (after !== null) page = page.where("id", ">", after);
      const rows = await page.execute();
      for (const row of rows) yield row.id as string;
      if (rows.length < IDS_PER_PAGE) return;
      after = rows.at(-1)!.id as string;
    }
  }

  /** Starts writing what is buffered once the batch before it is written. */
  private async flush(): Promise<void> {
    const batch = lastOfEachId(this.buffered);
    this.buffered = [];
    await this.writing;
    if (batch.length > 0) this.writing = this.writeBatch(batch);
  }

  private async writeBatch(batch: WartaRecord[]): Promise<void> {
    try {
      await writeRecords(this.engine, batch);
    } catch (err) {
      if (batch.length === 1) return this.report(batch[0]!, err);
      for (const record of batch) {
        try {
          await writeRecords(this.engine, [record]);
        } catch (alone) {
          await this.report(record, alone);
        }
      }
    }
  }

  private async report(record: WartaRecord, err: unknown): Promise<void> {
    const message = `${this.target}: article ${record.id} not written: ${err instanceof Error ? err.message : String(err)}`;
    const { uri, line, file } = record.source;
    const source = { uri, ...(line !== undefined ? { line } : {}), ...(file !== undefined ? { file } : {}) };
    await this.options.onError({ source, stage: "write", message });
  }
}

/** A sink on an engine whose database is brought to this Warta's schema version first. */
export async function openSqlSink(engine: SqlEngine, options: SinkOptions): Promise<SqlSink> {
  try {
    await migrate(engine);
  } catch (err) {
    await engine.db.destroy();
    throw new SinkOpenError(`cannot open ${engine.target}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return new SqlSink(engine, options);
}
