/**
 * WARC web archives (.warc, .warc.gz), read with warcio as a stream: every
 * `response` record whose HTTP status is 200 and whose body is HTML is an
 * article, keyed by its WARC-Target-URI. Request, metadata, warcinfo,
 * revisit, non-HTML and non-200 records are skipped and counted by reason.
 *
 * Damage (a truncated or corrupt archive) ends the archive: every record
 * before it has been yielded, and the damage becomes one error entry.
 * warcio inflates gzip member by member, so the records before a damaged
 * member come out whole; but it reports no damage itself (see the checks
 * at the end of this file), so Warta checks each record as it goes.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { AsyncIterReader, LimitReader, type StatusAndHeadersParser, WARCParser, type WARCRecord } from "warcio";
import { megabytes, unreadable, type ReadLimits, type ReadStats, type Unit } from "./units.ts";

const GZIP_MAGIC = [0x1f, 0x8b];
const WARC_MAGIC = "WARC/";
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

class ArchiveDamage extends Error {}

/** The most of a response's HTTP head read as its status line and headers. */
const MAX_HTTP_HEAD = 64 * 1024;

const isBlankLine = (line: Uint8Array) => line.every((byte) => byte === 0x0d || byte === 0x0a);

/** "WARC/1.1" and its line end, CRLF or LF: the first line of a record. */
const VERSION_LINE = /^WARC\/\d+\.\d+\r?\n$/;
const isVersionLine = (line: Uint8Array) => line.length <= 16 && line[0] === 0x57 && VERSION_LINE.test(Buffer.from(line).toString("latin1"));
const FIELD_PREFIX = Buffer.from("WARC-");
const startsWithFieldName = (line: Uint8Array) => FIELD_PREFIX.every((byte, i) => line[i] === byte);
/** Lines are read at most this long while looking for the next record. */
const MAX_LINE = 64 * 1024;
const NO_LINE = new Uint8Array(0);

/**
 * warcio's HTTP header reader looks for the blank line after the last
 * header line; when a message has none ("GET /b HTTP/1.0" or "HTTP/1.1 204
 * No Content" and a blank line) it reads past the record, into the next
 * record's "WARC/1.1" line, which then reads as damage and ends the archive.
 * So only responses (the only records that can be articles) get their
 * headers read, and their head is read here, line by line up to the blank
 * line, never past the record and never more than MAX_HTTP_HEAD, before
 * warcio parses it.
 */
class ArticleWarcParser extends WARCParser {
  /** Bytes found after the last record's block and before the next record: the block was longer than its Content-Length. */
  overrun = 0;

  /**
   * After a record come blank lines, then the next record's "WARC/1.1". warcio
   * looks at one line there: more than one line of leftover block (a record
   * longer than it declares) reads as a broken record and ends the archive,
   * and in a .warc.gz a leftover line makes it skip the next record without a
   * trace (or end the archive, with LF-only blank lines). It also prints a
   * warning to stderr. Here every line up to the next version line is read
   * and the leftover bytes counted, for a note on the page (readWarcUnits).
   */
  override async readToNextRecord(): Promise<Uint8Array | null> {
    this.overrun = 0;
    if (this._record === null) return NO_LINE;
    await this._record.skipFully();
    // Blank lines count as leftover only when more leftover follows them: the last ones end the record.
    let blank = 0;
    for (let line = await this._reader.readlineRaw(MAX_LINE); line !== null; line = await this._reader.readlineRaw(MAX_LINE)) {
      if (isVersionLine(line)) {
        if (!this._reader.compressed) this._offset = this._reader.getRawOffset() - line.length;
        return line;
      }
      // A record's header fields where a record should start: its "WARC/1.1" line is broken, not leftover of the last block.
      if (startsWithFieldName(line)) throw new ArchiveDamage(`a record does not start with a "WARC/" version line`);
      if (isBlankLine(line)) {
        blank += line.length;
      } else {
        this.overrun += blank + line.length;
        blank = 0;
      }
    }
    return NO_LINE;
  }

  override async _addHttpHeaders(record: WARCRecord, headersParser: StatusAndHeadersParser): Promise<void> {
    if (record.warcType !== "response") return;
    const lines: Uint8Array[] = [];
    let read = 0;
    // A head is a few hundred bytes; one that never ends is cut at MAX_HTTP_HEAD, and the rest of the record is its body.
    const limit = Math.min(record.warcContentLength, MAX_HTTP_HEAD);
    // readlineRaw(0) would read a whole line, unbounded: an empty block has no head at all.
    for (let line = limit > 0 ? await this._reader.readlineRaw(limit) : null; line !== null; ) {
      lines.push(line);
      read += line.length;
      if (read >= limit || (lines.length > 1 && isBlankLine(line))) break;
      line = await this._reader.readlineRaw(limit - read);
    }
    const head = new AsyncIterReader([Buffer.concat(lines)], null);
    record.httpHeaders = await headersParser.parse(head, { headersClass: this._headersClass });
    if (record.reader instanceof LimitReader) record.reader.setLimitSkip(record.warcContentLength - read);
  }
}

export async function* readWarcUnits(path: string, limits: ReadLimits, stats: ReadStats): AsyncGenerator<Unit> {
  const fail = (record: number | null, message: string): Unit =>
    unreadable({ source: record === null ? { uri: path } : { uri: path, record }, stage: "load", message });
  let head: Buffer;
  try {
    head = await readHead(path, WARC_MAGIC.length);
  } catch (err) {
    yield fail(null, `cannot read file: ${(err as Error).message}`);
    return;
  }
  const gzipped = GZIP_MAGIC.every((b, i) => head[i] === b);
  if (!gzipped && head.toString("latin1") !== WARC_MAGIC) {
    const claim = path.toLowerCase().endsWith(".gz") ? "named .gz but not gzip-compressed, and " : "";
    yield fail(null, head.length === 0 ? "empty input" : `not a WARC archive: ${claim}it does not start with "${WARC_MAGIC}"`);
    return;
  }

  const raw = createReadStream(path);
  raw.on("data", (chunk) => (stats.bytesRead += chunk.length));
  const parser = new ArticleWarcParser(raw);
  let index = 0;
  /** Records read to their end; damage found after that lies in the next one. */
  let complete = 0;
  /** The last record's unit: it waits until the parser has looked past its record, for the overrun. */
  let pending: Unit | null = null;
  const release = (): Unit | null => {
    const unit = pending === null ? null : withOverrun(pending, parser.overrun);
    pending = null;
    return unit;
  };
  try {
    for await (const record of parser) {
      const previous = release();
      if (previous) yield previous;
      index += 1;
      pending = await articleOrSkip(parser, record, index, path, limits, stats);
      assertInflating(parser, gzipped, index);
      complete = index;
    }
    const last = release();
    if (last) yield last;
    if (gzipped) assertWholeMember(parser);
  } catch (err) {
    const previous = release();
    if (previous) yield previous;
    const damaged = complete + 1;
    const reason = err instanceof ArchiveDamage ? err.message : `cannot read record ${damaged}: ${(err as Error).message}`;
    yield fail(damaged, `archive damaged: ${reason}; the ${complete} records before it were read`);
  } finally {
    raw.destroy();
  }
}

async function articleOrSkip(parser: WARCParser, record: WARCRecord, index: number, path: string, limits: ReadLimits, stats: ReadStats): Promise<Unit | null> {
  if (!/^WARC\/\d/.test(record.warcHeaders.protocol ?? "") || !record.warcType || record.warcHeaders.headers.get("Content-Length") === null) {
    throw new ArchiveDamage(`record ${index} is not a complete WARC record header`);
  }
  const skip = async (reason: string): Promise<null> => {
    for await (const _ of record.reader) {
      // drained: the parser needs the record consumed to find the next one
    }
    assertComplete(parser, record, index);
    stats.skippedRecords[reason] = (stats.skippedRecords[reason] ?? 0) + 1;
    return null;
  };
  if (record.warcType !== "response") return skip(`${record.warcType ?? "untyped"} record`);
  const status = record.httpHeaders?.statusCode;
  if (status !== 200) return skip(status === undefined || Number.isNaN(status) ? "response without HTTP status" : `HTTP ${status}`);
  const contentType = parseContentType(record.httpHeaders?.headers.get("content-type") ?? null);
  if (!HTML_TYPES.has(contentType.mime)) return skip("not HTML");

  const uri = record.warcTargetURI ?? `${path}#${index}`;
  if (record.warcContentLength > limits.maxArticleBytes) {
    await skip("over the size limit");
    return unreadable({ source: { uri, file: path, record: index }, stage: "load", message: `page is ${megabytes(record.warcContentLength)}, over the ${megabytes(limits.maxArticleBytes)} limit for one article; skipped` });
  }
  let bytes: Uint8Array;
  try {
    bytes = await record.readFully(true);
  } catch (err) {
    // A body whose content encoding cannot be undone spoils this record only.
    for await (const _ of record.reader) {
      // drained
    }
    assertComplete(parser, record, index);
    return unreadable({ source: { uri, file: path, record: index }, stage: "load", message: `cannot decode the page body: ${(err as Error).message}` });
  }
  assertComplete(parser, record, index);
  return { kind: "warc-response", path, record: index, uri, bytes, charset: contentType.charset, notes: [] };
}

/** A page whose record held more than its Content-Length: read up to that length, and said so. */
function withOverrun(unit: Unit, overrun: number): Unit {
  if (overrun === 0 || unit.kind !== "warc-response") return unit;
  const note = `WARC record ${unit.record} holds ${overrun} bytes more than its Content-Length: the page was read to that length and the rest skipped`;
  return { ...unit, notes: [...unit.notes, note] };
}

/**
 * warcio does not report a record cut short by the end of the archive (its
 * limit reader just stops), so compare what was read with what the header
 * promised: the record ends Content-Length bytes after its WARC header.
 */
function assertComplete(parser: WARCParser, record: WARCRecord, index: number): void {
  const end = parser._warcHeadersLength + record.warcContentLength;
  const read = parser._reader.getReadOffset();
  if (read < end) throw new ArchiveDamage(`record ${index} is truncated (${end - read} of its ${record.warcContentLength} bytes missing)`);
}

/**
 * When a gzip member is corrupt, warcio's reader quietly carries on with the
 * raw bytes as if they were not compressed (the record read from them is
 * garbage, however complete it looks); when the archive ends inside a
 * member it just stops. Its reader's state says which.
 */
function assertInflating(parser: WARCParser, gzipped: boolean, index: number): void {
  if (gzipped && parser._reader.compressed === null) throw new ArchiveDamage(`corrupt gzip data in record ${index}`);
}

function assertWholeMember(parser: WARCParser): void {
  const inflator = parser._reader.inflator;
  if (parser._reader.compressed === null) throw new ArchiveDamage("corrupt gzip data after the last record");
  if (inflator !== null && !inflator.ended) throw new ArchiveDamage("the archive ends inside a gzip member (truncated)");
}

function parseContentType(value: string | null): { mime: string; charset: string | null } {
  if (value === null) return { mime: "", charset: null };
  const [mime = "", ...params] = value.split(";");
  const charset = params.map((p) => p.trim().split("=")).find(([k]) => k?.toLowerCase() === "charset")?.[1];
  return { mime: mime.trim().toLowerCase(), charset: charset ? charset.trim().replace(/^"|"$/g, "").toLowerCase() : null };
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
