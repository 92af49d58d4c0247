/** Several sinks as one: `--sink jsonl:out.jsonl --sink sqlite:out.db` writes every record to both. */
import type { RecordSink, SerializedRecord } from "./types.ts";

export class SinkFanout implements RecordSink {
  readonly target: string;

  constructor(private readonly sinks: RecordSink[]) {
    this.target = sinks.map((s) => s.target).join(", ");
  }

  async write(record: SerializedRecord): Promise<void> {
    await Promise.all(this.sinks.map((s) => s.write(record)));
  }

  async close(): Promise<void> {
    await Promise.all(this.sinks.map((s) => s.close()));
  }

  /** Ids every sink holds: an article missing from any one of them is extracted again (and a sink that has it skips it). */
  async *knownIds(): AsyncIterable<string> {
    let common: Set<string> | null = null;
    for (const sink of this.sinks) {
      const ids = new Set<string>();
      for await (const id of sink.knownIds()) if (common === null || common.has(id)) ids.add(id);
      common = ids;
    }
    yield* common ?? [];
  }
}
