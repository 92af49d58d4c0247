/**
 * WARC archives: which records are articles (HTML responses with status
 * 200), which are skipped and counted, and what a damaged archive gives:
 * every record before the damage and one error entry for it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { loadInputs } from "../src/load/index.ts";
import type { LoadResult } from "../src/load/result.ts";
import { newReadStats, type ReadStats } from "../src/load/units.ts";
import { gzip, warcRecords, type RecordSpec } from "../bench/warc-writer.ts";

const page = (lead: string) => `<html><head><meta property="og:title" content="${lead.slice(0, 20)}"></head><body><article><p>${lead}</p></article></body></html>`;
const HTML = { "Content-Type": "text/html; charset=utf-8" };

const SPECS: RecordSpec[] = [
  { type: "warcinfo", url: "urn:warcinfo", body: "software: test\r\n" },
  { type: "request", url: "https://berita.example.id/a", statusline: "GET /a HTTP/1.1", httpHeaders: { Host: "berita.example.id" } },
  { type: "response", url: "https://berita.example.id/a", httpHeaders: HTML, body: page("Jakarta (ANTARA) - Sebanyak 39 penghargaan diraih Pemprov Jatim.") },
  { type: "metadata", url: "https://berita.example.id/a", body: "via: crawler\r\n" },
  { type: "response", url: "https://berita.example.id/logo.png", httpHeaders: { "Content-Type": "image/png" }, body: "\x89PNG" },
  { type: "response", url: "https://berita.example.id/hilang", statusline: "HTTP/1.1 404 Not Found", httpHeaders: HTML, body: page("Halaman tidak ditemukan") },
  { type: "response", url: "https://berita.example.id/pindah", statusline: "HTTP/1.1 301 Moved Permanently", httpHeaders: { Location: "/a", ...HTML } },
  { type: "revisit", url: "https://berita.example.id/a", httpHeaders: HTML },
  {
    type: "response",
    url: "https://berita.example.id/b",
    httpHeaders: { "Content-Type": "application/xhtml+xml", "Content-Encoding": "gzip" },
    body: gzip(page("Surabaya - Lima kategori dinilai pada Senin (5/6/2023).")),
  },
  { type: "response", url: "https://berita.example.id/c", httpHeaders: { "Content-Type": "text/html; charset=ISO-8859-1" }, body: Uint8Array.from(Buffer.from(page("Kediri - Caf\u00e9 warga meraih 3 penghargaan."), "latin1")) },
];

const ARTICLE_URIS = ["https://berita.example.id/a", "https://berita.example.id/b", "https://berita.example.id/c"];
const SKIPPED = { "warcinfo record": 1, "request record": 1, "metadata record": 1, "not HTML": 1, "HTTP 404": 1, "HTTP 301": 1, "revisit record": 1 };

let dir: string;
let gzParts: Buffer[];
let plainParts: Buffer[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "warta-warc-"));
  gzParts = await warcRecords(SPECS, { gzip: true });
  plainParts = await warcRecords(SPECS, { gzip: false });
});

async function load(name: string, bytes: Buffer): Promise<{ results: LoadResult[]; stats: ReadStats; path: string }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const stats = newReadStats();
  const results: LoadResult[] = [];
  for await (const r of loadInputs([path], stats)) results.push(r);
  return { results, stats, path };
}

const uris = (results: LoadResult[]) => results.flatMap((r) => (r.ok ? [r.article.source.uri] : []));
const errors = (results: LoadResult[]) => results.flatMap((r) => (r.ok ? [] : [r.error]));

describe.each([
  { name: "gzip, a member per record", file: "arsip.warc.gz", bytes: () => Buffer.concat(gzParts) },
  { name: "uncompressed", file: "arsip.warc", bytes: () => Buffer.concat(plainParts) },
  { name: "uncompressed but named .warc.gz", file: "salah-nama.warc.gz", bytes: () => Buffer.concat(plainParts) },
])("a whole archive, $name", ({ file, bytes }) => {
  test("exactly the HTML responses with status 200 are articles, in archive order", async () => {
    const { results, stats, path } = await load(file, bytes());
    expect(errors(results)).toEqual([]);
    expect(uris(results)).toEqual(ARTICLE_URIS);
    expect(stats.skippedRecords).toEqual(SKIPPED);
    const first = results[0];
    expect(first?.ok && first.article).toMatchObject({ format: "warc", source: { uri: ARTICLE_URIS[0], file: path, record: 3 }, title: "Jakarta (ANTARA) - S" });
  });

  test("bodies are decoded: content encoding undone, declared charsets read", async () => {
    const { results } = await load(file, bytes());
    const bodies = results.flatMap((r) => (r.ok ? [r.article.body] : []));
    expect(bodies).toEqual([
      "Jakarta (ANTARA) - Sebanyak 39 penghargaan diraih Pemprov Jatim.",
      "Surabaya - Lima kategori dinilai pada Senin (5/6/2023).",
      "Kediri - Caf\u00e9 warga meraih 3 penghargaan.",
    ]);
  });
});

describe("HTTP messages without a header line", () => {
  // "GET /b HTTP/1.0" or "HTTP/1.1 204 No Content" and a blank line: legal (HTTP/1.0 clients, bare servers).
  // warcio's header reader then took two bytes of the next record's "WARC/1.1" line, which read as damage: articles lost.
  const headerless: RecordSpec[] = [
    { type: "response", url: "https://berita.example.id/a", httpHeaders: HTML, body: page("Bupati Sleman meresmikan pasar.") },
    { type: "request", url: "https://berita.example.id/b", statusline: "GET /b HTTP/1.0" },
    { type: "response", url: "https://berita.example.id/b", httpHeaders: HTML, body: page("Wali Kota Blitar membuka festival.") },
    { type: "revisit", url: "https://berita.example.id/b", statusline: "HTTP/1.0 200 OK" },
    { type: "response", url: "https://berita.example.id/kosong", statusline: "HTTP/1.1 204 No Content" },
    { type: "response", url: "https://berita.example.id/c", httpHeaders: HTML, body: page("Gubernur Jawa Timur menerima penghargaan.") },
  ];

  test.each([
    { name: "gzip", file: "tanpa-kepala.warc.gz", gzip: true },
    { name: "uncompressed", file: "tanpa-kepala.warc", gzip: false },
  ])("request, revisit and response records without header lines are skipped, and every article around them is read ($name)", async ({ file, gzip }) => {
    const { results, stats } = await load(file, Buffer.concat(await warcRecords(headerless, { gzip })));
    expect(errors(results)).toEqual([]);
    expect(uris(results)).toEqual(["https://berita.example.id/a", "https://berita.example.id/b", "https://berita.example.id/c"]);
    expect(stats.skippedRecords).toEqual({ "request record": 1, "revisit record": 1, "HTTP 204": 1 });
  });
});

describe("responses whose HTTP head is empty or never ends", () => {
  /** A record written by hand: warcio's writer always writes a status line. */
  const rawRecord = (url: string, block: string) =>
    Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-03-07T10:00:00Z\r\nContent-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`);
  const article = (url: string, lead: string) => warcRecords([{ type: "response", url, httpHeaders: HTML, body: page(lead) }], { gzip: false });

  test.each([
    { name: "an empty block", block: "" },
    { name: "a head without a blank line, longer than any real one", block: `HTTP/1.1 200 OK\r\nX-Junk: ${"a".repeat(200_000)}\r\nContent-Type: text/html` },
  ])("$name is skipped, and the articles around it are read (gzip members)", async ({ block }) => {
    const parts = [...(await article("https://berita.example.id/a", "Bupati Sleman meresmikan pasar.")), rawRecord("https://berita.example.id/x", block), ...(await article("https://berita.example.id/c", "Wali Kota Blitar membuka festival."))];
    const { results, stats } = await load("kepala-aneh.warc.gz", Buffer.concat(parts.map((p) => Buffer.from(gzipSync(p)))));
    expect(errors(results)).toEqual([]);
    expect(uris(results)).toEqual(["https://berita.example.id/a", "https://berita.example.id/c"]);
    expect(Object.values(stats.skippedRecords).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe("records that end where the next one does not start", () => {
  const pages = ["a", "b", "c"].map((name): RecordSpec => ({ type: "response", url: `https://berita.example.id/${name}`, httpHeaders: HTML, body: `${page(`Berita ${name}: Bupati Sleman meresmikan pasar.`)}\n<!-- akhir halaman ${name} -->\n` }));
  const urls = pages.map((p) => p.url);
  /** Record `index`'s Content-Length made `by` bytes smaller than its block: a writer that counted wrong. */
  const understate = (parts: Buffer[], index: number, by: number) =>
    parts.map((part, i) => (i === index ? Buffer.from(part.toString("latin1").replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) - by}`), "latin1") : part));
  const archive = (parts: Buffer[], gzipped: boolean) => Buffer.concat(gzipped ? parts.map((part) => gzipSync(part)) : parts);
  const notes = (results: LoadResult[]) => results.map((r) => (r.ok ? r.article.notes : []));
  afterEach(() => vi.restoreAllMocks());

  test.each([
    { name: "part of its last line, gzip", by: 12, gzipped: true },
    { name: "several lines, gzip", by: 60, gzipped: true },
    { name: "part of its last line, uncompressed", by: 12, gzipped: false },
    { name: "several lines, uncompressed", by: 60, gzipped: false },
  ])("a record longer than its Content-Length by $name: every article is read, that page with a note, nothing printed", async ({ by, gzipped }) => {
    // warcio skipped the record after it (gzip) or ended the archive (several lines), and wrote a warning to stderr.
    const warn = vi.spyOn(console, "warn");
    const parts = understate(await warcRecords(pages, { gzip: false }), 1, by);
    const { results } = await load(gzipped ? "panjang.warc.gz" : "panjang.warc", archive(parts, gzipped));
    expect(errors(results)).toEqual([]);
    expect(uris(results)).toEqual(urls);
    expect(notes(results)).toEqual([[], [`WARC record 2 holds ${by} bytes more than its Content-Length: the page was read to that length and the rest skipped`], []]);
    expect(warn).not.toHaveBeenCalled();
  });

  test.each([{ gzipped: true }, { gzipped: false }])("records separated by LF-only blank lines are all read (gzip: $gzipped)", async ({ gzipped }) => {
    // warcio took the second blank line for the next record's first line (uncompressed: the archive ended there) or skipped into "WARC/1.1" (gzip).
    const parts = (await warcRecords(pages, { gzip: false })).map((part) => Buffer.concat([part.subarray(0, part.length - 4), Buffer.from("\n\n")]));
    const { results } = await load(gzipped ? "lf.warc.gz" : "lf.warc", archive(parts, gzipped));
    expect(errors(results)).toEqual([]);
    expect(uris(results)).toEqual(urls);
  });

  test.each([{ gzipped: true }, { gzipped: false }])("a record whose WARC/1.1 line is broken is damage, not leftover of the record before (gzip: $gzipped)", async ({ gzipped }) => {
    const parts = await warcRecords(pages, { gzip: false });
    parts[1] = Buffer.from(parts[1]!.toString("latin1").replace("WARC/1.1", "WARX/1.1"), "latin1");
    const { results, path } = await load(gzipped ? "rusak-versi.warc.gz" : "rusak-versi.warc", archive(parts, gzipped));
    expect(uris(results)).toEqual([urls[0]]);
    expect(errors(results)).toEqual([expect.objectContaining({ source: { uri: path, record: 2 }, message: expect.stringMatching(/^archive damaged: .*the 1 records before it were read$/) })]);
  });
});

describe("a damaged archive gives every record before the damage and one error entry", () => {
  /** Bytes up to the middle of record `index` (0-based in SPECS). */
  const cutInside = (parts: Buffer[], index: number) => {
    const start = parts.slice(0, index).reduce((n, p) => n + p.length, 0);
    return Buffer.concat(parts).subarray(0, start + Math.floor(parts[index]!.length / 2));
  };

  test.each([
    { name: "gzip cut inside the second article's member", file: "potong.warc.gz", bytes: () => cutInside(gzParts, 8), message: /truncated/ },
    { name: "plain WARC cut inside the second article's record", file: "potong.warc", bytes: () => cutInside(plainParts, 8), message: /truncated|not a complete WARC record header/ },
    { name: "plain WARC cut inside a record header", file: "potong-kepala.warc", bytes: () => Buffer.concat(plainParts).subarray(0, plainParts.slice(0, 8).reduce((n, p) => n + p.length, 0) + 40), message: /not a complete WARC record header|truncated/ },
  ])("$name", async ({ file, bytes, message }) => {
    const { results, path } = await load(file, bytes());
    expect(uris(results)).toEqual([ARTICLE_URIS[0]]);
    const [damage, ...more] = errors(results);
    expect(more).toEqual([]);
    expect(damage).toMatchObject({ source: { uri: path, record: 9 }, stage: "load" });
    expect(damage?.message).toMatch(/^archive damaged/);
    expect(damage?.message).toMatch(message);
  });

  // Every cut and every corruption of a gzip archive, not only the ones above.
  const pages = Array.from({ length: 5 }, (_, i): RecordSpec => ({
    type: "response",
    url: `https://berita.example.id/${i}`,
    httpHeaders: HTML,
    body: page(`Artikel ${i}: ${"isi berita ".repeat(40 + 30 * i)}`),
  }));

  test("an archive cut anywhere: the whole records before the cut, and one error unless the cut falls between records", async () => {
    const parts = await warcRecords(pages, { gzip: true });
    const ends = parts.map((_, i) => parts.slice(0, i + 1).reduce((n, p) => n + p.length, 0));
    const whole = Buffer.concat(parts);
    for (let cut = 1; cut < whole.length; cut += 13) {
      const { results } = await load("sapuan.warc.gz", whole.subarray(0, cut));
      const complete = ends.filter((end) => end <= cut).length;
      expect(uris(results), `cut at ${cut}`).toEqual(pages.slice(0, complete).map((p) => p.url));
      expect(errors(results).length, `cut at ${cut}`).toBe(ends.includes(cut) ? 0 : 1);
    }
  });

  test("an archive corrupted anywhere in its compressed data: the records before, and one error", async () => {
    const parts = await warcRecords(pages, { gzip: true });
    const starts = parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.length, 0));
    const whole = Buffer.concat(parts);
    /** A gzip member's header is 10 bytes; its time stamp and flags are not checked by anyone, so corruption starts after them. */
    const GZIP_HEADER = 10;
    for (const [member, start] of starts.entries()) {
      for (let at = start + GZIP_HEADER; at < start + parts[member]!.length - 8; at += 29) {
        const damaged = Buffer.from(whole);
        for (let i = at; i < at + 4; i += 1) damaged[i]! ^= 0x5a;
        const { results } = await load("rusak.warc.gz", damaged);
        expect(uris(results), `corrupted at ${at}`).toEqual(pages.slice(0, member).map((p) => p.url));
        expect(errors(results), `corrupted at ${at}`).toEqual([expect.objectContaining({ message: expect.stringMatching(/^archive damaged/) })]);
      }
    }
  });

  test.each([
    { name: "a file that only claims to be gzip", file: "palsu.warc.gz", bytes: Buffer.from("ini bukan gzip dan bukan WARC\n"), message: /named \.gz but not gzip-compressed/ },
    { name: "a gzip file that holds no WARC", file: "lain.warc.gz", bytes: Buffer.from(gzip("sekadar teks biasa, bukan arsip\n")), message: /not a complete WARC record header/ },
    { name: "an empty file", file: "kosong.warc", bytes: Buffer.alloc(0), message: /empty input/ },
  ])("$name is one error entry", async ({ file, bytes, message }) => {
    const { results, path } = await load(file, bytes);
    expect(results).toHaveLength(1);
    expect(errors(results)[0]?.source.uri).toBe(path);
    expect(errors(results)[0]?.message).toMatch(message);
  });
});
