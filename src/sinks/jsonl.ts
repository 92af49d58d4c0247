/**
 * JSON Lines output: one JSON object per line, written as a stream (with
 * back-pressure) to a file or to stdout ("-").
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { RecordSink } from "./types.ts";

/** Writes records (or error entries: any JSON value) one per line. */
export class JsonlSink implements RecordSink {
  private readonly stream: Writable;
  private readonly ownsStream: boolean;
  count = 0;
  readonly target: string;

  constructor(readonly path: string) {
    this.target = `jsonl:${path}`;
    if (path === "-") {
      this.stream = process.stdout;
      this.ownsStream = false;
    } else {
      mkdirSync(dirname(path), { recursive: true });
      this.stream = createWriteStream(path, { encoding: "utf8" });
      this.ownsStream = true;
    }
  }

  async write(value: unknown): Promise<void> {
    this.count += 1;
    if (!this.stream.write(JSON.stringify(value) + "\n")) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    if (!this.ownsStream) return;
    this.stream.end();
    await once(this.stream, "finish");
  }
}
