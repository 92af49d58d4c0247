/**
 * JSON Lines output: the default record sink, and the writer under it that
 * the errors file uses too. One JSON value per line, written as a stream
 * (with back-pressure) to a file or to stdout ("-").
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { resumeFrom } from "./jsonl-resume.ts";
import type { RecordSink, SerializedRecord } from "./types.ts";

export class JsonLinesWriter {
  private readonly stream: Writable;
  private readonly ownsStream: boolean;

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
    if (!this.stream.write(json + "\n")) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    if (!this.ownsStream) return;
    this.stream.end();
    await once(this.stream, "finish");
  }
}

/**
 * Records as JSON Lines. Resuming reads the ids already in the file (after
 * cutting off a last line the interruption left unfinished), appends, and
 * never writes an id the file already holds (another sink may have lacked
 * it, so the article came round again).
 */
export class JsonlSink implements RecordSink {
  readonly target: string;

  private constructor(
    private readonly out: JsonLinesWriter,
    private readonly written: ReadonlySet<string>,
  ) {
    this.target = `jsonl:${out.path}`;
  }

  static async open(path: string, options: { resume?: boolean } = {}): Promise<JsonlSink> {
    if (!options.resume) return new JsonlSink(new JsonLinesWriter(path), new Set());
    if (path === "-") throw new Error("resuming needs a file to read the finished ids from, not stdout");
    const { ids } = await resumeFrom(path);
    return new JsonlSink(new JsonLinesWriter(path, { append: true }), new Set(ids));
  }

  async write(record: SerializedRecord): Promise<void> {
    if (!this.written.has(record.id)) await this.out.writeLine(record.json);
  }

  async *knownIds(): AsyncIterable<string> {
    yield* this.written;
  }

  close(): Promise<void> {
    return this.out.close();
  }
}
