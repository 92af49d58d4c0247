/**
 * JSON Lines output: one JSON object per line, written as a stream (with
 * back-pressure) to a file or to stdout ("-"); appended to when resuming.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";

export class JsonlSink {
  private readonly stream: Writable;
  private readonly ownsStream: boolean;
  count = 0;

  constructor(
    readonly path: string,
    options: { append?: boolean } = {},
  ) {
    if (path === "-") {
      this.stream = process.stdout;
      this.ownsStream = false;
    } else {
      mkdirSync(dirname(path), { recursive: true });
      this.stream = createWriteStream(path, { encoding: "utf8", flags: options.append ? "a" : "w" });
      this.ownsStream = true;
    }
  }

  async write(value: unknown): Promise<void> {
    await this.writeLine(JSON.stringify(value));
  }

  /** A value already serialized as one line of JSON. */
  async writeLine(json: string): Promise<void> {
    this.count += 1;
    if (!this.stream.write(json + "\n")) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    if (!this.ownsStream) return;
    this.stream.end();
    await once(this.stream, "finish");
  }
}
