/** Several sinks as one: `--sink jsonl:out.jsonl --sink sqlite:out.db` writes every record to both. */
import type { WartaRecord } from "../schema/record.ts";
import type { RecordSink } from "./types.ts";

export class SinkFanout implements RecordSink {
  readonly target: string;

  constructor(private readonly sinks: RecordSink[]) {
    this.target = sinks.map((s) => s.target).join(", ");
  }

  async write(record: WartaRecord): Promise<void> {
    await Promise.all(this.sinks.map((s) => s.write(record)));
  }

  async close(): Promise<void> {
    await Promise.all(this.sinks.map((s) => s.close()));
  }
}
