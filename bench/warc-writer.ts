/** WARC records written with warcio's own writer: the tests' small archives and `npm run bench:corpus -- -o FILE.warc.gz`. */
import { gzipSync } from "node:zlib";
import { WARCRecord, type WARCRecordOpts } from "warcio";
import { WARCSerializer } from "warcio/node";

export interface RecordSpec {
  type: "response" | "request" | "warcinfo" | "metadata" | "revisit" | "resource";
  url: string;
  /** HTTP status line, for request/response/revisit. */
  statusline?: string;
  httpHeaders?: Record<string, string>;
  body?: string | Uint8Array;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The serialized records, one buffer each (each its own gzip member when `gzip`). */
export async function warcRecords(specs: RecordSpec[], options: { gzip: boolean }): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const spec of specs) {
    const body = typeof spec.body === "string" ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array());
    const opts: WARCRecordOpts = { url: spec.url, type: spec.type, warcVersion: "WARC/1.1", date: "2024-03-07T10:00:00Z" };
    if (spec.httpHeaders) opts.httpHeaders = spec.httpHeaders;
    if (spec.statusline) opts.statusline = spec.statusline;
    const record = WARCRecord.create(opts, once(body));
    out.push(Buffer.from(await WARCSerializer.serialize(record, { gzip: options.gzip })));
  }
  return out;
}

export const gzip = (text: string): Uint8Array => gzipSync(Buffer.from(text));
